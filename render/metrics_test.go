package render

import (
	"math"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The widths below are in font units: DejaVu Sans has 2048 units per em,
// so at a size of 2048 px one unit is one pixel.
const em = 2048

func TestWidthTable(t *testing.T) {
	tests := []struct {
		name          string
		s             string
		regular, bold float64 // in units
	}{
		{"empty", "", 0, 0},
		{"space", " ", 651, 713},
		{"Hello", "Hello", 1540 + 1260 + 569 + 569 + 1253, 1714 + 1389 + 702 + 702 + 1407},
		{"persona", "Sees an Instagram ad", 22367, 25091},
		{"Cyrillic", "Привет", 7831, 8487},
		{"Hebrew", "שלום", 4532, 4921},
		{"controls and soft hyphen", "\x00\x01\u00ad\u200b", 0, 0},
		{"zero width space between letters", "a\u200bb", 1255 + 1300, 2848},
		{"combining acute", "e\u0301", 1260, 1389},
		{"combining mark the font lacks", "\u1ab0", 0, 0},
		{"precomposed equals combining", "é", 1260, 1389},

		// Kerning that widens, and the oblique's ligatures.
		{"kerned AA", "AA", 2*1401 + 57, 2 * 1585}, // bold: no kerning
		{"kerned TT", "TT", 2 * 1251, 2*1397 + 47},
		{"ligature ff", "ff", 2*721 + 36, 2 * 891},
		{"ligature fi", "fi", 721 + 569 + 33, 891 + 702 + 19},
		{"o and hyphen", "o-", 1253 + 739 + 38, 2257},

		// Arabic, shaped: beh initial + beh final; lam initial + alef final.
		{"beh isolated", "ب", 1928, 2058},
		{"beh beh", "بب", 570 + 2011, 769 + 2168},
		{"lam alef", "لا", 624 + 624, 769 + 769},

		// Runes the font lacks.
		{"CJK", "日本", 2 * em, 2 * em},
		{"kana", "カ", em, em},
		{"Hangul", "한", em, em},
		{"fullwidth", "Ａ", em, em},
		{"emoji", "😀", 1.25 * em, 1.25 * em},
		{"emoji with skin tone", "👍🏽", 2 * 1.25 * em, 2 * 1.25 * em},
		{"symbol the font lacks", "✅", 1.25 * em, 1.25 * em},
		{"Thai", "ก", em, em},
		{"heart", "❤", 1716, 1716},
		{"heart as emoji", "❤\ufe0f", 1.25 * em, 1.25 * em},
		{"invalid UTF-8", "\xff", 1.25 * em, 1.25 * em},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DejaVu.Width(tt.s, em, false); got != tt.regular {
				t.Errorf("Width(%q, regular) = %v units, want %v", tt.s, got, tt.regular)
			}
			if got := DejaVu.Width(tt.s, em, true); got != tt.bold {
				t.Errorf("Width(%q, bold) = %v units, want %v", tt.s, got, tt.bold)
			}
		})
	}
}

func TestWidthScalesWithSize(t *testing.T) {
	// "Hello" is 5191 units: at 100 px, 5191 * 100 / 2048 px.
	if got, want := DejaVu.Width("Hello", 100, false), 253.466796875; got != want {
		t.Errorf("Width(Hello, 100) = %v, want %v", got, want)
	}
	for _, size := range []float64{0, 1, 9.5, 13, 100, 1000} {
		for _, bold := range []bool{false, true} {
			got := DejaVu.Width("Sees an Instagram ad", size, bold)
			want := DejaVu.Width("Sees an Instagram ad", em, bold) * size / em
			if math.Abs(got-want) > 1e-9*want {
				t.Errorf("Width at %v px, bold %v = %v, want %v", size, bold, got, want)
			}
		}
	}
}

// Kerning and ligatures are only counted where they widen text, so
// Latin text is never narrower than its parts.
func TestWidthLatinSuperadditive(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("AaTfilo-VJ.,“”‘’«» é\u0301ŁæßΩЖ")
	str := func() string {
		rs := make([]rune, rnd.IntN(12))
		for i := range rs {
			rs[i] = alphabet[rnd.IntN(len(alphabet))]
		}
		return string(rs)
	}
	for range 2000 {
		a, b := str(), str()
		for _, bold := range []bool{false, true} {
			if ab := DejaVu.Width(a+b, 13, bold); ab < DejaVu.Width(a, 13, bold)+DejaVu.Width(b, 13, bold)-1e-9 {
				t.Fatalf("Width(%q) = %v < Width(%q) + Width(%q)", a+b, ab, a, b)
			}
		}
	}
}

func TestWidthConcurrent(t *testing.T) {
	want := DejaVu.Width("Sees an Instagram ad · مرحبا · 日本", 13, true)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 1000 {
				if got := DejaVu.Width("Sees an Instagram ad · مرحبا · 日本", 13, true); got != want {
					t.Errorf("Width = %v, want %v", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestMetricsTables(t *testing.T) {
	for _, m := range []*fontMetrics{dejaVuSans, dejaVuSansBold} {
		if m.unitsPerEm != em {
			t.Errorf("unitsPerEm = %d, want %d", m.unitsPerEm, em)
		}
		// The line box: 0.928 em above the baseline, 0.236 em below.
		if m.ascent != 1901 || m.descent != 483 {
			t.Errorf("ascent, descent = %d, %d; want 1901, 483", m.ascent, m.descent)
		}
		for i, b := range m.blocks {
			if i > 0 {
				prev := m.blocks[i-1]
				if b.first < prev.first+rune(len(prev.widths)) {
					t.Errorf("block %#x overlaps the one before", b.first)
				}
			}
		}
		for i, j := range m.joining {
			if i > 0 && j.r <= m.joining[i-1].r {
				t.Errorf("joining forms of %#x out of order", j.r)
			}
		}
		for _, c := range m.kerning {
			if c.units <= 0 || c.lefts == "" || c.rights == "" {
				t.Errorf("kerning class %+v: want runes and a positive spread", c)
			}
		}
	}
	// Latin, Greek, Cyrillic, Hebrew and Arabic letters are all in the
	// tables.
	for _, m := range []*fontMetrics{dejaVuSans, dejaVuSansBold} {
		for _, r := range "AzéŁΩЖשبپ–✓" {
			found := false
			for _, b := range m.blocks {
				if off := r - b.first; off >= 0 && int(off) < len(b.widths) {
					found = b.widths[off] != noGlyph
				}
			}
			if !found {
				t.Errorf("%q is not in the table", r)
			}
		}
	}
}

func TestFontFamily(t *testing.T) {
	if !strings.HasPrefix(fontFamily, "'DejaVu Sans',") || !strings.HasSuffix(fontFamily, "sans-serif") {
		t.Errorf("fontFamily = %q: want DejaVu Sans first and sans-serif last", fontFamily)
	}
}

// The table is what internal/fontgen reads from the fonts: checked against
// the fonts themselves, where they are installed.
func TestWidthMatchesFontFiles(t *testing.T) {
	const dir = "/usr/share/fonts/truetype/dejavu/"
	for _, tt := range []struct {
		name             string
		m                *fontMetrics
		upright, oblique string
		bold             bool
	}{
		{"regular", dejaVuSans, "DejaVuSans.ttf", "DejaVuSans-Oblique.ttf", false},
		{"bold", dejaVuSansBold, "DejaVuSans-Bold.ttf", "DejaVuSans-BoldOblique.ttf", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			up := loadFont(t, dir+tt.upright)
			ob := loadFont(t, dir+tt.oblique)

			// "Hello", from the advances of the upright face.
			var units int
			for _, r := range "Hello" {
				units += up.advance(t, r)
			}
			if got, want := DejaVu.Width("Hello", 100, tt.bold), float64(units)*100/float64(up.upem); got != want {
				t.Errorf("Width(Hello, 100) = %v, want %v from the font", got, want)
			}

			// Every rune of the table: the wider of upright and oblique.
			n := 0
			for _, b := range tt.m.blocks {
				for i, w := range b.widths {
					r := b.first + rune(i)
					want := up.advance(t, r)
					if want >= 0 {
						if o := ob.advance(t, r); o > want {
							want = o
						}
					} else {
						want = noGlyph
					}
					if int(w) != want {
						t.Errorf("%U: table %d, font %d", r, w, want)
						if n++; n > 20 {
							t.Fatal("too many differences: run go generate ./render")
						}
					}
				}
			}

			// A kerning pair that widens, from the font.
			k, err := up.f.Kern(&up.buf, up.glyph(t, 'A'), up.glyph(t, 'A'), fixed.I(up.upem), font.HintingNone)
			if err != nil {
				t.Fatal(err)
			}
			if k > 0 {
				aa := 2*up.advance(t, 'A') + k.Round()
				if got := DejaVu.Width("AA", float64(up.upem), tt.bold); got != float64(aa) {
					t.Errorf("Width(AA) = %v units, want %d from the font's advances and kerning", got, aa)
				}
			}
		})
	}
}

type fontFile struct {
	f    *sfnt.Font
	buf  sfnt.Buffer
	upem int
}

func loadFont(t *testing.T, path string) *fontFile {
	t.Helper()
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("%s is not installed", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	f, err := sfnt.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return &fontFile{f: f, upem: int(f.UnitsPerEm())}
}

func (ff *fontFile) glyph(t *testing.T, r rune) sfnt.GlyphIndex {
	g, err := ff.f.GlyphIndex(&ff.buf, r)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// advance is the advance of r in font units, or -1 when the font lacks r.
func (ff *fontFile) advance(t *testing.T, r rune) int {
	g := ff.glyph(t, r)
	if g == 0 {
		return -1
	}
	a, err := ff.f.GlyphAdvance(&ff.buf, g, fixed.I(ff.upem), font.HintingNone)
	if err != nil {
		t.Fatal(err)
	}
	return a.Round()
}

// The rules for runes the table has no width for.
func TestWidthFallback(t *testing.T) {
	f := DejaVu.(dejaVu).face(false)
	for _, tt := range []struct {
		r    rune
		want int
	}{
		{0x0000, 0}, {0x009F, 0}, {0x200B, 0}, {0xFEFF, 0}, {0xE0041, 0}, // Cc, Cf
		{0x0301, 0}, {0x1AB0, 0}, {0xFE0F, 0}, // marks
		{0x4E00, em}, {0x3042, em}, {0xAC00, em}, {0xFF21, em}, {0x3000, em}, {0x20000, em},
		{0x1F600, em * 5 / 4}, {0x1F3FD, em * 5 / 4}, {0x2B50, em * 5 / 4}, {0xFFFD, em * 5 / 4},
		{0x0E01, em}, {0x0915, em}, {0xE000, em}, {0x0378, em}, // Thai, Devanagari, private use, unassigned
		{0x0600, em}, // a format character that is drawn
		// East Asian wide (UAX #11) punctuation, vertical forms and
		// Extension G; CJK marks of no width; wide symbols (a CJK radical,
		// a circled ideograph) as symbols; beyond the CJK planes, as emoji.
		{0x3001, em}, {0xFE10, em}, {0x30000, em}, {0x302A, 0}, {0x3099, 0},
		{0x2E80, em * 5 / 4}, {0x3297, em * 5 / 4}, {0x40000, em * 5 / 4},
	} {
		if got := f.width(tt.r); got != tt.want {
			t.Errorf("width(%U) = %d, want %d", tt.r, got, tt.want)
		}
	}
	for r := rune(0); r < 0x3000; r++ {
		if unicode.In(r, unicode.Cc, unicode.Cf) && !isPrependedMark(r) && f.width(r) != 0 {
			t.Errorf("width(%U) = %d: want 0 for control and format characters", r, f.width(r))
		}
	}
}

func BenchmarkWidth(b *testing.B) {
	s := "Sees an Instagram ad for the new washing machine and clicks through to the shop"
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		DejaVu.Width(s, 13, false)
	}
}
