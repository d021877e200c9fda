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
// reaches the SVG as text content, which svgo escapes; attributes hold only
// numbers, colours and class names made here. The output depends only on
// the scene and the options.
func WriteSVG(w io.Writer, s *Scene, opts Options) error {
	theme := opts.Theme
	if theme == "" {
		theme = Light
	}
	pal, ok := palettes[theme]
	if !ok {
		return fmt.Errorf("unknown theme %q", theme)
	}
	ew := &errWriter{w: bufio.NewWriter(w)}
	p := &painter{c: svg.New(ew), pal: pal, id: idPrefix(s)}
	p.c.Decimals = 2
	p.scene(s, theme)
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
	pal   palette
	id    string
	cardH float64 // the height of the touchpoint cards
}

// num formats a coordinate: at most two decimals, no trailing zeros.
func num(v float64) string { return strconv.FormatFloat(round(v), 'f', -1, 64) }

func attr(name, value string) string { return name + `="` + value + `"` }

func (p *painter) scene(s *Scene, theme Theme) {
	c, pal := p.c, p.pal
	c.Start(s.Width, s.Height,
		attr("viewBox", "0 0 "+num(s.Width)+" "+num(s.Height)),
		attr("class", "journey-map theme-"+string(theme)),
		attr("role", "img"),
		attr("aria-labelledby", p.id+"-title "+p.id+"-desc"),
		attr("font-family", FontFamily),
	)
	c.Writer.Write([]byte(`<title id="` + p.id + `-title">`))
	xmlText(c.Writer, s.Title)
	c.Writer.Write([]byte("</title>\n<desc id=\"" + p.id + "-desc\">"))
	xmlText(c.Writer, s.Desc)
	c.Writer.Write([]byte("</desc>\n"))
	c.Def()
	c.Marker(p.id+"-arrow", 5, 4, 10, 8, attr("orient", "auto"), attr("markerUnits", "userSpaceOnUse"))
	c.Path("M0,0 L10,4 L0,8 z", attr("fill", pal.muted))
	c.MarkerEnd()
	c.DefEnd()
	c.Rect(0, 0, s.Width, s.Height, attr("class", "background"), attr("fill", pal.bg))

	p.lens(&s.Lens)
	if s.Loop != nil {
		c.Group(attr("class", "loop"))
		c.Path(pathData(s.Loop.Path), attr("class", "loop-arrow"), attr("fill", "none"), attr("stroke", pal.muted),
			attr("stroke-width", "1.5"), attr("stroke-dasharray", "5 4"), attr("marker-end", "url(#"+p.id+"-arrow)"))
		p.text(s.Loop.Label, pal.muted)
		c.Gend()
	}
	c.Group(attr("class", "moments"))
	for _, m := range s.Moments {
		c.Group(attr("class", "moment "+m.Moment))
		c.Roundrect(m.Box.X, m.Box.Y, m.Box.W, m.Box.H, 4, 4, attr("fill", pal.moment[m.Moment]), attr("stroke", "none"))
		p.text(m.Label, pal.ink)
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
	c, pal := p.c, p.pal
	c.Group(attr("class", "lens"))
	p.text(l.Title, pal.ink)
	p.text(l.Meta, pal.muted)
	for _, pn := range l.Panels {
		c.Group(attr("class", "panel "+pn.Class))
		c.Roundrect(pn.Box.X, pn.Box.Y, pn.Box.W, pn.Box.H, 6, 6, attr("fill", pal.band), attr("stroke", pal.line))
		p.text(pn.Label, pal.muted)
		for _, t := range pn.Body {
			p.text(t, pal.ink)
		}
		c.Gend()
	}
	c.Gend()
}

func (p *painter) phase(ph Phase) {
	c, pal := p.c, p.pal
	c.Group(attr("class", "phase "+ph.Moment))
	c.Roundrect(ph.Box.X, ph.Box.Y, ph.Box.W, ph.Box.H, 6, 6, attr("class", "phase-header"), attr("fill", pal.moment[ph.Moment]), attr("stroke", pal.line))
	p.text(ph.Name, pal.ink)
	if ph.Scenario != nil {
		p.text(*ph.Scenario, pal.muted)
	}
	for _, card := range ph.Touchpoints {
		p.card(card)
	}
	if ph.Empty != nil {
		c.Group(attr("class", "touchpoint-empty"))
		b := Box{X: ph.Box.X, Y: ph.Box.Y + ph.Box.H + 8, W: ph.Box.W}
		b.H = p.cardHeight()
		c.Roundrect(b.X, b.Y, b.W, b.H, 6, 6, attr("fill", "none"), attr("stroke", pal.line), attr("stroke-dasharray", "4 4"))
		p.text(*ph.Empty, pal.muted)
		c.Gend()
	}
	c.Gend()
}

// cardHeight is the height of the touchpoint cards, for the placeholder of
// an empty phase; set while the phases are painted.
func (p *painter) cardHeight() float64 { return p.cardH }

func (p *painter) card(card Card) {
	c, pal := p.c, p.pal
	p.cardH = card.Box.H
	c.Group(attr("class", "touchpoint"))
	c.Roundrect(card.Box.X, card.Box.Y, card.Box.W, card.Box.H, 6, 6, attr("fill", pal.card), attr("stroke", pal.cardLine))
	p.text(card.Name, pal.ink)
	if card.Channel != nil {
		p.text(*card.Channel, pal.muted)
		switch card.ChannelKind {
		case "online": // a filled dot
			c.Circle(card.Cue.X, card.Cue.Y, cueR, attr("class", "cue online"), attr("fill", pal.online))
		case "offline": // a hollow square
			c.Rect(card.Cue.X-cueR+0.75, card.Cue.Y-cueR+0.75, 2*cueR-1.5, 2*cueR-1.5, attr("class", "cue offline"),
				attr("fill", "none"), attr("stroke", pal.offline), attr("stroke-width", "1.5"))
		default: // a small ring: a channel of unknown kind
			c.Circle(card.Cue.X, card.Cue.Y, cueR-1, attr("class", "cue"), attr("fill", "none"), attr("stroke", pal.muted))
		}
	}
	if card.Owner != nil {
		p.text(*card.Owner, pal.muted)
	}
	c.Gend()
}

func (p *painter) curve(cv *Curve) {
	c, pal := p.c, p.pal
	c.Group(attr("class", "emotion"))
	c.Roundrect(cv.Box.X, cv.Box.Y, cv.Box.W, cv.Box.H, 6, 6, attr("class", "band"), attr("fill", pal.band), attr("stroke", "none"))
	p.text(cv.Label, pal.ink)
	for _, t := range cv.Ticks {
		dash := attr("stroke-dasharray", "none")
		stroke, width := pal.grid, "1"
		if t.Neutral {
			dash, stroke, width = attr("stroke-dasharray", "6 4"), pal.line, "1.5"
		}
		cls := "tick-line"
		if t.Neutral {
			cls = "neutral"
		}
		c.Line(cv.Plot.X, t.Y, cv.Plot.X+cv.Plot.W, t.Y, attr("class", cls), attr("stroke", stroke), attr("stroke-width", width), dash)
		p.text(t.Label, pal.muted)
	}
	for _, g := range cv.Gaps {
		c.Path(pathData(g), attr("class", "gap"), attr("fill", pal.gap), attr("fill-opacity", pal.gapOpacity), attr("stroke", "none"))
	}
	for _, path := range cv.Ideal {
		c.Path(pathData(path), attr("class", "ideal-curve"), attr("fill", "none"), attr("stroke", pal.ideal),
			attr("stroke-width", "2.5"), attr("stroke-dasharray", "7 5"), attr("stroke-linecap", "round"))
	}
	c.Path(pathData(cv.Current), attr("class", "emotion-curve"), attr("fill", "none"), attr("stroke", pal.current),
		attr("stroke-width", "3.5"), attr("stroke-linecap", "round"), attr("stroke-linejoin", "round"))
	for _, pt := range cv.Points {
		if pt.Ideal {
			c.Circle(pt.X, pt.Y, 4, attr("class", "point ideal"), attr("fill", pal.bg), attr("stroke", pal.ideal), attr("stroke-width", "2"))
		} else {
			c.Circle(pt.X, pt.Y, 5, attr("class", "point"), attr("fill", pal.bg), attr("stroke", pal.current), attr("stroke-width", "2.5"))
		}
	}
	for _, m := range cv.Markers {
		p.marker(m)
	}
	for _, m := range cv.Markers {
		p.text(m.Label, p.markerColour(m.Kind), "halo")
	}
	for _, f := range cv.Feelings {
		p.text(f, pal.ink, "halo")
	}
	c.Gend()
}

// markerColour is the colour of a marker's label: the first of its kinds.
func (p *painter) markerColour(kind string) string {
	switch strings.Fields(kind)[0] {
	case "pain":
		return p.pal.pain
	case "peak":
		return p.pal.peak
	}
	return p.pal.end
}

// marker draws the shapes of a point's markers: a triangle pointing down
// for a pain point, one pointing up for the peak, a ring for the end.
func (p *painter) marker(m Marker) {
	c, pal := p.c, p.pal
	c.Group(attr("class", "marker "+m.Kind))
	x, y := m.At.X, m.At.Y
	for _, k := range strings.Fields(m.Kind) {
		switch k {
		case "pain": // below the point
			y := y + glyphOffset
			c.Path("M"+num(x-7)+","+num(y-5)+" L"+num(x+7)+","+num(y-5)+" L"+num(x)+","+num(y+7)+" z",
				attr("class", "pain"), attr("fill", pal.pain), attr("stroke", pal.bg), attr("stroke-width", "1.5"))
		case "peak": // above the point
			y := y - glyphOffset
			c.Path("M"+num(x-7)+","+num(y+5)+" L"+num(x+7)+","+num(y+5)+" L"+num(x)+","+num(y-7)+" z",
				attr("class", "peak"), attr("fill", pal.peak), attr("stroke", pal.bg), attr("stroke-width", "1.5"))
		case "end":
			c.Circle(x, y, 9, attr("class", "end"), attr("fill", "none"), attr("stroke", pal.end), attr("stroke-width", "2"))
		}
	}
	c.Gend()
}

func (p *painter) lane(l Lane) {
	c, pal := p.c, p.pal
	c.Group(attr("class", "lane "+l.Class))
	c.Rect(l.Box.X, l.Box.Y, l.Box.W, l.Box.H, attr("class", "lane-band"), attr("fill", pal.band))
	p.text(l.Label, pal.ink)
	for _, cell := range l.Cells {
		c.Group(attr("class", "cell"))
		c.Roundrect(cell.Box.X, cell.Box.Y, cell.Box.W, cell.Box.H, 4, 4, attr("fill", pal.cell), attr("stroke", pal.grid))
		for _, t := range cell.Items {
			colour := pal.ink
			if t.Class == itemDetail.class || t.Class == "bullet" {
				colour = pal.muted
			}
			p.text(t, colour)
		}
		c.Gend()
	}
	c.Gend()
}

func (p *painter) legend(l *Legend) {
	c, pal := p.c, p.pal
	c.Group(attr("class", "legend"))
	c.Rect(l.Box.X, l.Box.Y, l.Box.W, l.Box.H, attr("fill", "none"), attr("stroke", "none"))
	for _, it := range l.Items {
		x, y := it.At.X, it.At.Y
		switch it.Kind {
		case "emotion-curve":
			c.Line(x, y, x+sampleW, y, attr("class", it.Kind), attr("stroke", pal.current), attr("stroke-width", "3.5"), attr("stroke-linecap", "round"))
		case "ideal-curve":
			c.Line(x, y, x+sampleW, y, attr("class", it.Kind), attr("stroke", pal.ideal), attr("stroke-width", "2.5"), attr("stroke-dasharray", "7 5"))
		case "gap":
			c.Rect(x, y-6, sampleW, 12, attr("class", it.Kind), attr("fill", pal.gap), attr("fill-opacity", pal.gapOpacity))
		case "pain": // marker draws its glyph below the point it marks
			p.marker(Marker{Kind: it.Kind, At: Point{X: x + sampleW/2, Y: y - glyphOffset}})
		case "peak": // and this one above
			p.marker(Marker{Kind: it.Kind, At: Point{X: x + sampleW/2, Y: y + glyphOffset}})
		case "end":
			p.marker(Marker{Kind: it.Kind, At: Point{X: x + sampleW/2, Y: y}})
		case "cue online":
			c.Circle(x+sampleW/2, y, cueR, attr("class", it.Kind), attr("fill", pal.online))
		case "cue offline":
			c.Rect(x+sampleW/2-cueR+0.75, y-cueR+0.75, 2*cueR-1.5, 2*cueR-1.5, attr("class", it.Kind),
				attr("fill", "none"), attr("stroke", pal.offline), attr("stroke-width", "1.5"))
		}
		p.text(it.Label, pal.ink)
	}
	c.Gend()
}

// text writes a block of text: one <text> with a <tspan> per line. With
// "halo", the text gets an outline in the band's colour so that curves
// passing behind it do not hide it.
func (p *painter) text(t Text, fill string, opts ...string) {
	if len(t.Lines) == 0 {
		return
	}
	class := t.Class
	attrs := []string{attr("font-size", num(t.Size)), attr("fill", fill)}
	if t.Bold {
		attrs = append(attrs, attr("font-weight", "bold"))
	}
	if t.Italic {
		attrs = append(attrs, attr("font-style", "italic"))
	}
	if t.Anchor != "" {
		attrs = append(attrs, attr("text-anchor", t.Anchor))
	}
	for _, o := range opts {
		if o == "halo" {
			attrs = append(attrs, attr("stroke", p.pal.halo), attr("stroke-width", "3"), attr("stroke-linejoin", "round"), attr("paint-order", "stroke"))
		}
	}
	attrs = append([]string{attr("class", class)}, attrs...)
	p.c.Textspan(t.X, t.Y, t.Lines[0], attrs...)
	for _, line := range t.Lines[1:] {
		p.c.Span(line, attr("x", num(t.X)), attr("dy", num(t.LineHeight)))
	}
	p.c.TextEnd()
}

// pathData writes a path as SVG path data.
func pathData(path Path) string {
	var b strings.Builder
	for i, cmd := range path.Cmds {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(cmd.Op)
		for k, pt := range cmd.P {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(num(pt.X))
			b.WriteByte(',')
			b.WriteString(num(pt.Y))
		}
	}
	return b.String()
}

// xmlText writes text content, escaped.
func xmlText(w io.Writer, s string) {
	var b strings.Builder
	for _, r := range clean(s) {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		default:
			b.WriteRune(r)
		}
	}
	io.WriteString(w, b.String())
}
