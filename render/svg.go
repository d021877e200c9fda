package render

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io"
	"strconv"
	"strings"

	svg "github.com/ajstarks/svgo/float"
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

// paint sets up a painter on w with ids starting with id, lets draw fill
// it, and returns the first write error.
func paint(w io.Writer, id string, draw func(p *painter)) error {
	ew := &errWriter{w: bufio.NewWriter(w)}
	p := &painter{c: svg.New(ew), id: id}
	p.c.Decimals = 2
	draw(p)
	if ew.err != nil {
		return ew.err
	}
	return ew.w.Flush()
}

// errWriter keeps the first write error, since svgo does not return them.
type errWriter struct {
	w   *bufio.Writer
	err error
}

func (e *errWriter) Write(b []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(b)
	e.err = err
	return n, err
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
	c     *svg.SVG
	id    string
	cardH float64 // the height of the touchpoint cards, for empty phases
	buf   []byte  // reused to build attributes
}

// num formats a coordinate: at most two decimals, no trailing zeros.
func num(v float64) string { return strconv.FormatFloat(round(v), 'f', -1, 64) }

func attr(name, value string) string { return name + `="` + value + `"` }

func class(c string) string { return `class="` + c + `"` }

// header starts a picture: the root element, sized to width × height,
// with its classes and language, an accessible name (title) and
// description (desc), and its style sheet. A picture is an image to
// assistive technology, named and described by those two.
func (p *painter) header(width, height float64, classes, lang, title, desc, style string) {
	c := p.c
	c.Start(width, height,
		attr("viewBox", "0 0 "+num(width)+" "+num(height)),
		class(classes),
		attr("xml:lang", langTag(lang)),
		attr("role", "img"),
		attr("aria-labelledby", p.id+"-title "+p.id+"-desc"),
		attr("font-family", fontFamily),
	)
	io.WriteString(c.Writer, `<title id="`+p.id+`-title">`)
	xmlText(c.Writer, title)
	io.WriteString(c.Writer, "</title>\n<desc id=\""+p.id+"-desc\">")
	xmlText(c.Writer, desc)
	io.WriteString(c.Writer, "</desc>\n")
	c.Style("text/css", style)
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
	c := p.c
	p.header(s.Width, s.Height, "journey-map theme-"+t.Name, s.Lang, s.Title, s.Desc, mapStyle(t, len(s.Curve.Others)))
	c.Def()
	c.Marker(p.id+"-arrow", 5, 4, 10, 8, attr("orient", "auto"), attr("markerUnits", "userSpaceOnUse"))
	c.Path("M0,0 L10,4 L0,8 z", class("arrow-head"))
	c.MarkerEnd()
	c.DefEnd()
	c.Rect(0, 0, s.Width, s.Height, class("background"))

	p.lens(&s.Lens)
	if s.Loop != nil {
		c.Group(class("loop"))
		c.Path(pathData(s.Loop.Path), class("loop-arrow"), attr("marker-end", "url(#"+p.id+"-arrow)"))
		p.text(s.Loop.Label)
		c.Gend()
	}
	c.Group(class("moments"))
	for _, m := range s.Moments {
		c.Group(class("moment " + m.Moment))
		c.Roundrect(m.Box.X, m.Box.Y, m.Box.W, m.Box.H, 4, 4, class("moment-box"))
		p.text(m.Label)
		c.Gend()
	}
	c.Gend()
	for _, ph := range s.Phases {
		p.phase(ph)
	}
	p.curve(&s.Curve)
	for _, l := range s.Lanes {
		p.lane(l)
	}
	p.legend(&s.Legend)
	c.End()
}

func (p *painter) lens(l *Lens) {
	c := p.c
	c.Group(class("lens"))
	p.text(l.Title)
	p.text(l.Meta)
	for _, pn := range l.Panels {
		c.Group(class("panel " + pn.Class))
		c.Roundrect(pn.Box.X, pn.Box.Y, pn.Box.W, pn.Box.H, 6, 6, class("panel-box"))
		p.text(pn.Label)
		for _, t := range pn.Body {
			p.text(t)
		}
		c.Gend()
	}
	c.Gend()
}

func (p *painter) phase(ph Phase) {
	c := p.c
	c.Group(class("phase " + ph.Moment))
	c.Roundrect(ph.Box.X, ph.Box.Y, ph.Box.W, ph.Box.H, 6, 6, class("phase-header"))
	p.text(ph.Name)
	if ph.Scenario != nil {
		p.text(*ph.Scenario)
	}
	for _, card := range ph.Touchpoints {
		p.card(card)
	}
	if ph.Empty != nil {
		c.Group(class("touchpoint-empty"))
		c.Roundrect(ph.Box.X, ph.Box.Y+ph.Box.H+8, ph.Box.W, p.cardH, 6, 6, class("empty-box"))
		p.text(*ph.Empty)
		c.Gend()
	}
	c.Gend()
}

func (p *painter) card(card Card) {
	c := p.c
	p.cardH = card.Box.H
	c.Group(class("touchpoint"))
	c.Roundrect(card.Box.X, card.Box.Y, card.Box.W, card.Box.H, 6, 6, class("card"))
	p.text(card.Name)
	if card.Channel != nil {
		p.text(*card.Channel)
		p.cue(card.ChannelKind, card.Cue)
	}
	if card.Owner != nil {
		p.text(*card.Owner)
	}
	c.Gend()
}

// cue draws the online/offline cue: a filled dot for online, a hollow
// square for offline, a small ring for a channel of unknown kind.
func (p *painter) cue(kind string, at Point) {
	switch kind {
	case "online":
		p.c.Circle(at.X, at.Y, cueR, class("cue online"))
	case "offline":
		p.c.Rect(at.X-cueR+0.75, at.Y-cueR+0.75, 2*cueR-1.5, 2*cueR-1.5, class("cue offline"))
	default:
		p.c.Circle(at.X, at.Y, cueR-1, class("cue"))
	}
}

func (p *painter) curve(cv *Curve) {
	c := p.c
	c.Group(class("emotion"))
	c.Roundrect(cv.Box.X, cv.Box.Y, cv.Box.W, cv.Box.H, 6, 6, class("band"))
	p.text(cv.Label)
	for _, t := range cv.Ticks {
		cls := "tick-line"
		if t.Neutral {
			cls = "neutral"
		}
		c.Line(cv.Plot.X, t.Y, cv.Plot.X+cv.Plot.W, t.Y, class(cls))
		p.text(t.Label)
	}
	for _, g := range cv.Gaps {
		c.Path(pathData(g), class("gap"))
	}
	for _, path := range cv.Ideal {
		c.Path(pathData(path), class("ideal-curve"))
	}
	for _, o := range cv.Others {
		p.other(o)
	}
	c.Path(pathData(cv.Current), class("emotion-curve"))
	for _, pt := range cv.Points {
		if pt.Ideal {
			c.Circle(pt.X, pt.Y, 4, class("point ideal"))
		} else {
			c.Circle(pt.X, pt.Y, 5, class("point"))
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
	c.Gend()
}

// marker draws the glyphs of a point's markers: a triangle pointing down
// below a pain point, one pointing up above the peak, a ring round the end.
func (p *painter) marker(kind string, at Point) {
	c := p.c
	c.Group(class("marker " + kind))
	x, y := at.X, at.Y
	for _, k := range strings.Fields(kind) {
		switch k {
		case "pain":
			y := y + glyphOffset
			c.Path("M"+num(x-7)+","+num(y-5)+" L"+num(x+7)+","+num(y-5)+" L"+num(x)+","+num(y+7)+" z", class("pain"))
		case "peak":
			y := y - glyphOffset
			c.Path("M"+num(x-7)+","+num(y+5)+" L"+num(x+7)+","+num(y+5)+" L"+num(x)+","+num(y-7)+" z", class("peak"))
		case "end":
			c.Circle(x, y, 9, class("end"))
		}
	}
	c.Gend()
}

func (p *painter) lane(l Lane) {
	c := p.c
	c.Group(class("lane " + l.Class))
	c.Rect(l.Box.X, l.Box.Y, l.Box.W, l.Box.H, class("lane-band"))
	p.text(l.Label)
	for _, cell := range l.Cells {
		c.Group(class("cell"))
		c.Roundrect(cell.Box.X, cell.Box.Y, cell.Box.W, cell.Box.H, 4, 4, class("cell-box"))
		for _, t := range cell.Items {
			p.text(t)
		}
		c.Gend()
	}
	c.Gend()
}

func (p *painter) legend(l *Legend) {
	c := p.c
	c.Group(class("legend"))
	c.Rect(l.Box.X, l.Box.Y, l.Box.W, l.Box.H, class("legend-box"))
	for _, it := range l.Items {
		x, y, mid := it.At.X, it.At.Y, it.At.X+sampleW/2
		switch it.Kind {
		case "emotion-curve", "ideal-curve":
			c.Line(x, y, x+sampleW, y, class(it.Kind))
		case "gap":
			c.Rect(x, y-6, sampleW, 12, class(it.Kind))
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
	c.Gend()
}

// text writes a block of text: one <text> with a <tspan> per further line.
// Size, weight, slant and anchor are attributes, since the layout measured
// with them; colours come from the style sheet. The attributes go to svgo
// as one string: it joins a list of them with one allocation each.
func (p *painter) text(t Text) {
	if len(t.Lines) == 0 {
		return
	}
	b := append(p.buf[:0], `class="`...)
	b = append(b, t.Class...)
	b = append(b, `" font-size="`...)
	b = strconv.AppendFloat(b, t.Size, 'f', -1, 64)
	b = append(b, '"')
	if t.Bold {
		b = append(b, ` font-weight="bold"`...)
	}
	if t.Italic {
		b = append(b, ` font-style="italic"`...)
	}
	if t.Anchor != "" {
		b = append(b, ` text-anchor="`...)
		b = append(b, t.Anchor...)
		b = append(b, '"')
	}
	p.buf = b
	p.c.Textspan(t.X, t.Y, t.Lines[0], string(b))
	if len(t.Lines) > 1 {
		b = append(b[:0], `x="`...)
		b = strconv.AppendFloat(b, round(t.X), 'f', -1, 64)
		b = append(b, `" dy="`...)
		b = strconv.AppendFloat(b, t.LineHeight, 'f', -1, 64)
		b = append(b, '"')
		p.buf = b
		next := string(b)
		for _, line := range t.Lines[1:] {
			p.c.Span(line, next)
		}
	}
	p.c.TextEnd()
}

// pathData writes a path as SVG path data.
func pathData(path Path) string {
	var b []byte
	for i, cmd := range path.Cmds {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, cmd.Op...)
		for k, pt := range cmd.P {
			if k > 0 {
				b = append(b, ' ')
			}
			b = strconv.AppendFloat(b, round(pt.X), 'f', -1, 64)
			b = append(b, ',')
			b = strconv.AppendFloat(b, round(pt.Y), 'f', -1, 64)
		}
	}
	return string(b)
}

// xmlEscaper escapes text content; the quotes need no escape there.
var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// xmlText writes text content, cleaned and escaped.
func xmlText(w io.Writer, s string) {
	xmlEscaper.WriteString(w, clean(s))
}
