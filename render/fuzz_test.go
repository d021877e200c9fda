package render

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/journeymap/journeymap/journey"
)

// FuzzRender: any journey that validates gives a map that is well-formed,
// safe SVG whose texts fit their boxes.
func FuzzRender(f *testing.F) {
	paths, _ := filepath.Glob("../examples/*.yaml")
	for _, p := range paths {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	for _, src := range stressJourneys() {
		f.Add([]byte(src))
	}
	f.Add([]byte(hostileJourney(hostile[0])))
	f.Fuzz(func(t *testing.T, src []byte) {
		j, _ := journey.Parse("f.yaml", src, journey.Options{})
		if j == nil {
			return
		}
		scene := Layout(j, DejaVu)
		checkScene(t, "fuzz", scene, DejaVu)
		var b bytes.Buffer
		if err := WriteSVG(&b, scene, Options{}); err != nil {
			t.Fatal(err)
		}
		checkSVG(t, "fuzz", b.Bytes())
	})
}

// FuzzPrint: any journey that validates prints, split over pages, as a
// PDF whose cross-reference table holds, and draws as a PNG that decodes,
// of the size its scene asks.
func FuzzPrint(f *testing.F) {
	paths, _ := filepath.Glob("../examples/*.yaml")
	for _, p := range paths {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte(hostileJourney(hostile[5])))
	f.Add([]byte("title: 😀 漢字 עברית\nphases: [{id: a, name: \"ﬀ ffi 🍣\", moment: before, touchpoints: [{id: t, name: \"\\u200d\\ufe0f\", emotion: 0}]}]\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		j, _ := journey.Parse("f.yaml", src, journey.Options{})
		if j == nil {
			return
		}
		var pdf, img bytes.Buffer
		if _, err := RenderPDF(&pdf, j, Options{}, PDFOptions{Paper: "a4", Pages: PagesSplit}); err != nil {
			t.Fatal(err)
		}
		checkXref(t, "fuzz", pdf.Bytes())
		if _, err := RenderPNG(&img, j, Options{}, PNGOptions{Scale: 0.25}); err != nil {
			t.Fatal(err)
		}
		s := Layout(j, DejaVu)
		_, w, h := PNGScale(s.Width, s.Height, 0.25)
		if b := decodePNG(t, img.Bytes()).Bounds(); b.Dx() != w || b.Dy() != h {
			t.Errorf("the PNG is %v, want %d × %d", b, w, h)
		}
	})
}
