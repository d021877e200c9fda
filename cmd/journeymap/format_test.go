package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/journeymap/journeymap/render"
)

// codeFiles are journeys that, together, give every diagnostic code of
// package journey, named after the codes they give.
func codeFiles() map[string]string {
	bomb := "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
	for i := 1; i <= 7; i++ {
		bomb += fmt.Sprintf("a%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 10), ", "))
	}
	bomb += "title: *a7\n"
	return map[string]string{
		"too-large.yaml":             "title: x\n#" + strings.Repeat("#", journey.MaxFileBytes) + "\n",
		"encoding.yaml":              "title: \xff\n",
		"control-character.yaml":     "title: a\x01b\n",
		"tab-indentation.yaml":       "phases:\n\t- id: x\n",
		"syntax.yaml":                "title: [a, b\n",
		"empty.yaml":                 "# nothing yet\n",
		"multiple-documents.yaml":    "title: a\n---\ntitle: b\n",
		"unknown-tag.yaml":           "title: !foo a\npersona: p\nphases:\n  - {id: p, name: P, moment: before}\n",
		"duplicate-key.yaml":         "title: a\ntitle: b\npersona: p\nphases:\n  - {id: p, name: P, moment: before}\n",
		"too-deep.yaml":              "x-a: " + strings.Repeat("[", 25) + strings.Repeat("]", 25) + "\n",
		"too-many-nodes.yaml":        bomb,
		"alias-cycle.yaml":           "x-a: &a [*a]\n",
		"bad-merge.yaml":             "x-a: &a [1]\ntitle: t\npersona: p\nphases:\n  - <<: *a\n    id: p\n    name: P\n    moment: before\n",
		"too-many.yaml":              "title: t\npersona: p\nphases:\n  - id: p\n    name: P\n    moment: before\n    metrics: [" + strings.Repeat("m, ", 50) + "m]\n",
		"review-in-future.yaml":      "title: t\npersona: p\nreviewed: 2030-01-01\nphases:\n  - {id: p, name: P, moment: before, touchpoints: [{id: t, name: T, emotion: 0, owner: O}]}\n",
		"include-absolute.yaml":      "title: t\npersona: p\ninclude: [/etc/c.yaml]\nphases:\n  - {id: p, name: P, touchpoints: [{id: t, name: T, emotion: 0, owner: O}]}\n",
		"include-outside.yaml":       "title: t\npersona: p\ninclude: [../../c.yaml]\nphases:\n  - {id: p, name: P, touchpoints: [{id: t, name: T, emotion: 0, owner: O}]}\n",
		"include-not-yaml.yaml":      "title: t\npersona: p\ninclude: [c.json]\nphases:\n  - {id: p, name: P, touchpoints: [{id: t, name: T, emotion: 0, owner: O}]}\n",
		"include-missing.yaml":       "title: t\npersona: p\ninclude: [nothing.yaml]\nphases:\n  - {id: p, name: P, touchpoints: [{id: t, name: T, emotion: 0, owner: O}]}\n",
		"include-not-catalogue.yaml": "title: t\npersona: p\ninclude: [advice.yaml]\nphases:\n  - {id: p, name: P, touchpoints: [{id: t, name: T, emotion: 0, owner: O}]}\n",
		"catalogue-override.yaml":    "title: t\npersona: p\ninclude: [cat/shared.yaml]\nchannels: [{id: web, name: W, kind: online}]\nphases:\n  - {id: p, name: P, touchpoints: [{id: t, name: T, emotion: 0, owner: O}]}\n",
		"cat/shared.yaml":            "channels: [{id: web, name: Web, kind: online}]\n",
		"include-invalid.yaml":       "title: t\npersona: p\ninclude: [cat/bad.yaml]\nphases:\n  - {id: p, name: P, touchpoints: [{id: t, name: T, emotion: 0, owner: O}]}\n",
		"cat/bad.yaml":               "channels: [{id: web, name: Web, kind: onlin}]\n",
		"cat/round.yaml":             "include: [round.yaml]\n",
		"persona-conflict.yaml":      "title: t\npersona: p\npersonas: [{id: a, name: A}]\nphases:\n  - {id: p, name: P, moment: before, touchpoints: [{id: t, name: T, emotion: 0, owner: O}]}\n",
		"no-persona.yaml":            "title: t\nphases:\n  - {id: p, name: P, moment: before, touchpoints: [{id: t, name: T, emotion: 0, owner: O}]}\n",
		"hidden-character.yaml":      "title: t\u202e\npersona: p\nphases:\n  - {id: p, name: P, moment: before, touchpoints: [{id: t, name: T, emotion: 0, owner: O}]}\n",
		"hash-comment.yaml":          "title: Quote #2\npersona: p\nphases:\n  - {id: p, name: P, moment: before, touchpoints: [{id: t, name: T, emotion: 0, owner: O}]}\n",
		// The advice of journey/rules.go; with --strict also no-evidence
		// (touchpoint b) and no-review.
		"advice.yaml": `title: t
persona: p
phases:
  - {id: empty, name: Empty, moment: before}
  - id: p
    name: P
    moment: during
    touchpoints:
      - {id: a, name: A, emotion: 1, owner: O, evidence: [e]}
      - {id: b, name: B, emotion: -1, pains: [Slow]}
evidence:
  - {id: e, kind: crm, source: CRM}
improvements:
  - {id: i, title: I, touchpoints: [a], impact: 3, effort: 2, due: 2026-01-31}
  - {id: j, title: J, touchpoints: [a], impact: 3, effort: 2, owner: O}
`,
		// The rest, in one journey.
		"kitchen.yaml": `title: "Kitchen, or: 100% done"
"a,b:c%d": 1
persona: Sanne
reviewed: 2020-01-01
channels:
  - {id: web, name: Website, kind: online}
phases:
  - id: after
    name: After
    moment: after
    metrics: [""]
    touchpoints:
      - id: Form
        name: Form
        channel: phone
        emotion: 7
        evidence: [nope]
        pains: "not a list"
  - id: after
    name: ` + strings.Repeat("x", 250) + `
    moment: before
    touchpoints:
      - {id: t2, name: T, emotion: 1.5}
improvements:
  - {id: i, title: I, impact: 9, effort: 1}
  - {id: j, title: J, effort: 1}
`,
	}
}

// writeFiles writes files into dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// runCLI runs the command line and returns its exit code and output.
func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errs bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errs, testClock())
	return code, out.String(), errs.String()
}

// decodeJSON decodes the json format strictly: one array of records with
// exactly the documented fields, and nothing after it.
func decodeJSON(t *testing.T, out string) []record {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	var recs []record
	if err := dec.Decode(&recs); err != nil {
		t.Fatalf("not a JSON array of records: %v\n%s", err, out)
	}
	if dec.More() {
		t.Fatalf("more than one JSON value:\n%s", out)
	}
	if recs == nil {
		t.Fatalf("null, not an array:\n%s", out)
	}
	// Every object holds the six fields, none left out.
	var raw []map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	for _, r := range raw {
		for _, k := range []string{"file", "line", "column", "severity", "code", "message"} {
			if _, ok := r[k]; !ok {
				t.Errorf("object without %q: %v", k, r)
			}
		}
	}
	return recs
}

// warningCodes are the codes of warnings; all others are errors.
var warningCodes = append([]journey.Code{journey.CodeNoPersona, journey.CodeCatalogueOverride, journey.CodeMomentOrder, journey.CodeReviewOverdue, journey.CodeReviewInFuture, journey.CodeCutToFit,
	journey.CodeHiddenChar, journey.CodeHashComment, journey.CodeProjectUnused, render.CodeMissingGlyph, render.CodeSmallPrint, render.CodeScaledDown},
	adviceCodes...)

// adviceCodes are the warnings of journey/rules.go, all given by advice.yaml.
var adviceCodes = []journey.Code{journey.CodeImprovementNoOwner, journey.CodeImprovementNoDue, journey.CodeImprovementOverdue,
	journey.CodeTouchpointNoOwner, journey.CodePainUnaddressed, journey.CodeEndsLow, journey.CodePhaseEmpty}

// strictCodes are given with --strict only, and so always as errors.
var strictCodes = []journey.Code{journey.CodeNoEvidence, journey.CodeNoReview}

// drawingCodes are given by render and matrix, which draw the journey, not
// by validate (see TestJSONCutToFit).
var drawingCodes = []journey.Code{journey.CodeCutToFit, render.CodeMissingGlyph, render.CodeSmallPrint, render.CodeScaledDown}

// TestJSONCutToFit: what the map cannot show whole is a warning at the
// touchpoint, among the journey's own, and the map is still drawn.
func TestJSONCutToFit(t *testing.T) {
	t.Chdir(t.TempDir())
	var b strings.Builder
	b.WriteString("title: Too much to say\npersona: P\nphases:\n  - id: p\n    name: P\n    moment: before\n    touchpoints:\n")
	b.WriteString("      - id: wait\n        name: Waits\n        owner: Service\n        emotion: 0\n        pains:\n")
	for i := range journey.MaxListItems {
		fmt.Fprintf(&b, "          - %d %s\n", i, strings.Repeat("much longer than it should be ", 6))
	}
	b.WriteString("improvements:\n  - {id: fix, title: Fix, touchpoints: [wait], impact: 3, effort: 1, owner: O, due: 2027-01-01}\n")
	writeFiles(t, ".", map[string]string{"long.yaml": b.String()})
	for _, args := range [][]string{
		{"render", "--format", "json", "long.yaml"},
		{"render", "--check", "--format", "json", "long.yaml"},
	} {
		code, stdout, _ := runCLI(args...)
		recs := decodeJSON(t, stdout)
		i := slices.IndexFunc(recs, func(r record) bool { return r.Code == journey.CodeCutToFit })
		if i < 0 || recs[i].Line != 8 || recs[i].Severity != journey.Warning || recs[i].File != "long.yaml" ||
			!strings.Contains(recs[i].Message, `the pains of touchpoint "wait": cut to fit the map`) {
			t.Errorf("%v: exit %d, no cut-to-fit warning at line 8: %+v", args, code, recs)
		}
		if args[1] != "--check" && code != exitOK {
			t.Errorf("%v: exit %d", args, code)
		}
	}
	if _, err := os.Stat("long.svg"); err != nil {
		t.Errorf("the map was not drawn: %v", err)
	}
}

// TestJSONEveryCode: validate --format json gives one array holding every
// diagnostic code, an I/O problem and a cut-short file, each with its file,
// position, severity and message, in input order and sorted within a file.
func TestJSONEveryCode(t *testing.T) {
	codes := journeyCodes(t) // before leaving the package folder
	t.Chdir(t.TempDir())
	files := codeFiles()
	files["dup/dup.yaml"] = strings.Repeat("title: I request a quote\n", 5000)
	writeFiles(t, "maps", files)

	code, stdout, stderr := runCLI("validate", "--today", "2026-11-22", "--format", "json", "maps", "missing.yaml")
	if code != exitError {
		t.Errorf("exit %d, want %d (a missing file)", code, exitError)
	}
	if !strings.HasSuffix(stderr, "; 1 could not be read\n") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr holds more than the summary:\n%s", stderr)
	}
	recs := decodeJSON(t, stdout)

	// The problem with the arguments comes first.
	want := record{File: "missing.yaml", Severity: journey.Error, Code: codeIOError, Message: "missing.yaml: no such file or folder"}
	if recs[0] != want {
		t.Errorf("first record %+v, want %+v", recs[0], want)
	}

	byCode := map[journey.Code][]record{}
	for _, r := range recs[1:] {
		byCode[r.Code] = append(byCode[r.Code], r)
		if r.Code == codeTooManyDiagnostics {
			continue
		}
		if r.Line < 1 || r.Column < 1 || r.Message == "" || !strings.HasPrefix(r.File, "maps/") {
			t.Errorf("record without a file, position or message: %+v", r)
		}
		wantSev := journey.Error
		if slices.Contains(warningCodes, r.Code) {
			wantSev = journey.Warning
		}
		if r.Severity != wantSev {
			t.Errorf("%s is a %s, want %s: %+v", r.Code, r.Severity, wantSev, r)
		}
	}
	for _, c := range codes {
		// A project file's codes come from render without files:
		// testdata/script/project_file.txtar.
		if slices.Contains(drawingCodes, c) || c == journey.CodeProjectPath || c == journey.CodeProjectUnused {
			continue
		}
		if slices.Contains(strictCodes, c) {
			if len(byCode[c]) != 0 {
				t.Errorf("%s without --strict: %+v", c, byCode[c])
			}
			continue
		}
		if len(byCode[c]) == 0 {
			t.Errorf("no record with code %s", c)
		}
		// A file named after a code gives that code.
		if name := "maps/" + string(c) + ".yaml"; files[strings.TrimPrefix(name, "maps/")] != "" {
			if !slices.ContainsFunc(byCode[c], func(r record) bool { return r.File == name }) {
				t.Errorf("%s does not give %s: %+v", name, c, byCode[c])
			}
		}
	}

	// Some records exactly.
	for _, w := range []record{
		{File: "maps/kitchen.yaml", Line: 2, Column: 1, Severity: journey.Error, Code: journey.CodeUnknownKey,
			Message: `unknown key "a,b:c%d" in the journey; expected one of title, lang, persona, personas, scenario, goals, moments, scale, reviewed, loop, competitor, include, channels, owners, phases, evidence, improvements`},
		{File: "maps/kitchen.yaml", Line: 4, Column: 11, Severity: journey.Warning, Code: journey.CodeReviewOverdue,
			Message: "last reviewed 2020-01-01, 82 months ago; review a journey map at least once a year"},
		{File: "maps/encoding.yaml", Line: 1, Column: 8, Severity: journey.Error, Code: journey.CodeEncoding,
			Message: "invalid UTF-8 byte 0xFF; save the file as UTF-8"},
		{File: "maps/kitchen.yaml", Line: 26, Column: 5, Severity: journey.Error, Code: journey.CodeMissing,
			Message: `improvement has no "impact"`},
	} {
		if !slices.Contains(recs, w) {
			t.Errorf("no record %+v", w)
		}
	}

	// 5000 repeated keys: 1000 records, then one that tells how many more.
	var dup []record
	for _, r := range recs {
		if r.File == "maps/dup/dup.yaml" {
			dup = append(dup, r)
		}
	}
	if len(dup) != maxJSONDiagnostics+1 {
		t.Fatalf("%d records for dup.yaml, want %d", len(dup), maxJSONDiagnostics+1)
	}
	last := record{File: "maps/dup/dup.yaml", Severity: journey.Error, Code: codeTooManyDiagnostics,
		Message: "4001 more problems not shown; fix the ones above first"}
	if dup[len(dup)-1] != last {
		t.Errorf("last record of dup.yaml %+v, want %+v", dup[len(dup)-1], last)
	}

	// Input order (files in lexical order, as found), sorted within a file.
	var order []string
	for i, r := range recs[1:] {
		if len(order) == 0 || order[len(order)-1] != r.File {
			if slices.Contains(order, r.File) {
				t.Errorf("records of %s are not together", r.File)
			}
			order = append(order, r.File)
			continue
		}
		prev := recs[i]
		if r.Code != codeTooManyDiagnostics && (r.Line < prev.Line || r.Line == prev.Line && r.Column < prev.Column) {
			t.Errorf("%s: %d:%d after %d:%d", r.File, r.Line, r.Column, prev.Line, prev.Column)
		}
	}
	if !slices.IsSorted(order) {
		t.Errorf("files not in input order: %v", order)
	}

	// The same run again gives the same bytes.
	_, again, _ := runCLI("validate", "--today", "2026-11-22", "--format", "json", "maps", "missing.yaml")
	if again != stdout {
		t.Error("two runs gave different output")
	}

	// In Dutch, every code has its own words: the same records, each with
	// another message.
	_, dutch, _ := runCLI("validate", "--lang", "nl", "--today", "2026-11-22", "--format", "json", "maps", "missing.yaml")
	nl := decodeJSON(t, dutch)
	if len(nl) != len(recs) {
		t.Fatalf("%d records in Dutch, %d in English", len(nl), len(recs))
	}
	for i, r := range recs {
		d := nl[i]
		if d.File != r.File || d.Line != r.Line || d.Column != r.Column || d.Code != r.Code || d.Severity != r.Severity {
			t.Errorf("in Dutch %+v, in English %+v", d, r)
		}
		if d.Message == "" || d.Message == r.Message {
			t.Errorf("%s has no Dutch words: %q", r.Code, d.Message)
		}
	}

	// --strict: the codes of strictCodes too, and every warning an error
	// with the same code.
	code, stdout, _ = runCLI("validate", "--strict", "--today", "2026-11-22", "--format", "json", "maps/advice.yaml")
	if code != exitInvalid {
		t.Errorf("--strict: exit %d, want %d", code, exitInvalid)
	}
	strict := map[journey.Code]bool{}
	for _, r := range decodeJSON(t, stdout) {
		strict[r.Code] = true
		if r.Severity != journey.Error {
			t.Errorf("--strict gave a %s: %+v", r.Severity, r)
		}
	}
	for _, c := range append(slices.Clone(adviceCodes), strictCodes...) {
		if !strict[c] {
			t.Errorf("--strict: no record with code %s", c)
		}
	}
}

// TestJSONEmptyAndValid: no findings is [], and -q leaves stderr empty.
func TestJSONEmptyAndValid(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFiles(t, ".", map[string]string{"ok.yaml": "title: t\npersona: p\nphases:\n  - {id: p, name: P, moment: before, touchpoints: [{id: t, name: T, emotion: 0, owner: O}]}\n"})
	code, stdout, stderr := runCLI("validate", "--format", "json", "-q", "ok.yaml")
	if code != exitOK || stdout != "[]\n" || stderr != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, stderr = runCLI("render", "--format", "json", "ok.yaml")
	if code != exitOK || stdout != "[]\n" || stderr != "1 map written\n" {
		t.Errorf("render: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, stderr = runCLI("render", "--check", "--format", "json", "ok.yaml")
	if code != exitOK || stdout != "[]\n" || stderr != "1 map up to date\n" {
		t.Errorf("render --check: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// TestJSONRenderCheck: render --check --format json gives stale-map,
// missing-map and the diagnostics of invalid journeys; render --format
// json gives write failures as io-error.
func TestJSONRenderCheck(t *testing.T) {
	t.Chdir(t.TempDir())
	ok := "title: t\npersona: p\nphases:\n  - {id: p, name: P, moment: before, touchpoints: [{id: t, name: T, emotion: 0, owner: O}]}\n"
	writeFiles(t, "maps", map[string]string{"a.yaml": ok, "b.yaml": ok, "c.yaml": ok, "d.yaml": "title: t\n"})
	if code, _, stderr := runCLI("render", "maps"); code != exitInvalid {
		t.Fatalf("render: exit %d\n%s", code, stderr)
	}
	writeFiles(t, "maps", map[string]string{"b.svg": "<svg/>"})
	if err := os.Remove("maps/c.svg"); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI("render", "--check", "--format", "json", "--theme", "light", "maps")
	if code != exitInvalid {
		t.Errorf("exit %d, want %d", code, exitInvalid)
	}
	if stderr != "2 of 3 maps out of date: 1 stale, 1 missing; 1 invalid journey, 1 error, 1 warning\n" {
		t.Errorf("stderr %q", stderr)
	}
	want := []record{
		{File: "maps/b.svg", Severity: journey.Error, Code: codeStaleMap, Message: "stale; run: journeymap render --theme light maps/b.yaml"},
		{File: "maps/c.svg", Severity: journey.Error, Code: codeMissingMap, Message: "missing; run: journeymap render --theme light maps/c.yaml"},
		{File: "maps/d.yaml", Line: 1, Column: 1, Severity: journey.Error, Code: journey.CodeMissing, Message: `the journey has no "phases"`},
		{File: "maps/d.yaml", Line: 1, Column: 1, Severity: journey.Warning, Code: journey.CodeNoPersona, Message: `no persona: a journey is written for someone; add persona: "Name, age, situation"`},
	}
	if got := decodeJSON(t, stdout); !slices.Equal(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
	if _, err := os.Stat("maps/c.svg"); err == nil {
		t.Error("--check wrote maps/c.svg")
	}

	// A map that cannot be written: io-error, exit 2.
	if err := os.Mkdir("maps/a.svg.d", 0o755); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ = runCLI("render", "--format", "json", "maps/a.yaml", "-o", "maps/a.svg.d/x/y.svg")
	want = []record{{File: "maps/a.svg.d/x/y.svg", Severity: journey.Error, Code: codeIOError,
		Message: "cannot write maps/a.svg.d/x/y.svg: the folder maps/a.svg.d/x does not exist; create it first"}}
	if got := decodeJSON(t, stdout); code != exitError || !slices.Equal(got, want) {
		t.Errorf("exit %d, got\n%+v\nwant\n%+v", code, got, want)
	}
}

// TestJSONHostileNames: file names and messages with quotes, control
// characters, bytes that are not UTF-8 and markup still make valid JSON, and
// the file is the path as it is.
func TestJSONHostileNames(t *testing.T) {
	t.Chdir(t.TempDir())
	names := []string{"a\"b\\c.yaml", "line\nbreak.yaml", "tab\tand\x1b[31m.yaml", "</script><b>.yaml", "\u2028sep.yaml"}
	files := map[string]string{}
	for _, n := range names {
		files[n] = "\"\\x1b]0;\\\"owned\": 1\n"
	}
	writeFiles(t, ".", files)
	bad := "not-utf8-\xff.yaml"
	if err := os.WriteFile(bad, []byte("title: t\n"), 0o644); err != nil {
		t.Skip("this file system refuses names that are not UTF-8:", err)
	}
	code, stdout, _ := runCLI(append([]string{"validate", "--format", "json"}, append(names, bad)...)...)
	if code != exitInvalid {
		t.Errorf("exit %d", code)
	}
	if !json.Valid([]byte(stdout)) {
		t.Fatalf("not valid JSON:\n%s", stdout)
	}
	if strings.ContainsAny(stdout, "\x1b\t") {
		t.Errorf("raw control characters in the output:\n%q", stdout)
	}
	recs := decodeJSON(t, stdout)
	for _, n := range names {
		if !slices.ContainsFunc(recs, func(r record) bool {
			return r.File == n && r.Code == journey.CodeUnknownKey && r.Message == `unknown key "\x1b]0;\"owned" in the journey; expected one of title, lang, persona, personas, scenario, goals, moments, scale, reviewed, loop, competitor, include, channels, owners, phases, evidence, improvements`
		}) {
			t.Errorf("no unknown-key record for %q", n)
		}
	}
	if !slices.ContainsFunc(recs, func(r record) bool { return r.File == "not-utf8-\uFFFD.yaml" }) {
		t.Errorf("no record for the name that is not UTF-8")
	}

	// In github, a line break in a file name is escaped: one command per
	// line, none forged.
	_, stdout, _ = runCLI("validate", "--format", "github", "line\nbreak.yaml")
	want := `::error file=line%0Abreak.yaml,line=1,col=1,title=journeymap unknown-key::unknown key "\x1b]0;\"owned" in the journey; expected one of title, lang, persona, personas, scenario, goals, moments, scale, reviewed, loop, competitor, include, channels, owners, phases, evidence, improvements`
	if !slices.Contains(strings.Split(stdout, "\n"), want) {
		t.Errorf("got\n%s\nwant the line\n%s", stdout, want)
	}
	for _, line := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
		if !strings.HasPrefix(line, "::error ") && !strings.HasPrefix(line, "::warning ") {
			t.Errorf("a line that is no workflow command: %q", line)
		}
	}

	// In text, the stale map's fix command quotes the line break, and
	// stays on one line.
	if err := os.WriteFile("line\nbreak.yaml", []byte("title: t\npersona: p\nphases:\n  - {id: p, name: P, moment: before, touchpoints: [{id: t, name: T, emotion: 0, owner: O}]}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, stderr := runCLI("render", "--check", "line\nbreak.yaml")
	if want := "line\\nbreak.svg: missing; run: journeymap render $'line\\nbreak.yaml'\n1 of 1 map missing\n"; stderr != want {
		t.Errorf("got\n%q\nwant\n%q", stderr, want)
	}
}

// TestGitHubCommand: workflow commands escape % \r \n in the message, and
// : and , too in properties, so that nothing ends a command early or adds
// a property.
func TestGitHubCommand(t *testing.T) {
	for _, c := range []struct {
		r    record
		want string
	}{
		{record{File: "maps/a,b:c%d\n.yaml", Line: 3, Column: 7, Severity: journey.Error, Code: journey.CodeBadValue, Message: "x, y: 100% sure\r\nnext line ::error::forged"},
			"::error file=maps/a%2Cb%3Ac%25d%0A.yaml,line=3,col=7,title=journeymap bad-value::x, y: 100%25 sure%0D%0Anext line ::error::forged"},
		{record{File: "a.yaml", Line: 1, Column: 1, Severity: journey.Warning, Code: journey.CodeNoPersona, Message: "no persona"},
			"::warning file=a.yaml,line=1,col=1,title=journeymap no-persona::no persona"},
		{record{File: "maps/a.svg", Severity: journey.Error, Code: codeStaleMap, Message: "stale; run: journeymap render maps/a.yaml"},
			"::error file=maps/a.svg,title=journeymap stale-map::stale; run: journeymap render maps/a.yaml"},
		{record{Severity: journey.Error, Code: codeIOError, Message: "read .: permission denied"},
			"::error title=journeymap io-error::read .: permission denied"},
	} {
		if got := githubCommand(c.r); got != c.want {
			t.Errorf("got  %s\nwant %s", got, c.want)
		}
	}
}

// TestGitHubCLI: validate --format github prints one command per finding,
// capped as text is, and nothing else on stdout.
func TestGitHubCLI(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFiles(t, ".", map[string]string{"dup.yaml": strings.Repeat("title: t\n", 100)})
	code, stdout, _ := runCLI("validate", "--format", "github", "dup.yaml", "gone.yaml")
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if code != exitError || len(lines) != 1+journey.MaxDiagnostics+1 {
		t.Fatalf("exit %d, %d lines:\n%s", code, len(lines), stdout)
	}
	for _, want := range []string{
		"::error file=gone.yaml,title=journeymap io-error::gone.yaml: no such file or folder",
		"::error file=dup.yaml,line=1,col=1,title=journeymap missing-field::the journey has no \"phases\"",
		"::error file=dup.yaml,line=2,col=1,title=journeymap duplicate-key::duplicate key \"title\" (first at line 1)",
		"::error file=dup.yaml,title=journeymap too-many-diagnostics::51 more problems not shown; fix the ones above first",
	} {
		if !slices.Contains(lines, want) {
			t.Errorf("no line %s", want)
		}
	}
}

// TestInternalErrorCode: a journey that cannot be drawn is internal-error;
// a path error without a fileError is io-error about its path.
func TestInternalErrorCode(t *testing.T) {
	err := fileProblem("a.yaml", codeInternal, vocab.CannotDraw, "a.yaml", errors.New("internal error: boom"))
	if f, c := fileAndCode(fmt.Errorf("wrapped: %w", err)); f != "a.yaml" || c != codeInternal {
		t.Errorf("got %q %q", f, c)
	}
	_, perr := os.Open("/nonexistent/x")
	if f, c := fileAndCode(perr); f != "/nonexistent/x" || c != codeIOError {
		t.Errorf("got %q %q", f, c)
	}
	for lang, msg := range map[vocab.Lang]string{vocab.English: "cannot draw a.yaml: internal error: boom", vocab.Dutch: "kan a.yaml niet tekenen: internal error: boom"} {
		var out bytes.Buffer
		p := &printer{format: formatJSON, stdout: &out, lang: lang}
		p.problem(err)
		p.finish()
		want := `[
  {"file":"a.yaml","line":0,"column":0,"severity":"error","code":"internal-error","message":"` + msg + `"}
]
`
		if out.String() != want {
			t.Errorf("got\n%s\nwant\n%s", out.String(), want)
		}
	}
}

// TestShellQuote: every word comes back as it was from a shell, on one
// line.
func TestShellQuote(t *testing.T) {
	words := []string{"maps/a.yaml", "site/maps/", "a b.yaml", "it's.svg", "", "$HOME", "a;rm -rf x", "*.yaml", "~/x", "new\nline", "tab\there", "esc\x1b[31m", "not-utf8-\xff", "back\\slash'quote", "ü.yaml", "a=b,c:d%e@f+g"}
	for _, w := range words {
		q := shellQuote(w)
		if strings.ContainsFunc(q, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			t.Errorf("shellQuote(%q) = %q holds a control character", w, q)
		}
	}
	for w, want := range map[string]string{
		"maps/a.yaml": "maps/a.yaml",
		"a b.yaml":    "'a b.yaml'",
		"it's.svg":    `'it'\''s.svg'`,
		"":            "''",
		"new\nline":   `$'new\nline'`,
		"x\xff'":      `$'x\xff\''`,
	} {
		if got := shellQuote(w); got != want {
			t.Errorf("shellQuote(%q) = %s, want %s", w, got, want)
		}
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash to run the quoted words")
	}
	var script strings.Builder
	script.WriteString("printf '%s\\0'")
	for _, w := range words {
		script.WriteString(" " + shellQuote(w))
	}
	out, err := exec.Command(bash, "-c", script.String()).Output()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Split(strings.TrimSuffix(string(out), "\x00"), "\x00")
	if !slices.Equal(got, words) {
		t.Errorf("bash read\n%q\nwant\n%q", got, words)
	}
}

// TestFixCommand: the command that fixes a map repeats --theme when given,
// names the map's file for -o FILE and its folder for -o DIR, and keeps a
// journey named like a flag from being read as one.
func TestFixCommand(t *testing.T) {
	for _, c := range []struct {
		t             target
		output, theme string
		want          string
	}{
		{target{input: input{name: "examples/quote-request.yaml"}, path: "examples/quote-request.svg"}, "", "",
			"journeymap render examples/quote-request.yaml"},
		{target{input: input{name: "q.yaml"}, path: "out dir/q.svg"}, "out dir/q.svg", "dark",
			"journeymap render --theme dark q.yaml -o 'out dir/q.svg'"},
		{target{input: input{name: "maps/sub/b.yaml", dir: "maps"}, path: "site/sub/b.svg", mkdir: true}, "site", "",
			"journeymap render maps/sub/b.yaml -o site/sub/"},
		{target{input: input{name: "-x.yaml"}, path: "-x.svg"}, "", "",
			"journeymap render ./-x.yaml"},
		{target{input: input{name: stdinName, stdin: true}, path: "s.svg"}, "s.svg", "print",
			"journeymap render --theme print - -o s.svg"},
	} {
		if got := fixCommand("render", c.t, c.output, c.theme); got != c.want {
			t.Errorf("got  %s\nwant %s", got, c.want)
		}
	}
}
