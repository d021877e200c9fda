package render

import (
	"math"
	"strconv"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

const (
	minLaneH = 40.0
	bulletW  = 12.0 // the hanging indent of a bullet item
)

// item is one entry of a lane cell, set in its style.
type item struct {
	text   string
	st     style
	bullet bool
	detail string // a second line in itemDetail, such as an owner and a date
}

// lanes places the rows beneath the curve: what the customer thinks, the
// pains and gains, the improvements, and each phase's metrics. A lane that
// would be empty everywhere is left out.
func (l *layouter) lanes(s *Scene, y float64) float64 {
	perTouchpoint := []struct {
		class, label string
		what         vocab.Word // of the touchpoint's id: what a cell holds, for the warning when it is cut
		items        func(tp *journey.Touchpoint) []item
	}{
		{"thinks", l.word(vocab.Thinks), vocab.CellThinks, func(tp *journey.Touchpoint) []item {
			if tp.Thinks == "" {
				return nil
			}
			return []item{{text: "“" + strings.TrimSpace(tp.Thinks) + "”", st: thinksStyle}}
		}},
		{"pains", l.word(vocab.Pains), vocab.CellPains, func(tp *journey.Touchpoint) []item { return bullets(tp.Pains) }},
		{"gains", l.word(vocab.Gains), vocab.CellGains, func(tp *journey.Touchpoint) []item { return bullets(tp.Gains) }},
		{"improvements", l.word(vocab.Improvements), vocab.CellImprovements, l.improvementsAt},
	}
	if l.several() {
		perTouchpoint = append(perTouchpoint[:0:0], append([]struct {
			class, label string
			what         vocab.Word
			items        func(tp *journey.Touchpoint) []item
		}{{"feelings", l.word(vocab.Feelings), vocab.CellFeelings, l.feelings}}, perTouchpoint...)...)
	}
	for _, lane := range perTouchpoint {
		cells := make([][]item, len(l.cols))
		any := false
		for i, c := range l.cols {
			if c.tp != nil {
				cells[i] = lane.items(c.tp)
				any = any || len(cells[i]) > 0
			}
		}
		if !any {
			continue
		}
		boxes := make([]Box, len(l.cols))
		of := make([]cellOf, len(l.cols))
		for i, c := range l.cols {
			boxes[i] = Box{X: c.x, W: l.colW}
			if c.tp != nil {
				of[i] = cellOf{pos: c.tp.Pos, what: vocab.Say(lane.what, strconv.Quote(c.tp.ID))}
			}
		}
		y = l.lane(s, y, lane.class, lane.label, boxes, cells, of) + gutter
	}
	y = l.metricsLane(s, y)
	return l.wholeJourneyLane(s, y)
}

// metricsLane places each phase's metrics under the phase.
func (l *layouter) metricsLane(s *Scene, y float64) float64 {
	var boxes []Box
	var cells [][]item
	var of []cellOf
	any := false
	for pi, p := range l.j.Phases {
		left, right := l.phaseSpan(pi)
		boxes = append(boxes, Box{X: left, W: right - left})
		cells = append(cells, bullets(p.Metrics))
		of = append(of, cellOf{pos: p.Pos, what: vocab.Say(vocab.CellMetrics, strconv.Quote(p.ID))})
		any = any || len(p.Metrics) > 0
	}
	if !any {
		return y
	}
	return l.lane(s, y, "metrics", l.word(vocab.Metrics), boxes, cells, of) + gutter
}

// wholeJourneyLane places the improvements that name no touchpoint in a
// lane of their own, spread over the columns in order: one a column while
// there are columns enough, else as many a cell as it takes.
func (l *layouter) wholeJourneyLane(s *Scene, y float64) float64 {
	var general []item
	var first []journey.Pos
	for _, im := range l.j.Improvements {
		if len(im.Touchpoints) == 0 {
			general = append(general, l.improvementItem(im))
			first = append(first, im.Pos)
		}
	}
	if len(general) == 0 {
		return y
	}
	per := (len(general) + len(l.cols) - 1) / len(l.cols)
	var boxes []Box
	var cells [][]item
	var of []cellOf
	for i := 0; i*per < len(general); i++ {
		from, to := i*per, min(len(general), (i+1)*per)
		boxes = append(boxes, Box{X: l.cols[i].x, W: l.colW})
		cells = append(cells, general[from:to])
		of = append(of, cellOf{pos: first[from], what: vocab.Say(vocab.CellWholeJourney)})
	}
	return l.lane(s, y, "improvements whole-journey", l.word(vocab.WholeJourneyImprovements), boxes, cells, of) + gutter
}

// improvementsAt lists the improvements shown under a touchpoint. An
// improvement of several touchpoints is shown whole under the first of
// them, in the order of the journey, and under the others by its title
// only, marked as shown before.
func (l *layouter) improvementsAt(tp *journey.Touchpoint) []item {
	l.indexImprovements()
	var out []item
	for _, i := range l.improvementsOf[tp.ID] {
		im := l.j.Improvements[i]
		if l.firstOf[i] == tp.ID {
			out = append(out, l.improvementItem(im))
		} else {
			out = append(out, item{text: "↳ " + im.Title, st: itemDetail})
		}
	}
	return out
}

// indexImprovements finds, once, the improvements that name each
// touchpoint, in the order they are written, and the touchpoint of each
// improvement that comes first in the journey: the work stays linear in
// the number of references.
func (l *layouter) indexImprovements() {
	if l.improvementsOf != nil {
		return
	}
	order := map[string]int{}
	for i, c := range l.cols {
		if c.tp != nil {
			order[c.tp.ID] = i
		}
	}
	l.improvementsOf = map[string][]int{}
	l.firstOf = make([]string, len(l.j.Improvements))
	for i, im := range l.j.Improvements {
		first := -1
		for _, ref := range im.Touchpoints {
			k, ok := order[ref]
			if !ok {
				continue
			}
			if list := l.improvementsOf[ref]; len(list) == 0 || list[len(list)-1] != i {
				l.improvementsOf[ref] = append(list, i) // a touchpoint named twice counts once
			}
			if first < 0 || k < first {
				first = k
			}
		}
		if first >= 0 {
			l.firstOf[i] = l.cols[first].tp.ID
		}
	}
}

// improvementItem is an improvement's title with its owner, due date,
// quadrant of the action-priority matrix and, unless open, its status.
func (l *layouter) improvementItem(im journey.Improvement) item {
	var detail []string
	if im.Owner != "" {
		detail = append(detail, im.Owner)
	}
	if !im.Due.IsZero() {
		detail = append(detail, l.word(vocab.Due)+" "+im.Due.String())
	}
	detail = append(detail, l.word(im.Quadrant().Word()))
	if st := im.Status.Word(); st != vocab.StatusOpen {
		detail = append(detail, l.word(st))
	}
	return item{text: im.Title, st: itemBold, detail: strings.Join(detail, " · ")}
}

func bullets(texts []string) []item {
	out := make([]item, len(texts))
	for i, t := range texts {
		out[i] = item{text: t, st: itemStyle, bullet: true}
	}
	return out
}

// cellOf names what a lane cell shows, for the warning when it is cut: the
// place in the journey's file and the words for it.
type cellOf struct {
	pos  journey.Pos
	what vocab.Phrase
}

// lane places one lane: its label on the left and a cell in each box, all
// as tall as the tallest cell. A cell holds at most cellLines lines: the
// item that would pass them is cut to the lines left, ending in an
// ellipsis, the items after it are left out, and a warning says so.
func (l *layouter) lane(s *Scene, y float64, class, label string, boxes []Box, cells [][]item, of []cellOf) float64 {
	lane := Lane{Class: class}
	if label != "" {
		lane.Label = l.text(label, margin+pad, y+pad, labelW-2*pad, laneLabel)
	}
	tallest := math.Max(minLaneH, height(lane.Label, laneLabel)+2*pad)
	for i, b := range boxes {
		cell := Cell{Box: Box{X: round(b.X), Y: round(y), W: round(b.W)}}
		ty := y + pad
		left := cellLines // the lines the cell still holds
		shown := 0
		for k, it := range cells[i] {
			if left == 0 {
				break
			}
			if k > 0 {
				ty += 6
			}
			x, w := b.X+pad, b.W-2*pad
			if it.bullet {
				cell.Items = append(cell.Items, l.text("•", x, ty, bulletW, style{size: it.st.size, lh: it.st.lh, class: "bullet"}))
				x, w = x+bulletW, w-bulletW
			}
			t, cut := l.capLines(l.text(it.text, x, ty, w, it.st), left, w, it.st)
			cell.Items = append(cell.Items, t)
			ty += height(t, it.st)
			left -= len(t.Lines)
			if it.detail != "" && left > 0 && !cut {
				var d Text
				d, cut = l.capLines(l.text(it.detail, x, ty+2, w, itemDetail), left, w, itemDetail)
				cell.Items = append(cell.Items, d)
				ty += 2 + height(d, itemDetail)
				left -= len(d.Lines)
			} else if it.detail != "" {
				cut = true
			}
			if !cut {
				shown++
			}
		}
		if n := len(cells[i]); shown < n {
			l.warn(of[i].pos, vocab.CutCell, of[i].what, shown, n, cellLines)
		}
		tallest = math.Max(tallest, ty+pad-y)
		lane.Cells = append(lane.Cells, cell)
	}
	for i := range lane.Cells {
		lane.Cells[i].Box.H = round(tallest)
	}
	lane.Box = Box{X: margin, Y: round(y), W: round(l.gridR - margin), H: round(tallest)}
	s.Lanes = append(s.Lanes, lane)
	return y + tallest
}
