package render

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
	"github.com/journeymap/journeymap/journey/vocab"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// PDFOptions tune how a map or a matrix is printed as PDF.
type PDFOptions struct {
	// Paper is the paper a page is printed on, landscape: one of
	// PaperNames. "" prints one page the size of the picture.
	Paper string
	// Pages says how a map goes onto Paper: PagesFit scales it onto one
	// page; PagesSplit cuts it between phases onto as many pages as keep
	// body text at 8 pt. "" splits where fitting would print body text
	// under 7 pt, and fits otherwise.
	Pages string
	// Matrix, when not nil, is printed as the last page, one page.
	Matrix *Matrix
	// Date, when not zero, is the document's creation and modification
	// date (for SOURCE_DATE_EPOCH); the zero Date writes none, so that the
	// same journey gives the same bytes.
	Date time.Time
}

// How a map goes onto paper.
const (
	PagesFit   = "fit"
	PagesSplit = "split"
)

// papers are the papers a PDF is printed on, landscape, in points: ISO
// A4 and A3, US Letter, and a 16:9 slide of 13.33 × 7.5 in.
var papers = []struct {
	name string
	w, h float64
}{
	{"a4", 841.89, 595.28},
	{"a3", 1190.55, 841.89},
	{"letter", 792, 612},
	{"slide", 960, 540},
}

// PaperNames lists the papers a PDF can be printed on.
func PaperNames() []string {
	names := make([]string, len(papers))
	for i, p := range papers {
		names[i] = p.name
	}
	return names
}

// PageModes lists how a map can go onto paper.
func PageModes() []string { return []string{PagesFit, PagesSplit} }

// Printing: sizes in points, and in the scene's pixels.
const (
	pxPt       = 0.75    // a CSS pixel, in points: a picture's own size
	maxPagePt  = 14400.0 // the largest page side PDF readers open (200 in); a larger picture is scaled down
	pageMargin = 24.0    // around what a page of paper shows
	bodyPx     = 13.0    // body text, as the layout sets it (bodyStyle)
	splitPt    = 8.0     // split pages keep body text at least this large
	fitPt      = 7.0     // below this, a map is split rather than fitted
	labelPx    = 12.0    // the page label of a split page
)

// MaxPDFPages bounds the pages of a PDF: a split map has at most a page a
// column (journey.MaxTouchpoints), and the matrix one more.
const MaxPDFPages = 151

// WritePDF prints a laid-out map as PDF: the same elements as the SVG, in
// the same places and the theme's colours, its text real text in the
// fonts it was measured in, embedded and subset. The map's title and
// language are the document's, and its description the document's
// subject. The same scene and options give the same bytes.
func WritePDF(w io.Writer, s *Scene, opts Options, pdf PDFOptions) error {
	_, err := writePDF(w, s, opts, pdf)
	return err
}

// printed is what became of a print: the size of its body text, in
// points, whether the map was split, and how many glyphs beyond the Basic
// Multilingual Plane it shows as U+FFFD, past maxOutlines.
type printed struct {
	bodyPt   float64
	split    bool
	replaced int
}

func writePDF(w io.Writer, s *Scene, opts Options, pdf PDFOptions) (printed, error) {
	d, err := newPDFDoc(s.Title, s.Desc, s.Lang, pdf)
	if err != nil {
		return printed{}, err
	}
	t := themeOr(opts.Theme)
	info := d.mapPages(s, recordScene(s, t))
	if pdf.Matrix != nil {
		d.onePage(recordMatrix(pdf.Matrix, t))
	}
	info.replaced = d.replaced
	return info, d.finish(w)
}

// WriteMatrixPDF prints a laid-out action-priority matrix as a one-page
// PDF, as WritePDF prints a map.
func WriteMatrixPDF(w io.Writer, m *Matrix, opts Options, pdf PDFOptions) error {
	d, err := newPDFDoc(m.Title, m.Desc, m.Lang, pdf)
	if err != nil {
		return err
	}
	d.onePage(recordMatrix(m, themeOr(opts.Theme)))
	return d.finish(w)
}

// paperSize is the paper named, landscape, in points.
func paperSize(name string) (w, h float64, err error) {
	for _, p := range papers {
		if p.name == name {
			return p.w, p.h, nil
		}
	}
	return 0, 0, fmt.Errorf("unknown paper %q; expected %s", name, orList(PaperNames()))
}

// pdfDoc is a PDF being printed.
type pdfDoc struct {
	f            *fpdf.Fpdf
	ts           *typesetter
	opts         PDFOptions
	paperW       float64 // points; 0 for pictures on pages of their own size
	paperH       float64
	lang         vocab.Lang
	added        [numFaces]bool // the faces whose fonts the document holds
	gbuf         []glyph
	extents      map[*op][2]float64 // a text's left and right edge, in scene pixels
	usedRunes    [numFaces]map[rune]bool
	reservedDate time.Time
	// Glyphs drawn as outlines, and those shown as U+FFFD past
	// maxOutlines; whether the text being drawn outlines them.
	outlines, replaced int
	outlineText        bool
	// The font the page's graphics state holds, as font last set it;
	// fontSet is false when a page or a clip's end may have changed it.
	fontSet  bool
	fontFace faceID
	fontSize float64
}

// The family name the faces are registered under in fpdf; fontStyles are
// its styles, by face.
const pdfFamily = "dejavu"

var fontStyles = [numFaces]string{"", "B", "I", "BI"}

func newPDFDoc(title, desc, lang string, opts PDFOptions) (*pdfDoc, error) {
	ts, err := newTypesetter()
	if err != nil {
		return nil, err
	}
	d := &pdfDoc{ts: ts, opts: opts, lang: vocab.Lang(lang), extents: map[*op][2]float64{}}
	if opts.Paper != "" {
		if d.paperW, d.paperH, err = paperSize(opts.Paper); err != nil {
			return nil, err
		}
	}
	if opts.Pages != "" && opts.Pages != PagesFit && opts.Pages != PagesSplit {
		return nil, fmt.Errorf("unknown page mode %q; expected %s", opts.Pages, orList(PageModes()))
	}
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: 595.28, Ht: 841.89}})
	f.SetCatalogSort(true) // fonts and resources in a fixed order
	f.SetCompression(true)
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(0, 0, 0)
	f.SetProducer("journeymap", false)
	f.SetTitle(pdfText(title), true)
	f.SetSubject(pdfText(desc), true)
	f.SetLang(langTag(lang))
	// fpdf writes a creation and a modification date whatever it is told;
	// finishPDF takes them out again, or puts opts.Date in. A fixed date
	// here keeps fpdf from reading the clock.
	d.reservedDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	f.SetCreationDate(d.reservedDate)
	f.SetModificationDate(d.reservedDate)
	d.f = f
	for i := range d.usedRunes {
		d.usedRunes[i] = map[rune]bool{}
	}
	return d, nil
}

// pdfText is s as fpdf can write it in the document's information: fpdf
// holds the Basic Multilingual Plane only, so a rune beyond it (an emoji)
// becomes U+FFFD there.
func pdfText(s string) string { return strings.Map(pdfRune, s) }

// view places the scene on a page: a scene pixel is k points, and the
// scene's origin lies at (dx, dy) points from the page's top left.
type view struct{ k, dx, dy float64 }

func (v view) x(x float64) float64 { return x*v.k + v.dx }
func (v view) y(y float64) float64 { return y*v.k + v.dy }

// about is v scaled by f around the scene point (x, y), which stays where
// v puts it.
func (v view) about(x, y, f float64) view {
	return view{k: v.k * f, dx: v.dx + x*v.k*(1-f), dy: v.dy + y*v.k*(1-f)}
}

// page starts a page of w × h points, painted in the picture's
// background.
func (d *pdfDoc) page(rec *recorder, w, h float64) {
	d.f.AddPageFormat("P", fpdf.SizeType{Wd: w, Ht: h})
	d.fontSet = false
	bg := rec.rules.paintOf("svg/rect.background", node{tag: "rect", classes: []string{"background"}}, []node{rec.root.n}, rec.root.paint)
	if !bg.fill.none {
		d.fillColour(bg.fill)
		d.f.Rect(0, 0, w, h, "F")
	}
}

// ownPage is the view of a picture on a page of its own size: a pixel
// is 0.75 pt, as a browser prints, less when the picture is larger than
// PDF readers open.
func ownPage(width, height float64) (view, float64, float64) {
	k := math.Min(pxPt, math.Min(maxPagePt/width, maxPagePt/height))
	return view{k: k}, width * k, height * k
}

// onePage prints a picture on one page: its own size, or fitted onto the
// paper. It returns the scale: points a pixel.
func (d *pdfDoc) onePage(rec *recorder) float64 {
	if d.paperW == 0 {
		v, w, h := ownPage(rec.pic.width, rec.pic.height)
		d.page(rec, w, h)
		d.drawAll(rec, v)
		return v.k
	}
	d.page(rec, d.paperW, d.paperH)
	v := d.fitView(rec.pic.width, rec.pic.height)
	d.drawAll(rec, v)
	return v.k
}

// fitView centres a picture on the paper, as large as fits within the
// margins.
func (d *pdfDoc) fitView(width, height float64) view {
	cw, ch := d.paperW-2*pageMargin, d.paperH-2*pageMargin
	k := math.Min(cw/width, ch/height)
	return view{k: k, dx: pageMargin + (cw-width*k)/2, dy: pageMargin + (ch-height*k)/2}
}

// mapPages prints a map: on one page of its own size, fitted onto the
// paper, or split over pages of it.
func (d *pdfDoc) mapPages(s *Scene, rec *recorder) printed {
	mode := d.opts.Pages
	if d.paperW != 0 && mode == "" {
		mode = PagesFit
		if bodyPx*d.fitView(s.Width, s.Height).k < fitPt {
			mode = PagesSplit
		}
	}
	if d.paperW == 0 || mode == PagesFit || len(columnsOf(s)) == 0 {
		return printed{bodyPt: bodyPx * d.onePage(rec)}
	}
	return printed{bodyPt: bodyPx * d.split(s, rec), split: true}
}

// drawAll draws every op of a picture through one view.
func (d *pdfDoc) drawAll(rec *recorder, v view) {
	for i := range rec.ops {
		o := &rec.ops[i]
		if o.part == "" && o.class == "background" {
			continue // the page is painted already
		}
		d.draw(o, v)
	}
}

// draw draws an op through a view.
func (d *pdfDoc) draw(o *op, v view) {
	if o.text != nil {
		d.text(o, v)
		return
	}
	p := o.paint
	fill := func() {
		if p.fill.none || p.fillOpacity <= 0 {
			return
		}
		d.fillColour(p.fill)
		if p.fillOpacity < 1 {
			d.f.SetAlpha(p.fillOpacity, "Normal")
		}
		d.path(o.shape.path(), v)
		d.f.DrawPath("F")
		if p.fillOpacity < 1 {
			d.f.SetAlpha(1, "Normal")
		}
	}
	stroke := func() {
		if p.stroke.none || p.strokeWidth <= 0 {
			return
		}
		d.f.SetDrawColor(int(p.stroke.r), int(p.stroke.g), int(p.stroke.b))
		d.f.SetLineWidth(p.strokeWidth * v.k)
		d.f.SetLineCapStyle(p.cap)
		d.f.SetLineJoinStyle(p.join)
		dash := make([]float64, len(p.dash))
		for i, l := range p.dash {
			dash[i] = l * v.k
		}
		d.f.SetDashPattern(dash, 0)
		d.path(o.shape.path(), v)
		d.f.DrawPath("D")
	}
	if p.strokeFirst {
		stroke()
		fill()
	} else {
		fill()
		stroke()
	}
}

func (d *pdfDoc) fillColour(c srgb) { d.f.SetFillColor(int(c.r), int(c.g), int(c.b)) }

// path adds a path to the page.
func (d *pdfDoc) path(segs []seg, v view) {
	for _, s := range segs {
		switch s.op {
		case 'M':
			d.f.MoveTo(v.x(s.p[0].X), v.y(s.p[0].Y))
		case 'L':
			d.f.LineTo(v.x(s.p[0].X), v.y(s.p[0].Y))
		case 'C':
			d.f.CurveBezierCubicTo(v.x(s.p[0].X), v.y(s.p[0].Y), v.x(s.p[1].X), v.y(s.p[1].Y), v.x(s.p[2].X), v.y(s.p[2].Y))
		case 'Z':
			d.f.ClosePath()
		}
	}
}

// font selects a face at a size in points, adding its font to the
// document on first use.
func (d *pdfDoc) font(f faceID, size float64) {
	if !d.added[f] {
		d.f.AddUTF8FontFromBytes(pdfFamily, fontStyles[f], d.ts.files[f].data)
		d.added[f] = true
	}
	if d.fontSet && d.fontFace == f && d.fontSize == size {
		return // fpdf would write it again
	}
	d.f.SetFont(pdfFamily, fontStyles[f], size)
	d.fontSet, d.fontFace, d.fontSize = true, f, size
}

// text draws a text op: its halo first when it has one, then its glyphs,
// in runs that fpdf sets with the font's advances: a run ends where the
// face changes, where kerning moves a glyph, and around a glyph no face
// has, so that every glyph lands where the PNG draws it.
func (d *pdfDoc) text(o *op, v view) {
	p := o.paint
	// Glyphs beyond the Basic Multilingual Plane are drawn as outlines,
	// a few kilobytes each, up to maxOutlines in a document; a text that
	// would pass it shows U+FFFD for them, so that a journey of emoji
	// cannot make a PDF of gigabytes.
	outlines := 0
	for _, line := range o.text.Lines {
		for _, r := range line {
			if r > 0xFFFF {
				outlines++
			}
		}
	}
	cost := outlines
	if p.strokeFirst && !p.stroke.none && p.strokeWidth > 0 {
		cost *= 2 // the halo draws them again
	}
	d.outlineText = d.outlines+cost <= maxOutlines
	if d.outlineText {
		d.outlines += cost
	} else {
		d.replaced += outlines
	}
	if p.strokeFirst && !p.stroke.none && p.strokeWidth > 0 {
		d.f.SetTextRenderingMode(1)
		d.f.SetDrawColor(int(p.stroke.r), int(p.stroke.g), int(p.stroke.b))
		d.f.SetLineWidth(p.strokeWidth * v.k)
		d.f.SetLineJoinStyle("round")
		d.f.SetDashPattern(nil, 0)
		d.glyphRuns(o.text, v, true)
		d.f.SetTextRenderingMode(0)
	}
	if !p.fill.none {
		// fpdf sets text in the fill colour it last set, when that is the
		// text's colour; set it here, as a clip's end may have restored
		// another in the page since.
		d.fillColour(p.fill)
		d.f.SetTextColor(int(p.fill.r), int(p.fill.g), int(p.fill.b))
		d.glyphRuns(o.text, v, false)
	}
}

// glyphRuns sets the lines of a text, a run at a time; halo: the halo's
// pass, which strokes the glyphs.
func (d *pdfDoc) glyphRuns(t *Text, v view, halo bool) {
	face := faceOf(t)
	size := t.Size * v.k
	var run []rune
	for li, line := range t.Lines {
		var width float64
		d.gbuf, width = d.ts.line(line, face, d.gbuf, false)
		start := lineStart(t, t.X, width*t.Size)
		y := v.y(t.Y + float64(li)*t.LineHeight)
		for i := 0; i < len(d.gbuf); {
			g := d.gbuf[i]
			x := v.x(start + g.x*t.Size)
			if g.r > 0xFFFF && d.outlineText {
				// fpdf writes the Basic Multilingual Plane only: a glyph
				// beyond it (an emoji the font has, or the box of one it
				// lacks) is drawn as its outline.
				d.outline(g, x, y, size, halo)
				i++
				continue
			}
			run = append(run[:0], pdfRune(g.r))
			j := i + 1
			for ; j < len(d.gbuf); j++ {
				prev, next := d.gbuf[j-1], d.gbuf[j]
				if next.face != g.face || next.index == 0 || prev.index == 0 || next.r > 0xFFFF ||
					math.Abs(prev.x+d.ts.advanceOf(prev.face, prev.index)-next.x) > 1e-9 {
					break
				}
				run = append(run, pdfRune(next.r))
			}
			for _, r := range run {
				d.usedRunes[g.face][r] = true
			}
			d.font(g.face, size)
			d.f.Text(x, y, string(run))
			i = j
		}
	}
}

// pdfRune is r as fpdf can write it: U+FFFD beyond the Basic
// Multilingual Plane.
func pdfRune(r rune) rune {
	if r > 0xFFFF {
		return utf8.RuneError
	}
	return r
}

// maxOutlines bounds the glyphs a PDF draws as outlines (see text).
const maxOutlines = 2000

// outline draws a glyph as a path, with its origin at (x, y) in points:
// filled, or for the halo, stroked.
func (d *pdfDoc) outline(g glyph, x, y, size float64, halo bool) {
	segs := d.ts.outline(g.face, g.index)
	if len(segs) == 0 {
		return
	}
	k := size / d.ts.files[g.face].upem / 64
	pt := func(p fixed.Point26_6) (float64, float64) { return x + float64(p.X)*k, y + float64(p.Y)*k }
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			d.f.MoveTo(pt(s.Args[0]))
		case sfnt.SegmentOpLineTo:
			d.f.LineTo(pt(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			cx, cy := pt(s.Args[0])
			ex, ey := pt(s.Args[1])
			d.f.CurveTo(cx, cy, ex, ey)
		case sfnt.SegmentOpCubeTo:
			ax, ay := pt(s.Args[0])
			bx, by := pt(s.Args[1])
			ex, ey := pt(s.Args[2])
			d.f.CurveBezierCubicTo(ax, ay, bx, by, ex, ey)
		}
	}
	d.f.ClosePath()
	if halo {
		d.f.DrawPath("D")
	} else {
		d.f.DrawPath("F")
	}
}

// extent is the left and right edge of a text's glyphs, in scene pixels.
func (d *pdfDoc) extent(o *op) (float64, float64) {
	if e, ok := d.extents[o]; ok {
		return e[0], e[1]
	}
	t := o.text
	x0, x1 := math.Inf(1), math.Inf(-1)
	for _, line := range t.Lines {
		var width float64
		d.gbuf, width = d.ts.line(line, faceOf(t), d.gbuf, false)
		start := lineStart(t, t.X, width*t.Size)
		x0, x1 = math.Min(x0, start), math.Max(x1, start+width*t.Size)
	}
	d.extents[o] = [2]float64{x0, x1}
	return x0, x1
}

// right is how far right an op reaches, in scene pixels.
func (d *pdfDoc) right(o *op) float64 {
	if o.text != nil {
		_, x1 := d.extent(o)
		return x1
	}
	if o.paint.fill.none && o.paint.stroke.none {
		return math.Inf(-1) // draws nothing, as the legend's box
	}
	b := o.bounds()
	return b.X + b.W
}

// finish writes the document.
func (d *pdfDoc) finish(w io.Writer) error {
	var buf bytes.Buffer
	if err := d.f.Output(&buf); err != nil {
		return fmt.Errorf("cannot write the PDF: %v", err)
	}
	names := map[string]string{}
	for f := range numFaces {
		if d.added[f] {
			names["utf8"+pdfFamily+fontStyles[f]] = subsetTag(d.ts.files[f].name, d.usedRunes[f]) + "+" + d.ts.files[f].name
		}
	}
	doc, err := finishPDF(buf.Bytes(), names, d.reservedDate, d.opts.Date)
	if err != nil {
		return err
	}
	_, err = w.Write(doc)
	return err
}

// subsetTag is the six capital letters PDF puts before the name of a
// subset font, made from the font and the runes of the subset, so that the
// same text gives the same name.
func subsetTag(name string, runes map[rune]bool) string {
	h := uint64(14695981039346656037)
	mix := func(b byte) { h = (h ^ uint64(b)) * 1099511628211 }
	for i := range len(name) {
		mix(name[i])
	}
	for _, r := range slices.Sorted(maps.Keys(runes)) {
		for _, b := range []byte(string(r)) {
			mix(b)
		}
	}
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = byte('A' + h%26)
		h /= 26
	}
	return string(tag)
}
