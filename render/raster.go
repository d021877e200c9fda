package render

import (
	"math"
)

// The geometry of the PNG painter: paths flattened into polygons, dashed
// and stroked into polygons that are filled. Everything is in the image's
// pixels. Only float64 arithmetic on the scene's numbers is done here, in
// a fixed order, so the same scene gives the same polygons on every
// machine of an architecture.

// flatTolerance is how far, in pixels, a flattened curve may stray from
// the curve.
const flatTolerance = 0.05

// affine maps scene pixels to image pixels: x*k + dx, y*k + dy.
type affine struct{ k, dx, dy float64 }

func (a affine) apply(p Point) Point { return Point{p.X*a.k + a.dx, p.Y*a.k + a.dy} }

// polyline is a flattened subpath.
type polyline struct {
	pts    []Point
	closed bool
}

// flatten turns a path into polylines in image pixels.
func flatten(segs []seg, a affine) []polyline {
	var out []polyline
	var cur []Point
	var start Point
	flush := func(closed bool) {
		if len(cur) > 1 || closed && len(cur) > 0 {
			out = append(out, polyline{pts: cur, closed: closed})
		}
		cur = nil
	}
	for _, s := range segs {
		switch s.op {
		case 'M':
			flush(false)
			start = a.apply(s.p[0])
			cur = []Point{start}
		case 'L':
			if cur == nil {
				cur = []Point{start}
			}
			cur = append(cur, a.apply(s.p[0]))
		case 'C':
			if cur == nil {
				cur = []Point{start}
			}
			cur = flattenCubic(cur, cur[len(cur)-1], a.apply(s.p[0]), a.apply(s.p[1]), a.apply(s.p[2]))
		case 'Z':
			flush(true)
			cur = nil
		}
	}
	flush(false)
	return out
}

// flattenCubic appends the points of a cubic Bézier from p0 through p1,
// p2 to p3, p0 excluded, in as many straight steps as keep it within
// flatTolerance (the steps follow from how far the controls bend it).
func flattenCubic(out []Point, p0, p1, p2, p3 Point) []Point {
	dd := math.Max(math.Hypot(p0.X-2*p1.X+p2.X, p0.Y-2*p1.Y+p2.Y), math.Hypot(p1.X-2*p2.X+p3.X, p1.Y-2*p2.Y+p3.Y))
	n := int(math.Ceil(math.Sqrt(3 * dd / (4 * flatTolerance))))
	n = min(max(n, 1), 500)
	for i := 1; i <= n; i++ {
		t := float64(i) / float64(n)
		u := 1 - t
		a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
		out = append(out, Point{a*p0.X + b*p1.X + c*p2.X + d*p3.X, a*p0.Y + b*p1.Y + c*p2.Y + d*p3.Y})
	}
	return out
}

// dashed cuts polylines into the dashes of a dash array (in image
// pixels), starting with a dash at each subpath's start, as SVG does.
func dashed(lines []polyline, dash []float64) []polyline {
	var out []polyline
	for _, l := range lines {
		pts := l.pts
		if l.closed {
			pts = append(append([]Point(nil), pts...), pts[0])
		}
		i, left, on := 0, dash[0], true
		cur := []Point{pts[0]}
		for k := 1; k < len(pts); k++ {
			a, b := pts[k-1], pts[k]
			segLen := math.Hypot(b.X-a.X, b.Y-a.Y)
			pos := 0.0
			for segLen-pos > left {
				pos += left
				t := pos / segLen
				p := Point{a.X + (b.X-a.X)*t, a.Y + (b.Y-a.Y)*t}
				if on {
					cur = append(cur, p)
					out = append(out, polyline{pts: cur})
				}
				cur = []Point{p}
				on = !on
				i = (i + 1) % len(dash)
				left = dash[i]
			}
			left -= segLen - pos
			if on {
				cur = append(cur, b)
			}
		}
		if on && len(cur) > 1 {
			out = append(out, polyline{pts: cur})
		}
	}
	return out
}

// stroke turns polylines into the polygons their stroke covers: a
// quadrilateral per segment, and at the joins and the ends what the join
// and cap add. Drawn with the nonzero rule, they make the stroke. The
// polygons all turn the same way, so that where they overlap they add up
// rather than cancel.
func stroke(lines []polyline, width float64, capStyle, join string) [][]Point {
	hw := width / 2
	var out [][]Point
	disc := func(c Point) { out = append(out, circlePolygon(c, hw)) }
	for _, l := range lines {
		pts := dedupe(l.pts)
		if len(pts) == 1 {
			if capStyle == "round" {
				disc(pts[0])
			}
			continue
		}
		n := len(pts)
		segs := n - 1
		if l.closed {
			segs = n
		}
		for i := 0; i < segs; i++ {
			a, b := pts[i], pts[(i+1)%n]
			nx, ny := normal(a, b, hw)
			ext := 0.0
			if !l.closed && capStyle == "square" {
				ext = hw
			}
			dx, dy := (b.X-a.X)/math.Hypot(b.X-a.X, b.Y-a.Y), (b.Y-a.Y)/math.Hypot(b.X-a.X, b.Y-a.Y)
			a0, b0 := a, b
			if i == 0 && !l.closed {
				a0 = Point{a.X - dx*ext, a.Y - dy*ext}
			}
			if i == segs-1 && !l.closed {
				b0 = Point{b.X + dx*ext, b.Y + dy*ext}
			}
			out = append(out, orient([]Point{{a0.X + nx, a0.Y + ny}, {b0.X + nx, b0.Y + ny}, {b0.X - nx, b0.Y - ny}, {a0.X - nx, a0.Y - ny}}))
		}
		// Joins, at every inner point (and, closed, at the first).
		for i := 0; i < n; i++ {
			if !l.closed && (i == 0 || i == n-1) {
				continue
			}
			prev, p, next := pts[(i-1+n)%n], pts[i], pts[(i+1)%n]
			switch {
			case join == "round" && !gentle(prev, p, next, hw):
				disc(p)
			case join == "round":
				out = append(out, joinWedge(prev, p, next, hw, false)...)
			default:
				out = append(out, joinWedge(prev, p, next, hw, join == "miter")...)
			}
		}
		if !l.closed && capStyle == "round" {
			disc(pts[0])
			disc(pts[n-1])
		}
	}
	return out
}

// gentle reports whether the bend at p is so slight that a round join
// and a bevel differ by less than flatTolerance, as on a flattened curve.
func gentle(prev, p, next Point, hw float64) bool {
	ax, ay := p.X-prev.X, p.Y-prev.Y
	bx, by := next.X-p.X, next.Y-p.Y
	cos := (ax*bx + ay*by) / (math.Hypot(ax, ay) * math.Hypot(bx, by))
	// The bevel falls short of the round join by hw(1 - cos(θ/2)).
	return hw*(1-math.Sqrt((1+cos)/2)) < flatTolerance
}

// dedupe drops points that repeat the one before.
func dedupe(pts []Point) []Point {
	out := pts[:1:1]
	for _, p := range pts[1:] {
		if q := out[len(out)-1]; math.Abs(p.X-q.X) > 1e-9 || math.Abs(p.Y-q.Y) > 1e-9 {
			out = append(out, p)
		}
	}
	return out
}

// normal is the normal of the segment from a to b, hw long.
func normal(a, b Point, hw float64) (float64, float64) {
	d := math.Hypot(b.X-a.X, b.Y-a.Y)
	return -(b.Y - a.Y) / d * hw, (b.X - a.X) / d * hw
}

// joinWedge fills the gap on the outside of the bend at p between the
// segments from prev and to next: a bevel, or up to the miter's point
// when miter is set and the miter is no longer than SVG's limit of 4
// stroke widths.
func joinWedge(prev, p, next Point, hw float64, miter bool) [][]Point {
	n1x, n1y := normal(prev, p, hw)
	n2x, n2y := normal(p, next, hw)
	cross := (p.X-prev.X)*(next.Y-p.Y) - (p.Y-prev.Y)*(next.X-p.X)
	if math.Abs(cross) < 1e-12 {
		return nil
	}
	if cross < 0 { // the outside is on the other side
		n1x, n1y, n2x, n2y = -n1x, -n1y, -n2x, -n2y
	}
	a := Point{p.X + n1x, p.Y + n1y}
	b := Point{p.X + n2x, p.Y + n2y}
	poly := []Point{p, a, b}
	if miter {
		mx, my := n1x+n2x, n1y+n2y
		ml := math.Hypot(mx, my)
		cosHalf := ml / (2 * hw)
		if cosHalf > 0 && 1/cosHalf <= 4 {
			s := hw / cosHalf / ml
			poly = []Point{p, a, {p.X + mx*s, p.Y + my*s}, b}
		}
	}
	return [][]Point{orient(poly)}
}

// circlePolygon is a circle of radius r around c, with enough sides to
// stay within flatTolerance of it.
func circlePolygon(c Point, r float64) []Point {
	n := 8
	if r > flatTolerance {
		n = max(n, int(math.Ceil(math.Pi/math.Acos(1-flatTolerance/r))))
	}
	n = min(n, 256)
	pts := make([]Point, n)
	for i := range pts {
		s, co := math.Sincos(2 * math.Pi * float64(i) / float64(n))
		pts[i] = Point{c.X + r*co, c.Y + r*s}
	}
	return pts
}

// orient returns the polygon turning clockwise on the screen, as every
// polygon of a stroke must, reversed when it turns the other way.
func orient(poly []Point) []Point {
	if area(poly) < 0 {
		for i, j := 0, len(poly)-1; i < j; i, j = i+1, j-1 {
			poly[i], poly[j] = poly[j], poly[i]
		}
	}
	return poly
}

// area is twice the signed area of a polygon: positive when it turns
// clockwise on the screen (the y axis pointing down).
func area(poly []Point) float64 {
	s := 0.0
	for i, p := range poly {
		q := poly[(i+1)%len(poly)]
		s += p.X*q.Y - q.X*p.Y
	}
	return s
}

// clipper clips polygons to rectangles (Sutherland–Hodgman), into
// buffers it reuses: a clipped polygon is good until the next clip. For
// the nonzero rule the clipped polygon covers, inside the rectangle, what
// the polygon covered.
type clipper struct{ a, b []Point }

func (c *clipper) clip(poly []Point, x0, y0, x1, y1 float64) []Point {
	at := func(a, b Point, t float64) Point { return Point{a.X + (b.X-a.X)*t, a.Y + (b.Y-a.Y)*t} }
	in := poly
	for edge := range 4 {
		if len(in) == 0 {
			return nil
		}
		inside := func(p Point) bool {
			switch edge {
			case 0:
				return p.X >= x0
			case 1:
				return p.X <= x1
			case 2:
				return p.Y >= y0
			}
			return p.Y <= y1
		}
		cut := func(a, b Point) Point {
			switch edge {
			case 0:
				return at(a, b, (x0-a.X)/(b.X-a.X))
			case 1:
				return at(a, b, (x1-a.X)/(b.X-a.X))
			case 2:
				return at(a, b, (y0-a.Y)/(b.Y-a.Y))
			}
			return at(a, b, (y1-a.Y)/(b.Y-a.Y))
		}
		out := c.a[:0]
		for i, b := range in {
			a := in[(i-1+len(in))%len(in)]
			ain, bin := inside(a), inside(b)
			switch {
			case ain && bin:
				out = append(out, b)
			case ain:
				out = append(out, cut(a, b))
			case bin:
				out = append(out, cut(a, b), b)
			}
		}
		c.a, c.b = c.b, out // out is read next; the other buffer is written
		in = out
	}
	return in
}
