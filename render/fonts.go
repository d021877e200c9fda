package render

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The fonts the PDF and PNG painters draw with: the four faces of DejaVu
// Sans that the map is measured in (metrics_dejavu.go is generated from
// these files), embedded so that drawing reads no file and fetches
// nothing. Debian's fonts-dejavu-core 2.37; the licence is in
// fonts/LICENSE and NOTICE.
var (
	//go:embed fonts/DejaVuSans.ttf
	dejaVuSansTTF []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	dejaVuSansBoldTTF []byte
	//go:embed fonts/DejaVuSans-Oblique.ttf
	dejaVuSansObliqueTTF []byte
	//go:embed fonts/DejaVuSans-BoldOblique.ttf
	dejaVuSansBoldObliqueTTF []byte
)

// faceID names a face: regular, bold, oblique, bold oblique.
type faceID uint8

const (
	regularFace faceID = iota
	boldFace
	obliqueFace
	boldObliqueFace
	numFaces
)

// faceOf is the face a text is set in.
func faceOf(t *Text) faceID {
	f := regularFace
	if t.Bold {
		f = boldFace
	}
	if t.Italic {
		f += obliqueFace
	}
	return f
}

// embeddedFont is an embedded face: its bytes, its PostScript name and its
// parsed form.
type embeddedFont struct {
	data []byte
	name string
	font *sfnt.Font
	upem float64 // font units per em
	// ascent and descent of the line box (hhea), in em, as the layout
	// places text with them.
	ascent, descent float64
}

// embeddedFonts parses the faces on first use: commands that draw no PDF or
// PNG never pay for it.
var embeddedFonts = sync.OnceValues(func() ([numFaces]*embeddedFont, error) {
	var out [numFaces]*embeddedFont
	for i, f := range []struct {
		data []byte
		name string
	}{
		{dejaVuSansTTF, "DejaVuSans"},
		{dejaVuSansBoldTTF, "DejaVuSans-Bold"},
		{dejaVuSansObliqueTTF, "DejaVuSans-Oblique"},
		{dejaVuSansBoldObliqueTTF, "DejaVuSans-BoldOblique"},
	} {
		parsed, err := sfnt.Parse(f.data)
		if err != nil {
			return out, fmt.Errorf("internal error: the embedded font %s: %v", f.name, err)
		}
		upem := float64(parsed.UnitsPerEm())
		m, err := parsed.Metrics(nil, fixed.I(int(parsed.UnitsPerEm())), font.HintingNone)
		if err != nil {
			return out, fmt.Errorf("internal error: the embedded font %s: %v", f.name, err)
		}
		out[i] = &embeddedFont{data: f.data, name: f.name, font: parsed, upem: upem,
			ascent: float64(m.Ascent) / 64 / upem, descent: float64(m.Descent) / 64 / upem}
	}
	return out, nil
})

// glyph is a rune set in a face: its glyph (0 when no face has one: the
// font's missing-glyph box), and where it goes, in em from the start of
// its line.
type glyph struct {
	face  faceID
	index sfnt.GlyphIndex
	r     rune
	x     float64
}

// typesetter places the glyphs of the lines the layout broke: it measures
// only to place them (a line centred or ending at its x, each glyph after
// the one before with the font's kerning), never to break or size text.
// A rune its face lacks is taken from another face that has it; one that
// no face has is drawn as the missing-glyph box. It caches what it looks
// up; one painting uses one, as it is not safe for concurrent use.
type typesetter struct {
	files   [numFaces]*embeddedFont
	buf     sfnt.Buffer
	indexes [numFaces]map[rune]sfnt.GlyphIndex
	advance [numFaces]map[sfnt.GlyphIndex]float64
	kerns   [numFaces]map[[2]sfnt.GlyphIndex]float64
	paths   map[[2]int]sfnt.Segments // outlines, in font units × 64
}

func newTypesetter() (*typesetter, error) {
	files, err := embeddedFonts()
	if err != nil {
		return nil, err
	}
	ts := &typesetter{files: files, paths: map[[2]int]sfnt.Segments{}}
	for i := range ts.indexes {
		ts.indexes[i] = map[rune]sfnt.GlyphIndex{}
		ts.advance[i] = map[sfnt.GlyphIndex]float64{}
		ts.kerns[i] = map[[2]sfnt.GlyphIndex]float64{}
	}
	return ts, nil
}

// index is the glyph of r in face f; 0 when it has none.
func (ts *typesetter) index(f faceID, r rune) sfnt.GlyphIndex {
	if gi, ok := ts.indexes[f][r]; ok {
		return gi
	}
	gi, err := ts.files[f].font.GlyphIndex(&ts.buf, r)
	if err != nil {
		gi = 0
	}
	ts.indexes[f][r] = gi
	return gi
}

// advanceOf is the advance of a glyph of face f, in em.
func (ts *typesetter) advanceOf(f faceID, gi sfnt.GlyphIndex) float64 {
	if a, ok := ts.advance[f][gi]; ok {
		return a
	}
	file := ts.files[f]
	adv, err := file.font.GlyphAdvance(&ts.buf, gi, fixed.I(int(file.upem)), font.HintingNone)
	a := 0.0
	if err == nil {
		a = float64(adv) / 64 / file.upem
	}
	ts.advance[f][gi] = a
	return a
}

// kern is how much the font moves the second glyph of a pair apart from
// the first (negative: closer), in em.
func (ts *typesetter) kern(f faceID, a, b sfnt.GlyphIndex) float64 {
	key := [2]sfnt.GlyphIndex{a, b}
	if k, ok := ts.kerns[f][key]; ok {
		return k
	}
	file := ts.files[f]
	k := 0.0
	if adj, err := file.font.Kern(&ts.buf, a, b, fixed.I(int(file.upem)), font.HintingNone); err == nil {
		k = float64(adj) / 64 / file.upem
	}
	ts.kerns[f][key] = k
	return k
}

// outline is the outline of a glyph of face f, in font units × 64, the y
// axis pointing down.
func (ts *typesetter) outline(f faceID, gi sfnt.GlyphIndex) sfnt.Segments {
	key := [2]int{int(f), int(gi)}
	if segs, ok := ts.paths[key]; ok {
		return segs
	}
	file := ts.files[f]
	segs, err := file.font.LoadGlyph(&ts.buf, gi, fixed.I(int(file.upem)), nil)
	if err != nil {
		segs = nil
	}
	// The buffer is reused: keep a copy.
	segs = append(sfnt.Segments(nil), segs...)
	ts.paths[key] = segs
	return segs
}

// fallbacks are the faces tried, in order, for a rune a face lacks.
var fallbacks = [numFaces][]faceID{
	regularFace:     {regularFace, obliqueFace, boldFace, boldObliqueFace},
	boldFace:        {boldFace, regularFace, boldObliqueFace, obliqueFace},
	obliqueFace:     {obliqueFace, regularFace, boldObliqueFace, boldFace},
	boldObliqueFace: {boldObliqueFace, boldFace, obliqueFace, regularFace},
}

// invisible reports whether r draws nothing when the font lacks it: a
// format character (a joiner, a variation selector, a direction mark), a
// combining mark, a control.
func invisible(r rune) bool {
	return unicode.In(r, unicode.Cf, unicode.Mn, unicode.Me, unicode.Cc) || r >= 0xFE00 && r <= 0xFE0F
}

// ligatures are the standard ligatures of Latin text that browsers set
// (OpenType liga), longest first, and the runes of their glyphs.
var ligatures = []struct {
	letters string
	r       rune
}{{"ffi", 0xFB03}, {"ffl", 0xFB04}, {"ff", 0xFB00}, {"fi", 0xFB01}, {"fl", 0xFB02}}

// line places the glyphs of one line set in face f, and returns them with
// the line's width, in em. With liga, the letters of a standard ligature
// the face has are set as it (ff, fi, fl, ffi, ffl), as browsers set them;
// the PDF, whose text must read as its letters, sets them apart.
func (ts *typesetter) line(s string, f faceID, out []glyph, liga bool) ([]glyph, float64) {
	out = out[:0]
	x := 0.0
	var prev glyph
	havePrev := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if liga && r == 'f' {
			for _, l := range ligatures {
				if strings.HasPrefix(s[i:], l.letters) && ts.index(f, l.r) != 0 {
					r, size = l.r, len(l.letters)
					break
				}
			}
		}
		i += size
		g := glyph{face: f, r: r}
		for _, ff := range fallbacks[f] {
			if gi := ts.index(ff, r); gi != 0 {
				g.face, g.index = ff, gi
				break
			}
		}
		if g.index == 0 && invisible(r) {
			continue
		}
		if havePrev && prev.face == g.face {
			x += ts.kern(g.face, prev.index, g.index)
		}
		g.x = x
		x += ts.advanceOf(g.face, g.index)
		out = append(out, g)
		prev, havePrev = g, true
	}
	return out, x
}

// lineStart is where a line of width w (in px) starts, for a text's
// anchor at x.
func lineStart(t *Text, x, w float64) float64 {
	switch t.Anchor {
	case "middle":
		return x - w/2
	case "end":
		return x - w
	}
	return x
}
