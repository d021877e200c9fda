package journey

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/journeymap/journeymap/internal/sample"
)

// FuzzParse: any bytes give either a journey and no errors, or errors and
// no journey; never a panic, and every diagnostic is well formed.
func FuzzParse(f *testing.F) {
	f.Add(sample.Journey(3))
	f.Add([]byte(lines(minimal...)))
	f.Add([]byte("a: &a [*a]\n"))
	f.Add([]byte("<<: *x\n"))
	f.Add([]byte("\xEF\xBB\xBFtitle: x\r\nphases: []\r\n"))
	examples, _ := filepath.Glob("../examples/*.yaml")
	for _, path := range examples {
		if src, err := os.ReadFile(path); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		j, diags := Parse("f.yaml", src, Options{Today: Date{Year: 2026, Month: 11, Day: 22}})
		if (j == nil) != diags.HasErrors() {
			t.Fatalf("journey %v with diagnostics %v", j != nil, diags)
		}
		for i, d := range diags {
			if d.File != "f.yaml" || d.Pos.Line < 1 || d.Pos.Column < 1 || d.Code == "" || d.Message == "" {
				t.Fatalf("malformed diagnostic %#v", d)
			}
			if strings.ContainsFunc(d.Message, func(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) }) {
				t.Fatalf("raw control character in %q", d.Message)
			}
			if i > 0 && diags[i-1].Pos.Line > d.Pos.Line {
				t.Fatalf("diagnostics not sorted: %v", diags)
			}
		}
		if j != nil {
			for _, tp := range j.Touchpoints() {
				if !j.Scale.Contains(tp.Emotion) || (tp.Ideal != nil && !j.Scale.Contains(*tp.Ideal)) {
					t.Fatalf("touchpoint %q off the scale %v", tp.ID, j.Scale)
				}
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	for _, n := range []int{56, MaxTouchpoints} {
		src := sample.Journey(n)
		b.Run(fmt.Sprintf("touchpoints=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, diags := Parse("b.yaml", src, Options{}); len(diags) != 0 {
					b.Fatal(diags)
				}
			}
		})
	}
}
