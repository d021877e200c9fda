package render

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/journeymap/journeymap/internal/sample"
	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// printPDF prints a map as PDF, failing t on an error.
func printPDF(t testing.TB, s *Scene, opts Options, pdf PDFOptions) []byte {
	t.Helper()
	return written(t, func(w io.Writer) error { return WritePDF(w, s, opts, pdf) })
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

// The PDF is checked with the tools of poppler-utils, as a reader sees
// it: pdftotext for its text, pdffonts for its fonts, pdfinfo for its
// pages and information.

// popplerTool returns the path of a tool of poppler-utils. It skips t when
// it is not installed, unless JOURNEYMAP_PDF_TOOLS=required (as in CI).
func popplerTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("JOURNEYMAP_PDF_TOOLS") == "required" {
			t.Fatalf("%s is not installed: apt-get install poppler-utils (JOURNEYMAP_PDF_TOOLS=required)", name)
		}
		t.Skipf("%s is not installed: apt-get install poppler-utils", name)
	}
	return path
}

// poppler runs a tool on a PDF: tool, its options, the file, then the
// arguments after it. It fails t when the tool fails or complains about
// the file.
func poppler(t *testing.T, tool string, doc []byte, options []string, after ...string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "map.pdf")
	if err := os.WriteFile(file, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(tool, append(append(slices.Clone(options), file), after...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Fatalf("%s: %v\n%s", filepath.Base(tool), err, stderr.String())
	}
	return stdout.String()
}

// squeeze drops what the layout and pdftotext put into text that a
// reader does not type: spaces and line breaks, and hyphens, which the
// layout adds where it breaks a word.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == ' ' || r == '\n' || r == '\f' {
			return -1
		}
		return r
	}, s)
}

// TestPDFText: the text of every example's PDF is real text: pdftotext
// finds its title and every touchpoint's name, in the order of the
// journey, in the order the PDF lists its text.
func TestPDFText(t *testing.T) {
	pdftotext := popplerTool(t, "pdftotext")
	for name, j := range examples(t) {
		for _, paper := range []string{"", "a4"} {
			doc := printPDF(t, Layout(j, DejaVu), Options{}, PDFOptions{Paper: paper, Matrix: LayoutMatrix(j, DejaVu, matrixToday)})
			text := squeeze(poppler(t, pdftotext, doc, []string{"-raw"}, "-"))
			if !strings.Contains(text, squeeze(j.Title)) {
				t.Errorf("%s %s: pdftotext lacks the title %q", name, paper, j.Title)
			}
			at := 0
			for _, tp := range j.Touchpoints() {
				i := strings.Index(text[at:], squeeze(tp.Name))
				if i < 0 {
					t.Errorf("%s %s: pdftotext lacks %q after the touchpoint before it", name, paper, tp.Name)
					continue
				}
				at += i
			}
			for _, im := range j.Improvements {
				if !strings.Contains(text, squeeze(im.Title)) {
					t.Errorf("%s %s: pdftotext lacks the improvement %q", name, paper, im.Title)
				}
			}
		}
	}
}

// TestPDFFonts: pdffonts lists only fonts that are embedded, subset and
// mapped to Unicode, all of them DejaVu Sans.
func TestPDFFonts(t *testing.T) {
	pdffonts := popplerTool(t, "pdffonts")
	for name, j := range examples(t) {
		doc := printPDF(t, Layout(j, DejaVu), Options{}, PDFOptions{Paper: "a3", Matrix: LayoutMatrix(j, DejaVu, matrixToday)})
		out := poppler(t, pdffonts, doc, nil)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) < 4 {
			t.Fatalf("%s: pdffonts lists %d fonts, want regular, bold and oblique:\n%s", name, len(lines)-2, out)
		}
		row := regexp.MustCompile(`^[A-Z]{6}\+DejaVuSans(-Bold|-Oblique|-BoldOblique)?\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s`)
		for _, l := range lines[2:] {
			if !row.MatchString(l) {
				t.Errorf("%s: pdffonts: %q; want an embedded (emb), subset (sub) DejaVu Sans with Unicode (uni)", name, l)
			}
		}
	}
}

// TestPDFInfoTool: pdfinfo reads the title and the description, and no
// date; every page is the size asked.
func TestPDFInfoTool(t *testing.T) {
	pdfinfo := popplerTool(t, "pdfinfo")
	j := examples(t)["washing-machine"]
	s := Layout(j, DejaVu)
	for _, c := range []struct {
		paper, size string
		pages       int
	}{
		{"", "2952 x 1007.76 pts", 1},
		{"a4", "841.89 x 595.28 pts (A4)", 0},
		{"slide", "960 x 540 pts", 0},
	} {
		doc := printPDF(t, s, Options{}, PDFOptions{Paper: c.paper})
		info := poppler(t, pdfinfo, doc, []string{"-l", "1000"})
		for _, want := range []string{"Title:           " + j.Title, "Subject:         " + s.Desc, "Producer:        journeymap"} {
			if !strings.Contains(info, want) {
				t.Errorf("%q: pdfinfo lacks %q:\n%s", c.paper, want, info)
			}
		}
		if strings.Contains(info, "CreationDate") || strings.Contains(info, "ModDate") {
			t.Errorf("%q: a date:\n%s", c.paper, info)
		}
		sizes := regexp.MustCompile(`(?m)^Page +\d+ size: +(.*)$`).FindAllStringSubmatch(info, -1)
		for _, m := range sizes {
			if m[1] != c.size {
				t.Errorf("%q: a page of %s, want %s", c.paper, m[1], c.size)
			}
		}
		if c.pages > 0 && len(sizes) != c.pages {
			t.Errorf("%q: %d pages, want %d", c.paper, len(sizes), c.pages)
		}
	}
}

// TestSmallPrint: a map printed under 8 pt says so, with the paper, or
// the split, that prints it larger; one at 8 pt says nothing. The warning
// is in the journey's language (the quote request is Dutch), with its
// decimal comma, and can be said again in the other.
func TestSmallPrint(t *testing.T) {
	quote := examples(t)["quote-request"]
	washing := examples(t)["washing-machine"]
	moving := examples(t)["moving-house"]
	big := mustParse(t, "sample.yaml", sample.Journey(56))
	for _, c := range []struct {
		j           *journey.Journey
		paper, mode string
		en, nl      string // "" for no warning
	}{
		{quote, "a4", "",
			"the map prints its body text at 4.8 pt on A4, under 8 pt: at 1472 px it is too tall for the paper; --page a3 prints it at 7.0 pt",
			"de kaart drukt de lopende tekst af op 4,8 pt op A4, onder 8 pt: met 1472 px is hij te hoog voor het papier; --page a3 drukt hem af op 7,0 pt"},
		{quote, "a3", "",
			"the map prints its body text at 7.0 pt on A3, under 8 pt: at 1472 px it is too tall for the paper",
			"de kaart drukt de lopende tekst af op 7,0 pt op A3, onder 8 pt: met 1472 px is hij te hoog voor het papier"},
		{washing, "a4", PagesFit,
			"the map prints its body text at 2.6 pt on one page of A4: at 3936 × 1344 px it is too large for the paper; --pages split prints it at 5.3 pt over several",
			"de kaart drukt de lopende tekst af op 2,6 pt op één pagina van A4: met 3936 × 1344 px is hij te groot voor het papier; --pages split drukt hem af op 5,3 pt over meer pagina's"},
		// A map too tall for the slide prints no larger when split: the
		// warning names the larger paper, not a split that gains nothing.
		{moving, "slide", PagesFit,
			"the map prints its body text at 6.1 pt on a slide, under 7 pt: at 1043 px it is too tall for the paper; --page a3 prints it at 8.0 pt",
			"de kaart drukt de lopende tekst af op 6,1 pt op een dia, onder 7 pt: met 1043 px is hij te hoog voor het papier; --page a3 drukt hem af op 8,0 pt"},
		{big, "a3", "", "", ""},
		{big, "", "", "", ""},
	} {
		var b bytes.Buffer
		ds, err := RenderPDF(&b, c.j, Options{}, PDFOptions{Paper: c.paper, Pages: c.mode})
		if err != nil {
			t.Fatal(err)
		}
		var got, en, nl []string
		for _, d := range ds {
			if d.Code == CodeSmallPrint {
				got = append(got, d.Message)
				en = append(en, vocab.English.Say(d.Phrase))
				nl = append(nl, vocab.Dutch.Say(d.Phrase))
			}
		}
		if c.en == "" {
			if len(got) > 0 {
				t.Errorf("%s on %q %s: %q, want no warning", c.j.Title, c.paper, c.mode, got)
			}
			continue
		}
		said := c.en
		if c.j.Lang == vocab.Dutch {
			said = c.nl
		}
		if fmt.Sprint(got) != fmt.Sprint([]string{said}) || fmt.Sprint(en) != fmt.Sprint([]string{c.en}) || fmt.Sprint(nl) != fmt.Sprint([]string{c.nl}) {
			t.Errorf("%s on %q %s: %q, in English %q, in Dutch %q; want %q, %q", c.j.Title, c.paper, c.mode, got, en, nl, c.en, c.nl)
		}
	}
}
