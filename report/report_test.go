package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	goldenfile "github.com/journeymap/journeymap/internal/golden"
	"github.com/journeymap/journeymap/journey"
)

var update = flag.Bool("update", false, "rewrite the golden files: examples/*.report.md and report/testdata/*")

// goldenToday is the date the golden reports are made on, so that what is
// overdue does not change with the day the tests run.
var goldenToday = journey.Date{Year: 2026, Month: 11, Day: 22}

// example is an example journey with its diagnostics.
type example struct {
	name  string
	j     *journey.Journey
	diags journey.Diagnostics
}

// examples parses the example journeys as journeymap report does, with
// goldenToday, in the order of their names.
func examples(t testing.TB) []example {
	t.Helper()
	paths, err := filepath.Glob("../examples/*.yaml")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	var out []example
	for _, p := range paths {
		j, diags, err := journey.ParseFile(p, journey.Options{Today: goldenToday})
		if err != nil {
			t.Fatal(err)
		}
		if j == nil {
			t.Fatalf("%s: %v", p, diags)
		}
		out = append(out, example{strings.TrimSuffix(filepath.Base(p), ".yaml"), j, diags})
	}
	return out
}

// parse parses a journey that must be valid.
func parse(t testing.TB, src string, today journey.Date) (*journey.Journey, journey.Diagnostics) {
	t.Helper()
	j, diags := journey.Parse("test.yaml", []byte(src), journey.Options{Today: today})
	if j == nil {
		t.Fatalf("invalid journey: %v\n%s", diags, src)
	}
	return j, diags
}

func markdownOf(t testing.TB, j *journey.Journey, diags journey.Diagnostics, today journey.Date) string {
	t.Helper()
	var b bytes.Buffer
	if err := Markdown(&b, j, diags, Options{Today: today}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func csvOf(t testing.TB, j *journey.Journey, today journey.Date) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := CSV(&b, j, Options{Today: today}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// golden compares got with the golden file at path (see internal/golden).
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	goldenfile.Check(t, path, got, *update, "./report")
}

// TestGoldenExamples: the report of every example is examples/NAME.report.md,
// and its improvements as CSV report/testdata/NAME.csv.
func TestGoldenExamples(t *testing.T) {
	for _, ex := range examples(t) {
		md := markdownOf(t, ex.j, ex.diags, goldenToday)
		checkMarkdown(t, ex.name, md)
		golden(t, filepath.Join("..", "examples", ex.name+".report.md"), []byte(md))
		golden(t, filepath.Join("testdata", ex.name+".csv"), csvOf(t, ex.j, goldenToday))
	}
}

// checkMarkdown checks what every report must be: LF line endings, one
// newline at the end, no HTML, and tables whose rows all have the cells
// of their header.
func checkMarkdown(t *testing.T, name, md string) {
	t.Helper()
	if !strings.HasSuffix(md, "\n") || strings.HasSuffix(md, "\n\n") {
		t.Errorf("%s: the report does not end with exactly one newline", name)
	}
	if strings.ContainsAny(md, "\r<>\x00\x1b\u202e\ufffe") {
		t.Errorf("%s: the report holds a CR, < or >, or a character that should have been dropped", name)
	}
	cells := -1
	for i, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			cells = -1
			continue
		}
		n := unescapedPipes(line)
		if cells == -1 {
			cells = n
		} else if n != cells {
			t.Errorf("%s: line %d has %d cell borders, its table %d: %s", name, i+1, n, cells, line)
		}
	}
}

// unescapedPipes counts the | of a line that are not escaped.
func unescapedPipes(line string) int {
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n
}

// TestIsReport: a report in either language, with or without its overdue
// section, reads as one; a Markdown file written by hand does not.
func TestIsReport(t *testing.T) {
	paths, _ := filepath.Glob("../examples/*.report.md")
	if len(paths) == 0 {
		t.Fatal("no reports in examples/")
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !IsReport(data) {
			t.Errorf("%s does not read as a report", p)
		}
	}
	j, diags := parse(t, "title: T\nphases:\n  - {id: a, name: A, touchpoints: [{id: b, name: B, emotion: 1}]}\n", journey.Date{})
	if md := markdownOf(t, j, diags, journey.Date{}); !IsReport([]byte(md)) {
		t.Errorf("a report without a date does not read as a report:\n%s", md)
	}
	for _, hand := range []string{"# Notes\n\n## Emotion curve\n", "# README\n\nSome text.\n", ""} {
		if IsReport([]byte(hand)) {
			t.Errorf("%q reads as a report", hand)
		}
	}
	if csv := csvOf(t, j, journey.Date{}); !IsCSV([]byte(csv)) {
		t.Errorf("the CSV does not read as one: %q", csv)
	}
	if IsCSV([]byte("id,title\r\n")) {
		t.Error("another CSV reads as one")
	}
}
