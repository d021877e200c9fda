package render

import (
	"math"
	"strings"

	"github.com/journeymap/journeymap/journey/vocab"
)

// A map too wide for its paper is split over pages between its phases,
// and a phase wider than a page between its touchpoints. Each page shows
// a window of the same scene, the columns of some phases, and repeats
// what a page needs to be read alone: the title line, the emotion axis
// with its scale and the lane labels (the column left of the grid), and
// the legend; the first page also the line under the title, and the lens
// panels go to the pages in turn. A page says which it is and which
// phases it shows. Nothing is laid out again: the painter places parts
// of the scene, and scales down a part too wide for its page.

// gridColumn is a column of the grid: a touchpoint's, or an empty phase's.
type gridColumn struct {
	x, w  float64
	phase int
}

// columnsOf lists the columns of a map, left to right.
func columnsOf(s *Scene) []gridColumn {
	var cols []gridColumn
	for pi, ph := range s.Phases {
		for _, c := range ph.Touchpoints {
			cols = append(cols, gridColumn{c.Box.X, c.Box.W, pi})
		}
		if ph.EmptyBox != nil {
			cols = append(cols, gridColumn{ph.EmptyBox.X, ph.EmptyBox.W, pi})
		}
	}
	return cols
}

// window is the part of the grid a page shows: from x0 to x1 in the
// scene, the columns from first to last.
type window struct {
	x0, x1      float64
	first, last int
}

// planWindows cuts the columns into windows at most room wide: whole
// phases while they fit, and a phase wider than room between its
// columns. A window runs to the middle of the gutters on either side of
// its columns.
func planWindows(cols []gridColumn, room float64) []window {
	span := func(a, b int) float64 { return cols[b].x + cols[b].w - cols[a].x + gutter }
	var out []window
	start := 0
	for start < len(cols) {
		end := start // the last column of the window
		for end+1 < len(cols) && span(start, end+1) <= room {
			end++
		}
		// Cut at the end of a phase where one ends within the window,
		// unless the window started inside a phase it does not finish.
		if end+1 < len(cols) && cols[end+1].phase == cols[end].phase {
			cut := end
			for cut > start && cols[cut].phase == cols[cut+1].phase {
				cut--
			}
			if cols[cut].phase != cols[cut+1].phase {
				end = cut
			}
		}
		out = append(out, window{x0: cols[start].x - gutter/2, x1: cols[end].x + cols[end].w + gutter/2, first: start, last: end})
		start = end + 1
	}
	return out
}

// split prints a map over as many pages of the paper as keep body text
// at 8 pt, or as large as the paper's height allows. It returns the
// scale: points a pixel.
func (d *pdfDoc) split(s *Scene, rec *recorder) float64 {
	cols := columnsOf(s)
	cw, ch := d.paperW-2*pageMargin, d.paperH-2*pageMargin
	k := math.Min(splitPt/bodyPx, ch/s.Height)
	left := cols[0].x - gutter/2 // the column of lane labels and the scale, repeated
	tail := margin - gutter/2    // the margin right of the last column
	pageW := cw / k              // a page's width, in scene pixels
	wins := planWindows(cols, pageW-left-tail)
	base := view{k: k, dx: pageMargin, dy: pageMargin}
	panels := 0
	for _, o := range rec.ops {
		if o.part == "lens" {
			panels = max(panels, o.block+1)
		}
	}
	headers := headerBoxes(rec)
	legend := d.fittedView(base, pageW, rec, "legend") // the same on every page
	for n, win := range wins {
		d.page(rec, d.paperW, d.paperH)
		// The window's columns appear right of the repeated column.
		shifted := view{k: k, dx: pageMargin + (left-win.x0)*k, dy: pageMargin}
		for i := range rec.ops {
			o := &rec.ops[i]
			switch {
			case o.part == "" && o.class == "background":
			case o.part == "lens":
				d.lensOnPage(rec, o, base, pageW, n, len(wins), panels)
			case o.part == "legend":
				d.draw(o, legend)
			case o.text != nil:
				d.windowText(o, base, shifted, left, win)
				if h, ok := headers[headerKey{o.part, o.seq, o.block}]; ok {
					d.continued(o, h, shifted, win)
				}
			default:
				b := o.bounds()
				if b.X < left {
					d.clipped(o, base, 0, left, s.Height)
				}
				if b.X+b.W > win.x0 && b.X < win.x1 {
					d.clipped(o, shifted, win.x0, win.x1, s.Height)
				}
			}
		}
		d.pageLabel(rec, s, cols, win, n, len(wins), base, pageW)
	}
	return k
}

// headerKey names the group of a header: a moment's bracket, a phase's
// header.
type headerKey struct {
	part       string
	seq, block int
}

// headerBoxes finds the boxes of the moments' brackets and the phases'
// headers, whose labels a page repeats when it starts inside them.
func headerBoxes(rec *recorder) map[headerKey]*shape {
	out := map[headerKey]*shape{}
	for _, o := range rec.ops {
		if o.shape != nil && (o.class == "moment-box" || o.class == "phase-header") {
			out[headerKey{o.part, o.seq, o.block}] = o.shape
		}
	}
	return out
}

// continued repeats the label of a moment or the name and scenario of a
// phase on a page that starts inside its box, as far from the page's
// part of the box as from the box's start, scaled down when it does not
// fit there.
func (d *pdfDoc) continued(o *op, box *shape, shifted view, win window) {
	if box.x >= win.x0 || box.x+box.w <= win.x0 {
		return
	}
	x0, x1 := d.extent(o)
	move := win.x0 - box.x
	room := math.Min(box.x+box.w, win.x1) - pad - (x0 + move)
	v := view{k: shifted.k, dx: shifted.dx + move*shifted.k, dy: shifted.dy}
	if room <= 0 {
		return
	}
	if x1-x0 > room {
		v = v.about(x0, o.text.Y, room/(x1-x0))
	}
	d.draw(o, v)
}

// clipped draws an op through a view, showing only what lies between x0
// and x1 in the scene.
func (d *pdfDoc) clipped(o *op, v view, x0, x1, height float64) {
	d.f.ClipRect(v.x(x0), v.y(0), (x1-x0)*v.k, height*v.k, false)
	d.draw(o, v)
	d.f.ClipEnd()
	d.fontSet = false // the clip's end restored the font before it
}

// windowText draws a text on the page: one left of the grid (a lane's or
// the scale's label) in the repeated column, and one in the grid on the
// page whose window it starts in. One that runs past the window is moved
// back into it when it is centred (as the loop's label, centred over the
// whole map), else scaled down to end at the window's edge.
func (d *pdfDoc) windowText(o *op, base, shifted view, left float64, win window) {
	x0, x1 := d.extent(o)
	switch {
	case x1 <= left:
		d.draw(o, base)
	case x0 >= win.x0 && x0 < win.x1:
		v := shifted
		if over := x1 - (win.x1 - gutter/2); over > 0 {
			if o.text.Anchor == "middle" && x0-over >= win.x0+gutter/2 {
				v.dx -= over * v.k
			} else if x1 > win.x1 {
				v = shifted.about(x0, o.text.Y, (win.x1-x0)/(x1-x0))
			}
		}
		d.draw(o, v)
	}
}

// fittedView is the view of a part repeated on every page (the legend):
// base, scaled down around the part's left edge when the part is wider
// than the page.
func (d *pdfDoc) fittedView(base view, pageW float64, rec *recorder, part string) view {
	right := math.Inf(-1)
	top := math.Inf(1)
	for i := range rec.ops {
		if p := &rec.ops[i]; p.part == part {
			right = math.Max(right, d.right(p))
			if p.shape != nil {
				top = math.Min(top, p.shape.bounds().Y)
			}
		}
	}
	v := base
	if limit := pageW - margin; right > limit {
		v = base.about(margin, top, (limit-margin)/(right-margin))
	}
	return v
}

// lensOnPage draws an op of the lens on page n of pages: the title on
// every page, the line under it on the first, and each of the panels on
// one page, in turn, moved to the page's left and narrowed to it, its
// text scaled down when it is wider.
func (d *pdfDoc) lensOnPage(rec *recorder, o *op, base view, pageW float64, n, pages, panels int) {
	limit := pageW - margin
	if o.block < 0 {
		if o.class == "title" || n == 0 {
			v := base
			if x0, x1 := d.extent(o); x1 > limit {
				v = base.about(x0, o.text.Y, (limit-x0)/(x1-x0))
			}
			d.draw(o, v)
		}
		return
	}
	// The panels of this page, side by side.
	per := (panels + pages - 1) / pages
	first := func(p int) int { return min(panels, p*per) } // the first panel of page p
	from, to := first(n), first(n+1)
	if o.block < from || o.block >= to {
		return
	}
	slot := (limit - margin - gutter*float64(to-from-1)) / float64(to-from)
	slotX := margin + float64(o.block-from)*(slot+gutter)
	// The panel's box and how far its texts reach.
	var box *op
	reach := 0.0
	for i := range rec.ops {
		p := &rec.ops[i]
		if p.part != "lens" || p.block != o.block {
			continue
		}
		if box == nil && p.shape != nil {
			box = p
		}
		if p.text != nil {
			_, x1 := d.extent(p)
			reach = math.Max(reach, x1)
		}
	}
	if box == nil {
		return
	}
	b := box.shape
	v := view{k: base.k, dx: base.dx + (slotX-b.x)*base.k, dy: base.dy}
	if o == box {
		narrowed := *o
		sh := *b
		sh.w = math.Min(b.w, slot)
		narrowed.shape = &sh
		d.draw(&narrowed, v)
		return
	}
	if need := reach + pad - b.x; need > slot {
		v = v.about(b.x+pad, b.y+pad, (slot-2*pad)/(need-2*pad))
	}
	d.draw(o, v)
}

// pageLabel says at the foot of page n which page of how many it is and
// which phases it shows.
func (d *pdfDoc) pageLabel(rec *recorder, s *Scene, cols []gridColumn, win window, n, pages int, base view, pageW float64) {
	first, last := cols[win.first].phase, cols[win.last].phase
	var label string
	if first == last {
		label = d.lang.Format(vocab.PagePhase, n+1, pages, phaseName(s.Phases[first]))
	} else {
		label = d.lang.Format(vocab.PagePhases, n+1, pages, phaseName(s.Phases[first]), phaseName(s.Phases[last]))
	}
	t := Text{X: pageW - margin, Y: s.Height - margin/2 + labelPx/3, Size: labelPx, LineHeight: labelPx * 4 / 3,
		Anchor: "end", Class: "meta page-label", Lines: []string{label}}
	o := &op{text: &t, class: t.Class, block: -1, seq: -1,
		paint: rec.rules.paintOf("svg/text.meta", node{tag: "text", classes: []string{"meta"}}, []node{rec.root.n}, rec.root.paint)}
	d.draw(o, base)
}

// phaseName is a phase's name on one line, as the layout broke it: a
// line the layout ended with a hyphen runs on into the next.
func phaseName(ph Phase) string {
	var b strings.Builder
	for i, l := range ph.Name.Lines {
		if i > 0 && !strings.HasSuffix(ph.Name.Lines[i-1], "-") {
			b.WriteByte(' ')
		}
		b.WriteString(l)
	}
	return b.String()
}
