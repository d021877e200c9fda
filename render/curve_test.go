package render

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// bezier evaluates a cubic segment from p0 at t.
func bezier(p0 Point, c Cmd, t float64) Point {
	u := 1 - t
	a, b, d, e := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
	return Point{
		a*p0.X + b*c.P[0].X + d*c.P[1].X + e*c.P[2].X,
		a*p0.Y + b*c.P[0].Y + d*c.P[1].Y + e*c.P[2].Y,
	}
}

// TestMonotoneNeverOvershoots: between two points the curve stays within
// their values, and passes through every point.
func TestMonotoneNeverOvershoots(t *testing.T) {
	series := [][]float64{
		{0, 4, 0, 4, 0},
		{1, 1, 1, 5, 5, 5},
		{5, 4, 1, 1, 2, 5},
		{0, 0.5, 3.9, 4, -4, 4},
		{2, 3},
		{3, 3},
	}
	for _, ys := range series {
		pts := make([]Point, len(ys))
		for i, y := range ys {
			pts[i] = Point{X: float64(i) * 100, Y: y * 50}
		}
		path := monotone(pts)
		if len(path.Cmds) != len(pts) {
			t.Fatalf("%v: %d commands", ys, len(path.Cmds))
		}
		for i, c := range path.Cmds[1:] {
			p, q := pts[i], pts[i+1]
			if c.P[2] != q {
				t.Errorf("%v: segment %d ends at %v, want %v", ys, i, c.P[2], q)
			}
			lo, hi := math.Min(p.Y, q.Y), math.Max(p.Y, q.Y)
			prevX := p.X
			for k := 1; k <= 100; k++ {
				b := bezier(p, c, float64(k)/100)
				if b.Y < lo-1e-9 || b.Y > hi+1e-9 {
					t.Fatalf("%v: segment %d overshoots to %.3f outside [%g, %g]", ys, i, b.Y, lo, hi)
				}
				if b.X < prevX-1e-9 {
					t.Fatalf("%v: segment %d goes back in x", ys, i)
				}
				prevX = b.X
			}
		}
	}
}

func TestReversedRetracesTheCurve(t *testing.T) {
	pts := []Point{{0, 0}, {100, 80}, {200, 20}, {300, 90}}
	segs := monotoneSegments(pts)
	back := reversed(segs, pts[0])
	for i, c := range back {
		seg := segs[len(segs)-1-i]
		from := seg.P[2]
		for k := 0; k <= 10; k++ {
			tt := float64(k) / 10
			a := bezier(from, c, tt)
			start := pts[len(segs)-1-i]
			b := bezier(start, seg, 1-tt)
			if math.Abs(a.X-b.X) > 1e-9 || math.Abs(a.Y-b.Y) > 1e-9 {
				t.Fatalf("segment %d differs at %.1f: %v vs %v", i, tt, a, b)
			}
		}
	}
}

// The drawn ideal curve stays on the side of the drawn current curve that
// the data puts it on: between two touchpoints whose ideal is at or above
// their emotion it never dips under the current curve (sampled along both
// paths), and the shaded gap is the area between the two drawn curves:
// the current curve's segments there, then the ideal's, retraced.
func TestIdealKeepsItsSide(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for n := range 300 {
		var src strings.Builder
		src.WriteString("title: T\npersona: P\nphases:\n  - id: p\n    name: P\n    touchpoints:\n")
		count := 2 + rng.IntN(9)
		for i := range count {
			e := rng.IntN(5) - 2
			ideal := e + rng.IntN(3) - rng.IntN(2) // mostly at or above
			ideal = max(-2, min(2, ideal))
			fmt.Fprintf(&src, "      - {id: t%d, name: T, emotion: %d, ideal: %d}\n", i, e, ideal)
		}
		j := mustParse(t, "random", []byte(src.String()))
		cv := Layout(j, DejaVu).Curve
		if len(cv.Ideal) != 1 || len(cv.Gaps) != 1 {
			t.Fatalf("journey %d: %d ideal curves, %d gaps", n, len(cv.Ideal), len(cv.Gaps))
		}
		cur, ideal := cv.Current.Cmds, cv.Ideal[0].Cmds
		for k := 1; k < len(cur); k++ {
			c0, i0 := cur[k-1].P[len(cur[k-1].P)-1], ideal[k-1].P[len(ideal[k-1].P)-1]
			c1, i1 := cur[k].P[2], ideal[k].P[2]
			above, below := i0.Y <= c0.Y && i1.Y <= c1.Y, i0.Y >= c0.Y && i1.Y >= c1.Y
			for s := 0; s <= 50; s++ {
				at := float64(s) / 50
				c, i := bezier(c0, cur[k], at), bezier(i0, ideal[k], at)
				if math.Abs(c.X-i.X) > 0.01 {
					t.Fatalf("journey %d, segment %d: the curves are not sampled at one x: %v %v", n, k, c, i)
				}
				if above && i.Y > c.Y+0.01 || below && i.Y < c.Y-0.01 {
					t.Errorf("journey %d, segment %d at t=%.2f: the ideal (y %.2f) crosses the current curve (y %.2f)\n%s", n, k, at, i.Y, c.Y, src.String())
				}
			}
		}
		// The gap: the current segments, a line to the ideal's end, the
		// ideal's segments backwards.
		gap := cv.Gaps[0].Cmds
		want := append([]Cmd{{Op: "M", P: []Point{cur[0].P[0]}}}, cur[1:]...)
		want = append(want, Cmd{Op: "L", P: []Point{ideal[len(ideal)-1].P[2]}})
		want = append(want, reversed(ideal[1:], ideal[0].P[0])...)
		want = append(want, Cmd{Op: "Z"})
		if fmt.Sprint(gap) != fmt.Sprint(want) {
			t.Errorf("journey %d: the gap is not the area between the drawn curves:\n%v\nwant\n%v", n, gap, want)
		}
	}
}

// No label on the curve (a marker's or a feeling) crowds a mark: it keeps
// clear of every marker glyph and every ideal point, so that "Peak · End"
// never sits squeezed between the peak's triangle and the ideal above it.
func TestCurveLabelsKeepClearOfMarks(t *testing.T) {
	const air = 2.0
	journeys := examples(t)
	for name, src := range stressJourneys() {
		journeys["stress "+name] = mustParse(t, name, []byte(src))
	}
	rng := rand.New(rand.NewPCG(3, 5))
	for n := range 200 {
		var src strings.Builder
		r := []int{2, 3, 5}[rng.IntN(3)] // a finer scale puts the ideal closer
		fmt.Fprintf(&src, "title: T\npersona: P\nscale: [%d, %d]\nphases:\n  - id: p\n    name: P\n    touchpoints:\n", -r, r)
		for i := range 2 + rng.IntN(7) {
			e := rng.IntN(2*r+1) - r
			fmt.Fprintf(&src, "      - {id: t%d, name: T, emotion: %d, ideal: %d, feeling: calm}\n", i, e, min(r, e+rng.IntN(3)))
		}
		journeys[fmt.Sprintf("random %d", n)] = mustParse(t, "random", []byte(src.String()))
	}
	grow := func(b Box, by float64) Box { return Box{X: b.X - by, Y: b.Y - by, W: b.W + 2*by, H: b.H + 2*by} }
	for name, j := range journeys {
		cv := Layout(j, DejaVu).Curve
		var marks []Box
		for _, p := range cv.Points {
			if p.Ideal {
				marks = append(marks, Box{X: p.X - 5, Y: p.Y - 5, W: 10, H: 10})
			}
		}
		for _, m := range cv.Markers {
			for _, k := range strings.Fields(m.Kind) {
				switch k {
				case "pain":
					marks = append(marks, Box{X: m.At.X - 7, Y: m.At.Y + glyphOffset - 5, W: 14, H: 12})
				case "peak":
					marks = append(marks, Box{X: m.At.X - 7, Y: m.At.Y - glyphOffset - 7, W: 14, H: 12})
				case "end":
					marks = append(marks, Box{X: m.At.X - 10, Y: m.At.Y - 10, W: 20, H: 20})
				}
			}
		}
		texts := append([]Text(nil), cv.Feelings...)
		for _, m := range cv.Markers {
			texts = append(texts, m.Label)
		}
		for _, tx := range texts {
			if len(tx.Lines) == 0 {
				continue
			}
			box := textBox(tx, DejaVu)
			for _, mk := range marks {
				if overlap(grow(box, air), mk) {
					t.Errorf("%s: %q at %v crowds a mark at %v", name, tx.Lines, box, mk)
				}
			}
		}
	}
}
