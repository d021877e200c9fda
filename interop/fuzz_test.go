package interop

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// checkImport holds for any input: an import never panics, says why it
// fails, and what it imports validates.
func checkImport(t *testing.T, im *Imported, diags journey.Diagnostics) {
	if im == nil {
		if !diags.HasErrors() {
			t.Fatalf("no journey and no error: %v", diags)
		}
		return
	}
	var buf bytes.Buffer
	if err := YAML(&buf, im); err != nil {
		t.Fatal(err)
	}
	if _, check := journey.Parse("f.yaml", buf.Bytes(), journey.Options{}); check.HasErrors() {
		t.Fatalf("the import does not validate:\n%s\n%s", check, buf.String())
	}
}

// seed adds the files that match pattern to the corpus.
func seed(f *testing.F, pattern string) {
	files, _ := filepath.Glob(pattern)
	for _, file := range files {
		src, _ := os.ReadFile(file)
		f.Add(src)
	}
}

func FuzzMermaid(f *testing.F) {
	seed(f, "testdata/mermaid/*")
	f.Add([]byte("journey\n  section A\n    x: 9: a\n  y\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		im, diags := Mermaid("f.mmd", src, MermaidOptions{Title: "f"}, vocab.English)
		checkImport(t, im, diags)
	})
}

func FuzzCSV(f *testing.F) {
	seed(f, "testdata/sheet/*.csv")
	f.Add([]byte("phase;touchpoint;emotion;pains\nA;b;1;\"x\ny\"\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		im, diags := CSV("f.csv", src, SheetOptions{Title: "f"}, vocab.English)
		checkImport(t, im, diags)
	})
}
