package render

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// Geometry of the map, in pixels. The map reads well at A4 landscape and on
// a projector: body text is 13 px on columns of about 200 px.
const (
	margin    = 32.0   // around the map
	labelW    = 128.0  // the column of lane labels on the left
	gutter    = 12.0   // between columns and between panels
	pad       = 10.0   // inside a box
	rowGap    = 14.0   // between bands
	minColW   = 196.0  // a touchpoint column
	maxColW   = 300.0  // columns grow to this on small journeys
	minGridW  = 1080.0 // columns widen up to maxColW to fill this
	stepH     = 44.0   // one step of the emotion scale
	minPlotH  = 176.0
	maxPlotH  = 352.0
	cueR      = 4.5 // the online/offline cue
	ascent    = 0.93
	textBoxEm = 1.17 // ascent plus descent of DejaVu Sans, in em
)

// style is how a block of text is set.
type style struct {
	size, lh     float64
	bold, italic bool
	class        string
	anchor       string
}

var (
	titleStyle    = style{size: 26, lh: 32, bold: true, class: "title"}
	metaStyle     = style{size: 12, lh: 16, class: "meta"}
	panelLabel    = style{size: 11, lh: 14, bold: true, class: "label"}
	panelName     = style{size: 14, lh: 18, bold: true, class: "name"}
	bodyStyle     = style{size: 13, lh: 17, class: "body"}
	momentStyle   = style{size: 12, lh: 16, bold: true, class: "moment-label"}
	phaseStyle    = style{size: 15, lh: 19, bold: true, class: "phase-name"}
	scenarioStyle = style{size: 12, lh: 16, italic: true, class: "phase-scenario"}
	cardName      = style{size: 13, lh: 17, bold: true, class: "touchpoint-name"}
	cardDetail    = style{size: 12, lh: 16, class: "touchpoint-detail"}
	laneLabel     = style{size: 12, lh: 16, bold: true, class: "lane-label"}
	itemStyle     = style{size: 12, lh: 16, class: "item"}
	itemBold      = style{size: 12, lh: 16, bold: true, class: "item-title"}
	itemDetail    = style{size: 11, lh: 14, class: "item-detail"}
	thinksStyle   = style{size: 12, lh: 16, italic: true, class: "item thinks"}
	tickStyle     = style{size: 12, lh: 16, class: "tick", anchor: "end"}
	feelingStyle  = style{size: 12, lh: 15, italic: true, class: "feeling", anchor: "middle"}
	markerStyle   = style{size: 11, lh: 14, bold: true, class: "marker-label", anchor: "middle"}
	legendStyle   = style{size: 12, lh: 16, class: "legend-label"}
	loopStyle     = style{size: 12, lh: 16, italic: true, class: "loop-label", anchor: "middle"}
	emptyStyle    = style{size: 12, lh: 16, italic: true, class: "empty", anchor: "middle"}
)

// height is the height of n lines set in st.
func (st style) height(n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(n-1)*st.lh + st.size*textBoxEm
}

// column is one touchpoint of the grid, or the place of a phase without
// touchpoints.
type column struct {
	x     float64
	phase int
	tp    *journey.Touchpoint // nil for an empty phase
}

// layouter holds what every band of the map needs.
type layouter struct {
	j     *journey.Journey
	m     Measurer
	lang  vocab.Lang // of the built-in words
	colW  float64
	cols  []column
	gridX float64 // left edge of the first column
	gridR float64 // right edge of the last column
	right float64 // right edge of the content

	// Set by indexImprovements: the improvements naming each touchpoint id,
	// by index, and the id of each improvement's first touchpoint.
	improvementsOf map[string][]int
	firstOf        []string

	warnings journey.Diagnostics // what was cut to fit

	// others are the journeys whose curves are drawn over the map (see
	// LayoutCompare): the labels on the curve keep clear of their marks.
	others []*journey.Journey
}

// Layout places every element of the map of a valid journey. The result
// depends only on the journey and the measurer.
func Layout(j *journey.Journey, m Measurer) *Scene {
	return newLayouter(j, m).layout()
}

// layout places every element of the map.
func (l *layouter) layout() *Scene {
	j := l.j
	s := &Scene{Lang: string(j.Lang), Title: j.Title}
	y := margin
	y = l.lens(s, y)
	if j.Loop && len(j.Phases) > 1 {
		y = l.loop(s, y)
	}
	y = l.moments(s, y)
	y = l.phases(s, y)
	y = l.curve(s, y+rowGap)
	y = l.lanes(s, y+rowGap)
	y = l.legend(s, y+rowGap)
	s.Width = round(l.right + margin)
	s.Height = round(y + margin)
	s.Desc = describe(j)
	s.Warnings = l.warnings.Sorted()
	return s
}

func newLayouter(j *journey.Journey, m Measurer) *layouter {
	l := &layouter{j: j, m: m, lang: j.Lang, gridX: margin + labelW + gutter}
	n := 0
	for _, p := range j.Phases {
		n += max(1, len(p.Touchpoints))
	}
	l.colW = math.Min(maxColW, math.Max(minColW, (minGridW-gutter*float64(n-1))/float64(n)))
	x := l.gridX
	for pi := range j.Phases {
		p := &j.Phases[pi]
		if len(p.Touchpoints) == 0 {
			l.cols = append(l.cols, column{x: x, phase: pi})
			x += l.colW + gutter
			continue
		}
		for ti := range p.Touchpoints {
			l.cols = append(l.cols, column{x: x, phase: pi, tp: &p.Touchpoints[ti]})
			x += l.colW + gutter
		}
	}
	l.gridR = x - gutter
	l.right = l.gridR
	return l
}

// phaseSpan returns the left and right edges of a phase's columns.
func (l *layouter) phaseSpan(pi int) (left, right float64) {
	left = math.Inf(1)
	for _, c := range l.cols {
		if c.phase == pi {
			left = math.Min(left, c.x)
			right = math.Max(right, c.x+l.colW)
		}
	}
	return left, right
}

// word is a built-in word in the journey's language.
func (l *layouter) word(w vocab.Word) string { return l.lang.Word(w) }

// text wraps s into width and places it with its top at y. For a centred
// style, x is the centre.
func (l *layouter) text(s string, x, y, width float64, st style) Text {
	lines := wrap(l.m, clean(s), st.size, st.bold, width, l.j.Lang)
	return Text{
		X: round(x), Y: round(y + st.size*ascent),
		Size: st.size, LineHeight: st.lh,
		Bold: st.bold, Italic: st.italic, Anchor: st.anchor, Class: st.class,
		Lines: lines,
	}
}

// height is the height of a placed text.
func height(t Text, st style) float64 { return st.height(len(t.Lines)) }

// clean removes what must never reach the map from user text: characters
// XML does not allow, and bidi controls that could reorder a label (the
// journey warns about each: hidden-character). Invisible characters and
// the bidi marks (U+200E, U+200F) stay: they are text.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n':
			return r
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
			return -1
		case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
			return -1
		case r == 0xFFFE || r == 0xFFFF || (r >= 0xD800 && r <= 0xDFFF):
			return -1
		}
		return r
	}, s)
}

// round keeps coordinates to hundredths, so that output is the same on
// every machine, and never negative zero.
func round(v float64) float64 {
	r := math.Round(v*100) / 100
	if r == 0 {
		return 0
	}
	return r
}

// lens places the title, the meta line and the panels of persona,
// scenario and goals.
func (l *layouter) lens(s *Scene, y float64) float64 {
	top := y
	width := l.gridR - margin // the lens spans the grid: the canvas stays tight
	s.Lens.Title = l.text(l.j.Title, margin, y, width, titleStyle)
	y += height(s.Lens.Title, titleStyle) + 6
	s.Lens.Meta = l.text(l.meta(), margin, y, width, metaStyle)
	y += height(s.Lens.Meta, metaStyle) + 12

	type panel struct{ class, label, name, body string }
	var panels []panel
	for i, p := range l.j.Cast() {
		class := "persona"
		if l.several() {
			class += fmt.Sprintf(" persona-%d", i+1)
		}
		panels = append(panels, panel{class, l.word(vocab.Persona), p.Name, p.About})
	}
	if l.j.Scenario != "" {
		panels = append(panels, panel{"scenario", l.word(vocab.Scenario), "", l.j.Scenario})
	}
	if g := l.j.Goals.Customer; g != "" {
		panels = append(panels, panel{"goal customer-goal", l.word(vocab.CustomerGoal), "", g})
	}
	if g := l.j.Goals.Business; g != "" {
		panels = append(panels, panel{"goal business-goal", l.word(vocab.BusinessGoal), "", g})
	}
	if len(panels) > 0 {
		pw := (width - gutter*float64(len(panels)-1)) / float64(len(panels))
		tallest := 0.0
		for i, p := range panels {
			x := margin + float64(i)*(pw+gutter)
			ty := y + pad
			out := Panel{Class: p.class}
			out.Label = l.text(strings.ToUpper(p.label), x+pad, ty, pw-2*pad, panelLabel)
			ty += height(out.Label, panelLabel) + 4
			if p.name != "" {
				t := l.text(p.name, x+pad, ty, pw-2*pad, panelName)
				out.Body = append(out.Body, t)
				ty += height(t, panelName) + 4
			}
			if p.body != "" {
				t := l.text(p.body, x+pad, ty, pw-2*pad, bodyStyle)
				out.Body = append(out.Body, t)
				ty += height(t, bodyStyle)
			}
			out.Box = Box{X: round(x), Y: round(y), W: round(pw)}
			tallest = math.Max(tallest, ty+pad-y)
			s.Lens.Panels = append(s.Lens.Panels, out)
		}
		for i := range s.Lens.Panels {
			s.Lens.Panels[i].Box.H = round(tallest)
		}
		y += tallest
	}
	s.Lens.Box = Box{X: margin, Y: round(top), W: round(width), H: round(y - top)}
	return y + rowGap
}

// meta is the line under the title: the size of the journey, its scale,
// its last review and how many of its emotions are backed by evidence.
func (l *layouter) meta() string {
	n := 0
	for _, p := range l.j.Phases {
		n += len(p.Touchpoints)
	}
	parts := []string{
		l.lang.Count(len(l.j.Phases), vocab.PhaseOne, vocab.PhaseMany),
		l.lang.Count(n, vocab.TouchpointOne, vocab.TouchpointMany),
		fmt.Sprintf("%s %s … %s", l.word(vocab.Emotion), signed(l.j.Scale.Min, l.j.Scale), signed(l.j.Scale.Max, l.j.Scale)),
	}
	if !l.j.Reviewed.IsZero() {
		parts = append(parts, l.word(vocab.Reviewed)+" "+l.j.Reviewed.String())
	}
	if n > 0 {
		parts = append(parts, backedCount(l.j))
	}
	return strings.Join(parts, "  ·  ")
}

// signed formats a value of the scale: with a sign when the scale runs
// through zero, with a true minus sign.
func signed(v int, sc journey.Scale) string {
	switch {
	case v < 0:
		return fmt.Sprintf("−%d", -v)
	case v > 0 && sc.Min < 0:
		return fmt.Sprintf("+%d", v)
	}
	return fmt.Sprintf("%d", v)
}

// loop places the arrow of a journey that flows from its last phase back
// into its first: from the top of the last phase's moment bracket, up, back
// over the map, and down into the first phase's.
func (l *layouter) loop(s *Scene, y float64) float64 {
	first, last := l.j.Phases[0], l.j.Phases[len(l.j.Phases)-1]
	fl, _ := l.phaseSpan(0)
	_, lr := l.phaseSpan(len(l.j.Phases) - 1)
	label := l.text(l.lang.Format(vocab.LoopBack, last.Name, first.Name), (fl+lr)/2, y, lr-fl-80, loopStyle)
	lineY := y + height(label, loopStyle) + 8
	bottom := lineY + 20
	from, to := lr-24, fl+24
	pt := func(x, y float64) Point { return Point{round(x), round(y)} }
	s.Loop = &Loop{
		Label: label,
		Path: Path{Cmds: []Cmd{
			{Op: "M", P: []Point{pt(from, bottom)}},
			{Op: "L", P: []Point{pt(from, lineY+8)}},
			{Op: "C", P: []Point{pt(from, lineY), pt(from, lineY), pt(from-8, lineY)}},
			{Op: "L", P: []Point{pt(to+8, lineY)}},
			{Op: "C", P: []Point{pt(to, lineY), pt(to, lineY), pt(to, lineY+8)}},
			{Op: "L", P: []Point{pt(to, bottom-2)}},
		}},
	}
	return bottom
}

// moments places the brackets over the phases before, during and after the
// moment the journey turns on, named as the journey names them. A phase
// without a moment gets no bracket, and a journey whose phases have none
// gets no band of brackets at all.
func (l *layouter) moments(s *Scene, y float64) float64 {
	const h = 26.0
	for pi := 0; pi < len(l.j.Phases); {
		moment := l.j.Phases[pi].Moment
		end := pi
		for end+1 < len(l.j.Phases) && l.j.Phases[end+1].Moment == moment {
			end++
		}
		if moment == "" {
			pi = end + 1
			continue
		}
		left, _ := l.phaseSpan(pi)
		_, right := l.phaseSpan(end)
		t := l.text(l.j.MomentName(moment), left+pad, y+(h-momentStyle.size*textBoxEm)/2, right-left-2*pad, momentStyle)
		box := Box{X: round(left), Y: round(y), W: round(right - left), H: h}
		if extra := height(t, momentStyle) + 6 - h; extra > 0 {
			box.H = round(h + extra) // a narrow phase: the label wrapped
		}
		s.Moments = append(s.Moments, Moment{Box: box, Moment: string(moment), Label: t})
		pi = end + 1
	}
	if len(s.Moments) == 0 {
		return y
	}
	tallest := 0.0
	for _, m := range s.Moments {
		tallest = math.Max(tallest, m.Box.H)
	}
	for i := range s.Moments {
		s.Moments[i].Box.H = round(tallest)
	}
	return y + tallest + 8
}

// phases places the phase headers and the touchpoint cards under them.
func (l *layouter) phases(s *Scene, y float64) float64 {
	// Headers: all as tall as the tallest.
	tallest := 0.0
	for pi, p := range l.j.Phases {
		left, right := l.phaseSpan(pi)
		ph := Phase{Moment: string(p.Moment), Box: Box{X: round(left), Y: round(y), W: round(right - left)}}
		ty := y + pad
		ph.Name = l.text(p.Name, left+pad, ty, right-left-2*pad, phaseStyle)
		ty += height(ph.Name, phaseStyle)
		if p.Scenario != "" {
			t := l.text(p.Scenario, left+pad, ty+4, right-left-2*pad, scenarioStyle)
			ph.Scenario = &t
			ty += 4 + height(t, scenarioStyle)
		}
		tallest = math.Max(tallest, ty+pad-y)
		s.Phases = append(s.Phases, ph)
	}
	for i := range s.Phases {
		s.Phases[i].Box.H = round(tallest)
	}
	y += tallest + 8

	// Cards: all as tall as the tallest.
	tallest = 0.0
	textW := l.colW - 2*pad
	for _, c := range l.cols {
		ph := &s.Phases[c.phase]
		if c.tp == nil {
			t := l.text(l.word(vocab.NoTouchpoints), c.x+l.colW/2, y+pad, textW, emptyStyle)
			ph.Empty = &t
			tallest = math.Max(tallest, height(t, emptyStyle)+2*pad)
			continue
		}
		card := Card{Box: Box{X: round(c.x), Y: round(y), W: round(l.colW)}}
		ty := y + pad
		card.Name = l.cardText(c.tp, "name", c.tp.Name, c.x+pad, ty, textW, cardName, cardNameLines)
		ty += height(card.Name, cardName) + 6
		if c.tp.Channel != "" {
			name, kind := l.channel(c.tp.Channel)
			label := name
			if kind != "" {
				label += " · " + l.word(kind.Word())
			}
			indent := 2*cueR + 6
			t := l.cardText(c.tp, "channel", label, c.x+pad+indent, ty, textW-indent, cardDetail, cardDetailLines)
			card.Channel, card.ChannelKind = &t, string(kind)
			card.Cue = Point{X: round(c.x + pad + cueR), Y: round(ty + cardDetail.size*textBoxEm/2)}
			ty += height(t, cardDetail) + 3
		}
		if c.tp.Owner != "" {
			t := l.cardText(c.tp, "owner", l.word(vocab.Owner)+": "+c.tp.Owner, c.x+pad, ty, textW, cardDetail, cardDetailLines)
			card.Owner = &t
			ty += height(t, cardDetail)
		}
		tallest = math.Max(tallest, ty+pad-y)
		ph.Touchpoints = append(ph.Touchpoints, card)
	}
	for i := range s.Phases {
		ph := &s.Phases[i]
		for k := range ph.Touchpoints {
			ph.Touchpoints[k].Box.H = round(tallest)
		}
		if ph.Empty != nil {
			ph.EmptyBox = &Box{X: ph.Box.X, Y: round(y), W: ph.Box.W, H: round(tallest)}
		}
	}
	return y + tallest
}

// cardText places a text of a touchpoint's card, cut to its most lines.
func (l *layouter) cardText(tp *journey.Touchpoint, key, s string, x, y, width float64, st style, most int) Text {
	t, cut := l.capLines(l.text(s, x, y, width, st), most, width, st)
	if cut {
		l.warn(tp.Pos, vocab.CutCardText, key, strconv.Quote(tp.ID), most)
	}
	return t
}

// channel resolves a touchpoint's channel to its name and kind through the
// catalogue; without one, the channel is its own name, of no known kind.
func (l *layouter) channel(ref string) (string, journey.ChannelKind) {
	for _, c := range l.j.Channels {
		if c.ID == ref {
			return c.Name, c.Kind
		}
	}
	return ref, ""
}
