package render

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/journeymap/journeymap/internal/sample"
	"github.com/journeymap/journeymap/journey"
)

// printPDF prints a map as PDF, failing t on an error.
func printPDF(t testing.TB, s *Scene, opts Options, pdf PDFOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WritePDF(&b, s, opts, pdf); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestPDFDeterministic: the same map gives the same PDF bytes, however
// often and however concurrently it is printed.
func TestPDFDeterministic(t *testing.T) {
	s := Layout(examples(t)["city-trip-loop"], DejaVu)
	first := printPDF(t, s, Options{}, PDFOptions{Paper: "a4"})
	var wg sync.WaitGroup
	got := make([][]byte, 4)
	for i := range got {
		wg.Go(func() {
			var b bytes.Buffer
			if WritePDF(&b, s, Options{}, PDFOptions{Paper: "a4"}) == nil {
				got[i] = b.Bytes()
			}
		})
	}
	wg.Wait()
	for i, g := range got {
		if !bytes.Equal(g, first) {
			t.Errorf("PDF %d differs", i)
		}
	}
}

// TestPDFNoDates: a PDF holds no date unless one is given, and then the
// one given, in UTC; its cross-reference table stays right either way.
func TestPDFNoDates(t *testing.T) {
	s := Layout(examples(t)["washing-machine"], DejaVu)
	plain := printPDF(t, s, Options{}, PDFOptions{})
	for _, bad := range []string{"/CreationDate", "/ModDate", "/ID"} {
		if bytes.Contains(plain, []byte(bad)) {
			t.Errorf("the PDF holds %s", bad)
		}
	}
	checkXref(t, "plain", plain)
	date := time.Date(2026, 3, 1, 12, 30, 0, 0, time.FixedZone("CET", 3600))
	dated := printPDF(t, s, Options{}, PDFOptions{Date: date})
	for _, want := range []string{"/CreationDate (D:20260301113000Z)", "/ModDate (D:20260301113000Z)"} {
		if !bytes.Contains(dated, []byte(want)) {
			t.Errorf("the dated PDF lacks %s", want)
		}
	}
	checkXref(t, "dated", dated)
}

// checkXref checks a PDF's cross-reference table: every object is where
// the table says, and the table where startxref says.
func checkXref(t *testing.T, name string, doc []byte) {
	t.Helper()
	m := regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n?$`).FindSubmatch(doc)
	if m == nil {
		t.Fatalf("%s: no startxref at the end", name)
	}
	at, _ := strconv.Atoi(string(m[1]))
	if !bytes.HasPrefix(doc[at:], []byte("xref\n0 ")) {
		t.Fatalf("%s: startxref %d is not at the table", name, at)
	}
	head := doc[at+len("xref\n0 "):]
	nl := bytes.IndexByte(head, '\n')
	n, _ := strconv.Atoi(string(head[:nl]))
	entries := head[nl+1:]
	for i := 1; i < n; i++ {
		off, _ := strconv.Atoi(string(entries[20*i : 20*i+10]))
		if !bytes.HasPrefix(doc[off:], []byte(strconv.Itoa(i)+" 0 obj")) {
			t.Errorf("%s: object %d is not at %d", name, i, off)
		}
	}
}

// TestPDFInfo: the map's title and language are the document's, its
// description the document's subject; a rune beyond the Basic
// Multilingual Plane there becomes U+FFFD, as fpdf holds no other.
func TestPDFInfo(t *testing.T) {
	nl := Layout(examples(t)["quote-request"], DejaVu)
	doc := printPDF(t, nl, Options{}, PDFOptions{})
	for _, want := range []string{"/Lang (nl)", "/Producer (journeymap)"} {
		if !bytes.Contains(doc, []byte(want)) {
			t.Errorf("the PDF lacks %s", want)
		}
	}
	if got := pdfText("a 😀 b"); got != "a \uFFFD b" {
		t.Errorf("pdfText: %q", got)
	}
}

// TestPDFPagesBound: a split map has a page at most a column, and with
// the matrix, at most MaxPDFPages.
func TestPDFPagesBound(t *testing.T) {
	cols := make([]gridColumn, journey.MaxTouchpoints)
	for i := range cols {
		cols[i] = gridColumn{x: 172 + float64(i)*208, w: 196, phase: i}
	}
	if n := len(planWindows(cols, 100)); n != len(cols) || n+1 > MaxPDFPages {
		t.Errorf("%d columns too wide for any page give %d pages; the bound is %d with the matrix", len(cols), n, MaxPDFPages)
	}
}

// TestPlanWindows: pages cut between phases, and a phase wider than a
// page between its touchpoints; no column is left out or shown twice.
func TestPlanWindows(t *testing.T) {
	col := func(i, phase int) gridColumn { return gridColumn{x: 172 + float64(i)*208, w: 196, phase: phase} }
	// Phases of 2, 3, 6 and 1 columns.
	var cols []gridColumn
	for i, p := range []int{0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3} {
		cols = append(cols, col(i, p))
	}
	got := planWindows(cols, 4*208+1) // four columns a page
	var spans []string
	next := 0
	for _, w := range got {
		spans = append(spans, fmt.Sprintf("%d-%d", w.first, w.last))
		if w.first != next {
			t.Errorf("page %v starts at column %d, want %d", w, w.first, next)
		}
		next = w.last + 1
		if w.x1-w.x0 > 4*208+1 {
			t.Errorf("page %v is wider than the room", w)
		}
	}
	if want := "0-1 2-4 5-8 9-11"; strings.Join(spans, " ") != want {
		t.Errorf("pages %s, want %s", strings.Join(spans, " "), want)
	}
}

// TestSplitPages: the 60-touchpoint sample on A4 is split over several
// pages, each with the title, the emotion axis with its scale, the lane
// labels and the legend, and saying which page of how many it is.
func TestSplitPages(t *testing.T) {
	pdftotext := popplerTool(t, "pdftotext")
	s := Layout(mustParse(t, "sample.yaml", sample.Journey(60)), DejaVu)
	doc := printPDF(t, s, Options{}, PDFOptions{Paper: "a4"})
	pages := pdfPages(t, doc)
	if pages < 5 {
		t.Fatalf("%d pages; want the map split over several", pages)
	}
	for p := 1; p <= pages; p++ {
		text := poppler(t, pdftotext, doc, []string{"-raw", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p)}, "-")
		for _, want := range []string{
			"I renew my home insurance", "Emotion", "+2", "+1", "0", "−1", "−2",
			"Thinks", "Pains", "Gains", "Improvements", "Metrics",
			"Current journey", "Ideal journey", fmt.Sprintf("page %d of %d · phase", p, pages),
		} {
			if !strings.Contains(text, want) {
				t.Errorf("page %d lacks %q", p, want)
			}
		}
	}
}

// pdfPages counts a PDF's pages.
func pdfPages(t *testing.T, doc []byte) int {
	t.Helper()
	m := regexp.MustCompile(`/Type /Pages\n/Kids \[[^\]]*\]\n/Count (\d+)`).FindSubmatch(doc)
	if m == nil {
		t.Fatal("no page count in the PDF")
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}
