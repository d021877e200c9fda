package journey

import (
	"fmt"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/internal/sample"
)

// complete is a journey that follows every rule, --strict ones included;
// the cases of TestRules change a few of its lines.
var complete = []string{
	"title: I request a quote",                  // 1
	"persona: Sanne",                            // 2
	"reviewed: 2026-09-15",                      // 3
	"phases:",                                   // 4
	"  - id: request",                           // 5
	"    name: Request a quote",                 // 6
	"    moment: before",                        // 7
	"    touchpoints:",                          // 8
	"      - id: form",                          // 9
	"        name: Fills in the form",           // 10
	"        owner: E-commerce",                 // 11
	"        emotion: -1",                       // 12
	"        pains: [Fourteen required fields]", // 13
	"        evidence: [funnel]",                // 14
	"      - id: call",                          // 15
	"        name: Gets a call",                 // 16
	"        owner: Sales",                      // 17
	"        emotion: 2",                        // 18
	"        evidence: [crm]",                   // 19
	"evidence:",                                 // 20
	"  - {id: funnel, kind: analytics, source: Form funnel}", // 21
	"  - {id: crm, kind: crm, source: CRM export}",           // 22
	"improvements:",                        // 23
	"  - id: short-form",                   // 24
	"    title: Ask only for the postcode", // 25
	"    touchpoints: [form]",              // 26
	"    impact: 4",                        // 27
	"    effort: 1",                        // 28
	"    owner: E-commerce",                // 29
	"    due: 2027-01-31",                  // 30
	"    status: open",                     // 31
}

// changed returns complete with each numbered line (1-based) replaced by
// its lines: none deletes it, several insert.
func changed(edits map[int][]string) string {
	var out []string
	for i, l := range complete {
		if repl, ok := edits[i+1]; ok {
			out = append(out, repl...)
			continue
		}
		out = append(out, l)
	}
	return lines(out...)
}

var ruleToday = Date{Year: 2026, Month: 11, Day: 22}

// TestRules checks each rule on its own: its one diagnostic, at its exact
// line and column, a warning without --strict and an error with it, with
// the same code. The rules of --strict alone give nothing without it.
func TestRules(t *testing.T) {
	tests := []struct {
		name   string
		edits  map[int][]string
		want   string // "line:col code", or "" for none
		strict bool   // only with --strict
		msg    string // a part of the message
	}{
		{"complete", nil, "", false, ""},

		// Improvements.
		{"improvement without owner", map[int][]string{29: nil}, "24:5 improvement-no-owner", false,
			`improvement "short-form" has no owner; add owner:`},
		{"improvement without due date", map[int][]string{30: nil}, "24:5 improvement-no-due", false,
			`improvement "short-form" has no due date; add due: YYYY-MM-DD`},
		{"doing without owner", map[int][]string{29: nil, 31: {"    status: doing"}}, "24:5 improvement-no-owner", false, "no owner"},
		{"done needs no owner or due date", map[int][]string{29: nil, 30: nil, 31: {"    status: done"}}, "", false, ""},
		{"dropped needs no owner or due date", map[int][]string{29: nil, 30: nil, 31: {"    status: dropped"}}, "", false, ""},
		{"overdue", map[int][]string{30: {"    due: 2026-11-21"}}, "30:10 improvement-overdue", false,
			`improvement "short-form" is overdue: due 2026-11-21, still open on 2026-11-22`},
		{"overdue while doing", map[int][]string{30: {"    due: 2025-01-31"}, 31: {"    status: doing"}}, "30:10 improvement-overdue", false,
			"due 2025-01-31, still doing on 2026-11-22"},
		{"due today is not overdue", map[int][]string{30: {"    due: 2026-11-22"}}, "", false, ""},
		{"done past its due date", map[int][]string{30: {"    due: 2025-01-31"}, 31: {"    status: done"}}, "", false, ""},
		{"overdue in a flow mapping", map[int][]string{24: {"  - {id: short-form, title: Short, touchpoints: [form], impact: 4, effort: 1, owner: E-commerce, due: 2026-01-31}"},
			25: nil, 26: nil, 27: nil, 28: nil, 29: nil, 30: nil, 31: nil}, "24:103 improvement-overdue", false, "due 2026-01-31"},

		// Touchpoints.
		{"touchpoint without owner", map[int][]string{11: nil}, "9:9 touchpoint-no-owner", false,
			`touchpoint "form" has no owner; add owner:`},
		{"pains no improvement names", map[int][]string{26: {"    touchpoints: [call]"}}, "13:9 pain-unaddressed", false,
			`touchpoint "form" has pains that no improvement addresses; add an improvement with touchpoints: [form]`},
		{"pains of an improvement without touchpoints", map[int][]string{26: nil}, "13:9 pain-unaddressed", false, "has pains"},
		{"pains addressed by a dropped improvement", map[int][]string{31: {"    status: dropped"}}, "", false, ""},
		{"lowest emotion, below neutral, unaddressed", map[int][]string{13: nil, 26: nil}, "9:9 pain-unaddressed", false,
			`touchpoint "form" is a pain point, the lowest emotion of the journey (-1), that no improvement addresses`},
		{"lowest emotion at neutral is a pain point, as the map marks it", map[int][]string{12: {"        emotion: 0"}, 13: nil, 26: nil},
			"9:9 pain-unaddressed", false, "the lowest emotion of the journey (0)"},
		{"lowest emotion above neutral is no pain point", map[int][]string{12: {"        emotion: 1"}, 13: nil, 26: nil}, "", false, ""},
		{"lowest below the middle of a scale without 0", map[int][]string{1: {"title: I request a quote", "scale: [1, 5]"}, 12: {"        emotion: 2"}, 13: nil, 18: {"        emotion: 5"}, 26: nil},
			"10:9 pain-unaddressed", false, "the lowest emotion of the journey (2)"},
		{"ends on the lowest emotion", map[int][]string{12: {"        emotion: 2"}, 18: {"        emotion: 1"}}, "15:9 ends-low", false,
			`the journey ends on its lowest emotion (1, at touchpoint "call"); customers remember the peak and the end`},
		{"a flat curve does not end low", map[int][]string{12: {"        emotion: 1"}, 18: {"        emotion: 1"}}, "", false, ""},
		{"no evidence", map[int][]string{19: nil}, "15:9 no-evidence", true,
			`touchpoint "call" names no evidence for its emotion; add evidence: [id]`},
		{"only an assumption as evidence", map[int][]string{22: {"  - {id: crm, kind: assumption, source: Sales thinks so}"}}, "15:9 no-evidence", true,
			`touchpoint "call" names only assumptions for its emotion; add evidence: [id]`},
		{"an assumption beside a source", map[int][]string{19: {"        evidence: [crm, funnel]"}, 22: {"  - {id: crm, kind: assumption, source: Sales thinks so}"}}, "", true, ""},

		// Phases and the journey.
		{"phase without touchpoints", map[int][]string{20: {"  - id: after", "    name: After", "    moment: after", "evidence:"}}, "20:5 phase-empty", false,
			`phase "after" has no touchpoints; add the contact moments of this phase, or remove it`},
		{"phase with an empty list", map[int][]string{20: {"  - {id: after, name: After, moment: after, touchpoints: []}", "evidence:"}}, "20:5 phase-empty", false, "no touchpoints"},
		{"no reviewed date", map[int][]string{3: nil}, "1:1 no-review", true,
			"no reviewed date; add reviewed: YYYY-MM-DD"},
		{"old review", map[int][]string{3: {"reviewed: 2025-09-15"}}, "3:11 review-overdue", false, "14 months ago"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(changed(tt.edits))
			for _, strict := range []bool{false, true} {
				want, sev := tt.want, Warning
				if strict {
					sev = Error
				} else if tt.strict {
					want = ""
				}
				j, diags := Parse("j.yaml", src, Options{Today: ruleToday, Strict: strict})
				if want == "" {
					if len(diags) != 0 || j == nil {
						t.Errorf("strict %v: want no diagnostic, got:\n%s", strict, format(diags))
					}
					continue
				}
				if len(diags) != 1 {
					t.Errorf("strict %v: want exactly one diagnostic %q, got %d:\n%s", strict, want, len(diags), format(diags))
					continue
				}
				d := diags[0]
				if got := fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Column, d.Code); got != want || d.Severity != sev || !strings.Contains(d.Message, tt.msg) {
					t.Errorf("strict %v: got %s %s %q\nwant %s %s, message containing %q", strict, got, d.Severity, d.Message, want, sev, tt.msg)
				}
				if (j == nil) != (sev == Error) {
					t.Errorf("strict %v: journey returned %v with a %s", strict, j != nil, sev)
				}
			}
		})
	}
}

// TestRulesWithoutToday: with a zero Today, as render parses, no rule that
// depends on the date fires, with --strict or without.
func TestRulesWithoutToday(t *testing.T) {
	src := []byte(changed(map[int][]string{3: {"reviewed: 2020-01-01"}, 30: {"    due: 2020-01-31"}}))
	for _, strict := range []bool{false, true} {
		if j, diags := Parse("j.yaml", src, Options{Strict: strict}); len(diags) != 0 || j == nil {
			t.Errorf("strict %v: got\n%s", strict, format(diags))
		}
	}
	// The same journey with a today: the review and the improvement are overdue.
	_, diags := Parse("j.yaml", src, Options{Today: ruleToday})
	var got []Code
	for _, d := range diags {
		got = append(got, d.Code)
	}
	if fmt.Sprint(got) != fmt.Sprint([]Code{CodeReviewOverdue, CodeImprovementOverdue}) {
		t.Errorf("with today: got\n%s", format(diags))
	}
	// A review after today is no longer in the future without one.
	src = []byte(changed(map[int][]string{3: {"reviewed: 2030-01-01"}}))
	if _, diags := Parse("j.yaml", src, Options{}); len(diags) != 0 {
		t.Errorf("review in the future: got\n%s", format(diags))
	}
}

// TestRulesAllAtOnce: every rule that applies is reported, in order, and
// --strict turns all of them, and the older warnings, into errors.
func TestRulesAllAtOnce(t *testing.T) {
	src := lines(
		"title: t", // 1: no persona, no reviewed
		"phases:",
		"  - {id: empty, name: Empty, moment: before}", // 3
		"  - id: p",
		"    name: P",
		"    moment: during",
		"    touchpoints:",
		"      - {id: a, name: A, emotion: 1, owner: O, evidence: [e]}", // 8
		"      - {id: b, name: B, emotion: -1, pains: [Slow]}",          // 9
		"evidence:",
		"  - {id: e, kind: crm, source: CRM}",
		"improvements:",
		"  - {id: i, title: I, touchpoints: [a], impact: 3, effort: 2, due: 2026-01-31}", // 13
		"  - {id: j, title: J, touchpoints: [a], impact: 3, effort: 2, owner: O}",        // 14
	)
	want := []string{
		"1:1 warning no-persona",
		"3:5 warning phase-empty",
		"9:9 warning ends-low",
		"9:9 warning touchpoint-no-owner",
		"9:39 warning pain-unaddressed",
		"13:5 warning improvement-no-owner",
		"13:68 warning improvement-overdue",
		"14:5 warning improvement-no-due",
	}
	check := func(opts Options, want []string) {
		t.Helper()
		_, diags := Parse("j.yaml", []byte(src), opts)
		var got []string
		for _, d := range diags {
			got = append(got, fmt.Sprintf("%d:%d %s %s", d.Pos.Line, d.Pos.Column, d.Severity, d.Code))
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%+v: got\n%s\nwant\n%s", opts, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	check(Options{Today: ruleToday}, want)
	check(Options{Today: ruleToday, Strict: true}, []string{
		"1:1 error no-persona",
		"1:1 error no-review",
		"3:5 error phase-empty",
		"9:9 error ends-low",
		"9:9 error no-evidence",
		"9:9 error touchpoint-no-owner",
		"9:39 error pain-unaddressed",
		"13:5 error improvement-no-owner",
		"13:68 error improvement-overdue",
		"14:5 error improvement-no-due",
	})
}

// TestRulesNeedAValidJourney: a journey with errors gets none of the rules'
// warnings, which could be wrong about it: here the touchpoint that fails
// would leave its phase looking empty.
func TestRulesNeedAValidJourney(t *testing.T) {
	src := changed(map[int][]string{
		12: {"        emotion: yes"},                    // an error: the touchpoint is not decoded
		15: {"      - id: call", "        mood: happy"}, // another
		29: nil,                                         // improvement-no-owner, were the journey valid
	})
	_, diags := Parse("j.yaml", []byte(src), Options{Today: ruleToday})
	for _, d := range diags {
		if d.Severity != Error {
			t.Errorf("a warning on an invalid journey: %s", d)
		}
	}
	if len(diags) != 2 {
		t.Errorf("want the two errors, got\n%s", format(diags))
	}
}

// TestRulesPositionThroughMergeKeys: pains merged from an x- block are
// reported where they are written.
func TestRulesPositionThroughMergeKeys(t *testing.T) {
	src := changed(map[int][]string{
		1:  {"x-form: &form {pains: [Fourteen required fields]}", "title: I request a quote"}, // the pains at 1:16
		13: {"        <<: *form"},
		26: {"    touchpoints: [call]"},
	})
	_, diags := Parse("j.yaml", []byte(src), Options{Today: ruleToday})
	if len(diags) != 1 || diags[0].Code != CodePainUnaddressed || diags[0].Pos != (Pos{1, 16}) {
		t.Errorf("got\n%s", format(diags))
	}
}

// TestSampleFollowsTheRules: the synthetic journeys of benchmarks and tests
// pass --strict, so that they measure a journey without diagnostics.
func TestSampleFollowsTheRules(t *testing.T) {
	for _, n := range []int{1, 5, 10, 13, 56, 97, 149, MaxTouchpoints} {
		if _, diags := Parse("s.yaml", sample.Journey(n), Options{Today: ruleToday, Strict: true}); len(diags) != 0 {
			t.Errorf("%d touchpoints: %s", n, format(diags))
		}
	}
}
