package render

import "math"

// monotone returns the path of a smooth curve through pts (in order of
// increasing X) that never overshoots a point: between two points it stays
// within their range, and it is flat at every peak and valley. It is the
// monotone cubic interpolation of Fritsch and Carlson, drawn as Bézier
// segments.
func monotone(pts []Point) Path {
	if len(pts) == 0 {
		return Path{}
	}
	path := Path{Cmds: []Cmd{{Op: "M", P: []Point{pts[0]}}}}
	if len(pts) == 1 {
		return path
	}
	return Path{Cmds: append(path.Cmds, monotoneSegments(pts)...)}
}

// monotoneSegments returns one C command per pair of neighbouring points.
func monotoneSegments(pts []Point) []Cmd {
	n := len(pts)
	slope := make([]float64, n-1) // of each secant
	for i := range n - 1 {
		slope[i] = (pts[i+1].Y - pts[i].Y) / (pts[i+1].X - pts[i].X)
	}
	tangent := make([]float64, n)
	tangent[0], tangent[n-1] = slope[0], slope[n-2]
	for i := 1; i < n-1; i++ {
		if slope[i-1]*slope[i] > 0 {
			tangent[i] = (slope[i-1] + slope[i]) / 2
		} // else a peak, a valley or a plateau: flat
	}
	for i := range n - 1 {
		if slope[i] == 0 {
			tangent[i], tangent[i+1] = 0, 0
			continue
		}
		a, b := tangent[i]/slope[i], tangent[i+1]/slope[i]
		if a < 0 {
			tangent[i], a = 0, 0
		}
		if b < 0 {
			tangent[i+1], b = 0, 0
		}
		if s := a*a + b*b; s > 9 {
			t := 3 / math.Sqrt(s)
			tangent[i], tangent[i+1] = t*a*slope[i], t*b*slope[i]
		}
	}
	cmds := make([]Cmd, 0, n-1)
	for i := range n - 1 {
		p, q := pts[i], pts[i+1]
		h := (q.X - p.X) / 3
		cmds = append(cmds, Cmd{Op: "C", P: []Point{
			{p.X + h, p.Y + tangent[i]*h},
			{q.X - h, q.Y - tangent[i+1]*h},
			q,
		}})
	}
	return cmds
}

// reversed returns the C commands of a curve drawn backwards, ending at
// start: each segment's controls swap and it ends at its own start.
func reversed(segments []Cmd, start Point) []Cmd {
	out := make([]Cmd, 0, len(segments))
	for i := len(segments) - 1; i >= 0; i-- {
		from := start
		if i > 0 {
			from = segments[i-1].P[2]
		}
		s := segments[i]
		out = append(out, Cmd{Op: "C", P: []Point{s.P[1], s.P[0], from}})
	}
	return out
}
