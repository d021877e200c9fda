package render

import (
	"math"
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
