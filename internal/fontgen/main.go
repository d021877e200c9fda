// Command fontgen writes the advance widths of the fonts the journey map is
// measured with, as a Go table in package render. It runs at development
// time only (go generate ./render), so that rendering reads no font file.
//
// The fonts are DejaVu Sans and DejaVu Sans Bold, from Debian's
// fonts-dejavu-core package, as render/fonts holds them for the PDF and
// PNG painters; their metrics match the first fonts of the map's font
// stack. The map also sets some text in italic, which the
// measurer has no parameter for: where DejaVu Sans Oblique (or Bold
// Oblique) has a wider glyph than the upright face, the table holds the
// wider advance, so italic text measured as upright still fits.
//
// The table holds, per face:
//
//   - unitsPerEm, and the ascent and descent of the line box (hhea), in
//     font units;
//   - blocks: the advance of every rune of the Unicode ranges below, in font
//     units, 0xFFFF where the face has no glyph (the browser falls back to
//     another font, and the renderer to its fallback width);
//   - joining: for the Arabic letters that take contextual forms, the
//     advances of their final, initial and medial forms (0xFFFF: no such
//     form), read from the glyphs the face maps the Arabic Presentation
//     Forms to. The isolated form is the letter's own glyph, in blocks.
//   - kerning: the pairs of runes set further apart than their advances
//     say, by how much: positive kerning (the Latin script's GPOS kerning,
//     as golang.org/x/image/font/sfnt reads it; mostly kerning narrows
//     text, but DejaVu Sans has pairs such as "AA", "TT" and "-J" that it
//     widens), and the ligatures (DejaVu Sans Oblique's
//     "ff", "fi", "fl", "ffi", "ffl") that are wider than their letters,
//     spread over the pairs of their letters. Narrowing is left out, so
//     widths err on the wide side only.
//
// Advances are read unhinted.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// blocks are the Unicode ranges measured. Characters outside them are
// measured by the renderer's fallback width. Adjacent Unicode blocks are
// merged into one range, so the table has few rows.
var blocks = [][2]rune{
	// Basic Latin (from the space), Latin-1, Latin Extended-A and -B, IPA,
	// spacing modifiers, combining diacritics, Greek, Cyrillic and its
	// supplement.
	{0x0020, 0x052F},
	// Hebrew and Arabic.
	{0x0590, 0x06FF},
	// Latin Extended Additional (Vietnamese, Welsh).
	{0x1E00, 0x1EFF},
	// General Punctuation, super- and subscripts, currency, combining marks
	// for symbols, letterlike symbols, number forms, arrows, mathematical
	// operators.
	{0x2000, 0x22FF},
	// Box drawing, block elements, geometric shapes, miscellaneous symbols,
	// dingbats (✓ ✗ ❤).
	{0x2500, 0x27BF},
}

// arabicForms lists where the Arabic Presentation Forms blocks hold the
// contextual forms of an Arabic letter: from first on, one rune per letter
// of forms, which names the form (i: isolated, f: final, n: initial,
// m: medial). From UnicodeData.txt (the <isolated>, <final>, <initial> and
// <medial> decompositions); the renderer shapes Arabic with these widths.
var arabicForms = []struct {
	base, first rune
	forms       string
}{
	{0x0671, 0xFB50, "if"}, {0x067B, 0xFB52, "ifnm"}, {0x067E, 0xFB56, "ifnm"}, {0x0680, 0xFB5A, "ifnm"},
	{0x067A, 0xFB5E, "ifnm"}, {0x067F, 0xFB62, "ifnm"}, {0x0679, 0xFB66, "ifnm"}, {0x06A4, 0xFB6A, "ifnm"},
	{0x06A6, 0xFB6E, "ifnm"}, {0x0684, 0xFB72, "ifnm"}, {0x0683, 0xFB76, "ifnm"}, {0x0686, 0xFB7A, "ifnm"},
	{0x0687, 0xFB7E, "ifnm"}, {0x068D, 0xFB82, "if"}, {0x068C, 0xFB84, "if"}, {0x068E, 0xFB86, "if"},
	{0x0688, 0xFB88, "if"}, {0x0698, 0xFB8A, "if"}, {0x0691, 0xFB8C, "if"}, {0x06A9, 0xFB8E, "ifnm"},
	{0x06AF, 0xFB92, "ifnm"}, {0x06B3, 0xFB96, "ifnm"}, {0x06B1, 0xFB9A, "ifnm"}, {0x06BA, 0xFB9E, "if"},
	{0x06BB, 0xFBA0, "ifnm"}, {0x06C0, 0xFBA4, "if"}, {0x06C1, 0xFBA6, "ifnm"}, {0x06BE, 0xFBAA, "ifnm"},
	{0x06D2, 0xFBAE, "if"}, {0x06D3, 0xFBB0, "if"}, {0x06AD, 0xFBD3, "ifnm"}, {0x06C7, 0xFBD7, "if"},
	{0x06C6, 0xFBD9, "if"}, {0x06C8, 0xFBDB, "if"}, {0x06CB, 0xFBDE, "if"}, {0x06C5, 0xFBE0, "if"},
	{0x06C9, 0xFBE2, "if"}, {0x06D0, 0xFBE4, "ifnm"}, {0x0649, 0xFBE8, "nm"}, {0x06CC, 0xFBFC, "ifnm"},
	{0x0621, 0xFE80, "i"}, {0x0622, 0xFE81, "if"}, {0x0623, 0xFE83, "if"}, {0x0624, 0xFE85, "if"},
	{0x0625, 0xFE87, "if"}, {0x0626, 0xFE89, "ifnm"}, {0x0627, 0xFE8D, "if"}, {0x0628, 0xFE8F, "ifnm"},
	{0x0629, 0xFE93, "if"}, {0x062A, 0xFE95, "ifnm"}, {0x062B, 0xFE99, "ifnm"}, {0x062C, 0xFE9D, "ifnm"},
	{0x062D, 0xFEA1, "ifnm"}, {0x062E, 0xFEA5, "ifnm"}, {0x062F, 0xFEA9, "if"}, {0x0630, 0xFEAB, "if"},
	{0x0631, 0xFEAD, "if"}, {0x0632, 0xFEAF, "if"}, {0x0633, 0xFEB1, "ifnm"}, {0x0634, 0xFEB5, "ifnm"},
	{0x0635, 0xFEB9, "ifnm"}, {0x0636, 0xFEBD, "ifnm"}, {0x0637, 0xFEC1, "ifnm"}, {0x0638, 0xFEC5, "ifnm"},
	{0x0639, 0xFEC9, "ifnm"}, {0x063A, 0xFECD, "ifnm"}, {0x0641, 0xFED1, "ifnm"}, {0x0642, 0xFED5, "ifnm"},
	{0x0643, 0xFED9, "ifnm"}, {0x0644, 0xFEDD, "ifnm"}, {0x0645, 0xFEE1, "ifnm"}, {0x0646, 0xFEE5, "ifnm"},
	{0x0647, 0xFEE9, "ifnm"}, {0x0648, 0xFEED, "if"}, {0x0649, 0xFEEF, "if"}, {0x064A, 0xFEF1, "ifnm"},
}

// missing marks a rune the face has no glyph for.
const missing = 0xFFFF

func main() {
	out := flag.String("o", "metrics_dejavu.go", "the Go file to write")
	// The fonts the PDF and PNG painters embed, so that the map is
	// measured in the very files it is drawn with (go generate runs in
	// render/).
	dir := "fonts/"
	regular := flag.String("regular", dir+"DejaVuSans.ttf", "DejaVu Sans")
	bold := flag.String("bold", dir+"DejaVuSans-Bold.ttf", "DejaVu Sans Bold")
	oblique := flag.String("oblique", dir+"DejaVuSans-Oblique.ttf", "DejaVu Sans Oblique (optional: none when empty)")
	boldOblique := flag.String("boldoblique", dir+"DejaVuSans-BoldOblique.ttf", "DejaVu Sans Bold Oblique (optional: none when empty)")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("fontgen: ")

	var b bytes.Buffer
	b.WriteString("// Code generated by internal/fontgen from DejaVu Sans; DO NOT EDIT.\n\npackage render\n\n")
	table(&b, "dejaVuSans", "DejaVu Sans", *regular, *oblique)
	table(&b, "dejaVuSansBold", "DejaVu Sans Bold", *bold, *boldOblique)
	src, err := format.Source(b.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// face reads advances and kerning from a font file.
type face struct {
	f    *sfnt.Font
	buf  sfnt.Buffer
	upem int
}

func open(path string) *face {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	f, err := sfnt.Parse(data)
	if err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	return &face{f: f, upem: int(f.UnitsPerEm())}
}

// glyph is the glyph of r, or 0 when the face has none.
func (fc *face) glyph(r rune) sfnt.GlyphIndex {
	gi, err := fc.f.GlyphIndex(&fc.buf, r)
	if err != nil {
		log.Fatalf("glyph index of %U: %v", r, err)
	}
	return gi
}

// advance is the advance of r in font units, or missing.
func (fc *face) advance(r rune) int {
	gi := fc.glyph(r)
	if gi == 0 {
		return missing
	}
	// At ppem = unitsPerEm, one pixel is one font unit.
	adv, err := fc.f.GlyphAdvance(&fc.buf, gi, fixed.I(fc.upem), font.HintingNone)
	if err != nil {
		log.Fatalf("advance of %U: %v", r, err)
	}
	w := adv.Round()
	if w < 0 || w >= missing {
		log.Fatalf("advance of %U out of range: %d", r, w)
	}
	return w
}

// kern is the kerning of the glyphs g0, g1, in font units.
func (fc *face) kern(g0, g1 sfnt.GlyphIndex) int {
	k, err := fc.f.Kern(&fc.buf, g0, g1, fixed.I(fc.upem), font.HintingNone)
	if err == sfnt.ErrNotFound {
		return 0
	}
	if err != nil {
		log.Fatalf("kerning of glyphs %d, %d: %v", g0, g1, err)
	}
	return k.Round()
}

// pair is an upright face and, optionally, its oblique.
type pair struct{ upright, oblique *face }

// faces are the faces of p.
func (p pair) faces() []*face {
	if p.oblique == nil {
		return []*face{p.upright}
	}
	return []*face{p.upright, p.oblique}
}

// advance is the advance of r in the upright face, or in the oblique face
// where that is wider. A rune the upright face lacks is missing: the
// browser sets it in another font.
func (p pair) advance(r rune) int {
	w := p.upright.advance(r)
	if w == missing || p.oblique == nil {
		return w
	}
	if o := p.oblique.advance(r); o != missing && o > w {
		return o
	}
	return w
}

// ligatures are the Latin ligatures fonts form, with their letters.
var ligatures = []struct {
	lig     rune
	letters string
}{
	{0xFB00, "ff"}, {0xFB01, "fi"}, {0xFB02, "fl"}, {0xFB03, "ffi"}, {0xFB04, "ffl"}, {0xFB05, "ſt"}, {0xFB06, "st"},
}

// spread is how much wider than its advances a pair of runes is set.
type spread map[[2]rune]int

// spreads finds the pairs of the runes of the blocks that a face of p sets
// wider than their advances, by kerning or as a ligature.
func (p pair) spreads() spread {
	var runes []rune
	for _, blk := range blocks {
		for r := blk[0]; r <= blk[1]; r++ {
			if p.upright.glyph(r) != 0 {
				runes = append(runes, r)
			}
		}
	}
	sp := spread{}
	for _, fc := range p.faces() {
		glyphs := make([]sfnt.GlyphIndex, len(runes))
		for i, r := range runes {
			glyphs[i] = fc.glyph(r)
		}
		for i, g0 := range glyphs {
			if g0 == 0 {
				continue
			}
			for j, g1 := range glyphs {
				if g1 == 0 {
					continue
				}
				if k := fc.kern(g0, g1); k > 0 {
					key := [2]rune{runes[i], runes[j]}
					sp[key] = max(sp[key], k)
				}
			}
		}
		// A ligature wider than its letters: its pairs take the excess.
		for _, l := range ligatures {
			if fc.glyph(l.lig) == 0 {
				continue
			}
			letters := []rune(l.letters)
			excess := fc.advance(l.lig)
			for _, r := range letters {
				if fc.glyph(r) == 0 {
					excess = 0
					break
				}
				excess -= fc.advance(r)
			}
			for i := 1; i < len(letters); i++ {
				excess -= sp[[2]rune{letters[i-1], letters[i]}]
			}
			if excess > 0 {
				sp[[2]rune(letters[len(letters)-2:])] += excess
			}
		}
	}
	return sp
}

// kernClass is a set of pairs with the same spread: every left rune with
// every right rune.
type kernClass struct {
	lefts, rights string
	units         int
}

// classes groups the pairs of sp into classes.
func (sp spread) classes() []kernClass {
	// The rights of each left, by spread.
	byLeft := map[rune]map[int][]rune{}
	for k, u := range sp {
		if byLeft[k[0]] == nil {
			byLeft[k[0]] = map[int][]rune{}
		}
		byLeft[k[0]][u] = append(byLeft[k[0]][u], k[1])
	}
	type group struct {
		units  int
		rights string
	}
	lefts := map[group][]rune{}
	for l, m := range byLeft {
		for u, rs := range m {
			slices.Sort(rs)
			g := group{u, string(rs)}
			lefts[g] = append(lefts[g], l)
		}
	}
	var cs []kernClass
	for g, ls := range lefts {
		slices.Sort(ls)
		cs = append(cs, kernClass{lefts: string(ls), rights: g.rights, units: g.units})
	}
	slices.SortFunc(cs, func(a, b kernClass) int {
		if a.units != b.units {
			return b.units - a.units
		}
		if c := strings.Compare(a.lefts, b.lefts); c != 0 {
			return c
		}
		return strings.Compare(a.rights, b.rights)
	})
	return cs
}

func table(b *bytes.Buffer, name, desc, uprightPath, obliquePath string) {
	p := pair{upright: open(uprightPath)}
	if obliquePath != "" {
		p.oblique = open(obliquePath)
		if p.oblique.upem != p.upright.upem {
			log.Fatalf("%s and %s differ in units per em", uprightPath, obliquePath)
		}
	}
	m, err := p.upright.f.Metrics(&p.upright.buf, fixed.I(p.upright.upem), font.HintingNone)
	if err != nil {
		log.Fatal(err)
	}

	fmt.Fprintf(b, "// %s measures %s", name, desc)
	if p.oblique != nil {
		b.WriteString(" (and its oblique, where wider)")
	}
	b.WriteString(".\n")
	fmt.Fprintf(b, "var %s = &fontMetrics{\n\tunitsPerEm: %d,\n\tascent: %d,\n\tdescent: %d,\n\tblocks: []widthBlock{\n",
		name, p.upright.upem, m.Ascent.Round(), m.Descent.Round())
	for _, blk := range blocks {
		fmt.Fprintf(b, "\t\t{first: 0x%04X, widths: []uint16{", blk[0])
		for r := blk[0]; r <= blk[1]; r++ {
			if (r-blk[0])%16 == 0 {
				fmt.Fprintf(b, "\n\t\t\t/* %04X */ ", r)
			}
			fmt.Fprintf(b, "%d, ", p.advance(r))
		}
		b.WriteString("\n\t\t}},\n")
	}
	b.WriteString("\t},\n\tjoining: []joiningForms{\n")
	// A letter's forms may lie in more than one run (alef maksura).
	forms := map[rune]*[3]int{} // final, initial, medial
	for _, a := range arabicForms {
		fs := forms[a.base]
		if fs == nil {
			fs = &[3]int{missing, missing, missing}
			forms[a.base] = fs
		}
		for i, f := range a.forms {
			w := p.advance(a.first + rune(i))
			switch f {
			case 'f':
				fs[0] = w
			case 'n':
				fs[1] = w
			case 'm':
				fs[2] = w
			}
		}
	}
	bases := make([]rune, 0, len(forms))
	for r, fs := range forms {
		// A letter the face lacks is set in another font; one without
		// contextual forms does not join.
		if p.advance(r) != missing && *fs != [3]int{missing, missing, missing} {
			bases = append(bases, r)
		}
	}
	slices.Sort(bases)
	for _, r := range bases {
		fs := forms[r]
		fmt.Fprintf(b, "\t\t{r: 0x%04X, final: %d, initial: %d, medial: %d},\n", r, fs[0], fs[1], fs[2])
	}
	b.WriteString("\t},\n\tkerning: []kernClass{\n")
	for _, c := range p.spreads().classes() {
		fmt.Fprintf(b, "\t\t{lefts: %s, rights: %s, units: %d},\n", strconv.QuoteToASCII(c.lefts), strconv.QuoteToASCII(c.rights), c.units)
	}
	b.WriteString("\t},\n}\n\n")
}
