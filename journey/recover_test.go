package journey

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// listed lists diagnostics as "line:col severity code: message".
func listed(diags Diagnostics) []string {
	var out []string
	for _, d := range diags {
		out = append(out, fmt.Sprintf("%d:%d %s %s: %s", d.Pos.Line, d.Pos.Column, d.Severity, d.Code, d.Message))
	}
	return out
}

// TestSyntaxErrorsInWords: each kind of YAML syntax error is said in the
// reader's words, English and Dutch, at the line and column of what is
// wrong, and is the only diagnostic: the rest of the file, read on after
// it, is right.
func TestSyntaxErrorsInWords(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		en, nl string // "line:col code: message"
	}{
		{"a key indented one more than its siblings", with(10, "         emotion: 1"),
			"10:10 syntax: YAML syntax: line 10 is indented 9 spaces, the other keys of this touchpoint 8; indent it as they are",
			"10:10 syntax: YAML-syntaxis: regel 10 springt 9 spaties in, de andere sleutels van dit contactmoment 8; laat hem inspringen zoals zij"},
		{"a key indented one less", with(10, "       emotion: 1"),
			"10:8 syntax: YAML syntax: line 10 is indented 7 spaces, the other keys of this touchpoint 8; indent it as they are",
			"10:8 syntax: YAML-syntaxis: regel 10 springt 7 spaties in, de andere sleutels van dit contactmoment 8; laat hem inspringen zoals zij"},
		{"a key of the touchpoint indented as a key of the phase", with(10, "    emotion: 1"),
			"10:5 syntax: YAML syntax: line 10 is indented 4 spaces, the other keys of this touchpoint 8; indent it as they are",
			"10:5 syntax: YAML-syntaxis: regel 10 springt 4 spaties in, de andere sleutels van dit contactmoment 8; laat hem inspringen zoals zij"},
		{"a key at the indentation of the journey's", with(2, " persona: Sanne"),
			"2:2 syntax: YAML syntax: line 2 is indented 1 space, the other keys of the journey 0; indent it as they are",
			"2:2 syntax: YAML-syntaxis: regel 2 springt 1 spatie in, de andere sleutels van de klantreis 0; laat hem inspringen zoals zij"},
		{"the first item out of line, not the ones after it",
			lines(minimal[:7]...) + lines("        - id: ad", "      name: Sees an ad", "      emotion: 1", "      owner: Marketing",
				"    - id: form", "      name: Fills in the form", "      emotion: 0", "      owner: Sales"),
			"8:9 syntax: YAML syntax: line 8 is indented 8 spaces, the other items of this list 4; indent it as they are",
			"8:9 syntax: YAML-syntaxis: regel 8 springt 8 spaties in, de andere items van deze lijst 4; laat hem inspringen zoals zij"},
		{"a list item indented one less", with(12, "        pains:", "          - Slow", "         - Too slow"),
			"14:10 syntax: YAML syntax: line 14 is indented 9 spaces, the other items of this list 10; indent it as they are",
			"14:10 syntax: YAML-syntaxis: regel 14 springt 9 spaties in, de andere items van deze lijst 10; laat hem inspringen zoals zij"},
		{"text less indented than its first line", with(12, "        thinks: |", "          Is this", "         the right one?"),
			"14:10 syntax: YAML syntax: line 14 is indented 9 spaces, the other lines of this text 10; indent it as they are",
			"14:10 syntax: YAML-syntaxis: regel 14 springt 9 spaties in, de andere regels van deze tekst 10; laat hem inspringen zoals zij"},
		{"a tab", with(10, "\t  emotion: 1"),
			"10:1 tab-indentation: tab used for indentation; YAML indents with spaces only",
			"10:1 tab-indentation: tab gebruikt om in te springen; YAML springt alleen in met spaties"},
		{"a quote never closed", with(9, `        name: "Sees an ad`),
			`9:15 syntax: YAML syntax: this quote is never closed; end the text with " too`,
			`9:15 syntax: YAML-syntaxis: dit aanhalingsteken wordt nergens gesloten; sluit de tekst ook af met "`},
		{"a quote closed by the next one, lines later", with(9, `        name: "Sees an ad`) + lines(`        thinks: "Hm"`),
			`9:15 syntax: YAML syntax: this quote is never closed; end the text with " too`,
			`9:15 syntax: YAML-syntaxis: dit aanhalingsteken wordt nergens gesloten; sluit de tekst ook af met "`},
		{"a single quote closed by an apostrophe", with(9, `        name: 'Sees an ad`) + lines(`        thinks: It's fine`),
			`9:15 syntax: YAML syntax: this quote is never closed; end the text with ' too`,
			`9:15 syntax: YAML-syntaxis: dit aanhalingsteken wordt nergens gesloten; sluit de tekst ook af met '`},
		{"a bracket never closed", with(12, "        pains: [Slow, Too slow"),
			"12:16 syntax: YAML syntax: [ is never closed; close it with ], and separate the items with commas",
			"12:16 syntax: YAML-syntaxis: [ wordt nergens gesloten; sluit hem met ], en scheid de items met komma's"},
		{"a brace never closed", with(12, "        pains: [{a: b]"),
			"12:17 syntax: YAML syntax: { is never closed; close it with }, and separate the items with commas",
			"12:17 syntax: YAML-syntaxis: { wordt nergens gesloten; sluit hem met }, en scheid de items met komma's"},
		{"': ' inside plain text", with(9, "        name: Gets one offer: can skip it"),
			"9:29 syntax: YAML syntax: a second ': ' on one line; put text that holds ': ' in quotes",
			"9:29 syntax: YAML-syntaxis: een tweede ': ' op één regel; zet tekst met ': ' erin tussen aanhalingstekens"},
		{"a missing dash", with(12, "        pains:", "          - Slow", "          Too slow"),
			`14:11 syntax: YAML syntax: an item of a list starts with "- "; put it in front, indented as the other items`,
			`14:11 syntax: YAML-syntaxis: een item van een lijst begint met "- "; zet dat ervoor, ingesprongen zoals de andere items`},
		{"a missing dash before an item's keys", with(12, "      id: form", "        name: Fills in the form", "        emotion: 0", "        owner: Sales"),
			`12:7 syntax: YAML syntax: an item of a list starts with "- "; put it in front, indented as the other items`,
			`12:7 syntax: YAML-syntaxis: een item van een lijst begint met "- "; zet dat ervoor, ingesprongen zoals de andere items`},
		{"a missing colon", with(11, "        owner Marketing"),
			"11:9 syntax: YAML syntax: this line is no key: value; put ': ' after the key, or indent the line further to go on with the text above",
			"11:9 syntax: YAML-syntaxis: deze regel is geen sleutel: waarde; zet ': ' achter de sleutel, of laat de regel verder inspringen om de tekst erboven voort te zetten"},
		{"an at sign", with(9, "        name: @home"),
			"9:15 syntax: YAML syntax: text cannot start with @; put it in quotes",
			"9:15 syntax: YAML-syntaxis: tekst kan niet met @ beginnen; zet hem tussen aanhalingstekens"},
		{"a backtick", with(9, "        name: `cmd`"),
			"9:15 syntax: YAML syntax: text cannot start with `; put it in quotes",
			"9:15 syntax: YAML-syntaxis: tekst kan niet met ` beginnen; zet hem tussen aanhalingstekens"},
		{"an alias to no anchor", with(10, "        emotion: *feel"),
			"10:18 syntax: YAML syntax: alias *feel names no anchor; define it first with &feel",
			"10:18 syntax: YAML-syntaxis: alias *feel noemt geen anker; definieer het eerst met &feel"},
		{"text after a closing quote", with(9, `        name: "Sees" an ad`),
			"9:22 syntax: YAML syntax: text after the closing quote; put all of the text inside the quotes",
			"9:22 syntax: YAML-syntaxis: tekst na het sluitende aanhalingsteken; zet de hele tekst tussen de aanhalingstekens"},
		{"a list on the line of its key", with(12, "        pains: - Slow"),
			`12:16 syntax: YAML syntax: a list cannot start on the line of its key; put each "- " item on a line of its own below it, or put the text in quotes`,
			`12:16 syntax: YAML-syntaxis: een lijst kan niet op de regel van haar sleutel beginnen; zet elk item met "- " op een eigen regel eronder, of zet de tekst tussen aanhalingstekens`},
		{"an escape double quotes do not know", with(9, `        name: "Sees \q ad"`),
			`9:21 syntax: YAML syntax: \q is no escape inside double quotes; write \\ for a backslash, or use single quotes`,
			`9:21 syntax: YAML-syntaxis: \q is geen escape tussen dubbele aanhalingstekens; schrijf \\ voor een backslash, of gebruik enkele aanhalingstekens`},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			lang Lang
			want string
		}{{English, tt.en}, {Dutch, tt.nl}} {
			t.Run(tt.name+"/"+string(c.lang), func(t *testing.T) {
				j, diags := Parse("j.yaml", []byte(tt.src), Options{Lang: c.lang})
				pos, rest, _ := strings.Cut(c.want, " ")
				if got, want := listed(diags), pos+" error "+rest; len(got) != 1 || got[0] != want {
					t.Errorf("got  %q\nwant %q", got, want)
				}
				if j != nil {
					t.Error("a journey with a syntax error was returned")
				}
			})
		}
	}
}

// TestEveryProblemAfterSyntaxErrors: a file with two or three independent
// syntax errors and other problems: each is reported once, at its line,
// and nothing else; in the journey's language when its lang can be read.
func TestEveryProblemAfterSyntaxErrors(t *testing.T) {
	src := lines(
		"title: I request a quote",          // 1
		"persona: Sanne",                    // 2
		"phases:",                           // 3
		"  - id: aware",                     // 4
		"    name: Awareness",               // 5
		"    moment: befor",                 // 6: bad value
		"    touchpoints:",                  // 7
		"      - id: ad",                    // 8
		"        name: Sees an ad: big one", // 9: second colon
		"        emotion: 1",                // 10
		"        owner: Marketing",          // 11
		"      - id: form",                  // 12
		"        name: Fills in the form",   // 13
		"          emotion: -1",             // 14: indented 10
		"        owner: Sales",              // 15
		"  - id: buy",                       // 16
		"    name: Buy",                     // 17
		"    moment: during",                // 18
		"    touchpoints:",                  // 19
		"      - id: call",                  // 20
		"        name: Calls the shop",      // 21
		"        emotion: 7",                // 22: out of the scale
		"        pains: [Slow, Too slow",    // 23: never closed
		"        owner: Service",            // 24
		"improvements:",                     // 25
		"  - {id: fast, title: Faster, touchpoints: [frm], impact: 3, effort: 2}", // 26: unknown touchpoint
	)
	want := []string{
		`6:13 error bad-value: moment must be one of before, during, after; found the text "befor"; did you mean "before"?`,
		"9:25 error syntax: YAML syntax: a second ': ' on one line; put text that holds ': ' in quotes",
		"14:11 error syntax: YAML syntax: line 14 is indented 10 spaces, the other keys of this touchpoint 8; indent it as they are",
		"22:18 error out-of-scale: emotion 7 is outside the scale [-2, 2]",
		"23:16 error syntax: YAML syntax: [ is never closed; close it with ], and separate the items with commas",
		`26:45 error unresolved-reference: unknown touchpoint "frm"; did you mean "form"?`,
	}
	_, diags := Parse("j.yaml", []byte(src), Options{})
	if got := listed(diags); !slices.Equal(got, want) {
		t.Errorf("three syntax errors:\ngot  %q\nwant %q", got, want)
	}

	// Two syntax errors, and a Dutch journey: all of it in Dutch.
	nl := strings.Replace(src, "persona: Sanne\n", "persona: Sanne\nlang: nl\n", 1)
	nl = strings.Replace(nl, "        pains: [Slow, Too slow\n", "        pains: [Slow, Too slow]\n", 1)
	want = []string{
		`7:13 error bad-value: moment moet een van deze zijn: before, during, after; gevonden: de tekst "befor"; bedoelde je "before"?`,
		"10:25 error syntax: YAML-syntaxis: een tweede ': ' op één regel; zet tekst met ': ' erin tussen aanhalingstekens",
		"15:11 error syntax: YAML-syntaxis: regel 15 springt 10 spaties in, de andere sleutels van dit contactmoment 8; laat hem inspringen zoals zij",
		"23:18 error out-of-scale: emotion 7 ligt buiten de schaal [-2, 2]",
		`27:45 error unresolved-reference: onbekend contactmoment "frm"; bedoelde je "form"?`,
	}
	_, diags = Parse("j.yaml", []byte(nl), Options{})
	if got := listed(diags); !slices.Equal(got, want) {
		t.Errorf("two syntax errors, in Dutch:\ngot  %q\nwant %q", got, want)
	}
}

// TestRecoveryCausesNothing: what a recovery sets aside is not reported
// missing or unknown, and the values it repairs are not judged.
func TestRecoveryCausesNothing(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		// The value is set aside: its key still counts as given.
		{"a value not understood", with(10, "        emotion: !a!b 1"), "10:9 syntax"},
		// Quoted to read on, "1: 2" would be no whole number.
		{"a repaired value is not judged", with(10, "        emotion: 1: 2"), "10:19 syntax"},
		{"a repaired date is not judged", with(12, "reviewed: @2026-01-01"), "12:11 syntax"},
		// The id is in a line with a syntax error: a reference to it is
		// not reported unknown.
		{"an id in a broken line", with(8, "      - id: ad: x") + lines("improvements:", "  - {id: i, title: I, touchpoints: [ad], impact: 1, effort: 1}"), "8:15 syntax"},
		// A broken scale: emotions are not checked against the default.
		{"a scale set aside", with(10, "        emotion: 4") + lines("scale: [1, 5"), "12:8 syntax"},
		// Completed with its ': ', the value is not judged either.
		{"a completed key: value is not judged", with(10, "        emotion 1 2 3 4"), "10:9 syntax"},
		// A line set aside: the touchpoint it was in has no "emotion" only
		// because of that.
		{"a line set aside", with(10, "        Emotion is 1"), "10:9 syntax"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := Parse("j.yaml", []byte(tt.src), Options{})
			if len(diags) != 1 || fmt.Sprintf("%d:%d %s", diags[0].Pos.Line, diags[0].Pos.Column, diags[0].Code) != tt.want {
				t.Errorf("want one diagnostic at %s, got\n%s", tt.want, format(diags))
			}
		})
	}
}

// TestRecoveryIsBounded: a file of the largest size with a broken line on
// every other line is read again at most once, and reports at most
// maxRecoveries syntax errors.
func TestRecoveryIsBounded(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("title: T\npersona: P\nphases:\n")
	for b.Len() < MaxFileBytes-100 {
		b.WriteString("  - id: a\n     name: b\n")
	}
	src := b.Bytes()
	r := newRecovery("big.yaml", src)
	p := r.run(parseFast(src))
	if p.err == nil {
		t.Fatal("the recovery read the whole file: it had too much budget")
	}
	if r.spent > r.budget || r.spent > 2*len(src)+maxWindow*16 {
		t.Errorf("parsed %d bytes again for a file of %d; the budget is %d", r.spent, len(src), r.budget)
	}
	if len(r.syntax) == 0 || len(r.syntax) > maxRecoveries {
		t.Errorf("%d syntax errors", len(r.syntax))
	}
	if d := r.syntax[0]; d.Pos != (Pos{5, 6}) || d.Code != CodeSyntax {
		t.Errorf("first error %s", d)
	}

	// A small file is read on after each of its errors, up to the limit.
	b.Reset()
	b.WriteString("title: T\npersona: P\nphases:\n")
	for range maxRecoveries + 10 {
		b.WriteString("  - id: a\n    name: B: C\n    moment: before\n")
	}
	_, diags := Parse("small.yaml", b.Bytes(), Options{})
	if errs, _ := diags.Count(); errs != maxRecoveries {
		t.Errorf("%d errors, want %d:\n%s", errs, maxRecoveries, format(diags[:min(5, len(diags))]))
	}
}

// TestRecoveryIsDeterministic: the same broken file gives the same
// diagnostics on every run.
func TestRecoveryIsDeterministic(t *testing.T) {
	src := []byte(with(10, "       emotion: 1", "      id: form", "        name: F", "        emotion: 0") + lines("  - id: x", "     name: X", "    moment: after"))
	first := listed(Diagnostics(nil))
	for i := range 20 {
		_, diags := Parse("j.yaml", src, Options{})
		if i == 0 {
			first = listed(diags)
			continue
		}
		if got := listed(diags); !slices.Equal(got, first) {
			t.Fatalf("run %d:\n%q\nrun 0:\n%q", i, got, first)
		}
	}
}
