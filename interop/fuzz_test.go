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

// fuzzImport fuzzes an import with the files that match pattern and
// extra as its corpus: checkImport holds for whatever read makes of them.
func fuzzImport(f *testing.F, pattern string, extra string, read func(src []byte) (*Imported, journey.Diagnostics)) {
	files, _ := filepath.Glob(pattern)
	for _, file := range files {
		src, _ := os.ReadFile(file)
		f.Add(src)
	}
	f.Add([]byte(extra))
	f.Fuzz(func(t *testing.T, src []byte) {
		im, diags := read(src)
		checkImport(t, im, diags)
	})
}

func FuzzMermaid(f *testing.F) {
	fuzzImport(f, "testdata/mermaid/*", "journey\n  section A\n    x: 9: a\n  y\n", func(src []byte) (*Imported, journey.Diagnostics) {
		return Mermaid("f.mmd", src, MermaidOptions{Title: "f"}, vocab.English)
	})
}

func FuzzCSV(f *testing.F) {
	fuzzImport(f, "testdata/sheet/*.csv", "phase;touchpoint;emotion;pains\nA;b;1;\"x\ny\"\n", func(src []byte) (*Imported, journey.Diagnostics) {
		return CSV("f.csv", src, SheetOptions{Title: "f"}, vocab.English)
	})
}
