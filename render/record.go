package render

import (
	"math"
	"strconv"
	"strings"
)

// recorder is the drawing the PDF and PNG painters replay: the painter's
// walk draws the map on it as on the SVG, and it keeps every element as an
// op, with the paint the style sheet gives it (see cascade) and where in
// the map it lies, in the scene's pixels.
type recorder struct {
	pic     picture
	rules   *cascade
	root    level
	stack   []level // the open groups, outermost first
	ops     []op
	parts   int // top-level groups begun
	blocks  int // groups begun inside the current top-level group
	scratch []node
}

// level is an open group, or the root: its node, its paint, and the key
// that names it and its ancestors for the cascade.
type level struct {
	n     node
	paint paintSpec
	key   string
}

// op is one element to paint.
type op struct {
	shape *shape // nil for a text
	text  *Text
	paint paintSpec
	class string // the element's own class
	// part is the first class of the outermost group the element is in
	// ("lens", "emotion", "lane"...), "" at the root; seq numbers those
	// groups from 0, and block the groups inside it, -1 for an element
	// directly in it.
	part       string
	seq, block int
}

// shapeKind says what a shape is.
type shapeKind uint8

const (
	rectShape   shapeKind = iota // x, y, w, h, corners rounded by r
	circleShape                  // centre x, y and radius r
	pathShape                    // segs
)

// shape is the geometry of an element other than text. Rectangles and
// circles keep what they are, so that the PNG painter strokes them
// exactly; everything can be had as a path.
type shape struct {
	kind          shapeKind
	x, y, w, h, r float64
	segs          []seg
}

// seg is a step of a path: 'M' moves to p[0], 'L' draws a line to p[0],
// 'C' a cubic Bézier through p[0], p[1] to p[2], 'Z' closes the subpath.
type seg struct {
	op byte
	p  [3]Point
}

// kappa places the controls of a cubic Bézier that draws a quarter circle.
const kappa = 0.5522847498307936

// path is the shape as a path, clockwise on the screen.
func (s *shape) path() []seg {
	switch s.kind {
	case rectShape:
		x0, y0, x1, y1 := s.x, s.y, s.x+s.w, s.y+s.h
		r := math.Min(s.r, math.Min(s.w, s.h)/2)
		if r <= 0 {
			return []seg{{op: 'M', p: [3]Point{{x0, y0}}}, {op: 'L', p: [3]Point{{x1, y0}}},
				{op: 'L', p: [3]Point{{x1, y1}}}, {op: 'L', p: [3]Point{{x0, y1}}}, {op: 'Z'}}
		}
		k := r * kappa
		return []seg{
			{op: 'M', p: [3]Point{{x0 + r, y0}}},
			{op: 'L', p: [3]Point{{x1 - r, y0}}},
			{op: 'C', p: [3]Point{{x1 - r + k, y0}, {x1, y0 + r - k}, {x1, y0 + r}}},
			{op: 'L', p: [3]Point{{x1, y1 - r}}},
			{op: 'C', p: [3]Point{{x1, y1 - r + k}, {x1 - r + k, y1}, {x1 - r, y1}}},
			{op: 'L', p: [3]Point{{x0 + r, y1}}},
			{op: 'C', p: [3]Point{{x0 + r - k, y1}, {x0, y1 - r + k}, {x0, y1 - r}}},
			{op: 'L', p: [3]Point{{x0, y0 + r}}},
			{op: 'C', p: [3]Point{{x0, y0 + r - k}, {x0 + r - k, y0}, {x0 + r, y0}}},
			{op: 'Z'},
		}
	case circleShape:
		x, y, r := s.x, s.y, s.r
		k := r * kappa
		return []seg{
			{op: 'M', p: [3]Point{{x + r, y}}},
			{op: 'C', p: [3]Point{{x + r, y + k}, {x + k, y + r}, {x, y + r}}},
			{op: 'C', p: [3]Point{{x - k, y + r}, {x - r, y + k}, {x - r, y}}},
			{op: 'C', p: [3]Point{{x - r, y - k}, {x - k, y - r}, {x, y - r}}},
			{op: 'C', p: [3]Point{{x + k, y - r}, {x + r, y - k}, {x + r, y}}},
			{op: 'Z'},
		}
	}
	return s.segs
}

// bounds is the box the shape covers, its stroke aside.
func (s *shape) bounds() Box {
	switch s.kind {
	case rectShape:
		return Box{X: s.x, Y: s.y, W: s.w, H: s.h}
	case circleShape:
		return Box{X: s.x - s.r, Y: s.y - s.r, W: 2 * s.r, H: 2 * s.r}
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, sg := range s.segs {
		n := 0
		switch sg.op {
		case 'M', 'L':
			n = 1
		case 'C':
			n = 3
		}
		for _, p := range sg.p[:n] {
			x0, y0 = math.Min(x0, p.X), math.Min(y0, p.Y)
			x1, y1 = math.Max(x1, p.X), math.Max(y1, p.Y)
		}
	}
	if x0 > x1 {
		return Box{}
	}
	return Box{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}
}

// bounds is the box an op paints, its stroke included; for a text, the
// box is left to the painter, which knows the glyphs.
func (o *op) bounds() Box {
	if o.shape == nil {
		return Box{}
	}
	b := o.shape.bounds()
	if !o.paint.stroke.none {
		// Half the stroke, and as much again for a miter or a square cap.
		e := o.paint.strokeWidth
		b = Box{X: b.X - e, Y: b.Y - e, W: b.W + 2*e, H: b.H + 2*e}
	}
	return b
}

// begin starts the recording: the root and its style sheet.
func (r *recorder) begin(pic picture) {
	r.pic = pic
	r.rules = newCascade(pic.rules)
	n := node{tag: "svg", classes: strings.Fields(pic.classes)}
	r.root = level{n: n, key: "svg." + pic.classes}
	r.root.paint = r.rules.paintOf(r.root.key, n, nil, initialPaint)
}

func (r *recorder) end() {}

// top is the innermost open group, or the root.
func (r *recorder) top() *level {
	if len(r.stack) == 0 {
		return &r.root
	}
	return &r.stack[len(r.stack)-1]
}

// ancestors lists the nodes an element in the innermost group has above
// it, the root first.
func (r *recorder) ancestors() []node {
	r.scratch = append(r.scratch[:0], r.root.n)
	for _, l := range r.stack {
		r.scratch = append(r.scratch, l.n)
	}
	return r.scratch
}

// style is the paint of an element of type tag and class in the innermost
// group.
func (r *recorder) style(tag, class string) paintSpec {
	parent := r.top()
	n := node{tag: tag, classes: strings.Fields(class)}
	return r.rules.paintOf(parent.key+"/"+tag+"."+class, n, r.ancestors(), parent.paint)
}

func (r *recorder) group(class string) {
	switch len(r.stack) {
	case 0:
		r.parts++
		r.blocks = 0
	case 1:
		r.blocks++
	}
	p := r.style("g", class)
	r.stack = append(r.stack, level{n: node{tag: "g", classes: strings.Fields(class)}, paint: p, key: r.top().key + "/g." + class})
}

func (r *recorder) groupEnd() { r.stack = r.stack[:len(r.stack)-1] }

// add records an element of type tag and class.
func (r *recorder) add(tag, class string, s *shape, t *Text) {
	o := op{shape: s, text: t, class: class, paint: r.style(tag, class), block: -1, seq: -1}
	if len(r.stack) > 0 {
		o.part = r.stack[0].n.classes[0]
		o.seq = r.parts - 1
	}
	if len(r.stack) > 1 {
		o.block = r.blocks - 1
	}
	r.ops = append(r.ops, o)
}

func (r *recorder) rect(x, y, w, h float64, class string) {
	r.add("rect", class, &shape{kind: rectShape, x: x, y: y, w: w, h: h}, nil)
}

func (r *recorder) roundrect(x, y, w, h, rad float64, class string) {
	r.add("rect", class, &shape{kind: rectShape, x: x, y: y, w: w, h: h, r: rad}, nil)
}

func (r *recorder) circle(x, y, rad float64, class string) {
	r.add("circle", class, &shape{kind: circleShape, x: x, y: y, r: rad}, nil)
}

func (r *recorder) line(x1, y1, x2, y2 float64, class string) {
	r.add("line", class, &shape{kind: pathShape, segs: []seg{{op: 'M', p: [3]Point{{x1, y1}}}, {op: 'L', p: [3]Point{{x2, y2}}}}}, nil)
}

func (r *recorder) path(data, class string) {
	r.add("path", class, &shape{kind: pathShape, segs: parsePathData(data)}, nil)
}

func (r *recorder) pathOf(p Path, class, arrow string) {
	var segs []seg
	for _, c := range p.Cmds {
		s := seg{op: c.Op[0]}
		copy(s.p[:], c.P)
		segs = append(segs, s)
	}
	r.add("path", class, &shape{kind: pathShape, segs: segs}, nil)
	if arrow != "" {
		r.arrowHead(segs)
	}
}

// arrowHead records the arrow head at the end of a path, as the SVG's
// marker draws it: its tip ahead of the end, pointing the way the path
// runs there, in the paint of the marker's own path.
func (r *recorder) arrowHead(segs []seg) {
	var end, from Point
	have := false
	for _, s := range segs {
		var pts []Point
		switch s.op {
		case 'M', 'L':
			pts = s.p[:1]
		case 'C':
			pts = s.p[:3]
		}
		for _, p := range pts {
			if have && (p.X != end.X || p.Y != end.Y) {
				from = end
			}
			end, have = p, true
		}
	}
	if !have || from == end {
		return
	}
	a := math.Atan2(end.Y-from.Y, end.X-from.X)
	sin, cos := math.Sincos(a)
	at := func(x, y float64) Point { // from the marker's units, whose (5, 4) is the end
		x, y = x-5, y-4
		return Point{end.X + x*cos - y*sin, end.Y + x*sin + y*cos}
	}
	segs = []seg{{op: 'M', p: [3]Point{at(0, 0)}}, {op: 'L', p: [3]Point{at(10, 4)}}, {op: 'L', p: [3]Point{at(0, 8)}}, {op: 'Z'}}
	n := node{tag: "path", classes: []string{"arrow-head"}}
	anc := []node{r.root.n, {tag: "defs"}, {tag: "marker"}}
	o := op{shape: &shape{kind: pathShape, segs: segs}, class: "arrow-head", block: -1, seq: -1,
		paint: r.rules.paintOf(r.root.key+"/defs/marker/path.arrow-head", n, anc, r.root.paint)}
	if len(r.stack) > 0 {
		o.part, o.seq = r.stack[0].n.classes[0], r.parts-1
	}
	r.ops = append(r.ops, o)
}

func (r *recorder) text(t Text) {
	if len(t.Lines) == 0 {
		return
	}
	r.add("text", t.Class, nil, &t)
}

// parsePathData reads path data made in this package: the commands M, L,
// C and Z (or z), each followed by its points as x,y, separated by spaces.
func parsePathData(data string) []seg {
	var segs []seg
	var cur *seg
	k := 0
	for _, f := range strings.FieldsFunc(data, func(r rune) bool { return r == ' ' || r == ',' }) {
		if c := f[0]; c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
			segs = append(segs, seg{op: c &^ 0x20})
			cur, k = &segs[len(segs)-1], 0
			f = f[1:]
			if f == "" {
				continue
			}
		}
		v, err := strconv.ParseFloat(f, 64)
		if err != nil || cur == nil || k >= 6 {
			continue
		}
		if k%2 == 0 {
			cur.p[k/2].X = v
		} else {
			cur.p[k/2].Y = v
		}
		k++
	}
	return segs
}
