package render

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// The room between a point and the text above or below it: a feeling sits
// close, a marker label leaves room for the marker's glyph.
const (
	markerGap     = 11.0
	glyphOffset   = 14.0 // the centre of a pain or peak glyph from its point
	markerTextGap = 24.0
)

// gapFor is the room between a point and a text set in st.
func gapFor(st style) float64 {
	if st.class == markerStyle.class {
		return markerTextGap
	}
	return markerGap
}

// curvePoint is a touchpoint on the curve, with what is written above and
// below it.
type curvePoint struct {
	x            float64
	tp           *journey.Touchpoint
	above, below []string // marker words or the feeling, set in their style
	aboveStyle   style
	belowStyle   style
	kinds        []string // markers: "pain", "peak", "end"
	compared     []int    // the values of compared curves' marks near its x
}

// curve places the emotion band: the scale, the current curve with its
// points, feelings and markers, and the ideal curve with the gap.
func (l *layouter) curve(s *Scene, y float64) float64 {
	sc := l.j.Scale
	span := float64(sc.Max - sc.Min)
	plotH := math.Min(maxPlotH, math.Max(minPlotH, span*stepH))
	labelW := l.colW - 8

	pts := l.curvePoints()
	if l.several() {
		// The feelings go to a lane, the markers are named by the legend.
		for i := range pts {
			pts[i].above, pts[i].below = nil, nil
		}
	}
	l.nearComparedMarks(pts)
	// The room needed above and below the plot for the texts at its points.
	var headroom, footroom float64
	for i := range pts {
		p := &pts[i]
		fromTop := (float64(sc.Max) - float64(p.tp.Emotion)) / span * plotH
		fromBottom := plotH - fromTop
		aboveH := p.aboveStyle.height(len(wrapAll(l, p.above, p.aboveStyle, labelW)))
		belowH := p.belowStyle.height(len(wrapAll(l, p.below, p.belowStyle, labelW)))
		headroom = math.Max(headroom, aboveH+p.clearance(aboveH, p.aboveStyle, plotH/span, true)-fromTop)
		footroom = math.Max(footroom, belowH+p.clearance(belowH, p.belowStyle, plotH/span, false)-fromBottom)
	}
	if l.several() { // room for the glyphs of every curve
		headroom, footroom = math.Max(headroom, glyphRoom), math.Max(footroom, glyphRoom)
	}
	top := y
	plotTop := y + pad + math.Max(headroom, 8)
	plotBottom := plotTop + plotH
	bottom := plotBottom + math.Max(footroom, 8) + pad
	yOf := func(v int) float64 { return plotBottom - (float64(v)-float64(sc.Min))/span*plotH }

	c := &s.Curve
	c.Box = Box{X: margin, Y: round(top), W: round(l.gridR - margin), H: round(bottom - top)}
	c.Plot = Box{X: round(l.gridX), Y: round(plotTop), W: round(l.gridR - l.gridX), H: round(plotH)}
	c.Label = l.text(l.word(vocab.Emotion), margin+pad, top+pad, labelW-2*pad, laneLabel)
	neutral := sc.Neutral()
	for v := sc.Max; v >= sc.Min; v-- {
		ly := yOf(v)
		t := l.text(signed(v, sc), l.gridX-8, ly-tickStyle.size*textBoxEm/2, labelW-2*pad, tickStyle)
		c.Ticks = append(c.Ticks, Tick{Y: round(ly), Label: t, Neutral: float64(v) == neutral})
	}
	if neutral != math.Trunc(neutral) { // a scale such as [1, 4]: the neutral line lies between ticks
		ny := plotBottom - (neutral-float64(sc.Min))/span*plotH
		c.Ticks = append(c.Ticks, Tick{Y: round(ny), Neutral: true})
	}

	current := make([]Point, len(pts))
	assumed := make([]bool, len(pts))
	for i, p := range pts {
		current[i] = Point{X: round(p.x), Y: round(yOf(p.tp.Emotion))}
		assumed[i] = !l.j.Backed(p.tp)
		c.Points = append(c.Points, CurvePoint{Point: current[i], Value: p.tp.Emotion, Assumed: assumed[i]})
	}
	c.Current = monotone(current)
	c.Stretches = stretches(c.Current, current, assumed)
	l.idealCurves(c, pts, current, yOf)
	if l.several() {
		l.personaCurves(c, yOf)
	}

	for i, p := range pts {
		at := current[i]
		marked := false
		if len(p.above) > 0 {
			marked = l.attach(c, p, at, l.placeAbove(p, at, labelW, plotH/span), p.aboveStyle) || marked
		}
		if len(p.below) > 0 {
			h := p.belowStyle.height(len(wrapAll(l, p.below, p.belowStyle, labelW)))
			t := l.text(strings.Join(p.below, " · "), at.X, at.Y+p.clearance(h, p.belowStyle, plotH/span, false), labelW, p.belowStyle)
			marked = l.attach(c, p, at, t, p.belowStyle) || marked
		}
		if len(p.kinds) > 0 && !marked {
			// Marked, named by the label at another point of its kind.
			c.Markers = append(c.Markers, Marker{Kind: strings.Join(p.kinds, " "), At: at})
		}
	}
	return bottom
}

// attach files a text placed at a point: the label of its markers, or its
// feeling. It tells whether it filed the markers.
func (l *layouter) attach(c *Curve, p curvePoint, at Point, t Text, st style) bool {
	if st.class != markerStyle.class {
		c.Feelings = append(c.Feelings, t)
		return false
	}
	kind := strings.Join(p.kinds, " ")
	t.Class += " " + kind // the label takes the colour of its first marker
	c.Markers = append(c.Markers, Marker{Kind: kind, At: at, Label: t})
	return true
}

// placeAbove places the text above a point so that its last line ends
// its clearance above the point.
func (l *layouter) placeAbove(p curvePoint, at Point, width, unit float64) Text {
	words, st := strings.Join(p.above, " · "), p.aboveStyle
	t := l.text(words, at.X, 0, width, st)
	h := height(t, st)
	return l.text(words, at.X, at.Y-p.clearance(h, st, unit, true)-h, width, st)
}

// nearComparedMarks notes at each point the values of the compared
// curves' marks that a text centred on it could reach, those within half a
// column, so that its texts keep clear of them.
func (l *layouter) nearComparedMarks(pts []curvePoint) {
	for _, o := range l.others {
		for _, m := range l.placeAlong(o) {
			for i := range pts {
				if math.Abs(m.X-pts[i].x) < l.colW/2 {
					pts[i].compared = append(pts[i].compared, m.Value)
				}
			}
		}
	}
}

// endRing is the reach of the ring round the end from its point: its
// radius and half its stroke.
const endRing = 9 + 1

// idealRoom is the room an ideal point takes round its centre: its radius
// and stroke, and a little air; comparedRoom that of a compared curve's
// mark, the largest of them.
const (
	idealRoom    = 4 + 1 + 3
	comparedRoom = 5.5 + 1.25 + 3
)

// clearance is how far from the point a text of height h set in st
// begins, above it (up) or below it: its gap, or, where the point's ideal
// or a compared curve's mark lies on that side and the text would cover
// it, past that mark, so that a label never sits crowded between a marker
// and another mark. unit is the height of one step of the scale.
func (p curvePoint) clearance(h float64, st style, unit float64, up bool) float64 {
	gap := gapFor(st)
	if slices.Contains(p.kinds, "end") {
		gap = max(gap, endRing+3) // a feeling clears the ring round the end
	}
	type mark struct{ d, room float64 } // how far above the point, and its room
	var marks []mark
	if p.tp.Ideal != nil {
		marks = append(marks, mark{float64(*p.tp.Ideal-p.tp.Emotion) * unit, idealRoom})
	}
	for _, v := range p.compared {
		marks = append(marks, mark{float64(v-p.tp.Emotion) * unit, comparedRoom})
	}
	// Past every mark the text would cover, the nearest first: moving past
	// one may reach the next.
	slices.SortFunc(marks, func(a, b mark) int { return cmp.Compare(math.Abs(a.d), math.Abs(b.d)) })
	for _, m := range marks {
		d := m.d
		if !up {
			d = -d
		}
		if d > 0 && d-m.room < gap+h && d+m.room > gap {
			gap = d + m.room
		}
	}
	return gap
}

func wrapAll(l *layouter, words []string, st style, width float64) []string {
	if len(words) == 0 {
		return nil
	}
	return wrap(l.m, clean(strings.Join(words, " · ")), st.size, st.bold, width, l.j.Lang)
}

// curvePoints lists the touchpoints on the curve with their markers: the
// lowest points are pain points when the curve dips, the highest the peak,
// and the last the end. Each kind is named once: when several points
// share the lowest or the highest emotion, all are marked and one label
// stands for them, at the end when the end is one of them (Peak · End),
// else at the first. The feeling goes on the side the marker leaves free:
// above a pain point or the end, below the peak.
func (l *layouter) curvePoints() []curvePoint {
	var pts []curvePoint
	lo, hi := math.MaxInt, math.MinInt
	for _, c := range l.cols {
		if c.tp == nil {
			continue
		}
		pts = append(pts, curvePoint{x: c.x + l.colW/2, tp: c.tp})
		lo, hi = min(lo, c.tp.Emotion), max(hi, c.tp.Emotion)
	}
	if len(pts) == 0 {
		return nil
	}
	varies := lo < hi
	_, dips := l.j.Dip()
	last := len(pts) - 1
	isPain := func(i int) bool { return dips && pts[i].tp.Emotion == lo }
	isPeak := func(i int) bool { return varies && pts[i].tp.Emotion == hi }
	// labelled is the point that names a kind: the end when it is one,
	// else the first.
	labelled := func(is func(int) bool) int {
		if is(last) {
			return last
		}
		for i := range pts {
			if is(i) {
				return i
			}
		}
		return -1
	}
	painLabel, peakLabel := labelled(isPain), labelled(isPeak)
	for i := range pts {
		p := &pts[i]
		var markers []string
		if isPain(i) {
			p.kinds = append(p.kinds, "pain")
			if i == painLabel {
				markers = append(markers, l.word(vocab.PainPoint))
			}
		}
		if isPeak(i) {
			p.kinds = append(p.kinds, "peak")
			if i == peakLabel {
				markers = append(markers, l.word(vocab.Peak))
			}
		}
		if i == last {
			p.kinds, markers = append(p.kinds, "end"), append(markers, l.word(vocab.End))
		}
		var feeling []string
		if p.tp.Feeling != "" {
			feeling = []string{p.tp.Feeling}
		}
		if isPeak(i) {
			p.above, p.aboveStyle = markers, markerStyle
			p.below, p.belowStyle = feeling, feelingStyle
		} else {
			p.above, p.aboveStyle = feeling, feelingStyle
			p.below, p.belowStyle = markers, markerStyle
		}
	}
	return pts
}

// idealCurves draws the ideal journey over each run of touchpoints that
// say what is ideal there, and shades the gap between the two curves.
func (l *layouter) idealCurves(c *Curve, pts []curvePoint, current []Point, yOf func(int) float64) {
	currentSegs := []Cmd{}
	if len(c.Current.Cmds) > 1 {
		currentSegs = c.Current.Cmds[1:]
	}
	for a := 0; a < len(pts); {
		if pts[a].tp.Ideal == nil {
			a++
			continue
		}
		b := a
		for b+1 < len(pts) && pts[b+1].tp.Ideal != nil {
			b++
		}
		ideal := make([]Point, 0, b-a+1)
		for i := a; i <= b; i++ {
			p := Point{X: round(pts[i].x), Y: round(yOf(*pts[i].tp.Ideal))}
			ideal = append(ideal, p)
			c.Points = append(c.Points, CurvePoint{Point: p, Value: *pts[i].tp.Ideal, Ideal: true})
		}
		path := Path{Cmds: []Cmd{{Op: "M", P: []Point{ideal[0]}}}}
		if b > a {
			segs := monotoneSegments(ideal)
			for k := range segs {
				keepSide(&segs[k], currentSegs[a+k], ideal[k], current[a+k])
			}
			path.Cmds = append(path.Cmds, segs...)
			gap := []Cmd{{Op: "M", P: []Point{current[a]}}}
			gap = append(gap, currentSegs[a:b]...)
			gap = append(gap, Cmd{Op: "L", P: []Point{ideal[len(ideal)-1]}})
			gap = append(gap, reversed(segs, ideal[0])...)
			gap = append(gap, Cmd{Op: "Z"})
			c.Gaps = append(c.Gaps, Path{Cmds: gap})
		}
		c.Ideal = append(c.Ideal, path)
		a = b + 1
	}
}

// keepSide keeps a segment of the ideal curve on the side of the current
// curve that its ends are on: where the ideal is at or above the current
// emotion at both touchpoints, the drawn ideal never dips under the drawn
// current curve between them (nor rises over it where it is below at
// both), and where it is at the ideal at both, the two are one curve.
// Both segments run over the same x with their controls at the same
// thirds, so at each t they are at the same x, and the difference of the
// two is a cubic Bézier whose control values are the differences of
// theirs: with every one on one side, the whole difference is.
func keepSide(ideal *Cmd, current Cmd, idealFrom, currentFrom Point) {
	iEnd, cEnd := ideal.P[2], current.P[2]
	switch {
	case idealFrom.Y == currentFrom.Y && iEnd.Y == cEnd.Y: // at the ideal: one curve
		ideal.P[0].Y, ideal.P[1].Y = current.P[0].Y, current.P[1].Y
	case idealFrom.Y <= currentFrom.Y && iEnd.Y <= cEnd.Y: // above (y grows down)
		ideal.P[0].Y = math.Min(ideal.P[0].Y, current.P[0].Y)
		ideal.P[1].Y = math.Min(ideal.P[1].Y, current.P[1].Y)
	case idealFrom.Y >= currentFrom.Y && iEnd.Y >= cEnd.Y: // below
		ideal.P[0].Y = math.Max(ideal.P[0].Y, current.P[0].Y)
		ideal.P[1].Y = math.Max(ideal.P[1].Y, current.P[1].Y)
	}
}

// stretches cuts the current curve, through the points current, into the
// stretches it is drawn in: a segment between two assumed points is
// dotted, every other one solid, and neighbouring segments drawn alike
// are one stretch.
func stretches(curve Path, current []Point, assumed []bool) []Stretch {
	var out []Stretch
	for k := 1; k < len(curve.Cmds); k++ { // the segment from point k-1 to point k
		dotted := assumed[k-1] && assumed[k]
		if len(out) == 0 || out[len(out)-1].Assumed != dotted {
			out = append(out, Stretch{Assumed: dotted, Path: Path{Cmds: []Cmd{{Op: "M", P: []Point{current[k-1]}}}}})
		}
		last := &out[len(out)-1].Path
		last.Cmds = append(last.Cmds, curve.Cmds[k])
	}
	return out
}
