package render

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

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
