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
	p := &painter{id: id, c: svgDoc{w: w, b: make([]byte, 0, flushAt+4<<10)}}
	draw(p)
	return p.c.flush(true)
}

// idPrefix makes the map's element ids from its content, so that two maps
// on one page do not share ids and the same map always has the same ones.
func idPrefix(s *Scene) string {
	h := fnv.New32a()
	io.WriteString(h, s.Title)
	io.WriteString(h, s.Desc)
	return fmt.Sprintf("jm%08x", h.Sum32())
}

type painter struct {
	c  svgDoc
	id string
}

// num formats a coordinate: at most two decimals, no trailing zeros.
func num(v float64) string { return strconv.FormatFloat(round(v), 'f', -1, 64) }

// header starts a picture: the root element, sized to width × height,
// with its classes and language, an accessible name (title) and
// description (desc), and its style sheet. A picture is an image to
// assistive technology, named and described by those two.
func (p *painter) header(width, height float64, classes, lang, title, desc, style string) {
	c := &p.c
	c.start(width, height,
		`viewBox="0 0 `+num(width)+" "+num(height)+`"`,
		`class="`+classes+`"`,
		`xml:lang="`+langTag(lang)+`"`,
		`role="img"`,
		`aria-labelledby="`+p.id+"-title "+p.id+`-desc"`,
		`font-family="`+fontFamily+`"`,
	)
	c.b = append(c.b, `<title id="`+p.id+`-title">`...)
	c.b = appendEscaped(c.b, clean(title))
	c.b = append(c.b, "</title>\n<desc id=\""+p.id+"-desc\">"...)
	c.b = appendEscaped(c.b, clean(desc))
	c.b = append(c.b, "</desc>\n"...)
	c.style(style)
}

// langTag is lang when it is a language tag of letters and hyphens, so
// that it may stand in an attribute; "en" otherwise.
func langTag(lang string) string {
	if lang == "" || strings.ContainsFunc(lang, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-') }) {
		return "en"
	}
	return lang
}

func (p *painter) scene(s *Scene, t *Theme) {
	c := &p.c
	p.header(s.Width, s.Height, "journey-map theme-"+t.Name, s.Lang, s.Title, s.Desc, mapStyle(t, len(s.Curve.Others)))
	c.defs()
	c.arrowMarker(p.id + "-arrow")
	c.defsEnd()
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
	c := &p.c
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
	c := &p.c
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
	c := &p.c
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
	c := &p.c
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
	for _, o := range cv.Others {
		p.other(o)
	}
	c.pathOf(cv.Current, "emotion-curve", "")
	for _, pt := range cv.Points {
		if pt.Ideal {
			c.circle(pt.X, pt.Y, 4, "point ideal")
		} else {
			c.circle(pt.X, pt.Y, 5, "point")
		}
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
	c := &p.c
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
	c := &p.c
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
	c := &p.c
	c.group("legend")
	c.rect(l.Box.X, l.Box.Y, l.Box.W, l.Box.H, "legend-box")
	for _, it := range l.Items {
		x, y, mid := it.At.X, it.At.Y, it.At.X+sampleW/2
		switch it.Kind {
		case "emotion-curve", "ideal-curve":
			c.line(x, y, x+sampleW, y, it.Kind)
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
		}
		p.text(it.Label)
	}
	c.groupEnd()
}

// text writes a block of text.
func (p *painter) text(t Text) { p.c.text(t) }
