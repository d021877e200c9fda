package report

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/journeymap/journeymap/journey"
)

// FuzzReport: whatever a valid journey holds, its report is written
// without a panic, is well-formed (see checkMarkdown), and its CSV parses
// with a header and a row per improvement. The seeds are the examples and
// the hostile journeys.
func FuzzReport(f *testing.F) {
	paths, _ := filepath.Glob("../examples/*.yaml")
	for _, p := range paths {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	for _, label := range hostile {
		f.Add([]byte(hostileJourney(label)))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		j, diags := journey.Parse("fuzz.yaml", src, journey.Options{Today: goldenToday})
		if j == nil {
			return
		}
		md := markdownOf(t, j, diags, goldenToday)
		checkMarkdown(t, "fuzz", md)
		recs := readCSV(t, csvOf(t, j, goldenToday))
		if len(recs) != len(j.Improvements)+1 {
			t.Errorf("the CSV has %d rows for %d improvements", len(recs)-1, len(j.Improvements))
		}
		if !bytes.Equal([]byte(md), []byte(markdownOf(t, j, diags, goldenToday))) {
			t.Error("two reports of the same journey differ")
		}
	})
}
