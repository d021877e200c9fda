package journey

import (
	"fmt"
	"strings"
	"testing"
)

// lines joins YAML lines, so that a case's line numbers can be read off.
func lines(ls ...string) string { return strings.Join(ls, "\n") + "\n" }

// minimal is the smallest valid journey that gives no warning either (its
// touchpoint has an owner); cases below change one thing in it.
var minimal = []string{
	"title: I request a quote", // 1
	"persona: Sanne",           // 2
	"phases:",                  // 3
	"  - id: aware",            // 4
	"    name: Awareness",      // 5
	"    moment: before",       // 6
	"    touchpoints:",         // 7
	"      - id: ad",           // 8
	"        name: Sees an ad", // 9
	"        emotion: 1",       // 10
	"        owner: Marketing", // 11
}

// with returns minimal with line n (1-based) replaced by repl, which may be
// several lines; n past the end appends.
func with(n int, repl ...string) string {
	ls := append([]string(nil), minimal...)
	if n > len(ls) {
		return lines(append(ls, repl...)...)
	}
	out := append(append(append([]string(nil), ls[:n-1]...), repl...), ls[n:]...)
	return lines(out...)
}

func TestMinimalIsValid(t *testing.T) {
	j, diags := Parse("m.yaml", []byte(lines(minimal...)), Options{})
	if len(diags) != 0 || j == nil {
		t.Fatalf("minimal journey: got %v", diags)
	}
	if j.Title != "I request a quote" || j.Persona.Name != "Sanne" || j.Scale != (Scale{Min: -2, Max: 2}) || j.Lang != English {
		t.Errorf("decoded %+v", j)
	}
	if len(j.Phases) != 1 || len(j.Phases[0].Touchpoints) != 1 || j.Phases[0].Touchpoints[0].Emotion != 1 {
		t.Errorf("phases %+v", j.Phases)
	}
}

// TestDiagnostics checks each kind of problem: its one diagnostic, at its
// exact line and column, with its code and the words that explain it.
func TestDiagnostics(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // "line:col severity code"
		msg  string // a part of the message
	}{
		// Before YAML.
		{"empty file", "", "1:1 error empty", "empty or only comments"},
		{"comment-only file", "# a journey\n\n# more\n", "1:1 error empty", "empty or only comments"},
		{"whitespace-only file", "  \n\n", "1:1 error empty", "empty"},
		{"invalid UTF-8", with(9, "        name: Sees \xff ad"), "9:20 error encoding", "invalid UTF-8 byte 0xFF"},
		{"NUL byte", with(9, "        name: Sees\x00"), "9:19 error control-character", "NUL byte"},
		{"control character", with(9, "        name: Sees\x1b[31m"), "9:19 error control-character", "U+001B"},
		{"tab indentation", with(5, "\tname: Awareness"), "5:1 error tab-indentation", "spaces only"},
		{"tab after spaces", with(10, "    \t  emotion: 1"), "10:5 error tab-indentation", "spaces only"},
		{"too large", "title: " + strings.Repeat("x", MaxFileBytes), "1:1 error too-large", "larger than 2097152 bytes"},

		// YAML structure.
		{"second colon", with(5, "    name: A: B"), "5:12 error syntax", "YAML syntax: a second ': ' on one line"},
		{"unclosed quote", with(1, `title: "I request`), "1:8 error syntax", "never closed"},
		{"unclosed flow list", with(12, "        pains: [a, b"), "12:16 error syntax", "YAML syntax"},
		{"bad indentation", with(10, "       emotion: 1"), "10:8 error syntax", "YAML syntax"},
		{"at sign", with(9, "        name: @home"), "9:15 error syntax", "cannot start with @"},
		{"tab on an empty line", with(12, "\t"), "12:1 error tab-indentation", "spaces only"},
		{"text after the document end", lines(append(append([]string(nil), minimal...), "...", "title: x")...), "13:1 error multiple-documents", "after the end of the document"},
		{"second document", lines(append(append([]string(nil), minimal...), "---", "title: Another")...), "12:1 error multiple-documents", "one document"},
		{"unknown tag", with(9, "        name: !include ad.txt"), "9:15 error unknown-tag", `unknown tag "!include"`},
		{"duplicate key", with(12, "        emotion: 2"), "12:9 error duplicate-key", `duplicate key "emotion" (first at line 10)`},
		{"duplicate top-level key", with(12, "title: Again"), "12:1 error duplicate-key", `duplicate key "title" (first at line 1)`},
		{"alias cycle", with(12, "        pains: &p [*p]"), "12:20 error alias-cycle", "refers to the node that contains it"},
		{"merge of a scalar", with(12, "        <<: nothing"), "12:13 error bad-merge", "merge key"},
		{"undefined alias", with(10, "        emotion: *feel"), "10:18 error syntax", "alias *feel names no anchor"},

		// Keys and types.
		{"misspelt key", with(9, "        nmae: Sees an ad"), "9:9 error unknown-key", `unknown key "nmae" in touchpoint; did you mean "name"?`},
		{"unknown top-level key", with(3, "phase:"), "3:1 error unknown-key", `unknown key "phase" in the journey; did you mean "phases"?`},
		{"missing title", lines(minimal[1:]...), "1:1 error missing-field", `the journey has no "title"`},
		{"missing emotion", lines(minimal[:9]...), "8:9 error missing-field", `touchpoint has no "emotion"`},
		{"empty name", with(9, `        name: "  "`), "9:15 error empty-value", "name is empty"},
		{"invisible name", with(9, `        name: "\u200b"`), "9:15 error empty-value", "name is empty"},
		{"null name", with(9, "        name:"), "9:14 error empty-value", "name is empty"},
		{"list where text belongs", with(1, "title: [a, b]"), "1:8 error wrong-type", "title must be text; found a list"},
		{"text where list belongs", lines(minimal[0], minimal[1], "phases: awareness"), "3:9 error wrong-type", "phases must be a list"},
		{"phase as text", with(4, "  - awareness", "  - id: aware"), "4:5 error wrong-type", "phase must be a mapping"},
		{"no phases", lines(minimal[0], minimal[1], "phases: []"), "3:9 error missing-field", "at least one phase"},
		{"bad enum", with(6, "    moment: befor"), "6:13 error bad-value", `moment must be one of before, during, after; found the text "befor"; did you mean "before"?`},
		{"Dutch word for a moment", with(6, "    moment: voor"), "6:13 error bad-value", `the format's words are English: did you mean "before"?`},
		{"Dutch word for a moment, accented", with(6, "    moment: Tijdens"), "6:13 error bad-value", `the format's words are English: did you mean "during"?`},
		{"Dutch word for a status", with(12, "improvements:", "  - {id: a, title: A, impact: 3, effort: 2, status: klaar}"), "13:53 error bad-value", `the format's words are English: did you mean "done"?`},
		{"Dutch synonym for a status", with(12, "improvements:", "  - {id: a, title: A, impact: 3, effort: 2, status: vervallen}"), "13:53 error bad-value", `did you mean "dropped"?`},
		{"Dutch word for a kind of evidence, as the report writes it", with(12, "evidence:", "  - {id: ga, kind: webanalyse, source: GA}"), "13:20 error bad-value", `the format's words are English: did you mean "analytics"?`},
		{"a value in capitals is no translation", with(12, "evidence:", "  - {id: c, kind: CRM, source: C}"), "13:19 error bad-value", `did you mean "crm"?`},
		{"bad lang", with(12, "lang: de"), "12:7 error bad-value", "lang must be one of en, nl"},
		{"loop yes", with(12, "loop: yes"), "12:7 error bad-value", "loop must be true or false; found yes, which YAML 1.1 reads as a boolean"},
		{"loop quoted", with(12, `loop: "true"`), "12:7 error bad-value", `found the text "true" (remove the quotes)`},
		{"date and time", with(12, "reviewed: 2026-01-01T10:00:00Z"), "12:11 error bad-value", "write the date alone, 2026-01-01"},
		{"unknown tag only once", lines(minimal[0], minimal[1], "phases: !include phases.yaml"), "3:9 error unknown-tag", `unknown tag "!include"`},
		{"all missing keys at once", lines(append(minimal[:7:7], "      - {}")...), "8:9 error missing-field", `touchpoint has no "id", "name" or "emotion"`},
		{"bad id, reference not reported again", with(12, "        evidence: [crm]", "evidence:", "  - {id: Crm, kind: crm, source: CRM}"), "14:10 error bad-id", `such as "crm"`},
		{"tie goes to the longer shared start", with(12, "channels:", "  - {id: web, name: Website, kind: ofline}"), "13:36 error bad-value", `did you mean "offline"?`},

		// Values YAML turns into something else.
		{"yes as a number", with(10, "        emotion: yes"), "10:18 error bad-value", "found yes, which YAML reads as a boolean"},
		{"true as a number", with(10, "        emotion: true"), "10:18 error bad-value", "found true, which YAML reads as a boolean"},
		{"leading zero", with(10, "        emotion: 01"), "10:18 error bad-value", "leading zero"},
		{"octal", with(10, "        emotion: 0o1"), "10:18 error bad-value", "write numbers in decimal"},
		{"nan", with(10, "        emotion: .nan"), "10:18 error bad-value", "special float"},
		{"infinity", with(10, "        emotion: -.inf"), "10:18 error bad-value", "special float"},
		{"huge float", with(10, "        emotion: 1e309"), "10:18 error bad-value", "1e309, which is not a whole number"},
		{"fraction", with(10, "        emotion: 1.5"), "10:18 error bad-value", "not a whole number"},
		{"quoted number", with(10, `        emotion: "1"`), "10:18 error bad-value", "remove the quotes"},
		{"date as a number", with(10, "        emotion: 2026-03-01"), "10:18 error bad-value", "found the date 2026-03-01"},
		{"too large number", with(10, "        emotion: 99999999999999999999999"), "10:18 error bad-value", "too large"},
		{"date without leading zeros", with(12, "reviewed: 2026-3-1"), "12:11 error bad-value", "found 2026-3-1; write 2026-03-01"},
		{"tagged number", with(10, "        emotion: !!float 1"), "10:18 error bad-value", `found "1" tagged !!float`},
		{"string-tagged number", with(10, "        emotion: !!str 1"), "10:18 error bad-value", `found "1" tagged !!str`},
		{"empty channel", with(12, "        channel: ''"), "12:18 error empty-value", "channel is empty"},
		{"number as date", with(12, "reviewed: 20260301"), "12:11 error bad-value", "YYYY-MM-DD"},
		{"impossible date", with(12, "reviewed: 2026-02-30"), "12:11 error bad-value", "2026-02-30 is not a day of the calendar"},

		// Ids and references.
		{"id not a slug", with(8, "      - id: Sees Ad"), "8:13 error bad-id", `such as "sees-ad"`},
		{"misspelt persona", with(2, "persoan: Sanne"), "2:1 error unknown-key", `did you mean "persona"?`},
		{"id with accents", with(4, "  - id: Oriëntatie"), "4:9 error bad-id", `such as "orientatie"`},
		{"duplicate touchpoint id", with(12, "      - id: ad", "        name: Again", "        emotion: 0"), "12:13 error duplicate-id", `duplicate touchpoint id "ad" (first at line 8:13)`},
		{"duplicate phase id", with(12, "  - id: aware", "    name: Again", "    moment: after"), "12:9 error duplicate-id", `duplicate phase id "aware"`},
		{"unknown channel", with(12, "        channel: webb", "channels:", "  - {id: web, name: Website, kind: online}"), "12:18 error unresolved-reference", `unknown channel "webb"; did you mean "web"?`},
		{"unknown evidence", with(12, "        evidence: [intervews]", "evidence:", "  - {id: interviews, kind: interview, source: 8 interviews}"), "12:20 error unresolved-reference", `unknown evidence "intervews"; did you mean "interviews"?`},
		{"no evidence at all", with(12, "        evidence: [interviews]"), "12:20 error unresolved-reference", "there are no evidence ids"},
		{"improvement touchpoint", with(12, "improvements:", "  - {id: fast, title: Faster, touchpoints: [da], impact: 4, effort: 2}"), "13:45 error unresolved-reference", `unknown touchpoint "da"`},
		{"channel by name", with(12, "        channel: Website", "channels:", "  - {id: web, name: Website, kind: online}"), "12:18 error unresolved-reference", `unknown channel "Website"; that is the name of channel "web": use its id`},
		{"wrong scale, emotions unchecked", with(10, "        emotion: 4") + lines("scale: [5, 1]"), "12:8 error out-of-range", "from low to high"},
		{"bad channel kind", with(12, "channels:", "  - {id: web, name: Website, kind: digital}"), "13:36 error bad-value", "kind must be one of online, offline"},

		// Scale, ranges and limits.
		{"emotion outside scale", with(10, "        emotion: 3"), "10:18 error out-of-scale", "emotion 3 is outside the scale [-2, 2]"},
		{"ideal outside custom scale", with(12, "        ideal: 0", "scale: [1, 5]"), "12:16 error out-of-scale", "ideal 0 is outside the scale [1, 5]"},
		{"scale backwards", with(12, "scale: [2, -2]"), "12:8 error out-of-range", "from low to high"},
		{"scale too wide", with(12, "scale: [-5, 8]"), "12:8 error out-of-range", "spans 13 steps; the limit is 10"},
		{"scale beyond bounds", with(12, "scale: [-5000000000000000000, 5000000000000000000]"), "12:8 error out-of-range", "must lie within [-10, 10]"},
		{"CR line endings", "title: x\rpersona: y\r", "1:9 error control-character", "carriage return without a line feed"},
		{"line separator", with(9, "        name: a\u2028b"), "9:16 error control-character", "U+2028"},
		{"persona as a list", with(2, "persona: [Sanne]"), "2:10 error wrong-type", "persona must be text, or a mapping"},
		{"scale not a pair", with(12, "scale: 5"), "12:8 error wrong-type", "two whole numbers"},
		{"impact out of range", with(12, "improvements:", "  - {id: fast, title: Faster, impact: 0, effort: 2}"), "13:39 error out-of-range", "impact must be from 1 (low) to 5 (high); found 0"},
		{"label too long", with(9, "        name: "+strings.Repeat("a", MaxLabelRunes+1)), "9:15 error too-long", "the limit is 200"},
		{"too many pains", with(12, "        pains: ["+strings.TrimSuffix(strings.Repeat("p, ", MaxListItems+1), ", ")+"]"), "12:167 error too-many", "more than 50 items"},

		// Warnings.
		{"no persona", lines(append([]string{minimal[0]}, minimal[2:]...)...), "1:1 warning no-persona", "no persona"},
		{"moments out of order past a phase without one", with(6, "    moment: after", "    touchpoints: [{id: call, name: Calls, emotion: 1, owner: Sales}]", "  - id: think", "    name: Think", "    touchpoints: [{id: mull, name: Mulls it over, emotion: 1, owner: Sales}]", "  - id: buy", "    name: Buy", "    moment: during"), "11:5 warning moment-order", `phase "buy" has moment during but follows phase "aware", whose moment is after`},
		{"moments out of order", with(6, "    moment: after", "    touchpoints: [{id: call, name: Calls, emotion: 1, owner: Sales}]", "  - id: buy", "    name: Buy", "    moment: during"), "8:5 warning moment-order", `phase "buy" has moment during but follows phase "aware", whose moment is after`},
		{"old review", with(12, "reviewed: 2025-10-01"), "12:11 warning review-overdue", "13 months ago"},
		{"review in the future", with(12, "reviewed: 2027-01-01"), "12:11 warning review-in-future", "after today"},
	}
	today := Date{Year: 2026, Month: 11, Day: 22}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, diags := Parse("j.yaml", []byte(tt.src), Options{Today: today})
			if len(diags) != 1 {
				t.Fatalf("want exactly one diagnostic %q, got %d:\n%s", tt.want, len(diags), format(diags))
			}
			d := diags[0]
			got := fmt.Sprintf("%d:%d %s %s", d.Pos.Line, d.Pos.Column, d.Severity, d.Code)
			if got != tt.want || !strings.Contains(d.Message, tt.msg) {
				t.Errorf("got  %s %q\nwant %s, message containing %q", got, d.Message, tt.want, tt.msg)
			}
			if d.File != "j.yaml" {
				t.Errorf("file %q", d.File)
			}
			if (j == nil) != (d.Severity == Error) {
				t.Errorf("journey returned %v with a %s", j != nil, d.Severity)
			}
		})
	}
}

func format(diags Diagnostics) string {
	var b strings.Builder
	for _, d := range diags {
		fmt.Fprintf(&b, "  %s [%s]\n", d, d.Code)
	}
	return b.String()
}
