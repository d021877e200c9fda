package render

//go:generate go run ../internal/fontgen -o metrics_dejavu.go

import (
	"sync"
	"unicode"

	"github.com/rivo/uniseg"
)

// fontFamily is the CSS font stack of the map. Text is measured in DejaVu
// Sans; Verdana and Bitstream Vera Sans, which follow it for viewers
// without it, are meant to have the same or narrower advances (Bitstream
// Vera Sans, which DejaVu Sans extends, has the same).
const fontFamily = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif"

// DejaVu measures text in DejaVu Sans and DejaVu Sans Bold, from the
// advance widths in metrics_dejavu.go, so that rendering reads no font
// file. For the runes the fonts have, its widths are those a browser draws,
// or wider, never narrower (but for the browser's rounding, under 1/64 px a
// line); for the others it guesses on the wide side:
//
//   - A rune is as wide as its glyph: the widths of the upright face, or of
//     its oblique where that is wider, so italic text measured as upright
//     still fits.
//   - Kerning mostly narrows text, and is left out, but the few pairs it
//     widens count ("AA", "TT", "f”", "-J"), as do the oblique's ligatures
//     ("ff", "fi", "fl") that are wider than their letters.
//   - Arabic letters take the width of their contextual form (isolated,
//     initial, medial or final), as the browser shapes them; lam-alef
//     ligatures are counted as their two letters, which is wider.
//   - Control and format characters (Unicode Cc, Cf) are 0. Combining
//     marks are as wide as in the font, which is 0 but for three rare ones,
//     and 0 when the font lacks them.
//   - A rune the font lacks is set by the browser in a fallback font:
//     emoji and other symbols (Unicode So) count 1.25 em; East Asian wide
//     and fullwidth characters (UAX #11, as github.com/rivo/uniseg has
//     them: CJK ideographs, kana, Hangul, fullwidth forms) 1 em; another
//     rune above U+1F000 (unassigned, or for private use) 1.25 em; anything
//     else 1 em. U+FE0F (emoji presentation) widens the rune before it to
//     1.25 em. Emoji sequences count per part (a family of three, or a
//     flag, as three or two emoji), which is wider than drawn.
var DejaVu Measurer = dejaVu{}

// dejaVuFaces resolves the tables on first use, so that commands that draw
// nothing do not pay for it at start-up.
var dejaVuFaces = sync.OnceValue(func() [2]*face {
	return [2]*face{newFace(dejaVuSans), newFace(dejaVuSansBold)}
})

// fontMetrics are the advance widths of a font, in font units, as
// internal/fontgen reads them.
type fontMetrics struct {
	unitsPerEm int
	// ascent and descent are the heights of the line box above and below
	// the baseline (hhea), in font units.
	ascent, descent int
	// blocks are runs of runes with their advances; noGlyph marks a rune
	// the font lacks.
	blocks []widthBlock
	// joining lists the Arabic letters that take contextual forms, in
	// order. A letter with an initial or medial form joins on both sides;
	// one with only a final form joins the letter before it only.
	joining []joiningForms
	// kerning lists the pairs of runes set wider apart than their
	// advances.
	kerning []kernClass
}

// widthBlock holds the advances of the runes from first on.
type widthBlock struct {
	first  rune
	widths []uint16
}

// joiningForms are the advances of the contextual forms of an Arabic
// letter; its isolated form is in blocks. noGlyph: no such form.
type joiningForms struct {
	r                      rune
	final, initial, medial uint16
}

// kernClass widens every pair of a rune of lefts and a rune of rights, set
// in that order, by units.
type kernClass struct {
	lefts, rights string
	units         int
}

// noGlyph marks a rune, or an Arabic form, the font has no glyph for.
const noGlyph = 0xFFFF

// lowRunes are the runes below it, Latin to Arabic, which are looked up in
// one array.
const lowRunes = 0x0700

// The Arabic block, where letters join.
const (
	arabicFirst = 0x0600
	arabicLast  = 0x06FF
)

// Runes that steer joining and emoji.
const (
	zwnj = 0x200C // zero width non-joiner
	zwj  = 0x200D // zero width joiner
	vs16 = 0xFE0F // variation selector 16: emoji presentation
)

// Joining types of Arabic letters (Unicode ArabicShaping.txt): non-joining,
// right-joining (joins the letter before it), dual-joining, join-causing.
const (
	joinU uint8 = iota
	joinR
	joinD
	joinC
)

// arabicGlyph is an Arabic rune's joining type and the widths of its forms.
type arabicGlyph struct {
	join                             uint8
	isolated, final, initial, medial int32
}

// face is a fontMetrics made fast to look up: the widths of the runes below
// lowRunes are final, with the rules for missing runes, control and format
// characters applied; the others get them when they are measured.
type face struct {
	em     float64 // units per em
	emoji  int     // 1.25 em: an emoji, in units
	wide   int     // 1 em: a missing wide or other rune, in units
	low    [lowRunes]uint16
	arabic [arabicLast - arabicFirst + 1]arabicGlyph
	blocks []widthBlock // the blocks from lowRunes on, as the font has them (see resolve)
	// The kerning of the pairs that start with a rune r is kerns[i-1],
	// where i is kernLow[r], or kernHigh[r] from lowRunes on; 0: none.
	kernLow  [lowRunes]uint16
	kernHigh map[rune]uint16
	kernMax  rune // the last rune in kernHigh
	kerns    [][]kernRight
}

// kernRight is how much wider a pair is set when r is its right rune.
type kernRight struct {
	r     rune
	units int32
}

// dejaVu is the Measurer of DejaVu Sans.
type dejaVu struct{}

// Width is the advance width of s, in pixels, set at size pixels.
func (d dejaVu) Width(s string, size float64, bold bool) float64 {
	f := d.face(bold)
	var sh shaper
	for _, r := range s {
		sh.add(f, r)
	}
	return f.px(sh.units, size)
}

func (dejaVu) face(bold bool) *face {
	faces := dejaVuFaces()
	if bold {
		return faces[1]
	}
	return faces[0]
}

// px converts a width in font units to pixels at size. Wrapping compares
// with the same conversion, so a line it fits measures as fitting.
func (f *face) px(units int, size float64) float64 {
	return float64(units) * size / f.em
}

func newFace(m *fontMetrics) *face {
	f := &face{em: float64(m.unitsPerEm), emoji: m.unitsPerEm * 5 / 4, wide: m.unitsPerEm}
	held := [lowRunes]bool{}
	for _, b := range m.blocks {
		for i, raw := range b.widths {
			if r := b.first + rune(i); r < lowRunes {
				f.low[r], held[r] = uint16(f.resolve(r, raw)), true
			}
		}
		// The runes from lowRunes on are resolved when they are measured:
		// most maps measure none of them.
		if last := b.first + rune(len(b.widths)); last > lowRunes {
			from := max(0, lowRunes-b.first)
			f.blocks = append(f.blocks, widthBlock{first: b.first + from, widths: b.widths[from:]})
		}
	}
	for r := rune(0); r < lowRunes; r++ {
		if !held[r] {
			f.low[r] = uint16(f.fallback(r)) // a rune no block holds
		}
	}
	for r := rune(arabicFirst); r <= arabicLast; r++ {
		w := int32(f.low[r])
		f.arabic[r-arabicFirst] = arabicGlyph{join: joinU, isolated: w, final: w, initial: w, medial: w}
	}
	form := func(w uint16, isolated int32) int32 {
		if w == noGlyph {
			return isolated
		}
		return int32(w)
	}
	for _, j := range m.joining {
		if j.r < arabicFirst || j.r > arabicLast {
			continue
		}
		g := &f.arabic[j.r-arabicFirst]
		g.join = joinR
		if j.initial != noGlyph || j.medial != noGlyph {
			g.join = joinD
		}
		g.final = form(j.final, g.isolated)
		g.initial = form(j.initial, g.isolated)
		g.medial = form(j.medial, g.isolated)
	}
	f.arabic[0x0640-arabicFirst].join = joinC // tatweel
	f.kernHigh = map[rune]uint16{}
	for _, c := range m.kerning {
		for _, l := range c.lefts {
			i := f.kernIndex(l)
			if i == 0 {
				f.kerns = append(f.kerns, nil)
				i = uint16(len(f.kerns))
				if l < lowRunes {
					f.kernLow[l] = i
				} else {
					f.kernHigh[l] = i
					f.kernMax = max(f.kernMax, l)
				}
			}
			for _, r := range c.rights {
				f.kerns[i-1] = append(f.kerns[i-1], kernRight{r, int32(c.units)})
			}
		}
	}
	return f
}

// kernIndex is 1 + the index in f.kerns of the pairs that start with r, or
// 0 when there are none.
func (f *face) kernIndex(r rune) uint16 {
	if uint32(r) < lowRunes {
		return f.kernLow[r]
	}
	if r > f.kernMax {
		return 0
	}
	return f.kernHigh[r]
}

// kern is how much wider than their advances the pair of the rune with
// kern index i and r is set.
func (f *face) kern(i uint16, r rune) int {
	for _, k := range f.kerns[i-1] {
		if k.r == r {
			return int(k.units)
		}
	}
	return 0
}

// resolve is the width of r, whose advance in the font is raw.
func (f *face) resolve(r rune, raw uint16) int {
	if isPrependedMark(r) {
		if raw != noGlyph {
			return int(raw)
		}
		return f.wide
	}
	if unicode.In(r, unicode.Cc, unicode.Cf) {
		return 0
	}
	if raw != noGlyph {
		return int(raw)
	}
	return f.fallback(r)
}

// isPrependedMark reports whether r is one of the format characters that
// are drawn, as a sign over the digits after them.
func isPrependedMark(r rune) bool {
	return r >= 0x0600 && r <= 0x0605 || r == 0x06DD || r == 0x070F ||
		r == 0x0890 || r == 0x0891 || r == 0x08E2 || r == 0x110BD || r == 0x110CD
}

// fallback is the width of r, which the font lacks.
func (f *face) fallback(r rune) int {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0xAC00 && r <= 0xD7A3, r >= 0x3041 && r <= 0x3096, r >= 0x30A0 && r <= 0x30FF:
		return f.wide // CJK ideographs, Hangul and kana, quickly
	case isPrependedMark(r):
		return f.wide
	case unicode.In(r, unicode.Cc, unicode.Cf, unicode.Mn, unicode.Me):
		return 0
	case r >= 0x1F000 && r <= 0x1FFFF, unicode.Is(unicode.So, r):
		return f.emoji // emoji and other symbols, wide or not
	case isEastAsianWide(r):
		return f.wide
	case r >= 0x1F000:
		return f.emoji
	}
	return f.wide
}

// isEastAsianWide reports whether r is East Asian wide or fullwidth
// (UAX #11): two cells of a terminal.
func isEastAsianWide(r rune) bool {
	return uniseg.StringWidth(string(r)) == 2
}

// width is the width of r in its isolated form.
func (f *face) width(r rune) int {
	if uint32(r) < lowRunes {
		return int(f.low[r])
	}
	for i := range f.blocks {
		b := &f.blocks[i]
		if r < b.first {
			break
		}
		if off := int(r - b.first); off < len(b.widths) {
			return f.resolve(r, b.widths[off])
		}
	}
	return f.fallback(r)
}

// shaper adds up the widths of runes one by one, with Arabic joining:
// when a letter joins the one before it, that letter takes its initial or
// medial form and this one its final form. The width of the runes added so
// far is units; a later rune changes only the form of the last letter.
type shaper struct {
	units int
	last  *arabicGlyph // the last letter that takes forms, or nil
	lastW int          // the width now counted for the last visible rune
	// lastJoined: the last letter joins the one before it; joinNext: the
	// next letter may join it; widened: U+FE0F widened it already.
	lastJoined, joinNext, widened bool
	kern                          uint16 // the kern index of the last visible rune
}

// add adds the width of r.
func (s *shaper) add(f *face, r rune) {
	if uint32(r) < arabicFirst && !s.joinNext {
		// The common case: no joining, and no Arabic.
		w := int(f.low[r])
		if w == 0 {
			return // marks and format characters
		}
		if s.kern != 0 {
			s.units += f.kern(s.kern, r)
		}
		s.units += w
		s.last, s.lastW, s.widened, s.kern = nil, w, false, f.kernLow[r]
		return
	}
	s.addSlow(f, r)
}

func (s *shaper) addSlow(f *face, r rune) {
	switch r {
	case zwnj:
		s.joinNext = false
		return
	case vs16:
		if !s.widened && s.lastW > 0 && s.lastW < f.emoji {
			s.units += f.emoji - s.lastW
			s.lastW = f.emoji
		}
		s.widened = true
		return
	}
	var g *arabicGlyph
	join := joinU
	w := 0
	switch {
	case r >= arabicFirst && r <= arabicLast:
		g = &f.arabic[r-arabicFirst]
		join, w = g.join, int(g.isolated)
	case r == zwj:
		join = joinC
	default:
		w = f.width(r)
	}
	if w == 0 && join == joinU {
		return // marks and format characters: transparent to joining
	}
	if s.kern != 0 && r != zwj {
		s.units += f.kern(s.kern, r)
	}
	joins := s.joinNext && join != joinU
	if joins && s.last != nil {
		w0 := s.last.initial
		if s.lastJoined {
			w0 = s.last.medial
		}
		s.units += int(w0) - s.lastW
	}
	if g != nil {
		if joins {
			w = int(g.final)
		}
		if g.join == joinR || g.join == joinD {
			s.last = g
		} else {
			s.last = nil
		}
	} else {
		s.last = nil
	}
	s.units += w
	s.lastW, s.lastJoined, s.widened = w, joins, false
	s.joinNext = join == joinD || join == joinC
	if r != zwj {
		s.kern = f.kernIndex(r)
	}
}

// floor is the least width, in units, that the runes added so far can have
// once more runes are added: only the last letter can still narrow.
func (s *shaper) floor() int {
	if s.last != nil && s.joinNext {
		return s.units - s.lastW
	}
	return s.units
}
