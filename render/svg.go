package render

import (
	"fmt"
	"hash/fnv"
	"io"
	"strconv"
	"strings"
)

// WriteSVG writes a laid-out map as SVG. Every value from the journey
// reaches the SVG as text content, which is escaped; attributes hold only
// numbers and class names made here. Colours come from the theme's style
// sheet, keyed on those classes, which are the hooks users restyle. The
// output depends only on the scene and the options.
func WriteSVG(w io.Writer, s *Scene, opts Options) error {
	return paint(w, idPrefix(s), func(p *painter) {
		p.scene(s, themeOr(opts.Theme))
	})
}

// paint lets draw fill a painter on w whose ids start with id, and
// returns the first write error.
func paint(w io.Writer, id string, draw func(p *painter)) error {
	doc := &svgDoc{w: w, b: make([]byte, 0, flushAt+4<<10)}
	draw(&painter{id: id, c: doc})
	return doc.flush(true)
}

// idPrefix makes the map's element ids from its content, so that two maps
// on one page do not share ids and the same map always has the same ones.
func idPrefix(s *Scene) string {
	h := fnv.New32a()
	io.WriteString(h, s.Title)
	io.WriteString(h, s.Desc)
	return fmt.Sprintf("jm%08x", h.Sum32())
}

// painter walks a laid-out map or matrix and draws it, element by element,
// on a drawing: the SVG document, or the recorder the PDF and PNG painters
// replay. Every format is drawn by this one walk, so that they show the
// same elements with the same classes, in the same order.
type painter struct {
	c  drawing
	id string
}

// A drawing is what the painter draws on. Its elements take numbers and
// class names made in this package; text from the journey comes only in
// a Text.
type drawing interface {
	begin(pic picture)
	end()
	group(class string)
	groupEnd()
	rect(x, y, w, h float64, class string)
	roundrect(x, y, w, h, r float64, class string)
	circle(x, y, r float64, class string)
	line(x1, y1, x2, y2 float64, class string)
	path(data, class string) // path data made in this package
	pathOf(p Path, class, arrow string)
	text(t Text)
}

// picture is how a drawing begins: its size, the classes of its root,
// its language, an accessible name (title) and description (desc), the
// rules of its style sheet, and the id of the arrow head drawn at the end
// of a path that asks for one ("" when there is none).
type picture struct {
	width, height              float64
	classes, lang, title, desc string
	rules                      []rule
	id, arrow                  string
}

// num formats a coordinate: at most two decimals, no trailing zeros.
func num(v float64) string { return strconv.FormatFloat(round(v), 'f', -1, 64) }

// langTag is lang when it is a language tag of letters and hyphens, so
// that it may stand in an attribute; "en" otherwise.
func langTag(lang string) string {
	if lang == "" || strings.ContainsFunc(lang, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-') }) {
		return "en"
	}
	return lang
}

func (p *painter) scene(s *Scene, t *Theme) {
	c := p.c
	c.begin(picture{width: s.Width, height: s.Height, classes: "journey-map theme-" + t.Name,
		lang: s.Lang, title: s.Title, desc: s.Desc, rules: mapRules(t, len(s.Curve.Others), len(s.Curve.Personas)+1), id: p.id, arrow: p.id + "-arrow"})
	c.rect(0, 0, s.Width, s.Height, "background")

	p.lens(&s.Lens)
	if s.Loop != nil {
		c.group("loop")
		c.pathOf(s.Loop.Path, "loop-arrow", p.id+"-arrow")
		p.text(s.Loop.Label)
		c.groupEnd()
	}
	if len(s.Moments) > 0 {
		c.group("moments")
		for _, m := range s.Moments {
			c.group("moment " + m.Moment)
			c.roundrect(m.Box.X, m.Box.Y, m.Box.W, m.Box.H, 4, "moment-box")
			p.text(m.Label)
			c.groupEnd()
		}
		c.groupEnd()
	}
	for _, ph := range s.Phases {
		p.phase(ph)
	}
	p.curve(&s.Curve)
	for _, l := range s.Lanes {
		p.lane(l)
	}
	p.legend(&s.Legend)
	c.end()
}

func (p *painter) lens(l *Lens) {
	c := p.c
	c.group("lens")
	p.text(l.Title)
	p.text(l.Meta)
	for _, pn := range l.Panels {
		c.group("panel " + pn.Class)
		c.roundrect(pn.Box.X, pn.Box.Y, pn.Box.W, pn.Box.H, 6, "panel-box")
		p.text(pn.Label)
		for _, t := range pn.Body {
			p.text(t)
		}
		c.groupEnd()
	}
	c.groupEnd()
}

func (p *painter) phase(ph Phase) {
	c := p.c
	c.group(strings.TrimSpace("phase " + ph.Moment))
	c.roundrect(ph.Box.X, ph.Box.Y, ph.Box.W, ph.Box.H, 6, "phase-header")
	p.text(ph.Name)
	if ph.Scenario != nil {
		p.text(*ph.Scenario)
	}
	for _, card := range ph.Touchpoints {
		p.card(card)
	}
	if ph.Empty != nil {
		c.group("touchpoint-empty")
		b := ph.EmptyBox
		c.roundrect(b.X, b.Y, b.W, b.H, 6, "empty-box")
		p.text(*ph.Empty)
		c.groupEnd()
	}
	c.groupEnd()
}

func (p *painter) card(card Card) {
	c := p.c
	c.group("touchpoint")
	c.roundrect(card.Box.X, card.Box.Y, card.Box.W, card.Box.H, 6, "card")
	p.text(card.Name)
	if card.Channel != nil {
		p.text(*card.Channel)
		p.cue(card.ChannelKind, card.Cue)
	}
	if card.Owner != nil {
		p.text(*card.Owner)
	}
	c.groupEnd()
}

// cue draws the online/offline cue: a filled dot for online, a hollow
// square for offline, a small ring for a channel of unknown kind.
func (p *painter) cue(kind string, at Point) {
	switch kind {
	case "online":
		p.c.circle(at.X, at.Y, cueR, "cue online")
	case "offline":
		p.c.rect(at.X-cueR+0.75, at.Y-cueR+0.75, 2*cueR-1.5, 2*cueR-1.5, "cue offline")
	default:
		p.c.circle(at.X, at.Y, cueR-1, "cue")
	}
}

func (p *painter) curve(cv *Curve) {
	c := p.c
	c.group("emotion")
	c.roundrect(cv.Box.X, cv.Box.Y, cv.Box.W, cv.Box.H, 6, "band")
	p.text(cv.Label)
	for _, t := range cv.Ticks {
		cls := "tick-line"
		if t.Neutral {
			cls = "neutral"
		}
		c.line(cv.Plot.X, t.Y, cv.Plot.X+cv.Plot.W, t.Y, cls)
		p.text(t.Label)
	}
	for _, g := range cv.Gaps {
		c.pathOf(g, "gap", "")
	}
	for _, path := range cv.Ideal {
		c.pathOf(path, "ideal-curve", "")
	}
	// The ideal's points go with it, under the compared curves: a compared
	// curve that runs on the ideal keeps its marks in sight.
	for _, pt := range cv.Points {
		if pt.Ideal {
			c.circle(pt.X, pt.Y, 4, "point ideal")
		}
	}
	for _, o := range cv.Others {
		p.other(o)
	}
	for _, st := range cv.Stretches {
		if st.Assumed {
			c.pathOf(st.Path, "emotion-curve assumed", "")
		} else {
			c.pathOf(st.Path, "emotion-curve", "")
		}
	}
	for _, pt := range cv.Points {
		switch {
		case pt.Ideal:
		case pt.Assumed:
			c.circle(pt.X, pt.Y, 5, "point assumed")
		default:
			c.circle(pt.X, pt.Y, 5, "point backed")
		}
	}
	// Over the first persona's curve: where two curves coincide, the
	// dashes of the other show the line beneath, and its hollow marks
	// the point within.
	for _, pc := range cv.Personas {
		p.persona(pc)
	}
	for _, m := range cv.Markers {
		p.marker(m.Kind, m.At)
	}
	for _, m := range cv.Markers {
		p.text(m.Label)
	}
	for _, f := range cv.Feelings {
		p.text(f)
	}
	c.groupEnd()
}

// marker draws the glyphs of a point's markers: a triangle pointing down
// below a pain point, one pointing up above the peak, a ring round the end.
func (p *painter) marker(kind string, at Point) {
	c := p.c
	c.group("marker " + kind)
	x, y := at.X, at.Y
	for _, k := range strings.Fields(kind) {
		switch k {
		case "pain":
			y := y + glyphOffset
			c.path("M"+num(x-7)+","+num(y-5)+" L"+num(x+7)+","+num(y-5)+" L"+num(x)+","+num(y+7)+" z", "pain")
		case "peak":
			y := y - glyphOffset
			c.path("M"+num(x-7)+","+num(y+5)+" L"+num(x+7)+","+num(y+5)+" L"+num(x)+","+num(y-7)+" z", "peak")
		case "end":
			c.circle(x, y, 9, "end")
		}
	}
	c.groupEnd()
}

func (p *painter) lane(l Lane) {
	c := p.c
	c.group("lane " + l.Class)
	c.rect(l.Box.X, l.Box.Y, l.Box.W, l.Box.H, "lane-band")
	p.text(l.Label)
	for _, cell := range l.Cells {
		c.group("cell")
		c.roundrect(cell.Box.X, cell.Box.Y, cell.Box.W, cell.Box.H, 4, "cell-box")
		for _, t := range cell.Items {
			p.text(t)
		}
		c.groupEnd()
	}
	c.groupEnd()
}

func (p *painter) legend(l *Legend) {
	c := p.c
	c.group("legend")
	c.rect(l.Box.X, l.Box.Y, l.Box.W, l.Box.H, "legend-box")
	for _, it := range l.Items {
		x, y, mid := it.At.X, it.At.Y, it.At.X+sampleW/2
		switch it.Kind {
		case "emotion-curve", "ideal-curve":
			c.line(x, y, x+sampleW, y, it.Kind)
		case "backed": // a stretch of the curve through a point
			c.line(x, y, x+sampleW, y, "emotion-curve")
			c.circle(mid, y, 5, "point backed")
		case "assumed":
			c.line(x, y, x+sampleW, y, "emotion-curve assumed")
			c.circle(mid, y, 5, "point assumed")
		case "gap":
			c.rect(x, y-6, sampleW, 12, it.Kind)
		case "pain": // the glyph sits below the point it marks
			p.marker(it.Kind, Point{X: mid, Y: y - glyphOffset})
		case "peak": // and this one above
			p.marker(it.Kind, Point{X: mid, Y: y + glyphOffset})
		case "end":
			p.marker(it.Kind, Point{X: mid, Y: y})
		case "cue online", "cue offline":
			p.cue(strings.TrimPrefix(it.Kind, "cue "), Point{X: mid, Y: y})
		default:
			if n := compareIndex(it.Kind); n > 0 {
				p.compareSample(it.Kind, n, x, y)
			}
			if n := personaIndex(it.Kind); n > 0 {
				p.personaSample(it.Kind, n, x, y)
			}
		}
		p.text(it.Label)
	}
	c.groupEnd()
}

// text writes a block of text.
func (p *painter) text(t Text) { p.c.text(t) }
