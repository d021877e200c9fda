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
