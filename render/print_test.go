package render

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// written returns what write writes, failing t on an error.
func written(t testing.TB, write func(io.Writer) error) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGlyphWarnings: a character no embedded face has is named, with its
// code point, the element it is in and that element's line; a character
// some face has is not, even beyond the Basic Multilingual Plane.
func TestGlyphWarnings(t *testing.T) {
	j := mustParse(t, "glyphs.yaml", []byte(`title: Ik bestel sushi 🍣
persona: {name: "Yuki", about: "Houdt van ✓ en ❤"}
phases:
  - id: kies
    name: Kiezen
    moment: before
    touchpoints:
      - id: menu
        name: Bekijkt het menu 寿司 😀
        owner: Web
        emotion: 1
        feeling: blij 🙂
      - id: betaal
        name: Betaalt
        owner: Web
        emotion: 2
improvements:
  - {id: app, title: Een app 📱, touchpoints: [menu], impact: 4, effort: 2, owner: Web, due: 2027-01-31}
`))
	var got []string
	for _, d := range glyphWarnings(j, false) {
		if d.Code != CodeMissingGlyph || d.Severity != journey.Warning {
			t.Errorf("%v: code %s, severity %s", d, d.Code, d.Severity)
		}
		got = append(got, d.String())
	}
	want := []string{
		`glyphs.yaml:1:1: warning: the title has '🍣' (U+1F363), which DejaVu Sans, the font of the PDF and PNG, lacks: they show a box for it; the SVG leaves it to the viewer's fonts`,
		`glyphs.yaml:8:9: warning: touchpoint "menu" has '寿' (U+5BFF), '司' (U+53F8) and '🙂' (U+1F642), which DejaVu Sans, the font of the PDF and PNG, lacks: they show a box for each; the SVG leaves it to the viewer's fonts`,
		`glyphs.yaml:18:5: warning: improvement "app" has '📱' (U+1F4F1), which DejaVu Sans, the font of the PDF and PNG, lacks: they show a box for it; the SVG leaves it to the viewer's fonts`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// In Dutch, as a journey with lang: nl says them.
	var dutch []string
	for _, d := range glyphWarnings(j, false) {
		dutch = append(dutch, vocab.Dutch.Say(d.Phrase))
	}
	wantDutch := []string{
		`de titel heeft '🍣' (U+1F363), dat ontbreekt in DejaVu Sans, het lettertype van de PDF en PNG: die tonen er een vakje voor; de SVG laat het aan de lettertypen van de lezer over`,
		`contactmoment "menu" heeft '寿' (U+5BFF), '司' (U+53F8) en '🙂' (U+1F642), die ontbreken in DejaVu Sans, het lettertype van de PDF en PNG: die tonen een vakje voor elk; de SVG laat ze aan de lettertypen van de lezer over`,
		`verbetering "app" heeft '📱' (U+1F4F1), dat ontbreekt in DejaVu Sans, het lettertype van de PDF en PNG: die tonen er een vakje voor; de SVG laat het aan de lettertypen van de lezer over`,
	}
	if strings.Join(dutch, "\n") != strings.Join(wantDutch, "\n") {
		t.Errorf("in Dutch:\n%s\nwant:\n%s", strings.Join(dutch, "\n"), strings.Join(wantDutch, "\n"))
	}
	// A journey with lang: nl is warned in Dutch; past five characters,
	// the rest are counted.
	nl := mustParse(t, "sushi.yaml", []byte(`title: 寿司天ぷら刺身
lang: nl
persona: Yuki
phases:
  - {id: kies, name: Kiezen, touchpoints: [{id: menu, name: Menu, owner: Web, emotion: 1}]}
`))
	ds := glyphWarnings(nl, true)
	want = []string{`sushi.yaml:1:1: warning: de titel heeft '寿' (U+5BFF), '司' (U+53F8), '天' (U+5929), 'ぷ' (U+3077), 'ら' (U+3089) en nog 2, die ontbreken in DejaVu Sans, het lettertype van de PDF en PNG: die tonen een vakje voor elk; de SVG laat ze aan de lettertypen van de lezer over`}
	if len(ds) != 1 || ds[0].String() != want[0] {
		t.Errorf("in Dutch: %v\nwant %v", ds, want)
	}
	if m := glyphWarnings(j, true); len(m) != 2 {
		t.Errorf("the matrix's warnings: %v; want the title's and the improvement's", m)
	}
}

// TestPrintHostileLabels: whatever the labels hold, the PDF and the PNG
// are drawn, in every theme, and the PDF keeps its text as text.
func TestPrintHostileLabels(t *testing.T) {
	for i, label := range hostile {
		j := mustParse(t, "hostile.yaml", []byte(hostileJourney(label)))
		for _, theme := range themes {
			var pdf, img bytes.Buffer
			if _, err := RenderPDF(&pdf, j, Options{Theme: theme}, PDFOptions{Paper: "a4", Pages: PagesSplit, Matrix: LayoutMatrix(j, DejaVu, matrixToday)}); err != nil {
				t.Fatalf("hostile %d %s: %v", i, theme.Name, err)
			}
			checkXref(t, fmt.Sprintf("hostile %d %s", i, theme.Name), pdf.Bytes())
			if _, err := RenderPNG(&img, j, Options{Theme: theme}, PNGOptions{Scale: 0.5}); err != nil {
				t.Fatalf("hostile %d %s: %v", i, theme.Name, err)
			}
			decodePNG(t, img.Bytes())
		}
	}
}

// TestScaleWarning: a map drawn at a smaller scale than asked says so.
func TestScaleWarning(t *testing.T) {
	j := largestJourney("W", journey.MaxTouchpoints, "t0")
	s := Layout(j, DejaVu)
	ds := scaleWarning(j, s.Width, s.Height, 2)
	if len(ds) != 1 || ds[0].Code != CodeScaledDown || !strings.Contains(ds[0].Message, "not 2") {
		t.Errorf("the largest map at scale 2: %v; want a scaled-down warning", ds)
	}
	en, nl := vocab.English.Say(ds[0].Phrase), vocab.Dutch.Say(ds[0].Phrase)
	if want := "the PNG is drawn at scale 0.46, not 2: "; !strings.HasPrefix(en, want) {
		t.Errorf("in English: %q, want %q…", en, want)
	}
	if want := "de PNG is getekend op schaal 0,46, niet 2: "; !strings.HasPrefix(nl, want) {
		t.Errorf("in Dutch: %q, want %q…", nl, want)
	}
	if ds := scaleWarning(j, 1230, 981, 2); len(ds) != 0 {
		t.Errorf("a small map: %v", ds)
	}
}

// maxPDFBytes bounds the PDF of the largest journey the limits allow, in
// every filler: docs/format.md gives the bound.
const maxPDFBytes = 16 << 20

// TestPDFBound: the largest journeys print as PDFs of at most maxPDFBytes:
// in Chinese, whose glyphs the fonts lack, the largest; in emoji, which
// are drawn as outlines only up to maxOutlines, past which a warning says
// so. (In Latin letters it is a tenth of the bound.)
func TestPDFBound(t *testing.T) {
	for _, filler := range []string{"日本語", "😀"} {
		j := largestJourney(filler, journey.MaxTouchpoints, "t0")
		var b bytes.Buffer
		ds, err := RenderPDF(&b, j, Options{}, PDFOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if b.Len() > maxPDFBytes {
			t.Errorf("%q: the PDF is %d bytes, over %d", filler, b.Len(), maxPDFBytes)
		}
		replaced := false
		for _, d := range ds {
			replaced = replaced || strings.Contains(d.Message, "shows U+FFFD")
		}
		if replaced != (filler == "😀") {
			t.Errorf("%q: a warning of emoji shown as U+FFFD: %v", filler, replaced)
		}
		t.Logf("%q: %d bytes", filler, b.Len())
	}
}
