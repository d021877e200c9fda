package render

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// A Matrix is a laid-out action-priority matrix: a journey's improvements
// placed by impact (vertical, high at the top) against effort (horizontal,
// low on the left), in four quadrants split where a rating counts as high
// (journey.HighRating). Like a Scene it holds no colours and prints as
// JSON for golden tests.
type Matrix struct {
	Width      float64          `json:"width"`
	Height     float64          `json:"height"`
	Lang       string           `json:"lang"`  // the language of the labels, as in the journey
	Title      string           `json:"title"` // the matrix's accessible name
	Desc       string           `json:"desc"`  // the matrix summarised in words
	Today      string           `json:"today,omitempty"`
	Kicker     Text             `json:"kicker"` // what the picture is, above the heading
	Heading    Text             `json:"heading"`
	Meta       Text             `json:"meta"`
	Quadrants  []MatrixQuadrant `json:"quadrants"`  // quick wins, major projects, fill-ins, thankless tasks
	Boundaries []Path           `json:"boundaries"` // where low meets high: between effort and impact 2 and 3
	ImpactAxis MatrixAxis       `json:"impactAxis"`
	EffortAxis MatrixAxis       `json:"effortAxis"`
	Legend     *Legend          `json:"legend,omitempty"` // only when something needs explaining
	// Warnings say what the matrix could not show whole and cut.
	Warnings journey.Diagnostics `json:"warnings,omitempty"`
}

// MatrixAxis is an axis of the matrix: its name and a label per rating.
type MatrixAxis struct {
	Label Text         `json:"label"`
	Ticks []MatrixTick `json:"ticks"`
}

// MatrixTick labels one rating of an axis.
type MatrixTick struct {
	Rating int  `json:"rating"`
	Label  Text `json:"label"`
}

// MatrixQuadrant is one quadrant: its box, its name and what it means,
// and its cells, row by row from the top.
type MatrixQuadrant struct {
	Quadrant string       `json:"quadrant"` // a journey.Quadrant
	Box      Box          `json:"box"`
	Name     Text         `json:"name"`
	About    Text         `json:"about"`
	Cells    []MatrixCell `json:"cells"`
}

// MatrixCell is where one impact rating meets one effort rating, with a
// card for each improvement rated so.
type MatrixCell struct {
	Impact int               `json:"impact"`
	Effort int               `json:"effort"`
	Box    Box               `json:"box"`
	Cards  []ImprovementCard `json:"cards,omitempty"`
}

// ImprovementCard is an improvement on the matrix: its title, its owner
// and due date, and whether it is overdue, in progress, done or dropped.
type ImprovementCard struct {
	ID       string `json:"id"`
	Quadrant string `json:"quadrant"`
	Status   string `json:"status"`
	Overdue  bool   `json:"overdue,omitempty"`
	Box      Box    `json:"box"`
	Title    Text   `json:"title"`
	Detail   *Text  `json:"detail,omitempty"` // owner and due date
	Mark     *Point `json:"mark,omitempty"`   // the centre of the overdue clock
	Flag     *Text  `json:"flag,omitempty"`   // the word for overdue
	State    *Text  `json:"state,omitempty"`  // the status, unless open
}

// Geometry of the matrix, in pixels.
const (
	matrixAxisW  = 84.0  // the column of impact ratings on the left
	quadGap      = 18.0  // between the quadrants: the boundary runs here
	quadPad      = 8.0   // inside a quadrant, around its cells
	cellPad      = 8.0   // inside a cell, around its cards
	cellGap      = 4.0   // between the cells of a quadrant
	cardGap      = 8.0   // between the cards of a cell
	cardPad      = 8.0   // inside a card
	baseCardW    = 188.0 // a card, when a cell holds one column of them
	minMatrixRow = 64.0  // the height of a row without cards
	maxCardCols  = 3     // a crowded cell puts its cards side by side, up to this many
	cardsPerCol  = 4     // cards a cell stacks before it starts another column
	markR        = 5.0   // the overdue clock
	ratings      = 5     // impact and effort run from 1 to ratings
)

var (
	kickerStyle    = style{size: 11, lh: 14, bold: true, class: "label"}
	quadNameStyle  = style{size: 15, lh: 19, bold: true, class: "quadrant-name"}
	quadAboutStyle = style{size: 12, lh: 16, class: "quadrant-about"}
	impTitleStyle  = style{size: 12, lh: 15, bold: true, class: "improvement-title"}
	impDetailStyle = style{size: 11, lh: 14, class: "improvement-detail"}
	impFlagStyle   = style{size: 11, lh: 14, bold: true, class: "overdue-label"}
	impStateStyle  = style{size: 11, lh: 14, italic: true, class: "improvement-status"}
	axisStyle      = style{size: 12, lh: 16, bold: true, class: "axis-label"}
	ratingStyle    = style{size: 14, lh: 18, bold: true, class: "tick"}
)

// LayoutMatrix places the action-priority matrix of a valid journey. An
// open or doing improvement due before today is overdue; with a zero
// today, none is. The result depends only on the journey, the measurer and
// today.
func LayoutMatrix(j *journey.Journey, m Measurer, today journey.Date) *Matrix {
	l := &layouter{j: j, m: m, lang: j.Lang}
	s := &Matrix{Lang: string(j.Lang), Title: l.word(vocab.MatrixTitle) + ": " + j.Title}
	if !today.IsZero() {
		s.Today = today.String()
	}

	// The improvements of each cell, [impact][effort], the settled ones
	// (done, dropped) after the others.
	var cells [ratings + 1][ratings + 1][]*journey.Improvement
	for i := range j.Improvements {
		im := &j.Improvements[i]
		r, e := clampRating(im.Impact), clampRating(im.Effort)
		cells[r][e] = append(cells[r][e], im)
	}
	for r := 1; r <= ratings; r++ {
		for e := 1; e <= ratings; e++ {
			slices.SortStableFunc(cells[r][e], func(a, b *journey.Improvement) int {
				return btoi(a.Status.Settled()) - btoi(b.Status.Settled())
			})
		}
	}

	// Columns: as wide as a card, or as the most cards side by side in any
	// of their cells.
	var colW, colX [ratings + 1]float64
	for e := 1; e <= ratings; e++ {
		colW[e] = baseCardW + 2*cellPad
		for r := 1; r <= ratings; r++ {
			n := float64(cardColumns(len(cells[r][e])))
			colW[e] = math.Max(colW[e], n*baseCardW+(n-1)*cardGap+2*cellPad)
		}
	}
	gridX := margin + matrixAxisW
	var quadX [2][2]float64 // the left and right edges of the low- and the high-effort quadrants
	x := gridX
	for side, efforts := range [2][2]int{{1, journey.HighRating - 1}, {journey.HighRating, ratings}} {
		if side > 0 {
			x += quadGap
		}
		quadX[side][0] = x
		x += quadPad
		for e := efforts[0]; e <= efforts[1]; e++ {
			colX[e] = x
			x += colW[e] + cellGap
		}
		x += quadPad - cellGap
		quadX[side][1] = x
	}
	right := x

	// The heading.
	y := margin
	width := right - margin
	s.Kicker = l.text(strings.ToUpper(l.word(vocab.MatrixTitle)), margin, y, width, kickerStyle)
	y += height(s.Kicker, kickerStyle) + 4
	s.Heading = l.text(j.Title, margin, y, width, titleStyle)
	y += height(s.Heading, titleStyle) + 6
	s.Meta = l.text(l.matrixMeta(today), margin, y, width, metaStyle)
	y += height(s.Meta, metaStyle) + 18

	// Rows: as tall as the tallest stack of cards in them.
	var rowH [ratings + 1]float64
	for r := 1; r <= ratings; r++ {
		rowH[r] = minMatrixRow
		for e := 1; e <= ratings; e++ {
			_, h := l.stackCards(cells[r][e], colX[e], 0, colW[e], today)
			rowH[r] = math.Max(rowH[r], h)
		}
	}

	// Quadrant headers: as tall as the taller of the two in a band.
	counts := map[journey.Quadrant]int{}
	for _, im := range j.Improvements {
		counts[im.Quadrant()]++
	}
	quads := map[journey.Quadrant]*MatrixQuadrant{}
	for _, q := range journey.Quadrants {
		quads[q] = &MatrixQuadrant{Quadrant: string(q)}
	}
	band := func(top float64, left, right journey.Quadrant) float64 {
		tallest := 0.0
		for i, q := range []journey.Quadrant{left, right} {
			qx, qr := quadX[i][0], quadX[i][1]
			mq := quads[q]
			mq.Name = l.text(l.word(q.Heading()), qx+pad, top+pad, qr-qx-2*pad, quadNameStyle)
			about := vocab.Capitalise(l.word(q.About())) + "  ·  " + l.lang.Count(counts[q], vocab.ImprovementOne, vocab.ImprovementMany)
			ty := top + pad + height(mq.Name, quadNameStyle) + 2
			mq.About = l.text(about, qx+pad, ty, qr-qx-2*pad, quadAboutStyle)
			tallest = math.Max(tallest, ty+height(mq.About, quadAboutStyle)+pad-top)
		}
		return tallest
	}
	var rowY [ratings + 1]float64
	top := y
	ty := top + band(top, journey.QuickWin, journey.MajorProject)
	for r := ratings; r >= journey.HighRating; r-- {
		rowY[r] = ty
		ty += rowH[r] + cellGap
	}
	highBottom := ty - cellGap + quadPad
	lowTop := highBottom + quadGap
	ty = lowTop + band(lowTop, journey.FillIn, journey.ThanklessTask)
	for r := journey.HighRating - 1; r >= 1; r-- {
		rowY[r] = ty
		ty += rowH[r] + cellGap
	}
	lowBottom := ty - cellGap + quadPad
	for _, q := range journey.Quadrants {
		high := q == journey.QuickWin || q == journey.MajorProject
		i := btoi(q == journey.MajorProject || q == journey.ThanklessTask)
		b := Box{X: quadX[i][0], Y: top, W: quadX[i][1] - quadX[i][0], H: highBottom - top}
		if !high {
			b.Y, b.H = lowTop, lowBottom-lowTop
		}
		quads[q].Box = roundBox(b)
	}

	// Cells and their cards.
	for r := ratings; r >= 1; r-- {
		for e := 1; e <= ratings; e++ {
			q := quads[journey.Improvement{Impact: r, Effort: e}.Quadrant()]
			cards, _ := l.stackCards(cells[r][e], colX[e], rowY[r], colW[e], today)
			q.Cells = append(q.Cells, MatrixCell{
				Impact: r, Effort: e,
				Box:   roundBox(Box{X: colX[e], Y: rowY[r], W: colW[e], H: rowH[r]}),
				Cards: cards,
			})
		}
	}
	for _, q := range journey.Quadrants {
		s.Quadrants = append(s.Quadrants, *quads[q])
	}

	// The boundaries, in the gaps, reaching into the axes.
	midX := quadX[0][1] + quadGap/2
	midY := highBottom + quadGap/2
	s.Boundaries = []Path{
		{Cmds: []Cmd{{Op: "M", P: []Point{pt(midX, top)}}, {Op: "L", P: []Point{pt(midX, lowBottom+26)}}}},
		{Cmds: []Cmd{{Op: "M", P: []Point{pt(gridX-34, midY)}}, {Op: "L", P: []Point{pt(right, midY)}}}},
	}

	// The axes: impact on the left, effort below.
	tickX := gridX - 12
	s.ImpactAxis.Label = l.text(l.word(vocab.Impact)+" ↑", tickX, top+pad, matrixAxisW-12, style{size: axisStyle.size, lh: axisStyle.lh, bold: true, class: axisStyle.class, anchor: "end"})
	for r := ratings; r >= 1; r-- {
		mid := rowY[r] + rowH[r]/2
		t := l.text(fmt.Sprint(r), tickX, mid-ratingStyle.size*textBoxEm/2, matrixAxisW-12, style{size: ratingStyle.size, lh: ratingStyle.lh, bold: true, class: ratingStyle.class, anchor: "end"})
		s.ImpactAxis.Ticks = append(s.ImpactAxis.Ticks, MatrixTick{Rating: r, Label: t})
	}
	y = lowBottom + 8
	for e := 1; e <= ratings; e++ {
		t := l.text(fmt.Sprint(e), colX[e]+colW[e]/2, y, colW[e], style{size: ratingStyle.size, lh: ratingStyle.lh, bold: true, class: ratingStyle.class, anchor: "middle"})
		s.EffortAxis.Ticks = append(s.EffortAxis.Ticks, MatrixTick{Rating: e, Label: t})
	}
	y += ratingStyle.height(1) + 6
	s.EffortAxis.Label = l.text(l.word(vocab.Effort)+" →", (gridX+right)/2, y, right-gridX, style{size: axisStyle.size, lh: axisStyle.lh, bold: true, class: axisStyle.class, anchor: "middle"})
	y += height(s.EffortAxis.Label, axisStyle)

	y = l.matrixLegend(s, y+rowGap, right, today)
	s.Width = round(right + margin)
	s.Height = round(y + margin)
	s.Desc = describeMatrix(j, counts, today)
	s.Warnings = l.warnings.Sorted() // the cards are laid out twice: once to measure the rows
	return s
}

// stackCards places the cards of a cell whose top left corner is at x, y
// and which is w wide: in rows of as many cards side by side as the cell
// takes, each row as tall as its tallest card. It returns the cards and
// the height the cell needs.
func (l *layouter) stackCards(ims []*journey.Improvement, x, y, w float64, today journey.Date) ([]ImprovementCard, float64) {
	if len(ims) == 0 {
		return nil, 0
	}
	n := cardColumns(len(ims))
	cw := (w - 2*cellPad - float64(n-1)*cardGap) / float64(n)
	var cards []ImprovementCard
	ty := y + cellPad
	for start := 0; start < len(ims); start += n {
		row := ims[start:min(len(ims), start+n)]
		tallest := 0.0
		first := len(cards)
		for i, im := range row {
			c := l.improvementCard(im, x+cellPad+float64(i)*(cw+cardGap), ty, cw, today)
			tallest = math.Max(tallest, c.Box.H)
			cards = append(cards, c)
		}
		for i := first; i < len(cards); i++ {
			cards[i].Box.H = round(tallest)
		}
		ty += tallest + cardGap
	}
	return cards, ty - cardGap + cellPad - y
}

// improvementCard places the card of an improvement with its top left
// corner at x, y and w wide; its height is what its texts need.
func (l *layouter) improvementCard(im *journey.Improvement, x, y, w float64, today journey.Date) ImprovementCard {
	c := ImprovementCard{
		ID:       im.ID,
		Quadrant: string(im.Quadrant()),
		Status:   statusClass(im.Status),
		Overdue:  im.Overdue(today),
	}
	inner := w - 2*cardPad
	tx := x + cardPad
	ty := y + cardPad
	var cut bool
	c.Title, cut = l.capLines(l.text(im.Title, tx, ty, inner, impTitleStyle), matrixTitleLines, inner, impTitleStyle)
	if cut {
		l.warn(im.Pos, vocab.CutMatrixTitle, strconv.Quote(im.ID), matrixTitleLines)
	}
	ty += height(c.Title, impTitleStyle)
	if t, ok := l.cardDetail(im, tx, ty+3, inner); ok {
		if t, cut = l.capLines(t, matrixDetailLines, inner, impDetailStyle); cut {
			l.warn(im.Pos, vocab.CutMatrixDetail, strconv.Quote(im.ID), matrixDetailLines)
		}
		c.Detail = &t
		ty += 3 + height(t, impDetailStyle)
	}
	state := l.word(im.Status.Word())
	hasState := im.Status.Word() != vocab.StatusOpen
	if c.Overdue || hasState {
		ty += 5
		fx := tx // where the status goes on the flag line
		lineH := 0.0
		if c.Overdue {
			indent := 2*markR + 5
			c.Mark = &Point{X: round(tx + markR), Y: round(ty + impFlagStyle.size*textBoxEm/2)}
			t := l.text(l.word(vocab.Overdue), tx+indent, ty, inner-indent, impFlagStyle)
			c.Flag = &t
			lineH = height(t, impFlagStyle)
			if len(t.Lines) == 1 {
				fx = tx + indent + l.m.Width(t.Lines[0], impFlagStyle.size, true) + 10
			} else {
				fx = -1
			}
		}
		if hasState {
			if c.Overdue && (fx < 0 || fx+l.m.Width(clean(state), impStateStyle.size, false) > tx+inner) {
				ty += lineH + 2 // it does not fit beside the flag
				fx, lineH = tx, 0
			}
			t := l.text(state, fx, ty, tx+inner-fx, impStateStyle)
			c.State = &t
			lineH = math.Max(lineH, height(t, impStateStyle))
		}
		ty += lineH
	}
	c.Box = roundBox(Box{X: x, Y: y, W: w, H: ty + cardPad - y})
	return c
}

// cardDetail places the owner and the due date of an improvement with its
// top at y: on one line when they fit on one, else the owner's lines and
// then the date's, so that no line starts halfway through the one or the
// other.
func (l *layouter) cardDetail(im *journey.Improvement, x, y, width float64) (Text, bool) {
	var parts []string
	if owner := strings.TrimSpace(im.Owner); owner != "" {
		parts = append(parts, owner)
	}
	if !im.Due.IsZero() {
		parts = append(parts, l.word(vocab.Due)+" "+im.Due.String())
	}
	if len(parts) == 0 {
		return Text{}, false
	}
	t := l.text(strings.Join(parts, " · "), x, y, width, impDetailStyle)
	if len(t.Lines) > 1 && len(parts) > 1 {
		lines := wrap(l.m, clean(parts[0]), impDetailStyle.size, false, width, l.j.Lang)
		t.Lines = append(lines, wrap(l.m, parts[1], impDetailStyle.size, false, width, l.j.Lang)...)
	}
	return t, len(t.Lines) > 0
}

// matrixMeta is the line under the heading: how many improvements, how
// the ratings read and the date overdue is measured against.
func (l *layouter) matrixMeta(today journey.Date) string {
	parts := []string{l.lang.Count(len(l.j.Improvements), vocab.ImprovementOne, vocab.ImprovementMany), l.word(vocab.RatingScale)}
	if !today.IsZero() {
		parts = append(parts, l.lang.Format(vocab.OverdueAsOf, today))
	}
	return strings.Join(parts, "  ·  ")
}

// matrixLegend explains the overdue mark and the muted cards, when the
// matrix shows them.
func (l *layouter) matrixLegend(s *Matrix, y, right float64, today journey.Date) float64 {
	shown := map[string]bool{}
	for _, q := range s.Quadrants {
		for _, c := range q.Cells {
			for _, card := range c.Cards {
				shown["overdue"] = shown["overdue"] || card.Overdue
				shown["settled"] = shown["settled"] || journey.Status(card.Status).Settled()
			}
		}
	}
	var entries []legendEntry
	if shown["overdue"] {
		entries = append(entries, legendEntry{"overdue", l.lang.Format(vocab.OverdueKey, today)})
	}
	if shown["settled"] {
		entries = append(entries, legendEntry{"settled", l.word(vocab.SettledKey)})
	}
	if len(entries) == 0 {
		return y - rowGap
	}
	lg := l.legendRows(entries, y, right)
	s.Legend = &lg
	return y + lg.Box.H
}

// describeMatrix summarises the matrix in words for its <desc>: how many
// improvements fall in each quadrant, how many are overdue, done and
// dropped.
func describeMatrix(j *journey.Journey, counts map[journey.Quadrant]int, today journey.Date) string {
	lang := j.Lang
	sentences := []string{lang.Word(vocab.MatrixTitle) + ": " + quoted(j.Title) + "."}
	if len(j.Improvements) == 0 {
		sentences = append(sentences, lang.Word(vocab.MatrixDescEmpty))
		return clean(strings.Join(sentences, " "))
	}
	var parts []string
	for _, q := range journey.Quadrants {
		part := "1 " + lang.Word(q.Word())
		if counts[q] != 1 {
			part = fmt.Sprintf("%d %s", counts[q], strings.ToLower(lang.Word(q.Heading())))
		}
		parts = append(parts, part)
	}
	sentences = append(sentences, lang.Format(vocab.MatrixDesc,
		lang.Count(len(j.Improvements), vocab.ImprovementOne, vocab.ImprovementMany), lang.List(parts)))
	if !today.IsZero() {
		n := 0
		for i := range j.Improvements {
			if j.Improvements[i].Overdue(today) {
				n++
			}
		}
		if n > 0 {
			sentences = append(sentences, lang.Format(vocab.MatrixDescOverdue, n, today))
		} else {
			sentences = append(sentences, lang.Format(vocab.MatrixDescNone, today))
		}
	}
	var done []string
	for _, st := range []journey.Status{journey.Done, journey.Dropped} {
		n := 0
		for _, im := range j.Improvements {
			if im.Status == st {
				n++
			}
		}
		if n > 0 {
			done = append(done, fmt.Sprintf("%d %s", n, lang.Word(st.Word())))
		}
	}
	if len(done) > 0 {
		sentences = append(sentences, vocab.Capitalise(strings.Join(done, ", "))+".")
	}
	return clean(strings.Join(sentences, " "))
}

// statusClass is the class of a status: the status itself when it is one
// of the four, so that only known words reach the class attribute.
func statusClass(s journey.Status) string {
	switch s {
	case journey.Open, journey.Doing, journey.Done, journey.Dropped:
		return string(s)
	}
	return string(journey.Open)
}

// cardColumns is how many cards a cell of n puts side by side.
func cardColumns(n int) int {
	return min(maxCardCols, max(1, (n+cardsPerCol-1)/cardsPerCol))
}

func clampRating(r int) int { return min(ratings, max(1, r)) }

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func pt(x, y float64) Point { return Point{X: round(x), Y: round(y)} }

func roundBox(b Box) Box { return Box{X: round(b.X), Y: round(b.Y), W: round(b.W), H: round(b.H)} }
