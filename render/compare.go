package render

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// MaxCompared is how many other journeys one map can compare with: each
// has a colour, a dash and a mark of its own.
const MaxCompared = 4

// compareStyles are the dash of each compared curve and the mark at its
// points, in order; each theme gives their colours (Theme.compared).
var compareStyles = [MaxCompared]struct{ dash, shape string }{
	{"1 6", "square"},
	{"10 6 1 6", "diamond"},
	{"18 8", "cross"},
	{"1 6 1 6 10 6", "triangle"},
}

// checkCompare tells why the emotion curves of others cannot be drawn on
// the map of j: there are more than MaxCompared, or one has another scale.
func checkCompare(j *journey.Journey, others []*journey.Journey) error {
	if len(j.Personas) > 1 && len(others) > 0 {
		return fmt.Errorf("%q has %d personas; a map compares with other journeys for one persona only: choose it with --persona", j.Title, len(j.Personas))
	}
	if len(others) > MaxCompared {
		return fmt.Errorf("a map compares with at most %d journeys, not %d", MaxCompared, len(others))
	}
	for _, o := range others {
		if o.Scale.Min != j.Scale.Min || o.Scale.Max != j.Scale.Max {
			return fmt.Errorf("%q has the emotion scale %s and the map %s; journeys compare on the same scale only", o.Title, o.Scale, j.Scale)
		}
	}
	return nil
}

// LayoutCompare places the map of j as Layout does, with the emotion
// curves of others drawn over its own on the same axes, and a legend entry
// for each, named by its title. Without others it is Layout.
//
// A touchpoint of another journey is placed by id when the map has a
// touchpoint with its id: on that touchpoint's column. The others are
// placed by phase, when the map has a phase with their phase's id: in that
// phase, between the touchpoints placed by id before and after them (or
// the phase's edges), spread evenly in their order. When they fill the
// phase alone, n of them divide its width into n equal parts, one in the
// middle of each: n points in a phase of n touchpoints sit on those
// touchpoints. A touchpoint whose id and phase are both unknown to the map
// is left out (see Unplaced). Each curve joins its points from left to
// right.
func LayoutCompare(j *journey.Journey, others []*journey.Journey, m Measurer) (*Scene, error) {
	if err := checkCompare(j, others); err != nil {
		return nil, err
	}
	if len(others) == 0 {
		return Layout(j, m), nil
	}
	// A compared journey of several personas is drawn as its first
	// persona lives it (layoutMap has chosen the one --persona names,
	// when it has her), and its label names her.
	whose := make([]string, len(others))
	others = slices.Clone(others)
	for i, o := range others {
		if len(o.Personas) > 1 {
			whose[i] = shortName(o.Personas[0])
			others[i] = o.ForPersona(0)
		}
	}
	l := newLayouter(j, m)
	l.others = others
	s := l.layout()
	labels := compareLabels(j, others, whose)
	for i, o := range others {
		pts := l.place(o, s.Curve.Ticks)
		s.Curve.Others = append(s.Curve.Others, OtherCurve{
			Title:  labels[i],
			Class:  "compare-curve " + compareClass(i),
			Shape:  compareStyles[i].shape,
			Path:   monotone(pointsOf(pts)),
			Points: pts,
		})
	}
	// The legend, the last band, lists the compared curves too.
	top := s.Legend.Box.Y
	s.Legend = Legend{}
	bottom := l.legend(s, top)
	s.Height = round(bottom + margin)
	titles := make([]string, len(others))
	for i, o := range others {
		titles[i] = quoted(o.Title)
	}
	phrase := vocab.DescCompare
	if len(titles) > 1 {
		phrase = vocab.DescCompareMany
	}
	s.Desc += " " + clean(l.lang.Format(phrase, strings.Join(titles, ", ")))
	return s, nil
}

// compareLabels names each compared journey by its title. One with the
// map's title, another version of it, also says when it was reviewed, or
// failing that that it is another version; one drawn as one of its
// several personas lives it names her (whose, "" for none); one named as
// an earlier one also gets its number.
func compareLabels(j *journey.Journey, others []*journey.Journey, whose []string) []string {
	seen := map[string]bool{}
	labels := make([]string, len(others))
	for i, o := range others {
		label := o.Title
		if label == j.Title {
			if !o.Reviewed.IsZero() && o.Reviewed != j.Reviewed {
				label = fmt.Sprintf("%s (%s %s)", o.Title, strings.ToLower(j.Lang.Word(vocab.Reviewed)), o.Reviewed)
			} else {
				label = fmt.Sprintf("%s (%s)", o.Title, j.Lang.Word(vocab.OtherVersion))
			}
		}
		if whose[i] != "" {
			label += " · " + whose[i]
		}
		if seen[label] {
			label = fmt.Sprintf("%s (%d)", label, i+1)
		}
		seen[label] = true
		labels[i] = label
	}
	return labels
}

// Unplaced returns the ids of the touchpoints of other that the map of j
// leaves out when it compares with other: those whose id is not a
// touchpoint of j and whose phase's id is not a phase of j.
func Unplaced(j, other *journey.Journey) []string {
	tps, phases := map[string]bool{}, map[string]bool{}
	for _, p := range j.Phases {
		phases[p.ID] = true
		for _, tp := range p.Touchpoints {
			tps[tp.ID] = true
		}
	}
	var out []string
	for _, p := range other.Phases {
		for _, tp := range p.Touchpoints {
			if !tps[tp.ID] && !phases[p.ID] {
				out = append(out, tp.ID)
			}
		}
	}
	return out
}

// place returns the points of other's curve on this map, from left to
// right, by the rules of LayoutCompare. ticks are the curve's ticks, which
// give the height of each value of the scale.
func (l *layouter) place(other *journey.Journey, ticks []Tick) []CurvePoint {
	pts := l.placeAlong(other)
	for i := range pts {
		pts[i].Y = round(ticks[l.j.Scale.Max-pts[i].Value].Y)
	}
	return pts
}

// placeAlong returns the points of other's curve on this map, from left
// to right, by the rules of LayoutCompare: their x and value, without
// their height.
func (l *layouter) placeAlong(other *journey.Journey) []CurvePoint {
	type anchor struct {
		x     float64
		phase int
	}
	byID := map[string]anchor{}
	for _, c := range l.cols {
		if c.tp != nil {
			byID[c.tp.ID] = anchor{c.x + l.colW/2, c.phase}
		}
	}
	phaseOf := map[string]int{}
	for i, p := range l.j.Phases {
		phaseOf[p.ID] = i
	}
	step := l.colW + gutter // from one column's centre to the next

	type placed struct {
		x     float64
		value int
	}
	var pts []placed
	for _, p := range other.Phases {
		pi, known := phaseOf[p.ID]
		var left, right float64
		if known {
			left, right = l.phaseSpan(pi)
			left, right = left-gutter/2, right+gutter/2
		}
		// run is the touchpoints waiting for the next bound: a touchpoint
		// of this phase placed by id right of the last bound, or the edge.
		var run []int
		lo, loEdge := left, true
		flush := func(hi float64, hiEdge bool) {
			k := float64(len(run))
			a, b := lo, hi
			if !loEdge {
				a += step / 2
			}
			if !hiEdge {
				b -= step / 2
			}
			for i, v := range run {
				x := a + (float64(i)+0.5)*(b-a)/k // the middle of the i-th of k equal parts
				if (!loEdge && !hiEdge) || b-a <= 0 {
					x = lo + float64(i+1)*(hi-lo)/(k+1) // evenly between the bounds
				}
				pts = append(pts, placed{x, v})
			}
			run = run[:0]
		}
		for _, tp := range p.Touchpoints {
			if at, ok := byID[tp.ID]; ok {
				pts = append(pts, placed{at.x, tp.Emotion})
				if known && at.phase == pi && (loEdge || at.x > lo) {
					flush(at.x, false)
					lo, loEdge = at.x, false
				}
				continue
			}
			if known {
				run = append(run, tp.Emotion)
			}
		}
		if known {
			flush(right, true)
		}
	}
	slices.SortStableFunc(pts, func(a, b placed) int { return cmp.Compare(a.x, b.x) })
	out := make([]CurvePoint, len(pts))
	plotL, plotR := l.gridX, l.gridR
	for i, p := range pts {
		x := round(math.Min(plotR, math.Max(plotL, p.x)))
		if i > 0 && x <= out[i-1].X { // two points on one spot: the curve must go right
			x = round(out[i-1].X + 0.01)
		}
		out[i] = CurvePoint{Point: Point{X: x}, Value: p.value}
	}
	return out
}

func pointsOf(pts []CurvePoint) []Point {
	out := make([]Point, len(pts))
	for i, p := range pts {
		out[i] = p.Point
	}
	return out
}

// compareClass is the class of the i-th compared curve, from 0.
func compareClass(i int) string { return fmt.Sprintf("compare-%d", i+1) }

// compareIndex is the number N of a class "compare-curve compare-N", from
// 1; 0 when it has none.
func compareIndex(class string) int {
	for _, f := range strings.Fields(class) {
		var n int
		if _, err := fmt.Sscanf(f, "compare-%d", &n); err == nil && n >= 1 && n <= MaxCompared {
			return n
		}
	}
	return 0
}

// other draws a compared curve: its line, then a mark at each point.
func (p *painter) other(o OtherCurve) {
	c := p.c
	c.group(o.Class)
	if len(o.Path.Cmds) > 1 {
		c.pathOf(o.Path, "compare-line", "")
	}
	for _, pt := range o.Points {
		p.compareMark(o.Shape, pt.Point)
	}
	c.groupEnd()
}

// compareSample draws the legend's sample of the n-th compared curve: a
// stretch of its line with its mark in the middle.
func (p *painter) compareSample(kind string, n int, x, y float64) {
	c := p.c
	c.group(kind)
	c.line(x, y, x+sampleW, y, "compare-line")
	p.compareMark(compareStyles[n-1].shape, Point{X: x + sampleW/2, Y: y})
	c.groupEnd()
}

// compareMark draws the hollow mark of a compared curve's point, about as
// large as a point of the current curve.
func (p *painter) compareMark(shape string, at Point) {
	p.shapedMark(shape, at, compareMarkSize, "compare-point "+shape)
}

// compareMarkSize is the size of a compared curve's marks.
var compareMarkSize = markSize{square: 4, diamond: 5.5, cross: 4, top: 5.5, half: 5, base: 4}

// markSize is the size of the shapes of marks: the half side of a square,
// the half diagonal of a diamond, the half arm of a cross, and how far a
// triangle reaches above the point, to each side and below it.
type markSize struct{ square, diamond, cross, top, half, base float64 }

// shapedMark draws a hollow mark of shape (see compareStyles) at a point,
// in the classes class.
func (p *painter) shapedMark(shape string, at Point, z markSize, class string) {
	c := p.c
	x, y := at.X, at.Y
	pt := func(dx, dy float64) string { return num(x+dx) + "," + num(y+dy) }
	switch shape {
	case "square":
		c.rect(x-z.square, y-z.square, 2*z.square, 2*z.square, class)
	case "diamond":
		d := z.diamond
		c.path("M"+pt(0, -d)+" L"+pt(d, 0)+" L"+pt(0, d)+" L"+pt(-d, 0)+" z", class)
	case "cross":
		a := z.cross
		c.path("M"+pt(-a, -a)+" L"+pt(a, a)+" M"+pt(-a, a)+" L"+pt(a, -a), class)
	case "triangle":
		c.path("M"+pt(0, -z.top)+" L"+pt(z.half, z.base)+" L"+pt(-z.half, z.base)+" z", class)
	}
}
