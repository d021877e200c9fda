package render

import (
	"fmt"
	"image"
	"image/draw"
	"io"
	"math"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// PNGOptions tune how a map or a matrix is drawn as PNG.
type PNGOptions struct {
	// Scale is how many pixels of the image a pixel of the map takes: 2
	// (the default, when 0) for sharp slides. It is lowered to keep the
	// image within MaxPNGPixels; see PNGScale.
	Scale float64
}

// DefaultPNGScale is the scale of a PNG when none is given.
const DefaultPNGScale = 2.0

// MaxPNGScale is the largest scale a PNG may ask for.
const MaxPNGScale = 8.0

// MaxPNGPixels bounds the pixels of a PNG: 2²⁶ (67 million, 8192 × 8192),
// 201 MB of RGB before compression. A map of up to 32,767 px a side at
// scale 2 can ask for more; it is drawn at the largest scale that keeps
// it within the bound (see PNGScale).
const MaxPNGPixels = 1 << 26

// PNGScale is the scale a picture of width × height pixels is drawn at
// when scale is asked for: scale, or the largest that keeps the image
// within MaxPNGPixels. It returns the image's size in pixels at that
// scale.
func PNGScale(width, height, scale float64) (float64, int, int) {
	if !(scale > 0) {
		scale = DefaultPNGScale
	}
	scale = math.Min(scale, MaxPNGScale)
	size := func(s float64) (int, int) {
		return max(1, int(math.Ceil(width*s-1e-9))), max(1, int(math.Ceil(height*s-1e-9)))
	}
	w, h := size(scale)
	if w*h > MaxPNGPixels {
		// Lower the scale to the bound, in steps of 1/100 so that it prints
		// plainly, and make sure the rounding up stays within it.
		scale = math.Floor(math.Sqrt(MaxPNGPixels/(width*height))*100) / 100
		for w, h = size(scale); w*h > MaxPNGPixels && scale > 0.01; w, h = size(scale) {
			scale -= 0.01
		}
	}
	return scale, w, h
}

// WritePNG draws a laid-out map as a PNG image: the same elements as the
// SVG, in the same places and the theme's colours, with the fonts the map
// was measured in. It is sRGB, opaque on the theme's background, and the
// same journey gives the same bytes.
func WritePNG(w io.Writer, s *Scene, opts Options, png PNGOptions) error {
	return writePNG(w, recordScene(s, themeOr(opts.Theme)), png.Scale)
}

// WriteMatrixPNG draws a laid-out action-priority matrix as a PNG image,
// as WritePNG draws a map.
func WriteMatrixPNG(w io.Writer, m *Matrix, opts Options, png PNGOptions) error {
	return writePNG(w, recordMatrix(m, themeOr(opts.Theme)), png.Scale)
}

// recordScene records the drawing of a map for the PDF and PNG painters.
func recordScene(s *Scene, t *Theme) *recorder {
	rec := &recorder{}
	(&painter{c: rec, id: "jm"}).scene(s, t)
	return rec
}

// recordMatrix records the drawing of a matrix.
func recordMatrix(m *Matrix, t *Theme) *recorder {
	rec := &recorder{}
	(&painter{c: rec, id: "jm"}).matrix(m, t)
	return rec
}

// bandRows is how many rows of the image are drawn at a time.
const bandRows = 64

// tileSize bounds the rasterizer: at most this many pixels a side, x/image/vector
// works in fixed-point integers, which give the same coverage everywhere.
const tileSize = 512

func writePNG(w io.Writer, rec *recorder, scale float64) error {
	scale, width, height := PNGScale(rec.pic.width, rec.pic.height, scale)
	ts, err := newTypesetter()
	if err != nil {
		return err
	}
	enc, err := newPNGEncoder(w, width, height)
	if err != nil {
		return err
	}
	r := &rasterPainter{ts: ts, a: affine{k: scale}, width: width, stride: 3 * width}
	r.prepare(rec.ops)
	// One band is drawn while the one before is encoded: two buffers go
	// round between the two.
	free, full := make(chan []byte, 2), make(chan []byte, 2)
	free <- make([]byte, bandRows*r.stride)
	free <- make([]byte, bandRows*r.stride)
	var failed error // a panic while drawing, as an error
	go func() {
		defer close(full)
		defer func() {
			if v := recover(); v != nil {
				failed = fmt.Errorf("internal error: %v", v)
			}
		}()
		for top := 0; top < height; top += bandRows {
			r.band = <-free
			r.draw(top, min(bandRows, height-top))
			full <- r.band
		}
	}()
	top := 0
	for band := range full {
		rows := min(bandRows, height-top)
		for y := range rows {
			enc.row(band[y*r.stride : (y+1)*r.stride])
		}
		top += rows
		free <- band
	}
	if failed != nil {
		return failed
	}
	return enc.close()
}

// rasterPainter draws recorded ops into bands of rows.
type rasterPainter struct {
	ts     *typesetter
	a      affine // scene to image pixels
	width  int
	stride int    // bytes a row: RGB
	band   []byte // the rows being drawn, RGB
	top    int    // the image row of the band's first row
	ops    []rasterOp
	z      vector.Rasterizer
	masks  map[maskKey]*glyphMask
	gbuf   []glyph
	boxes  []image.Rectangle // of the polygons being filled
	cover  []byte            // the coverage of a tile
	clip   clipper
	sbuf   sfnt.Buffer
}

// rasterOp is an op with what the raster painter keeps of it: where it
// paints in the image, and its polygons once it has made them.
type rasterOp struct {
	*op
	box         image.Rectangle // the image pixels it may touch
	fill, strok [][]Point       // polygons in image pixels; made on first use
	made        bool
	lines       [][]glyph // a text's glyphs, a line each, where they start and how wide they are
	starts      []float64
	widths      []float64
}

// prepare works out where every op paints, to draw in each band only the
// ops that touch it.
func (r *rasterPainter) prepare(ops []op) {
	r.ops = make([]rasterOp, len(ops))
	r.masks = map[maskKey]*glyphMask{}
	for i := range ops {
		o := &r.ops[i]
		o.op = &ops[i]
		var b Box
		if ops[i].text != nil {
			b = r.placeText(o)
		} else {
			b = ops[i].bounds()
		}
		k := r.a.k
		o.box = image.Rect(int(math.Floor(b.X*k))-2, int(math.Floor(b.Y*k))-2, int(math.Ceil((b.X+b.W)*k))+2, int(math.Ceil((b.Y+b.H)*k))+2)
	}
}

// placeText sets the glyphs of a text op, line by line, and returns the
// box its glyphs and halo may cover, in scene pixels.
func (r *rasterPainter) placeText(o *rasterOp) Box {
	t := o.text
	f := faceOf(t)
	file := r.ts.files[f]
	x0, x1 := math.Inf(1), math.Inf(-1)
	for _, line := range t.Lines {
		var width float64
		r.gbuf, width = r.ts.line(line, f, r.gbuf, true)
		start := lineStart(t, t.X, width*t.Size)
		o.lines = append(o.lines, append([]glyph(nil), r.gbuf...))
		o.starts = append(o.starts, start)
		o.widths = append(o.widths, width*t.Size)
		x0, x1 = math.Min(x0, start), math.Max(x1, start+width*t.Size)
	}
	halo := 0.0
	if !o.paint.stroke.none {
		halo = o.paint.strokeWidth / 2
	}
	top := t.Y - file.ascent*t.Size - halo - t.Size*0.2 // accents above the ascent
	bottom := t.Y + float64(len(t.Lines)-1)*t.LineHeight + file.descent*t.Size + halo + t.Size*0.2
	return Box{X: x0 - halo - t.Size*0.3, Y: top, W: x1 - x0 + 2*halo + t.Size*0.6, H: bottom - top}
}

// draw draws the ops that touch the rows from top, rows of them, into the
// band.
func (r *rasterPainter) draw(top, rows int) {
	r.top = top
	// White under everything: what the background leaves bare, as the
	// last row of a map whose height is not a whole number of pixels.
	fillPattern(r.band[:rows*r.stride], []byte{0xFF, 0xFF, 0xFF})
	bandRect := image.Rect(0, top, r.width, top+rows)
	for i := range r.ops {
		o := &r.ops[i]
		if !o.box.Overlaps(bandRect) {
			if o.made && o.box.Max.Y <= top {
				o.fill, o.strok, o.made = nil, nil, false // done with it
			}
			continue
		}
		if o.text != nil {
			r.drawText(o, bandRect)
			continue
		}
		r.drawShape(o, bandRect)
	}
}

// drawShape fills and strokes a shape, in the order its paint says.
func (r *rasterPainter) drawShape(o *rasterOp, clip image.Rectangle) {
	p := o.paint
	fill := func() {
		if p.fill.none || p.fillOpacity <= 0 {
			return
		}
		alpha := uint8(math.Round(p.fillOpacity * 255))
		s, k := o.shape, r.a.k
		if s.kind == rectShape {
			x0, y0, x1, y1 := s.x*k, s.y*k, (s.x+s.w)*k, (s.y+s.h)*k
			if s.r == 0 {
				r.fillRect(x0, y0, x1, y1, p.fill, alpha, clip)
				return
			}
			// The corners through the rasterizer, the rest as rectangles.
			r.make(o)
			corners, inside := roundRectRegions(x0, y0, x1, y1, math.Min(s.r, math.Min(s.w, s.h)/2)*k)
			for _, c := range corners {
				r.fillPolygons(o.fill, p.fill, alpha, c.Intersect(clip))
			}
			for _, in := range inside {
				r.fillRect(x0, y0, x1, y1, p.fill, alpha, in.Intersect(clip))
			}
			return
		}
		r.make(o)
		r.fillPolygons(o.fill, p.fill, alpha, clip)
	}
	strokeIt := func() {
		if p.stroke.none || p.strokeWidth <= 0 {
			return
		}
		r.make(o)
		if s := o.shape; s.kind == rectShape && p.dash == nil {
			// A ring: only the pixels along the outline can be covered.
			k, hw := r.a.k, p.strokeWidth/2
			x0, y0, x1, y1 := (s.x-hw)*k, (s.y-hw)*k, (s.x+s.w+hw)*k, (s.y+s.h+hw)*k
			rad := (math.Min(s.r, math.Min(s.w, s.h)/2) + hw) * k
			if s.r == 0 {
				rad = 0
			}
			for _, region := range ringRegions(x0, y0, x1, y1, math.Max(rad, p.strokeWidth*k)) {
				r.fillPolygons(o.strok, p.stroke, 255, region.Intersect(clip))
			}
			return
		}
		r.fillPolygons(o.strok, p.stroke, 255, clip)
	}
	if p.strokeFirst {
		strokeIt()
		fill()
	} else {
		fill()
		strokeIt()
	}
}

// roundRectRegions cuts the pixels of a rounded rectangle from (x0, y0)
// to (x1, y1) with corners of radius rad into the corners, where the
// outline bends, and the rest, where it runs straight: whole pixels, so
// that the two kinds of region never share one.
func roundRectRegions(x0, y0, x1, y1, rad float64) (corners, inside []image.Rectangle) {
	ox0, oy0, ox1, oy1 := int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1))
	l, t := int(math.Ceil(x0+rad)), int(math.Ceil(y0+rad))
	rr, b := int(math.Floor(x1-rad)), int(math.Floor(y1-rad))
	if l >= rr || t >= b {
		return []image.Rectangle{image.Rect(ox0, oy0, ox1, oy1)}, nil
	}
	corners = []image.Rectangle{image.Rect(ox0, oy0, l, t), image.Rect(rr, oy0, ox1, t), image.Rect(ox0, b, l, oy1), image.Rect(rr, b, ox1, oy1)}
	inside = []image.Rectangle{image.Rect(l, oy0, rr, oy1), image.Rect(ox0, t, l, b), image.Rect(rr, t, ox1, b)}
	return corners, inside
}

// ringRegions are the pixels an outline of a rectangle from (x0, y0) to
// (x1, y1) can cover, when it is at most w wide, or its corners reach w
// in: the corners and the four sides, whole pixels, none shared.
func ringRegions(x0, y0, x1, y1, w float64) []image.Rectangle {
	ox0, oy0, ox1, oy1 := int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1))
	l, t := int(math.Ceil(x0+w)), int(math.Ceil(y0+w))
	rr, b := int(math.Floor(x1-w)), int(math.Floor(y1-w))
	if l >= rr || t >= b {
		return []image.Rectangle{image.Rect(ox0, oy0, ox1, oy1)}
	}
	return []image.Rectangle{
		image.Rect(ox0, oy0, ox1, t), image.Rect(ox0, b, ox1, oy1), // top and bottom, corners and all
		image.Rect(ox0, t, l, b), image.Rect(rr, t, ox1, b), // the sides between
	}
}

// make makes the polygons of a shape op, once.
func (r *rasterPainter) make(o *rasterOp) {
	if o.made {
		return
	}
	o.made = true
	s, p, k := o.shape, o.paint, r.a.k
	if !p.fill.none {
		for _, l := range flatten(s.path(), r.a) {
			o.fill = append(o.fill, l.pts)
		}
	}
	if p.stroke.none || p.strokeWidth <= 0 {
		return
	}
	hw := p.strokeWidth / 2
	if p.dash == nil && (s.kind == rectShape || s.kind == circleShape) && (s.kind != rectShape || s.r > 0 || p.join == "miter") {
		// A closed shape's stroke is the ring between the shape grown and
		// shrunk by half the stroke's width: exact, corners and all.
		outer, inner := *s, *s
		switch s.kind {
		case rectShape:
			outer.x, outer.y, outer.w, outer.h = s.x-hw, s.y-hw, s.w+2*hw, s.h+2*hw
			inner.x, inner.y, inner.w, inner.h = s.x+hw, s.y+hw, s.w-2*hw, s.h-2*hw
			if s.r > 0 {
				outer.r, inner.r = s.r+hw, math.Max(0, s.r-hw)
			}
		case circleShape:
			outer.r, inner.r = s.r+hw, s.r-hw
		}
		for _, l := range flatten(outer.path(), r.a) {
			o.strok = append(o.strok, l.pts)
		}
		if inner.w > 0 && inner.h > 0 || s.kind == circleShape && inner.r > 0 {
			for _, l := range flatten(inner.path(), r.a) {
				pts := l.pts
				for i, j := 0, len(pts)-1; i < j; i, j = i+1, j-1 {
					pts[i], pts[j] = pts[j], pts[i]
				}
				o.strok = append(o.strok, pts)
			}
		}
		return
	}
	lines := flatten(s.path(), r.a)
	if p.dash != nil {
		dash := make([]float64, len(p.dash))
		for i, d := range p.dash {
			dash[i] = d * k
		}
		lines = dashed(lines, dash)
	}
	o.strok = stroke(lines, p.strokeWidth*k, p.cap, p.join)
}

// fillRect fills the rectangle from (x0, y0) to (x1, y1), in image
// pixels, covering the pixels on its edges in part.
func (r *rasterPainter) fillRect(x0, y0, x1, y1 float64, c srgb, alpha uint8, clip image.Rectangle) {
	px0, py0 := max(int(math.Floor(x0)), clip.Min.X), max(int(math.Floor(y0)), clip.Min.Y)
	px1, py1 := min(int(math.Ceil(x1)), clip.Max.X), min(int(math.Ceil(y1)), clip.Max.Y)
	if px0 >= px1 || py0 >= py1 {
		return
	}
	cover := func(p int, a, b float64) float64 {
		return math.Max(0, math.Min(float64(p+1), b)-math.Max(float64(p), a))
	}
	// The columns covered in part, at either end; those between are
	// covered whole.
	left, right := cover(px0, x0, x1), cover(px1-1, x0, x1)
	solid := [3]byte{c.r, c.g, c.b}
	for y := py0; y < py1; y++ {
		cy := cover(y, y0, y1)
		row := r.band[(y-r.top)*r.stride:]
		edge := func(x int, cx float64) {
			blend(row[3*x:3*x+3], c, uint32(math.Round(cy*cx*float64(alpha))))
		}
		edge(px0, left)
		if px1-1 > px0 {
			edge(px1-1, right)
		}
		inner := row[3*(px0+1) : 3*max(px0+1, px1-1)]
		if a := uint32(math.Round(cy * float64(alpha))); a >= 255 {
			fillPattern(inner, solid[:])
		} else if a > 0 {
			for i := 0; i < len(inner); i += 3 {
				blend(inner[i:i+3], c, a)
			}
		}
	}
}

// fillPattern fills b with copies of p, doubling what it has copied.
func fillPattern(b, p []byte) {
	if len(b) == 0 {
		return
	}
	n := copy(b, p)
	for n < len(b) {
		n += copy(b[n:], b[:n])
	}
}

// blend paints colour c over the pixel d with coverage a of 255, in
// sRGB, as browsers blend.
func blend(d []byte, c srgb, a uint32) {
	switch {
	case a == 0:
		return
	case a >= 255:
		d[0], d[1], d[2] = c.r, c.g, c.b
	default:
		ia := 255 - a
		d[0] = uint8((uint32(c.r)*a + uint32(d[0])*ia + 127) / 255)
		d[1] = uint8((uint32(c.g)*a + uint32(d[1])*ia + 127) / 255)
		d[2] = uint8((uint32(c.b)*a + uint32(d[2])*ia + 127) / 255)
	}
}

// fillPolygons fills polygons (in image pixels) by the nonzero rule,
// within clip, in tiles that keep x/image/vector in fixed-point
// arithmetic, which gives the same coverage on every machine.
func (r *rasterPainter) fillPolygons(polys [][]Point, c srgb, alpha uint8, clip image.Rectangle) {
	if len(polys) == 0 || clip.Empty() {
		return
	}
	if cap(r.boxes) < len(polys) {
		r.boxes = make([]image.Rectangle, len(polys))
	}
	boxes := r.boxes[:len(polys)]
	var all image.Rectangle
	for i, p := range polys {
		x0, y0, x1, y1 := p[0].X, p[0].Y, p[0].X, p[0].Y
		for _, q := range p[1:] {
			x0, y0 = math.Min(x0, q.X), math.Min(y0, q.Y)
			x1, y1 = math.Max(x1, q.X), math.Max(y1, q.Y)
		}
		boxes[i] = image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1))+1, int(math.Ceil(y1))+1)
		all = all.Union(boxes[i])
	}
	area := all.Intersect(clip)
	if area.Empty() {
		return
	}
	for ty := area.Min.Y; ty < area.Max.Y; ty += tileSize {
		for tx := area.Min.X; tx < area.Max.X; tx += tileSize {
			tile := image.Rect(tx, ty, min(tx+tileSize, area.Max.X), min(ty+tileSize, area.Max.Y))
			r.fillTile(polys, boxes, tile, c, alpha)
		}
	}
}

// fillTile fills the part of polygons in one tile.
func (r *rasterPainter) fillTile(polys [][]Point, boxes []image.Rectangle, tile image.Rectangle, c srgb, alpha uint8) {
	z := &r.z
	ox, oy := float64(tile.Min.X), float64(tile.Min.Y)
	started := false
	for i, p := range polys {
		if !boxes[i].Overlaps(tile) {
			continue
		}
		if !boxes[i].In(tile) {
			p = r.clip.clip(p, ox-1, oy-1, float64(tile.Max.X)+1, float64(tile.Max.Y)+1)
			if len(p) < 3 {
				continue
			}
		}
		if !started {
			z.Reset(tile.Dx(), tile.Dy())
			started = true
		}
		z.MoveTo(float32(p[0].X-ox), float32(p[0].Y-oy))
		for _, q := range p[1:] {
			z.LineTo(float32(q.X-ox), float32(q.Y-oy))
		}
		z.ClosePath()
	}
	if !started {
		return
	}
	// The rasterizer writes the coverage straight into a mask as wide as
	// the tile.
	w, h := tile.Dx(), tile.Dy()
	if cap(r.cover) < w*h {
		r.cover = make([]byte, tileSize*tileSize)
	}
	m := &image.Alpha{Pix: r.cover[:w*h], Stride: w, Rect: image.Rect(0, 0, w, h)}
	z.DrawOp = draw.Src // the mask holds the last tile's coverage: replace it
	z.Draw(m, m.Bounds(), image.Opaque, image.Point{})
	for y := 0; y < tile.Dy(); y++ {
		row := r.band[(tile.Min.Y+y-r.top)*r.stride+3*tile.Min.X:]
		mrow := m.Pix[y*m.Stride : y*m.Stride+tile.Dx()]
		for x, a := range mrow {
			if a != 0 {
				blend(row[3*x:3*x+3], c, uint32(a)*uint32(alpha)/255)
			}
		}
	}
}

// maskKey names a glyph's coverage at a size, a quarter-pixel offset and,
// for a halo, the halo's radius in quarter pixels.
type maskKey struct {
	face         faceID
	index        sfnt.GlyphIndex
	ppem         fixed.Int26_6
	fx, fy, halo uint8
}

// glyphMask is the coverage of a glyph, and where its top left lies from
// the pixel its origin falls in.
type glyphMask struct {
	a      *image.Alpha
	dx, dy int
}

// drawText draws a text: its halo first when it has one, then its glyphs.
func (r *rasterPainter) drawText(o *rasterOp, clip image.Rectangle) {
	if !o.paint.stroke.none && o.paint.strokeWidth > 0 && o.paint.strokeFirst {
		r.drawGlyphs(o, o.paint.stroke, o.paint.strokeWidth/2*r.a.k, clip)
	}
	if !o.paint.fill.none {
		r.drawGlyphs(o, o.paint.fill, 0, clip)
	}
}

// drawGlyphs draws a text's glyphs in colour c, grown by halo pixels.
func (r *rasterPainter) drawGlyphs(o *rasterOp, c srgb, halo float64, clip image.Rectangle) {
	t := o.text
	size := t.Size * r.a.k
	for li, glyphs := range o.lines {
		baseline := r.a.apply(Point{Y: t.Y + float64(li)*t.LineHeight}).Y
		if baseline+size < float64(clip.Min.Y) || baseline-2*size > float64(clip.Max.Y) {
			continue
		}
		for _, g := range glyphs {
			key, x, y := r.glyphAt(o, li, g, halo)
			if m := r.mask(key); m != nil {
				r.blendMask(m, x+m.dx, y+m.dy, c, clip)
			}
		}
	}
}

// glyphAt is the mask of a glyph of line li of a text, grown by halo
// pixels, and the pixel its origin falls in.
func (r *rasterPainter) glyphAt(o *rasterOp, li int, g glyph, halo float64) (maskKey, int, int) {
	t := o.text
	p := r.a.apply(Point{X: o.starts[li] + g.x*t.Size, Y: t.Y + float64(li)*t.LineHeight})
	ix, iy := math.Floor(p.X), math.Floor(p.Y)
	key := maskKey{face: g.face, index: g.index, ppem: fixed.Int26_6(math.Round(t.Size * r.a.k * 64)),
		fx: uint8(math.Floor((p.X - ix) * 4)), fy: uint8(math.Floor((p.Y - iy) * 4)), halo: uint8(math.Round(halo * 4))}
	return key, int(ix), int(iy)
}

// mask is the coverage of a glyph, rasterized once.
func (r *rasterPainter) mask(key maskKey) *glyphMask {
	if m, ok := r.masks[key]; ok {
		return m
	}
	var m *glyphMask
	defer func() { r.masks[key] = m }()
	segs, err := r.ts.files[key.face].font.LoadGlyph(&r.sbuf, key.index, key.ppem, nil)
	if err != nil || len(segs) == 0 {
		return nil
	}
	fx, fy := float32(key.fx)/4, float32(key.fy)/4
	bounds := segs.Bounds()
	halo := int(math.Ceil(float64(key.halo) / 4))
	x0, y0 := bounds.Min.X.Floor()-1-halo, bounds.Min.Y.Floor()-1-halo
	x1, y1 := bounds.Max.X.Ceil()+2+halo, bounds.Max.Y.Ceil()+2+halo
	w, h := x1-x0, y1-y0
	if w <= 0 || h <= 0 || w > 4*tileSize || h > 4*tileSize {
		return nil
	}
	z := &r.z
	z.Reset(w, h)
	pt := func(p fixed.Point26_6) (float32, float32) {
		return float32(p.X)/64 + fx - float32(x0), float32(p.Y)/64 + fy - float32(y0)
	}
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			z.MoveTo(pt(s.Args[0]))
		case sfnt.SegmentOpLineTo:
			z.LineTo(pt(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			ax, ay := pt(s.Args[0])
			bx, by := pt(s.Args[1])
			z.QuadTo(ax, ay, bx, by)
		case sfnt.SegmentOpCubeTo:
			ax, ay := pt(s.Args[0])
			bx, by := pt(s.Args[1])
			cx, cy := pt(s.Args[2])
			z.CubeTo(ax, ay, bx, by, cx, cy)
		}
	}
	z.ClosePath()
	a := image.NewAlpha(image.Rect(0, 0, w, h))
	z.Draw(a, a.Bounds(), image.Opaque, image.Point{})
	if key.halo > 0 {
		a = dilate(a, float64(key.halo)/4)
	}
	m = &glyphMask{a: a, dx: x0, dy: y0}
	return m
}

// dilate grows a coverage mask by radius pixels: a pixel takes the most
// coverage within the radius, less at its rim, so that the halo's edge
// stays smooth.
func dilate(src *image.Alpha, radius float64) *image.Alpha {
	w, h := src.Rect.Dx(), src.Rect.Dy()
	dst := image.NewAlpha(src.Rect)
	type tap struct {
		dx, dy int
		weight uint32 // of 256
	}
	var taps []tap
	ri := int(math.Ceil(radius))
	for dy := -ri; dy <= ri; dy++ {
		for dx := -ri; dx <= ri; dx++ {
			wgt := math.Min(1, radius+0.5-math.Hypot(float64(dx), float64(dy)))
			if wgt > 0 {
				taps = append(taps, tap{dx, dy, uint32(math.Round(wgt * 256))})
			}
		}
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			best := uint32(0)
			for _, t := range taps {
				sx, sy := x+t.dx, y+t.dy
				if sx < 0 || sy < 0 || sx >= w || sy >= h {
					continue
				}
				if v := uint32(src.Pix[sy*src.Stride+sx]) * t.weight >> 8; v > best {
					best = v
				}
			}
			dst.Pix[y*dst.Stride+x] = uint8(best)
		}
	}
	return dst
}

// blendMask paints colour c through a mask whose top left is at (x, y)
// in the image.
func (r *rasterPainter) blendMask(m *glyphMask, x, y int, c srgb, clip image.Rectangle) {
	b := image.Rect(x, y, x+m.a.Rect.Dx(), y+m.a.Rect.Dy()).Intersect(clip)
	for py := b.Min.Y; py < b.Max.Y; py++ {
		row := r.band[(py-r.top)*r.stride:]
		mrow := m.a.Pix[(py-y)*m.a.Stride:]
		for px := b.Min.X; px < b.Max.X; px++ {
			if a := mrow[px-x]; a > 0 {
				blend(row[3*px:3*px+3], c, uint32(a))
			}
		}
	}
}
