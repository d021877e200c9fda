package main

import (
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/interop"
	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/journeymap/journeymap/render"
)

// docExample is an example message of docs/diagnostics.md: what a code
// says, in English and in Dutch.
type docExample struct {
	line   int // in docs/diagnostics.md
	code   journey.Code
	en, nl string
}

// docExamples reads the example messages of docs/diagnostics.md: the last
// two cells of every row of a table of codes (| `code` | severity | … |
// `English` | `Dutch` |), and of every row of the table of syntax errors
// (| mistake | `English` | `Dutch` |), whose code is syntax unless the
// mistake names another: (code `tab-indentation`).
func docExamples(t *testing.T) []docExample {
	t.Helper()
	data, err := os.ReadFile("../../docs/diagnostics.md")
	if err != nil {
		t.Fatal(err)
	}
	codeRow := regexp.MustCompile("^\\| `([a-z-]+)` \\| (error|warning) \\|")
	namedCode := regexp.MustCompile("\\(code `([a-z-]+)`\\)")
	var examples []docExample
	inSyntax := false // in the rows of the table of syntax errors
	for i, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "|") {
			inSyntax = false
			continue
		}
		if strings.HasPrefix(line, "| mistake |") {
			inSyntax = true
			continue
		}
		var code journey.Code
		cells := tableCells(line)
		switch m := codeRow.FindStringSubmatch(line); {
		case m != nil:
			code = journey.Code(m[1])
		case inSyntax && !strings.HasPrefix(line, "| ---"):
			code = journey.CodeSyntax
			if m := namedCode.FindStringSubmatch(cells[0]); m != nil {
				code = journey.Code(m[1])
			}
		default:
			continue
		}
		if len(cells) < 3 {
			t.Errorf("docs/diagnostics.md:%d: a row of %s without an English and a Dutch example: %s", i+1, code, line)
			continue
		}
		en, okEN := codeSpan(cells[len(cells)-2])
		nl, okNL := codeSpan(cells[len(cells)-1])
		if !okEN || !okNL || en == "" || nl == "" {
			t.Errorf("docs/diagnostics.md:%d: %s: the last two cells must be the example message in English and in Dutch, each in `backticks`: %s", i+1, code, line)
			continue
		}
		if en == nl {
			t.Errorf("docs/diagnostics.md:%d: %s: the Dutch example is the English one: %s", i+1, code, en)
		}
		examples = append(examples, docExample{line: i + 1, code: code, en: en, nl: nl})
	}
	return examples
}

// tableCells splits a row of a Markdown table into its cells, trimmed: at
// every | that is not escaped as \|.
func tableCells(row string) []string {
	row = strings.TrimSpace(row)
	row = strings.TrimPrefix(row, "|")
	if strings.HasSuffix(row, "|") && !strings.HasSuffix(row, `\|`) {
		row = row[:len(row)-1]
	}
	var cells []string
	start := 0
	for i := 0; i < len(row); i++ {
		switch row[i] {
		case '\\':
			i++ // the escaped character
		case '|':
			cells = append(cells, strings.TrimSpace(row[start:i]))
			start = i + 1
		}
	}
	return append(cells, strings.TrimSpace(row[start:]))
}

// codeSpan returns the text of a cell that is one code span, in single or
// double backticks (GitHub's rendering: \| is a |, and one space inside
// double backticks is dropped on each side).
func codeSpan(cell string) (string, bool) {
	n := len(cell) - len(strings.TrimLeft(cell, "`"))
	fence := strings.Repeat("`", n)
	if n == 0 || len(cell) < 2*n+1 || !strings.HasSuffix(cell, fence) {
		return "", false
	}
	text := cell[n : len(cell)-n]
	if strings.Contains(text, fence) || strings.HasSuffix(text, "`") {
		return "", false // more than one code span, or text after it
	}
	if n > 1 && len(text) > 2 && text[0] == ' ' && text[len(text)-1] == ' ' && strings.Trim(text, " ") != "" {
		text = text[1 : len(text)-1]
	}
	return strings.ReplaceAll(text, `\|`, "|"), true
}

// messageCase is an input that gives a diagnostic code: files written into
// an empty folder and a command line run there, whose findings are read as
// json from standard output; or, for what no command line gives, a
// function that says the messages.
type messageCase struct {
	code  journey.Code
	files map[string]string
	args  []string // run with --lang en, then --lang nl
	say   func(t *testing.T, lang vocab.Lang) []string
	why   string // why say, and not a command line
}

// today is the date validate measures review and due dates against.
const today = "2026-11-22"

// validateCase is a journey that validate gives code for.
func validateCase(code journey.Code, src string) messageCase {
	return messageCase{code: code, files: map[string]string{"journey.yaml": src},
		args: []string{"validate", "--today", today, "--format", "json", "journey.yaml"}}
}

// strictCase is a journey that validate --strict gives code for.
func strictCase(code journey.Code, src string) messageCase {
	c := validateCase(code, src)
	c.args = append([]string{"validate", "--strict"}, c.args[1:]...)
	return c
}

// importCase is a file that import gives code for.
func importCase(code journey.Code, kind, name, src string, flags ...string) messageCase {
	args := append([]string{"import", kind, name, "--format", "json", "--force", "-o", "out.yaml"}, flags...)
	return messageCase{code: code, files: map[string]string{name: src}, args: args}
}

// aTouchpoint is a valid journey of one touchpoint, for the advice and the
// warnings: each case adds what gives its code.
func aTouchpoint(extra string) string {
	return `title: I request a quote
persona: Sanne, 34, first home
phases:
  - id: aware
    name: Awareness
    moment: before
    touchpoints:
      - id: wait
        name: Waits for the quote
        emotion: 0
        owner: Sales
` + extra
}

// includeCase is a journey that validate gives code for, with the
// catalogues (or other files) it includes.
func includeCase(code journey.Code, src string, files map[string]string) messageCase {
	c := validateCase(code, src)
	for name, text := range files {
		c.files[name] = text
	}
	return c
}

// messageCases give every code of docs/diagnostics.md, with the message
// its examples show, in English and in Dutch.
func messageCases(t *testing.T) []messageCase {
	quote, err := os.ReadFile("../../examples/quote-request.yaml") // 1472 px tall
	if err != nil {
		t.Fatal(err)
	}
	var wide strings.Builder // 12 touchpoints: wider than 67 megapixels at --scale 8
	wide.WriteString("title: I book a table\npersona: Sam, 30\nphases:\n  - id: find\n    name: Find\n    touchpoints:\n")
	for i := range 12 {
		fmt.Fprintf(&wide, "      - {id: t%d, name: Step %d, owner: Web, emotion: 1}\n", i, i)
	}
	bomb := "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
	for i := 1; i <= 7; i++ {
		bomb += fmt.Sprintf("a%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 10), ", "))
	}
	var long strings.Builder // 50 pains too long for a lane cell
	long.WriteString(aTouchpoint("") + "        pains:\n")
	for i := range journey.MaxListItems {
		fmt.Fprintf(&long, "          - %d %s\n", i, strings.Repeat("much longer than it should be ", 6))
	}
	long.WriteString("improvements:\n  - {id: fix, title: Fix, touchpoints: [wait], impact: 3, effort: 1, owner: O, due: 2027-01-01}\n")
	broken := `title: I request a quote
reviewed: 2025-01-10
phases:
  - id: aware
    name: Awareness
    moment: befor
    touchpoints:
      - id: ad
        nmae: Sees an ad
        emotion: yes
        owner: Marketing
        owner: Sales
`
	return []messageCase{
		// The file and its YAML.
		validateCase(journey.CodeTooLarge, "title: x\n#"+strings.Repeat("#", journey.MaxFileBytes)+"\n"),
		validateCase(journey.CodeEncoding, "title: \xff\n"),
		validateCase(journey.CodeControlChar, "title: a\x01b\n"),
		validateCase(journey.CodeHiddenChar, "title: I request a quote\u202e\n"),
		validateCase(journey.CodeTabIndent, "phases:\n\t- id: x\n"),
		validateCase(journey.CodeSyntax, `title: I request a quote
persona: Sanne, 34, first home
phases:
  - id: aware
    name: Awareness
    moment: before
    touchpoints:
      - id: ad
        name: Sees an ad
        owner: Marketing
          channel: Instagram
        emotion: 1
        thinks: |
          Is this the right shop?
         Who knows.
`),
		validateCase(journey.CodeEmpty, "# nothing yet\n"),
		validateCase(journey.CodeMultiDoc, "title: a\n---\ntitle: b\n"),
		validateCase(journey.CodeUnknownTag, "title: !foo a\n"),
		validateCase(journey.CodeDuplicateKey, broken),
		validateCase(journey.CodeTooDeep, "x-a: "+strings.Repeat("[", 25)+strings.Repeat("]", 25)+"\n"),
		validateCase(journey.CodeTooManyNodes, bomb+"title: *a7\n"),
		validateCase(journey.CodeAliasCycle, "x-a: &a [*a]\n"),
		validateCase(journey.CodeBadMerge, "x-a: &a [1]\ntitle: t\nphases:\n  - <<: *a\n    id: p\n"),

		// Syntax errors.
		validateCase(journey.CodeSyntax, `title: I request a quote #2
persona: Sanne, 34, first home
phases:
  - id: aware
    name: Awareness
    moment: before
    touchpoints:
      - id: ad
        name: "Sees an ad
        emotion: 1
        owner: Marketing
      - {id: offer, name: Gets one offer, can skip it, emotion: 0, owner: Sales}
      - id: form
        name: Fills in the form
        thinks: Is this: the right shop?
        emotion: -1
        owner: @sales
        pains:
          - Waits: two weeks
          - Slow
          Too slow
        feeling: *feel
        evidence: [interviews, crm
  - id: buy
    name: Buy
    moment: during
    touchpoints:
      - id: call
        name: Calls the shop
        emotion: 1
        owner Service
`),
		validateCase(journey.CodeSyntax, `title: I request a quote
persona: Sanne, 34, first home
phases:
  - id: aware
    name: Awareness
    moment: before
    touchpoints:
      - id: ad
        name: "Sees" an ad
        emotion: 1
        owner: "Marketing\Sales"
        pains: - Slow
        feeling: & co
        thinks: |
        Is this the right shop?
      - id: form
        name: Fills in the form
        emotion: >x
        owner: Sales
`),

		// Keys and values.
		validateCase(journey.CodeUnknownKey, broken),
		validateCase(journey.CodeWrongType, aTouchpoint("        pains: not a list\n")),
		validateCase(journey.CodeWrongType, aTouchpoint("        pains:\n          - Waits: two weeks\n")),
		validateCase(journey.CodeMissing, "title: t\nphases:\n  - id: aware\n    moment: before\n"),
		validateCase(journey.CodeEmptyValue, "title: t\nphases:\n  - id: aware\n    name: Awareness\n    metrics: [\"\"]\n"),
		validateCase(journey.CodeBadValue, broken),
		validateCase(journey.CodeBadID, aTouchpoint("      - {id: Form, name: Fills in the form, emotion: 0}\n")),
		validateCase(journey.CodeDuplicateID, aTouchpoint("      - {id: wait, name: Waits again, emotion: 0, owner: Sales}\n")),
		validateCase(journey.CodeUnresolved, `title: t
channels:
  - {id: web, name: Website}
phases:
  - id: aware
    name: Awareness
    touchpoints:
      - {id: call, name: Calls, emotion: 0, channel: phone}
`),
		validateCase(journey.CodeOutOfScale, aTouchpoint("      - {id: form, name: Fills in the form, emotion: 7}\n")),
		validateCase(journey.CodeOutOfRange, aTouchpoint("improvements:\n  - {id: mail, title: Mail, impact: 9, effort: 1}\n")),
		validateCase(journey.CodeTooLong, aTouchpoint("      - {id: form, name: "+strings.Repeat("x", 250)+", emotion: 0}\n")),
		validateCase(journey.CodeTooMany, aTouchpoint("    metrics: ["+strings.Repeat("m, ", 50)+"m]\n")),

		// Warnings.
		validateCase(journey.CodeNoPersona, "title: t\nphases:\n  - {id: p, name: P, touchpoints: [{id: t, name: T, emotion: 0, owner: O}]}\n"),
		validateCase(journey.CodePersonaConflict, strings.Replace(aTouchpoint(""), "phases:", "personas: [{id: sanne, name: Sanne}]\nphases:", 1)),
		validateCase(journey.CodeIncludeAbsolute, strings.Replace(aTouchpoint(""), "persona: Sanne, 34, first home\n", "persona: Sanne, 34, first home\ninclude: [/etc/catalogue.yaml]\n", 1)),
		validateCase(journey.CodeIncludeOutside, strings.Replace(aTouchpoint(""), "persona: Sanne, 34, first home\n", "persona: Sanne, 34, first home\ninclude: [../catalogue.yaml]\n", 1)),
		validateCase(journey.CodeIncludeNotYAML, strings.Replace(aTouchpoint(""), "persona: Sanne, 34, first home\n", "persona: Sanne, 34, first home\ninclude: [catalogue.json]\n", 1)),
		validateCase(journey.CodeIncludeMissing, strings.Replace(aTouchpoint(""), "persona: Sanne, 34, first home\n", "persona: Sanne, 34, first home\ninclude: [nothing.yaml]\n", 1)),
		includeCase(journey.CodeIncludeNotCatalogue, strings.Replace(aTouchpoint(""), "persona: Sanne, 34, first home\n", "persona: Sanne, 34, first home\ninclude: [other.yaml]\n", 1), map[string]string{"other.yaml": aTouchpoint("")}),
		includeCase(journey.CodeIncludeInvalid, strings.Replace(aTouchpoint(""), "persona: Sanne, 34, first home\n", "persona: Sanne, 34, first home\ninclude: [shared.yaml]\n", 1), map[string]string{"shared.yaml": "channels: [{id: web, name: Web, kind: onlin}]\n"}),
		includeCase(journey.CodeIncludeCycle, strings.Replace(aTouchpoint(""), "persona: Sanne, 34, first home\n", "persona: Sanne, 34, first home\ninclude: [a.yaml]\n", 1), map[string]string{"a.yaml": "include: [b.yaml]\n", "b.yaml": "include: [a.yaml]\n"}),
		includeCase(journey.CodeCatalogueOverride, strings.Replace(strings.Replace(aTouchpoint(""), "persona: Sanne, 34, first home\n", "persona: Sanne, 34, first home\ninclude: [shared.yaml]\n", 1), "phases:", "channels: [{id: web, name: Our site, kind: online}]\nphases:", 1),
			map[string]string{"shared.yaml": "channels: [{id: web, name: Web, kind: online}]\n"}),
		validateCase(journey.CodeHashComment, strings.Replace(aTouchpoint(""), "quote\n", "quote #2\n", 1)),
		validateCase(journey.CodeMomentOrder, strings.Replace(aTouchpoint(`  - id: buy
    name: Buy
    moment: during
    touchpoints: [{id: call, name: Calls, emotion: 1, owner: Sales}]
`), "moment: before", "moment: after", 1)),
		validateCase(journey.CodeReviewOverdue, broken),
		validateCase(journey.CodeReviewInFuture, "reviewed: 2030-01-01\n"+aTouchpoint("")),
		validateCase(journey.CodeImprovementNoOwner, aTouchpoint("improvements:\n  - {id: status-mail, title: Mail the status, touchpoints: [wait], impact: 4, effort: 2, due: 2027-01-31}\n")),
		validateCase(journey.CodeImprovementNoDue, aTouchpoint("improvements:\n  - {id: status-mail, title: Mail the status, touchpoints: [wait], impact: 4, effort: 2, owner: Sales}\n")),
		validateCase(journey.CodeImprovementOverdue, aTouchpoint("improvements:\n  - {id: status-mail, title: Mail the status, touchpoints: [wait], impact: 4, effort: 2, owner: Sales, status: doing, due: 2026-10-31}\n")),
		validateCase(journey.CodeTouchpointNoOwner, strings.Replace(aTouchpoint(""), "        owner: Sales\n", "", 1)),
		validateCase(journey.CodePainUnaddressed, aTouchpoint("      - {id: form, name: Fills in the form, emotion: 1, owner: Sales, pains: [Too many fields]}\n")),
		validateCase(journey.CodeEndsLow, strings.NewReplacer("      - id: wait", "      - {id: ad, name: Sees an ad, emotion: 1, owner: Marketing}\n      - id: wait",
			"emotion: 0", "emotion: -2").Replace(aTouchpoint(""))),
		validateCase(journey.CodePhaseEmpty, aTouchpoint("  - {id: buy, name: Buy, moment: during}\n")),
		{code: journey.CodeCutToFit, files: map[string]string{"journey.yaml": long.String()},
			args: []string{"render", "--format", "json", "journey.yaml"}},
		{code: render.CodeMissingGlyph, files: map[string]string{"journey.yaml": aTouchpoint("      - {id: menu, name: Reads the menu 寿, feeling: 🙂, owner: Web, emotion: 1}\n")},
			args: []string{"render", "--format", "json", "-o", "map.png", "journey.yaml"}},
		{code: render.CodeSmallPrint, files: map[string]string{"journey.yaml": string(quote)},
			args: []string{"render", "--format", "json", "--page", "a4", "-o", "map.pdf", "journey.yaml"}},
		{code: render.CodeScaledDown, files: map[string]string{"journey.yaml": wide.String()},
			args: []string{"render", "--format", "json", "--scale", "8", "-o", "map.png", "journey.yaml"}},

		// Strict only.
		strictCase(journey.CodeNoEvidence, aTouchpoint("")),
		strictCase(journey.CodeNoReview, aTouchpoint("")),

		// Imports and exports.
		importCase(interop.CodeMermaidSyntax, "mermaid", "day.mmd", "journey\n  title My day\n  section Go to work\n    Make tea: 5: Me\n    Sit\n"),
		importCase(interop.CodeBadScore, "mermaid", "day.mmd", "journey\n  title My day\n  section Go to work\n    Make tea: 6: Me\n"),
		importCase(interop.CodeMarkdownBlock, "mermaid", "README.md", "# Day\n\n```mermaid\njourney\n  section A\n    Make tea: 5: Me\n```\n\nOr:\n"+
			"```mermaid\njourney\n  section B\n    Sit down: 3: Me\n```\n"),
		importCase(interop.CodeColumns, "csv", "touchpoints.csv", "phase,touchpoint,feeling\nAwareness,Sees an ad,curious\n"),
		importCase(interop.CodeUnknownColumn, "csv", "touchpoints.csv", "phase,touchpoint,emotion,opmerking\nAwareness,Sees an ad,1,look\n"),
		importCase(interop.CodeRowLength, "csv", "touchpoints.csv", "phase,touchpoint,emotion,moment\nAwareness,Sees an ad,1,before,extra\n"),
		importCase(interop.CodeRowConflict, "csv", "touchpoints.csv", "phase,touchpoint,emotion,moment\nAwareness,Sees an ad,1,after\nAwareness,Reads reviews,2,before\n"),
		importCase(interop.CodeEvidenceAdded, "csv", "touchpoints.csv", "phase,touchpoint,emotion,evidence\nAwareness,Sees an ad,1,interviews\n"),
		importCase(interop.CodeIDChanged, "csv", "touchpoints.csv", "phase,touchpoint,id,emotion\nAwareness,Fills in the form,Web Form,1\n"),
		importCase(interop.CodeNotSpreadsheet, "xlsx", "workshop.xlsm", "PK"),
		{code: interop.CodeOnePersona, say: exportMermaidWarnings(interop.CodeOnePersona, `title: Two
personas: [{id: sanne, name: Sanne}, {id: joost, name: Joost}]
phases:
  - id: one
    name: One
    touchpoints:
      - {id: a, name: A, owner: O, emotion: {sanne: 1, joost: -1}}
`), why: "export writes the diagram to standard output, its warnings as text"},
		{code: interop.CodeRewritten, say: exportMermaidWarnings(interop.CodeRewritten, `title: Odd names
persona: Sam
phases:
  - id: one
    name: One
    touchpoints:
      - id: colon
        name: "Title: a subtitle;no"
        owner: Sales
        emotion: 2
`), why: "export prints its warnings as text only, without their codes: the journey is exported as export does it"},

		// Codes of journeymap itself.
		{code: codeIOError, args: []string{"validate", "--format", "json", "missing.yaml"}},
		{code: codeInternal, say: internalError,
			why: "a valid journey that cannot be drawn is a bug, which no input gives: the failure is made as render's drawing would fail"},
		{code: codeStaleMap, files: map[string]string{"examples/quote-request.yaml": aTouchpoint(""), "examples/quote-request.svg": "<svg/>\n"},
			args: []string{"render", "--check", "--format", "json", "examples/quote-request.yaml"}},
		{code: codeMissingMap, files: map[string]string{"examples/washing-machine.yaml": aTouchpoint("")},
			args: []string{"render", "--check", "--format", "json", "examples/washing-machine.yaml"}},
		{code: journey.CodeProjectPath, files: map[string]string{".journeymap.yaml": "journeys: [../other]\n"},
			args: []string{"render", "--check", "--format", "json"}},
		{code: journey.CodeProjectUnused, files: map[string]string{".journeymap.yaml": "journeys: [j.yaml]\noutputs: [svg]\npdf: {page: a4}\n", "j.yaml": aTouchpoint("")},
			args: []string{"render", "--check", "--format", "json"}},
		{code: codeStaleOutput, files: map[string]string{".journeymap.yaml": "journeys: [j.yaml]\noutputs: [svg]\n", "j.yaml": aTouchpoint(""), "j.svg": "<svg/>"},
			args: []string{"render", "--check", "--format", "json"}},
		{code: codeMissingOutput, files: map[string]string{".journeymap.yaml": "journeys: [j.yaml]\noutputs: [svg]\n", "j.yaml": aTouchpoint("")},
			args: []string{"render", "--check", "--format", "json"}},
		{code: codeOrphanOutput, files: map[string]string{".journeymap.yaml": "journeys: [j.yaml]\noutputs: [svg]\n", "j.yaml": aTouchpoint(""),
			"old.svg": "<?xml version=\"1.0\"?>\n<!-- Generated by journeymap -->\n<svg></svg>\n"},
			args: []string{"render", "--check", "--format", "json"}},
		{code: codeTooManyDiagnostics, files: map[string]string{"journey.yaml": strings.Repeat("title: I request a quote\n", 5000)},
			args: []string{"validate", "--format", "json", "journey.yaml"}},
	}
}

// exportMermaidWarnings says the warnings of export mermaid for the
// journey src.
func exportMermaidWarnings(code journey.Code, src string) func(t *testing.T, lang vocab.Lang) []string {
	return func(t *testing.T, lang vocab.Lang) []string {
		j, diags := journey.Parse("journey.yaml", []byte(src), journeyOptions(string(lang)))
		if j == nil {
			t.Fatalf("the journey is invalid: %v", diags)
		}
		warnings, err := interop.MermaidDiagram(io.Discard, j, interop.Kept([]byte(src)), j.Lang)
		if err != nil {
			t.Fatal(err)
		}
		var msgs []string
		for _, d := range warnings {
			if d.Code == code {
				msgs = append(msgs, d.Message)
			}
		}
		return msgs
	}
}

// internalError says the finding render prints when drawing a.yaml fails:
// the drawing's panic caught by drawInMemory, the problem made as draw
// makes it, printed as json.
func internalError(t *testing.T, lang vocab.Lang) []string {
	_, err := drawInMemory(func(io.Writer) error { panic("…") })
	if err == nil {
		t.Fatal("drawInMemory: no error after a panic")
	}
	err = fileProblem("a.yaml", codeInternal, vocab.CannotDraw, "a.yaml", err)
	var out strings.Builder
	p := &printer{format: formatJSON, stdout: &out, lang: lang}
	p.problem(err)
	p.finish()
	var msgs []string
	for _, r := range decodeJSON(t, out.String()) {
		if r.Code == codeInternal {
			msgs = append(msgs, r.Message)
		}
	}
	return msgs
}

// messagesOf runs c in lang and returns the messages of c's code.
func messagesOf(t *testing.T, c messageCase, lang vocab.Lang) []string {
	t.Helper()
	if c.say != nil {
		return c.say(t, lang)
	}
	t.Chdir(t.TempDir())
	writeFiles(t, ".", c.files)
	_, stdout, stderr := runCLI(append(slices.Clone(c.args), "--lang", string(lang))...)
	if !strings.HasPrefix(stdout, "[") {
		t.Fatalf("%v --lang %s: no json on standard output:\n%s%s", c.args, lang, stdout, stderr)
	}
	var msgs []string
	for _, r := range decodeJSON(t, stdout) {
		if r.Code == c.code {
			msgs = append(msgs, r.Message)
		}
	}
	return msgs
}

// TestDiagnosticsDocMessages: every code of docs/diagnostics.md has an
// example message in English and in Dutch, and each is what journeymap
// says: an input of messageCases gives that code, and among its messages
// in English is the English example, and among those in Dutch the Dutch
// one. A case that no example shows fails too, so that the cases follow
// the documentation.
func TestDiagnosticsDocMessages(t *testing.T) {
	examples := docExamples(t)
	all := append(append(append(journeyCodes(t), cliCodes()...), interop.Codes...), printCodes...)
	for _, c := range all {
		if !slices.ContainsFunc(examples, func(e docExample) bool { return e.code == c }) {
			t.Errorf("docs/diagnostics.md: no example message of %s in English and in Dutch", c)
		}
	}

	type said struct{ en, nl []string }
	cases := messageCases(t)
	results := make([]said, len(cases))
	for i, c := range cases {
		if c.say != nil && c.why == "" {
			t.Errorf("case %d (%s): say without why", i, c.code)
		}
		t.Run(fmt.Sprintf("%02d-%s", i, c.code), func(t *testing.T) {
			results[i] = said{en: messagesOf(t, c, vocab.English), nl: messagesOf(t, c, vocab.Dutch)}
			if len(results[i].en) == 0 || len(results[i].nl) == 0 {
				t.Errorf("%s: no message (English %q, Dutch %q)", c.code, results[i].en, results[i].nl)
			}
			if os.Getenv("JOURNEYMAP_SHOW_MESSAGES") != "" {
				for _, m := range results[i].en {
					t.Logf("en: %s", m)
				}
				for _, m := range results[i].nl {
					t.Logf("nl: %s", m)
				}
			}
		})
	}

	used := make([]bool, len(cases))
	for _, e := range examples {
		var saidEN, saidNL []string
		found := false
		for i, c := range cases {
			if c.code != e.code {
				continue
			}
			saidEN = append(saidEN, results[i].en...)
			saidNL = append(saidNL, results[i].nl...)
			if slices.Contains(results[i].en, e.en) && slices.Contains(results[i].nl, e.nl) {
				found, used[i] = true, true
			}
		}
		switch {
		case found:
		case saidEN == nil && saidNL == nil:
			t.Errorf("docs/diagnostics.md:%d: %s: no input in messageCases gives this code", e.line, e.code)
		default:
			t.Errorf("docs/diagnostics.md:%d: %s: the examples are not what journeymap says\ndocumented:\n  en: %s\n  nl: %s\nsaid:%s%s",
				e.line, e.code, e.en, e.nl, listed("en", saidEN), listed("nl", saidNL))
		}
	}
	for i, c := range cases {
		if !used[i] {
			t.Errorf("case %d (%s) gives no example of docs/diagnostics.md", i, c.code)
		}
	}
}

// listed lists messages one a line, each after lang.
func listed(lang string, messages []string) string {
	var b strings.Builder
	for _, m := range messages {
		fmt.Fprintf(&b, "\n  %s: %s", lang, m)
	}
	return b.String()
}

// TestDiagnosticsDocFormats: the examples of the section Formats of
// docs/diagnostics.md are what validate prints for the journey shown
// there: text in English and in Dutch, json and github.
func TestDiagnosticsDocFormats(t *testing.T) {
	data, err := os.ReadFile("../../docs/diagnostics.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, _ := strings.Cut(string(data), "\n## Formats\n")
	section, _, _ = strings.Cut(section, "\n## render --check\n")
	fence := regexp.MustCompile("(?s)\n```([a-z]*)\n(.*?)```\n")
	var blocks []string
	for _, m := range fence.FindAllStringSubmatch(section, -1) {
		blocks = append(blocks, m[2])
	}
	// The journey, its text (standard output, standard error) in English
	// and in Dutch, its json and its github.
	if len(blocks) != 7 {
		t.Fatalf("docs/diagnostics.md, Formats: %d code blocks, want 7", len(blocks))
	}
	t.Chdir(t.TempDir())
	t.Setenv("LC_ALL", "C") // the reader's language: English
	writeFiles(t, ".", map[string]string{"broken.yaml": blocks[0]})
	// In json and github the missing file is a finding on standard output,
	// and standard error holds the summary alone.
	_, summary, _ := strings.Cut(blocks[2], "\n")
	args := []string{"validate", "--today", today, "broken.yaml", "missing.yaml"}
	for _, c := range []struct {
		what           string
		flags          []string
		stdout, stderr string
	}{
		{"text", nil, blocks[1], blocks[2]},
		{"text --lang nl", []string{"--lang", "nl"}, blocks[3], blocks[4]},
		{"json", []string{"--format", "json"}, blocks[5], summary},
		{"github", []string{"--format", "github"}, blocks[6], summary},
	} {
		code, stdout, stderr := runCLI(append(slices.Clone(args), c.flags...)...)
		if code != exitError || stdout != c.stdout || stderr != c.stderr {
			t.Errorf("%s: exit %d; documented:\n%s%s\nsaid:\n%s%s", c.what, code, c.stdout, c.stderr, stdout, stderr)
		}
	}
}
