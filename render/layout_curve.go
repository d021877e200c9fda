package render

import (
	"math"
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
}

// curve places the emotion band: the scale, the current curve with its
// points, feelings and markers, and the ideal curve with the gap.
func (l *layouter) curve(s *Scene, y float64) float64 {
	sc := l.j.Scale
	span := float64(sc.Max - sc.Min)
	plotH := math.Min(maxPlotH, math.Max(minPlotH, span*stepH))
	labelW := l.colW - 8

	pts := l.curvePoints()
	// The room needed above and below the plot for the texts at its points.
	var headroom, footroom float64
	for i := range pts {
		p := &pts[i]
		fromTop := (float64(sc.Max) - float64(p.tp.Emotion)) / span * plotH
		fromBottom := plotH - fromTop
		aboveH := p.aboveStyle.height(len(wrapAll(l, p.above, p.aboveStyle, labelW)))
		belowH := p.belowStyle.height(len(wrapAll(l, p.below, p.belowStyle, labelW)))
		headroom = math.Max(headroom, aboveH+gapFor(p.aboveStyle)-fromTop)
		footroom = math.Max(footroom, belowH+gapFor(p.belowStyle)-fromBottom)
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
	for i, p := range pts {
		current[i] = Point{X: round(p.x), Y: round(yOf(p.tp.Emotion))}
		c.Points = append(c.Points, CurvePoint{Point: current[i], Value: p.tp.Emotion})
	}
	c.Current = monotone(current)
	l.idealCurves(c, pts, current, yOf)

	for i, p := range pts {
		at := current[i]
		if len(p.above) > 0 {
			l.attach(c, p, at, l.placeAbove(p.above, p.aboveStyle, at, labelW), p.aboveStyle)
		}
		if len(p.below) > 0 {
			t := l.text(strings.Join(p.below, " · "), at.X, at.Y+gapFor(p.belowStyle), labelW, p.belowStyle)
			l.attach(c, p, at, t, p.belowStyle)
		}
	}
	return bottom
}

// attach files a text placed at a point: the label of its markers, or its
// feeling.
func (l *layouter) attach(c *Curve, p curvePoint, at Point, t Text, st style) {
	if st.class != markerStyle.class {
		c.Feelings = append(c.Feelings, t)
		return
	}
	kind := strings.Join(p.kinds, " ")
	t.Class += " " + kind // the label takes the colour of its first marker
	c.Markers = append(c.Markers, Marker{Kind: kind, At: at, Label: t})
}

// placeAbove places a text so that its last line ends just above a point.
func (l *layouter) placeAbove(words []string, st style, at Point, width float64) Text {
	t := l.text(strings.Join(words, " · "), at.X, 0, width, st)
	h := height(t, st)
	return l.text(strings.Join(words, " · "), at.X, at.Y-gapFor(st)-h, width, st)
}

func wrapAll(l *layouter, words []string, st style, width float64) []string {
	if len(words) == 0 {
		return nil
	}
	return wrap(l.m, clean(strings.Join(words, " · ")), st.size, st.bold, width, l.j.Lang)
}

// curvePoints lists the touchpoints on the curve with their markers: the
// lowest points are pain points when the curve dips, the highest the peak,
// and the last the end. The feeling goes on the side the marker leaves
// free: above a pain point or the end, below the peak.
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
	varies := lo < hi
	_, dips := l.j.Dip()
	for i := range pts {
		p := &pts[i]
		var markers []string
		peak := varies && p.tp.Emotion == hi
		if dips && p.tp.Emotion == lo {
			p.kinds, markers = append(p.kinds, "pain"), append(markers, l.word(vocab.PainPoint))
		}
		if peak {
			p.kinds, markers = append(p.kinds, "peak"), append(markers, l.word(vocab.Peak))
		}
		if i == len(pts)-1 {
			p.kinds, markers = append(p.kinds, "end"), append(markers, l.word(vocab.End))
		}
		var feeling []string
		if p.tp.Feeling != "" {
			feeling = []string{p.tp.Feeling}
		}
		if peak {
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
		c.Ideal = append(c.Ideal, monotone(ideal))
		if b > a {
			gap := []Cmd{{Op: "M", P: []Point{current[a]}}}
			gap = append(gap, currentSegs[a:b]...)
			gap = append(gap, Cmd{Op: "L", P: []Point{ideal[len(ideal)-1]}})
			gap = append(gap, reversed(monotoneSegments(ideal), ideal[0])...)
			gap = append(gap, Cmd{Op: "Z"})
			c.Gaps = append(c.Gaps, Path{Cmds: gap})
		}
		a = b + 1
	}
}
