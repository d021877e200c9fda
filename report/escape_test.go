package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/journey"
)

// hostile are labels pasted from anywhere: Markdown that would make
// tables, code, links, images, headings and lists of them, HTML, control
// characters and marks that reorder text, and formulas for a spreadsheet.
var hostile = []string{
	`| a | b |`,
	"`code` and ``more``",
	`**bold** _em_ ~~struck~~`,
	`[click](javascript:alert(1)) ![img](http://x.example/y.png) [ref]: http://x.example`,
	`</td><script>alert(1)</script> <img src=x onerror=alert(1)>`,
	`<https://autolink.example> https://bare.example www.bare.example`,
	`&amp; &#0; &lt;b&gt;`,
	"# heading",
	"- item",
	"+ item",
	"1. item",
	"2) item",
	"> quote",
	"===",
	"line one\nline two\n\nthree",
	`back\slash\`,
	"\u202Eevil\u202C text \u2066isolate\u2069 [31mred[0m",
	`=HYPERLINK("http://x.example","click")`,
	"@SUM(1+1)",
	"-2+3",
	"+1",
	"\t=1",
	"ends with #",
	"א עברית and العربية mixed",
}

// hostileJourney puts a hostile label in every text of a journey that the
// report shows, with YAML escapes for what a file may not hold raw.
// (Control characters other than tab and line feed are refused when the
// file is read, escaped or not; TestInline shows the report drops them.)
func hostileJourney(label string) string {
	q := func(extra string) string {
		s := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "\x1b", `\e`,
			"\u202E", `\u202E`, "\u202C", `\u202C`, "\u2066", `\u2066`, "\u2069", `\u2069`).Replace(label + extra)
		return `"` + s + `"`
	}
	// A title that is all formula, for the CSV guard.
	bare := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "\x1b", `\e`,
		"\u202E", `\u202E`, "\u202C", `\u202C`, "\u2066", `\u2066`, "\u2069", `\u2069`).Replace(label)
	return fmt.Sprintf(`title: %s
persona: {name: %s}
scenario: %s
goals: {customer: %s, business: %s}
reviewed: 2020-01-01
evidence:
  - {id: ev, kind: interview, source: %s}
phases:
  - id: one
    name: %s
    moment: after
    touchpoints:
      - id: a
        name: %s
        owner: %s
        emotion: -2
        ideal: 1
        feeling: %s
        pains: [%s]
        evidence: [ev]
      - id: b
        name: %s
        emotion: 2
  - id: two
    name: %s
    moment: before
    touchpoints:
      - {id: c, name: %s, emotion: 0, ideal: -1}
improvements:
  - {id: fix, title: %s, touchpoints: [a, c], impact: 4, effort: 2, owner: %s, due: 2026-01-31}
  - {id: all, title: "%s", impact: 2, effort: 4, owner: %s}
`, q("1"), q("2"), q("3"), q("4"), q("5"), q("6"), q("7"), q("8"), q("9"), q("10"), q("11"), q("12"),
		q("13"), q("14"), q("15"), q("16"), bare, q("17"))
}

// TestHostileLabels: whatever the labels hold, the report is well-formed
// Markdown: every table row has the cells of its header, no line starts a
// block the report did not mean, nothing becomes HTML, a link or code, and
// the labels are still there, escaped.
func TestHostileLabels(t *testing.T) {
	today := journey.Date{Year: 2026, Month: 11, Day: 22}
	for i, label := range hostile {
		name := fmt.Sprintf("hostile %d %q", i, label)
		j, diags := parse(t, hostileJourney(label), today)
		md := markdownOf(t, j, diags, today)
		checkMarkdown(t, name, md)
		for n, line := range strings.Split(md, "\n") {
			if !reportLine(line) {
				t.Errorf("%s: line %d starts a block the report did not mean: %q", name, n+1, line)
			}
			if bad := unescaped(line); bad != "" {
				t.Errorf("%s: line %d holds an unescaped %q: %q", name, n+1, bad, line)
			}
		}
		links := strings.NewReplacer(`\://`, "", `www\.`, "").Replace(md)
		for _, bad := range []string{"\u202E", "\u2066", "\x1b", "\a", "\x7f", "\uFFFE", "://", "www."} {
			if strings.Contains(links, bad) {
				t.Errorf("%s: %q reached the report", name, bad)
			}
		}
		// Every section is there, whatever the labels.
		for _, h := range []string{"\n## Emotion curve\n", "\n## Pain points\n", "\n## Gaps with the ideal journey\n", "\n## Improvements\n", "\n## Overdue\n", "\n## Warnings\n"} {
			if !strings.Contains(md, h) {
				t.Errorf("%s: no section %q", name, h)
			}
		}
		// The label is shown: unescaping the title's heading gives it back, on
		// one line.
		title := strings.SplitN(md, "\n", 2)[0]
		if got, want := unescape(strings.TrimPrefix(title, "# ")), oneLine(label+"1"); got != want {
			t.Errorf("%s: the title reads %q, want %q", name, got, want)
		}
		// The overdue improvement and the moment-order warning are listed.
		if !strings.Contains(md, "| 295 | open |") || !regexp.MustCompile(`(?m)^- Line [0-9]+: phase "two" has moment before`).MatchString(md) {
			t.Errorf("%s: the overdue item or the warning is missing:\n%s", name, md)
		}
		checkCSV(t, name, j, label)
	}
}

// reportLine reports whether a line of a report is one the report means:
// empty, a heading, a table row, a list item, or a paragraph that starts
// with a letter, a digit that starts no list, or an opening quote.
func reportLine(line string) bool {
	trimmed := strings.TrimLeft(line, " ")
	switch {
	case line == "", strings.HasPrefix(line, "# "), strings.HasPrefix(line, "## "), strings.HasPrefix(line, "### "),
		strings.HasPrefix(line, "| "), strings.HasPrefix(trimmed, "- "):
		return true
	}
	digits := len(line) - len(strings.TrimLeft(line, "0123456789"))
	if digits > 0 && strings.HasPrefix(line[digits:], ". ") {
		return true // the report's own numbered list: "1. “Name” ..."
	}
	first := []rune(line)[0]
	return first >= 'A' && first <= 'Z' || first >= '0' && first <= '9' && !strings.HasPrefix(line[digits:], ".") && !strings.HasPrefix(line[digits:], ")")
}

// unescaped returns the first character of line that Markdown would read
// as markup but is not escaped, or "". The report's own markup (bold
// labels, table borders, list markers, headings) is taken out first.
func unescaped(line string) string {
	line = strings.TrimLeft(line, "#")
	for _, own := range []string{"**Lowest:**", "**Highest:**", "**End:**", "---:", "---", "| # |"} {
		line = strings.ReplaceAll(line, own, "")
	}
	for i := 0; i < len(line); i++ {
		switch c := line[i]; c {
		case '\\':
			i++
		case '|':
			if (i == 0 || line[i-1] == ' ') && (i == len(line)-1 || line[i+1] == ' ') {
				continue // a cell border
			}
			return "|"
		case '`', '*', '_', '[', ']', '~', '<', '>', '#':
			return string(c)
		case '&':
			if !strings.HasPrefix(line[i:], "&amp;") && !strings.HasPrefix(line[i:], "&lt;") && !strings.HasPrefix(line[i:], "&gt;") {
				return "&"
			}
		}
	}
	return ""
}

// unescape reads escaped text back: the backslash escapes and the three
// character references that inline writes.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		b.WriteByte(s[i])
	}
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(b.String())
}

// TestInline: what inline makes of user text.
func TestInline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain text, 3,1% (ok).", "plain text, 3,1% (ok)."},
		{"a | b", `a \| b`},
		{`C:\temp\`, `C:\\temp\\`},
		{"`x`", "\\`x\\`"},
		{"*a* _b_ ~c~", `\*a\* \_b\_ \~c\~`},
		{"[a](b) ![c](d)", `\[a\](b) !\[c\](d)`},
		{"<b>&amp;</b>", "&lt;b&gt;&amp;amp;&lt;/b&gt;"},
		{"# h #", `\# h \#`},
		{"- a", `\- a`},
		{"+ a", `\+ a`},
		{"=== ", `\===`},
		{"1. a", `1\. a`},
		{"2026) a", `2026\) a`},
		{"2026 a. b", "2026 a. b"},
		{"12345678901. a", "12345678901. a"}, // no list starts with more than 9 digits
		{"> q", "&gt; q"},
		{"see https://x.example/a and WWW.y.example", `see https\://x.example/a and WWW\.y.example`},
		{"awww.x", "awww.x"},
		{"one\ntwo\r\n\tthree  four ", "one two three four"},
		{"\u202Eevil\u2069\x1b\x7f\u0085x\u00a0y", "evil x\u00a0y"},
		{"  ", ""},
	} {
		if got := inline(tc.in); got != tc.want {
			t.Errorf("inline(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got, want := unescape(inline(tc.in)), oneLine(tc.in); got != want && tc.in != "12345678901. a" {
			t.Errorf("unescape(inline(%q)) = %q, want %q", tc.in, got, want)
		}
	}
}

// TestSentence: a full stop is added unless the text ends a sentence.
func TestSentence(t *testing.T) {
	for in, want := range map[string]string{
		"Goal": "Goal.", "Goal.": "Goal.", "Really?": "Really?", `"Why not?"`: `"Why not?"`,
		"(see above.)": "(see above.)", "Snel (binnen 2 weken)": "Snel (binnen 2 weken).", "A &amp; B": "A &amp; B.",
	} {
		if got := sentence(in); got != want {
			t.Errorf("sentence(%q) = %q, want %q", in, got, want)
		}
	}
}

func readCSV(t testing.TB, data []byte) [][]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v\n%s", err, data)
	}
	return recs
}

// checkCSV parses the CSV of a hostile journey back: a header and one row
// per improvement, the titles as written (on one line), and no cell that a
// spreadsheet would take for a formula.
func checkCSV(t *testing.T, name string, j *journey.Journey, label string) {
	t.Helper()
	today := journey.Date{Year: 2026, Month: 11, Day: 22}
	data := csvOf(t, j, today)
	if !bytes.HasSuffix(data, []byte("\r\n")) || bytes.Count(data, []byte("\n")) != bytes.Count(data, []byte("\r\n")) {
		t.Errorf("%s: CSV lines do not all end in CRLF", name)
	}
	recs := readCSV(t, data)
	if len(recs) != 3 || strings.Join(recs[0], ",") != "id,title,quadrant,impact,effort,owner,due,status,overdue,touchpoints" {
		t.Fatalf("%s: CSV %q", name, recs)
	}
	fix, all := recs[1], recs[2]
	if fix[0] != "fix" || fix[2] != "quick-win" || fix[3] != "4" || fix[4] != "2" || fix[6] != "2026-01-31" || fix[7] != "open" || fix[8] != "true" || fix[9] != "a c" {
		t.Errorf("%s: row %q", name, fix)
	}
	if all[0] != "all" || all[2] != "thankless-task" || all[6] != "" || all[8] != "false" || all[9] != "" {
		t.Errorf("%s: row %q", name, all)
	}
	for _, rec := range recs[1:] {
		for _, c := range rec {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				t.Errorf("%s: the cell %q starts a formula", name, c)
			}
			if strings.ContainsAny(c, "\n\r\x1b\u202E") {
				t.Errorf("%s: the cell %q holds a line break or a control character", name, c)
			}
		}
	}
	want := oneLine(label)
	if want != "" && strings.ContainsRune("=+-@", rune(want[0])) {
		want = "'" + want
	}
	if all[1] != want {
		t.Errorf("%s: the title reads %q, want %q", name, all[1], want)
	}
}

// TestCSVCell: the formula guard and the one-line rule.
func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1":             "'=1+1",
		"+31 6 1234 5678":  "'+31 6 1234 5678",
		"-2":               "'-2",
		"@SUM(A1)":         "'@SUM(A1)",
		"\t=1":             "'=1",
		"\r-1":             "'-1",
		"a=b":              "a=b",
		"Sales lead":       "Sales lead",
		"":                 "",
		"two\nlines":       "two lines",
		`He said "no", ok`: `He said "no", ok`,
	} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDeterministic: the same journey gives the same bytes, with LF line
// endings (Markdown) and CRLF (CSV).
func TestDeterministic(t *testing.T) {
	for _, ex := range examples(t) {
		a, b := markdownOf(t, ex.j, ex.diags, goldenToday), markdownOf(t, ex.j, ex.diags, goldenToday)
		if a != b {
			t.Errorf("%s: two reports differ", ex.name)
		}
		if !bytes.Equal(csvOf(t, ex.j, goldenToday), csvOf(t, ex.j, goldenToday)) {
			t.Errorf("%s: two CSVs differ", ex.name)
		}
	}
	if err := Markdown(&bytes.Buffer{}, nil, nil, Options{}); err == nil {
		t.Error("Markdown of no journey: no error")
	}
	if err := CSV(&bytes.Buffer{}, nil, Options{}); err == nil {
		t.Error("CSV of no journey: no error")
	}
}
