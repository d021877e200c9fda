package render

import (
	"fmt"
	"hash/fnv"
	"io"
	"strconv"

	"github.com/journeymap/journeymap/journey"
)

// MatrixOptions tune how an action-priority matrix is drawn.
type MatrixOptions struct {
	Theme *Theme // the default theme (see ThemeNamed, ThemeNames) when nil
	// Today is the date an improvement still open or in progress is
	// overdue after its due date; the zero Date marks none overdue.
	Today journey.Date
}

// RenderMatrix lays out the action-priority matrix of a valid journey and
// writes it as SVG to w. It returns the warnings of the layout: what the
// matrix cut to fit (see Matrix.Warnings).
func RenderMatrix(w io.Writer, j *journey.Journey, opts MatrixOptions) (journey.Diagnostics, error) {
	s := LayoutMatrix(j, DejaVu, opts.Today)
	return s.Warnings, WriteMatrixSVG(w, s, Options{Theme: opts.Theme})
}

// WriteMatrixSVG writes a laid-out action-priority matrix as SVG, under
// the rules of WriteSVG: every value from the journey is escaped text
// content, attributes hold only numbers and class names made here, and
// the theme's style sheet colours the classes. The output depends only on
// the matrix and the options.
func WriteMatrixSVG(w io.Writer, s *Matrix, opts Options) error {
	return paint(w, matrixID(s), func(p *painter) {
		p.matrix(s, themeOr(opts.Theme))
	})
}

// matrixID makes the matrix's element ids from its content, apart from
// those of the same journey's map.
func matrixID(s *Matrix) string {
	h := fnv.New32a()
	io.WriteString(h, "matrix\x00")
	io.WriteString(h, s.Title)
	io.WriteString(h, s.Desc)
	return fmt.Sprintf("jm%08x", h.Sum32())
}

func (p *painter) matrix(s *Matrix, t *Theme) {
	c := p.c
	c.begin(picture{width: s.Width, height: s.Height, classes: "journey-map matrix theme-" + t.Name,
		lang: s.Lang, title: s.Title, desc: s.Desc, rules: matrixRules(t), id: p.id})
	c.rect(0, 0, s.Width, s.Height, "background")

	c.group("heading")
	p.text(s.Kicker)
	p.text(s.Heading)
	p.text(s.Meta)
	c.groupEnd()
	for _, q := range s.Quadrants {
		p.quadrant(q)
	}
	c.group("quadrant-boundaries")
	for _, b := range s.Boundaries {
		c.pathOf(b, "quadrant-boundary", "")
	}
	c.groupEnd()
	p.axis("impact-axis", &s.ImpactAxis)
	p.axis("effort-axis", &s.EffortAxis)
	if s.Legend != nil {
		p.matrixLegend(s.Legend)
	}
	c.end()
}

func (p *painter) quadrant(q MatrixQuadrant) {
	c := p.c
	c.group("quadrant " + q.Quadrant)
	c.roundrect(q.Box.X, q.Box.Y, q.Box.W, q.Box.H, 8, "quadrant-box")
	p.text(q.Name)
	p.text(q.About)
	for _, cell := range q.Cells {
		c.group("matrix-cell impact-" + strconv.Itoa(cell.Impact) + " effort-" + strconv.Itoa(cell.Effort))
		c.rect(cell.Box.X, cell.Box.Y, cell.Box.W, cell.Box.H, "matrix-cell-box")
		for _, card := range cell.Cards {
			p.improvement(card)
		}
		c.groupEnd()
	}
	c.groupEnd()
}

// improvement draws a card: its box first, then its texts and the overdue
// clock, all directly in its group.
func (p *painter) improvement(card ImprovementCard) {
	c := p.c
	cls := "improvement " + card.Quadrant + " " + card.Status
	if card.Overdue {
		cls += " overdue"
	}
	c.group(cls)
	c.roundrect(card.Box.X, card.Box.Y, card.Box.W, card.Box.H, 5, "improvement-box")
	p.text(card.Title)
	if card.Detail != nil {
		p.text(*card.Detail)
	}
	if card.Mark != nil {
		p.clock(*card.Mark)
	}
	if card.Flag != nil {
		p.text(*card.Flag)
	}
	if card.State != nil {
		p.text(*card.State)
	}
	c.groupEnd()
}

// clock draws the overdue mark: a clock face with its hands.
func (p *painter) clock(at Point) {
	x, y := at.X, at.Y
	p.c.circle(x, y, markR, "overdue-mark")
	p.c.path("M"+num(x)+","+num(y-3)+" L"+num(x)+","+num(y)+" L"+num(x+2.5)+","+num(y+1.5), "overdue-mark")
}

func (p *painter) axis(cls string, a *MatrixAxis) {
	p.c.group("axis " + cls)
	p.text(a.Label)
	for _, t := range a.Ticks {
		p.text(t.Label)
	}
	p.c.groupEnd()
}

func (p *painter) matrixLegend(l *Legend) {
	c := p.c
	c.group("legend")
	c.rect(l.Box.X, l.Box.Y, l.Box.W, l.Box.H, "legend-box")
	for _, it := range l.Items {
		switch it.Kind {
		case "overdue":
			p.clock(Point{X: it.At.X + sampleW/2, Y: it.At.Y})
		case "settled":
			c.roundrect(it.At.X, it.At.Y-7, sampleW, 14, 3, "settled-sample")
		}
		p.text(it.Label)
	}
	c.groupEnd()
}
