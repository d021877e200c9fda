package report

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/journey"
)

// touchpointYAML is one touchpoint of a test journey: its id, emotion
// and, unless it is nil, its ideal.
type touchpointYAML struct {
	id      string
	emotion int
	ideal   *int
	pains   []string
}

func ideal(v int) *int { return &v }

// journeyYAML writes a journey with the touchpoints in phases, and the
// improvements given as YAML flow mappings.
func journeyYAML(scale string, phases [][]touchpointYAML, improvements ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: Test\npersona: Tess\nscale: %s\nphases:\n", scale)
	for i, tps := range phases {
		fmt.Fprintf(&b, "  - id: p%d\n    name: Phase %d\n    moment: before\n    touchpoints:\n", i+1, i+1)
		for _, tp := range tps {
			fmt.Fprintf(&b, "      - {id: %s, name: Touchpoint %s, emotion: %d", tp.id, tp.id, tp.emotion)
			if tp.ideal != nil {
				fmt.Fprintf(&b, ", ideal: %d", *tp.ideal)
			}
			if len(tp.pains) > 0 {
				fmt.Fprintf(&b, ", pains: [%s]", strings.Join(tp.pains, ", "))
			}
			b.WriteString("}\n")
		}
	}
	if len(improvements) > 0 {
		b.WriteString("improvements:\n")
		for _, im := range improvements {
			fmt.Fprintf(&b, "  - %s\n", im)
		}
	}
	return b.String()
}

func stopIDs[T any](items []T, id func(T) string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = id(it)
	}
	return out
}

// TestGapRanking: gaps are ranked by |ideal − emotion|, largest first,
// equal sizes in journey order (across phases); touchpoints at their
// ideal and without one are counted, not ranked; the sign tells whether
// the ideal lies above or below.
func TestGapRanking(t *testing.T) {
	for _, tc := range []struct {
		name             string
		phases           [][]touchpointYAML
		want             []string // id:diff
		atIdeal, noIdeal int
	}{
		{
			name: "sizes, signs and ties",
			phases: [][]touchpointYAML{
				{{id: "a", emotion: -1, ideal: ideal(1)}, {id: "b", emotion: 2, ideal: ideal(1)}, {id: "c", emotion: 0}},
				{{id: "d", emotion: -2, ideal: ideal(0)}, {id: "e", emotion: 1, ideal: ideal(1)}, {id: "f", emotion: 2, ideal: ideal(-1)}},
			},
			want:    []string{"f:-3", "a:2", "d:2", "b:-1"},
			atIdeal: 1, noIdeal: 1,
		},
		{
			name:   "a tie keeps journey order, not phase order reversed",
			phases: [][]touchpointYAML{{{id: "z", emotion: 0, ideal: ideal(-1)}}, {{id: "y", emotion: 0, ideal: ideal(1)}}},
			want:   []string{"z:-1", "y:1"},
		},
		{
			name:    "no ideals",
			phases:  [][]touchpointYAML{{{id: "a", emotion: 0}, {id: "b", emotion: 1}}},
			noIdeal: 2,
		},
		{
			name:    "every ideal met",
			phases:  [][]touchpointYAML{{{id: "a", emotion: 0, ideal: ideal(0)}}},
			atIdeal: 1,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j, _ := parse(t, journeyYAML("[-3, 3]", tc.phases), journey.Date{})
			s := summarise(j, nil, Options{})
			got := stopIDs(s.gaps, func(g gap) string { return fmt.Sprintf("%s:%d", g.tp.ID, g.diff()) })
			if !slices.Equal(got, tc.want) && !(len(got) == 0 && len(tc.want) == 0) {
				t.Errorf("gaps %v, want %v", got, tc.want)
			}
			if s.atIdeal != tc.atIdeal || s.noIdeal != tc.noIdeal {
				t.Errorf("at ideal %d, without %d; want %d, %d", s.atIdeal, s.noIdeal, tc.atIdeal, tc.noIdeal)
			}
			md := markdownOf(t, j, nil, journey.Date{})
			checkMarkdown(t, tc.name, md)
			for i, g := range s.gaps {
				row := fmt.Sprintf("| %d | Touchpoint %s | ", i+1, g.tp.ID)
				if !strings.Contains(md, row) {
					t.Errorf("the report has no row %q", row)
				}
			}
		})
	}
}

// TestGapSigns: the gap column shows + where the ideal lies above the
// current emotion and − (a true minus) where it lies below.
func TestGapSigns(t *testing.T) {
	j, _ := parse(t, journeyYAML("[-2, 2]", [][]touchpointYAML{{
		{id: "up", emotion: -2, ideal: ideal(1)}, {id: "down", emotion: 2, ideal: ideal(0)},
	}}), journey.Date{})
	md := markdownOf(t, j, nil, journey.Date{})
	for _, row := range []string{
		"| 1 | Touchpoint up | Phase 1 | −2 | +1 | +3 |",
		"| 2 | Touchpoint down | Phase 1 | +2 | 0 | −2 |",
	} {
		if !strings.Contains(md, row) {
			t.Errorf("the report lacks %q:\n%s", row, md)
		}
	}
}

// TestQuadrantGrouping: improvements are grouped quick wins, major
// projects, fill-ins, thankless tasks, each in the order of the file;
// high means 3 or more; empty quadrants are left out.
func TestQuadrantGrouping(t *testing.T) {
	one := [][]touchpointYAML{{{id: "a", emotion: 0}}}
	for _, tc := range []struct {
		name string
		ims  []string
		want []string // quadrant: ids
	}{
		{
			name: "all four, boundaries at 3",
			ims: []string{
				"{id: t1, title: T1, impact: 2, effort: 3}",
				"{id: f1, title: F1, impact: 2, effort: 2}",
				"{id: m1, title: M1, impact: 3, effort: 3}",
				"{id: q1, title: Q1, impact: 3, effort: 2}",
				"{id: q2, title: Q2, impact: 5, effort: 1}",
				"{id: t2, title: T2, impact: 1, effort: 5}",
				"{id: m2, title: M2, impact: 5, effort: 5}",
			},
			want: []string{"quick-win: q1 q2", "major-project: m1 m2", "fill-in: f1", "thankless-task: t1 t2"},
		},
		{
			name: "empty quadrants left out",
			ims:  []string{"{id: t, title: T, impact: 1, effort: 4}", "{id: q, title: Q, impact: 4, effort: 1}"},
			want: []string{"quick-win: q", "thankless-task: t"},
		},
		{name: "none"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j, _ := parse(t, journeyYAML("[-2, 2]", one, tc.ims...), journey.Date{})
			s := summarise(j, nil, Options{})
			var got []string
			for _, g := range s.groups {
				got = append(got, string(g.quadrant)+": "+strings.Join(stopIDs(g.items, func(it item) string { return it.im.ID }), " "))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("groups %q, want %q", got, tc.want)
			}
			md := markdownOf(t, j, nil, journey.Date{})
			checkMarkdown(t, tc.name, md)
			// The Markdown has the groups in the same order, and the CSV its
			// rows.
			last := -1
			for _, g := range s.groups {
				heading := fmt.Sprintf("### %s (%d): ", journey.English.Word(g.quadrant.Heading()), len(g.items))
				at := strings.Index(md, heading)
				if at <= last {
					t.Errorf("%q is missing or out of order", heading)
				}
				last = at
			}
			var ids []string
			for _, rec := range readCSV(t, csvOf(t, j, journey.Date{}))[1:] {
				ids = append(ids, rec[0])
			}
			var want []string
			for _, g := range s.groups {
				for _, it := range g.items {
					want = append(want, it.im.ID)
				}
			}
			if !slices.Equal(ids, want) {
				t.Errorf("CSV rows %v, want %v", ids, want)
			}
			if len(s.groups) == 0 && !strings.Contains(md, "## Improvements\n\nNone yet.\n") {
				t.Errorf("no improvements, but the report does not say so:\n%s", md)
			}
		})
	}
}

// TestOverdue: an improvement is overdue when it is open (also by
// default) or in progress and due before today; longest overdue first,
// equal dates in the order of the file. Due today is not overdue; done and
// dropped never are; without a due date or without today, nothing is.
func TestOverdue(t *testing.T) {
	one := [][]touchpointYAML{{{id: "a", emotion: 0}}}
	ims := []string{
		"{id: yesterday, title: Y, impact: 3, effort: 1, due: 2026-11-21, status: open}",
		"{id: today, title: T, impact: 3, effort: 1, due: 2026-11-22, status: doing}",
		"{id: doing-early, title: D, impact: 3, effort: 1, due: 2026-11-01, status: doing}",
		"{id: done, title: X, impact: 3, effort: 1, due: 2026-01-01, status: done}",
		"{id: dropped, title: X, impact: 3, effort: 1, due: 2025-12-31, status: dropped}",
		"{id: no-due, title: N, impact: 3, effort: 1}",
		"{id: default-open, title: O, impact: 1, effort: 5, due: 2026-11-01}",
		"{id: leap, title: L, impact: 1, effort: 1, due: 2024-02-29}",
	}
	j, _ := parse(t, journeyYAML("[-2, 2]", one, ims...), journey.Date{})
	today := journey.Date{Year: 2026, Month: 11, Day: 22}
	s := summarise(j, nil, Options{Today: today})
	got := stopIDs(s.overdue, func(it item) string { return fmt.Sprintf("%s:%d", it.im.ID, it.daysLate) })
	want := []string{"leap:997", "doing-early:21", "default-open:21", "yesterday:1"}
	if !slices.Equal(got, want) {
		t.Errorf("overdue %v, want %v", got, want)
	}
	md := markdownOf(t, j, nil, today)
	checkMarkdown(t, "overdue", md)
	for _, w := range []string{
		"## Overdue\n\nImprovements still open or in progress that were due before 22 November 2026; longest overdue first.",
		"| L | – | 2024-02-29 | 997 | open |",
		"| D | – | 2026-11-01 | 21 | in progress |",
		"| Y | 3 | 1 | – | 2026-11-21 (overdue) | open | the whole journey |",
		"| T | 3 | 1 | – | 2026-11-22 | in progress | the whole journey |",
	} {
		if !strings.Contains(md, w) {
			t.Errorf("the report lacks %q:\n%s", w, md)
		}
	}
	overdueColumn := map[string]string{}
	for _, rec := range readCSV(t, csvOf(t, j, today))[1:] {
		overdueColumn[rec[0]] = rec[8]
	}
	for _, id := range []string{"yesterday", "doing-early", "default-open", "leap"} {
		if overdueColumn[id] != "true" {
			t.Errorf("CSV: %s overdue %q, want true", id, overdueColumn[id])
		}
	}
	for _, id := range []string{"today", "done", "dropped", "no-due"} {
		if overdueColumn[id] != "false" {
			t.Errorf("CSV: %s overdue %q, want false", id, overdueColumn[id])
		}
	}

	// Without today, nothing is overdue and the section is left out.
	if s := summarise(j, nil, Options{}); len(s.overdue) != 0 {
		t.Errorf("overdue without today: %v", s.overdue)
	}
	if md := markdownOf(t, j, nil, journey.Date{}); strings.Contains(md, "## Overdue") || strings.Contains(md, "(overdue)") {
		t.Errorf("a report without today has overdue items:\n%s", md)
	}
	// Nothing overdue: said in words.
	if md := markdownOf(t, j, nil, journey.Date{Year: 2020, Month: 1, Day: 1}); !strings.Contains(md, "## Overdue\n\nNone: on 1 January 2020, no open or in-progress improvement is past its due date.\n") {
		t.Errorf("nothing overdue, but the report does not say so:\n%s", md)
	}
}

// TestPainPoints: the pain points are the touchpoints that list pains and
// those the map marks as pain points (the lowest of a curve that dips to
// neutral or below), lowest emotion first, ties in journey order.
func TestPainPoints(t *testing.T) {
	for _, tc := range []struct {
		name   string
		scale  string
		phases [][]touchpointYAML
		want   []string // id, and * when at the lowest point
	}{
		{
			name:  "lowest and pains",
			scale: "[-2, 2]",
			phases: [][]touchpointYAML{
				{{id: "a", emotion: 1, pains: []string{"Slow"}}, {id: "b", emotion: -1}},
				{{id: "c", emotion: -1, pains: []string{"Rude"}}, {id: "d", emotion: 2}, {id: "e", emotion: 0, pains: []string{"Dull"}}},
			},
			want: []string{"b*", "c*", "e", "a"},
		},
		{
			name:   "lowest above neutral: only pains count",
			scale:  "[1, 5]",
			phases: [][]touchpointYAML{{{id: "a", emotion: 4}, {id: "b", emotion: 5, pains: []string{"Loud"}}}},
			want:   []string{"b"},
		},
		{
			name:   "lowest at neutral",
			scale:  "[1, 5]",
			phases: [][]touchpointYAML{{{id: "a", emotion: 3}, {id: "b", emotion: 5}}},
			want:   []string{"a*"},
		},
		{
			name:   "flat: no lowest point",
			scale:  "[-2, 2]",
			phases: [][]touchpointYAML{{{id: "a", emotion: -1}, {id: "b", emotion: -1}}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j, _ := parse(t, journeyYAML(tc.scale, tc.phases), journey.Date{})
			s := summarise(j, nil, Options{})
			got := stopIDs(s.painPoints, func(p painPoint) string {
				if p.lowest {
					return p.tp.ID + "*"
				}
				return p.tp.ID
			})
			if !slices.Equal(got, tc.want) && !(len(got) == 0 && len(tc.want) == 0) {
				t.Errorf("pain points %v, want %v", got, tc.want)
			}
			checkMarkdown(t, tc.name, markdownOf(t, j, nil, journey.Date{}))
		})
	}
}

// TestCurve: lowest, highest and end with how many touchpoints share a
// value; the first of equal ones is named; a flat curve is said in words.
func TestCurve(t *testing.T) {
	j, _ := parse(t, journeyYAML("[-2, 2]", [][]touchpointYAML{
		{{id: "a", emotion: 0}, {id: "b", emotion: -2}},
		{{id: "c", emotion: 2}, {id: "d", emotion: -2}, {id: "e", emotion: -2}, {id: "f", emotion: 1}},
	}), journey.Date{})
	md := markdownOf(t, j, nil, journey.Date{})
	for _, w := range []string{
		"- **Lowest:** −2 at “Touchpoint b” in Phase 1, and at 2 more touchpoints\n",
		"- **Highest:** +2 at “Touchpoint c” in Phase 2\n",
		"- **End:** +1 at “Touchpoint f” in Phase 2\n",
		"| Phase 1 | Before the purchase | 2 | −1.0 |\n",
		"| Phase 2 | Before the purchase | 4 | −0.3 |\n",
	} {
		if !strings.Contains(md, w) {
			t.Errorf("the report lacks %q:\n%s", w, md)
		}
	}

	flat, _ := parse(t, journeyYAML("[1, 5]", [][]touchpointYAML{{{id: "a", emotion: 4}, {id: "b", emotion: 4}}}), journey.Date{})
	if md := markdownOf(t, flat, nil, journey.Date{}); !strings.Contains(md, "Emotions are on a scale from 1 to 5, where 3 is neutral.\n\nThe emotion stays at 4 throughout.\n") {
		t.Errorf("flat curve:\n%s", md)
	}

	empty, _ := parse(t, "title: Empty\npersona: P\nphases:\n  - {id: p, name: P, moment: before}\n", journey.Date{})
	md = markdownOf(t, empty, nil, journey.Date{})
	checkMarkdown(t, "empty", md)
	for _, w := range []string{"The journey has 1 phase and no touchpoints yet.", "No touchpoints mapped yet.", "## Pain points\n\nNone:", "## Gaps with the ideal journey\n\nNone: no touchpoint has an ideal yet.", "## Warnings\n\nNone.\n"} {
		if !strings.Contains(md, w) {
			t.Errorf("empty journey: the report lacks %q:\n%s", w, md)
		}
	}
}

// TestAverages: averages are exact, rounded half away from zero to one
// decimal, never −0.0, with a sign as on the map and the language's
// decimal separator; a scale whose neutral point lies between two values
// says so with a decimal.
func TestAverages(t *testing.T) {
	for _, tc := range []struct {
		sum, n, tenths int
	}{
		{5, 3, 17}, {-5, 3, -17}, {1, 4, 3}, {-1, 4, -3}, {1, 20, 1}, {-1, 20, -1}, {-1, 21, 0}, {0, 5, 0}, {-3, 2, -15}, {7, 7, 10},
	} {
		if got, _ := (phaseEmotion{n: tc.n, sum: tc.sum}).averageTenths(); got != tc.tenths {
			t.Errorf("average of %d over %d: %d tenths, want %d", tc.sum, tc.n, got, tc.tenths)
		}
	}
	for _, tc := range []struct {
		lang   journey.Lang
		scale  journey.Scale
		tenths int
		want   string
	}{
		{journey.English, journey.Scale{Min: -2, Max: 2}, -7, "−0.7"},
		{journey.English, journey.Scale{Min: -2, Max: 2}, 13, "+1.3"},
		{journey.English, journey.Scale{Min: -2, Max: 2}, 0, "0.0"},
		{journey.English, journey.Scale{Min: 1, Max: 5}, 34, "3.4"},
		{journey.Dutch, journey.Scale{Min: -2, Max: 2}, -15, "−1,5"},
		{journey.Dutch, journey.Scale{Min: 0, Max: 10}, 75, "7,5"},
	} {
		m := &markdown{lang: tc.lang, sc: tc.scale}
		if got := m.tenths(tc.tenths); got != tc.want {
			t.Errorf("%s %v: %d tenths is %q, want %q", tc.lang, tc.scale, tc.tenths, got, tc.want)
		}
	}
	if got := (&markdown{lang: journey.English, sc: journey.Scale{Min: 1, Max: 4}}).neutral(); got != "2.5" {
		t.Errorf("neutral of [1, 4]: %q", got)
	}
	if got := (&markdown{lang: journey.Dutch, sc: journey.Scale{Min: -3, Max: 3}}).neutral(); got != "0" {
		t.Errorf("neutral of [-3, 3]: %q", got)
	}
}

// The table of phases names the moments as the journey names them, says
// "–" for a phase without one, and has no column of moments when no phase
// has one. A Dutch report lists its warnings in Dutch.
func TestMomentColumn(t *testing.T) {
	const phases = `phases:
  - {id: a, name: Doubts, moment: before, touchpoints: [{id: t1, name: One, emotion: -1}]}
  - {id: b, name: Calls the club, touchpoints: [{id: t2, name: Two, emotion: -2}]}
  - {id: c, name: Leaves, moment: after, touchpoints: [{id: t3, name: Three, emotion: 1}]}
`
	for _, tc := range []struct{ name, src, want, not string }{
		{"named", "title: I cancel\nmoments: {before: Before cancelling}\n" + phases,
			"| Phase | Moment | Touchpoints | Average emotion |\n| --- | --- | ---: | ---: |\n| Doubts | Before cancelling | 1 | −1.0 |\n| Calls the club | – | 1 | −2.0 |\n| Leaves | After the purchase | 1 | +1.0 |\n", ""},
		{"Dutch", "title: Ik zeg op\nlang: nl\nmoments: {after: Na het vertrek}\n" + phases,
			"| Doubts | Vóór de aankoop | 1 | −1,0 |\n| Calls the club | – | 1 | −2,0 |\n| Leaves | Na het vertrek | 1 | +1,0 |\n", "has no owner"},
		{"none", "title: I start a new job\nphases:\n  - {id: a, name: First day, touchpoints: [{id: t1, name: One, emotion: -1}]}\n",
			"| Phase | Touchpoints | Average emotion |\n| --- | ---: | ---: |\n| First day | 1 | −1.0 |\n", "Moment"},
	} {
		j, diags := parse(t, tc.src, journey.Date{})
		// Said in English, as a reader with --lang en has them: the
		// report says them in its own language.
		md := markdownOf(t, j, diags.In(journey.English), journey.Date{})
		if !strings.Contains(md, tc.want) {
			t.Errorf("%s: the report lacks\n%s\nin\n%s", tc.name, tc.want, md)
		}
		if tc.not != "" && strings.Contains(md, tc.not) {
			t.Errorf("%s: the report says %q:\n%s", tc.name, tc.not, md)
		}
	}
}

// TestAssumed: the report counts the emotions backed by evidence and
// lists, in journey order, the touchpoints whose emotion is assumed: those
// that name no evidence and those that name only assumptions, with them.
func TestAssumed(t *testing.T) {
	src := `title: Test
persona: Tess
phases:
  - id: p
    name: Phase
    touchpoints:
      - {id: a, name: Asks, emotion: 1, evidence: [talks]}
      - {id: b, name: Books, emotion: -1, feeling: unsure, evidence: [hunch]}
      - {id: c, name: Comes, emotion: 0}
      - {id: d, name: Departs, emotion: 2, evidence: [hunch, talks]}
evidence:
  - {id: talks, kind: interview, source: Five talks}
  - {id: hunch, kind: assumption, source: What sales expects}
`
	j, _ := parse(t, src, journey.Date{})
	md := markdownOf(t, j, nil, journey.Date{})
	want := `## Evidence

2 of 4 emotions backed by evidence.

The emotions of these touchpoints are assumed: they name no evidence, or only assumptions. Check them with customers before acting on them.

- “Books” in Phase: −1 (unsure)
  - Evidence (assumption): What sales expects
- “Comes” in Phase: 0
  - Evidence: none given

## Pain points`
	if !strings.Contains(md, want) {
		t.Errorf("the report does not list the assumed touchpoints:\n%s\nwant\n%s", md, want)
	}
	backed := strings.ReplaceAll(strings.ReplaceAll(src, "[hunch]", "[talks]"), "name: Comes, emotion: 0", "name: Comes, emotion: 0, evidence: [talks]")
	j, _ = parse(t, backed, journey.Date{})
	md = markdownOf(t, j, nil, journey.Date{})
	if !strings.Contains(md, "## Evidence\n\n4 of 4 emotions backed by evidence.\n\n## Pain points") {
		t.Errorf("a journey backed throughout:\n%s", md)
	}
	checkMarkdown(t, "assumed", md)
}

// TestAssumedPersonas: of a journey of several personas, an assumed
// touchpoint gives the emotion of each persona, named, where they differ,
// and one value where all feel the same: never the first persona's alone.
func TestAssumedPersonas(t *testing.T) {
	src := `title: Test
personas:
  - {id: tess, name: "Tess, 30"}
  - {id: bo, name: Bo}
phases:
  - id: p
    name: Phase
    touchpoints:
      - {id: a, name: Asks, emotion: 1, evidence: [talks]}
      - {id: b, name: Books, emotion: {tess: -1, bo: 2}, feeling: {tess: unsure, bo: glad}, evidence: [hunch]}
      - {id: c, name: Comes, emotion: 0, feeling: calm}
      - {id: d, name: Departs, emotion: {tess: 2, bo: 1}}
evidence:
  - {id: talks, kind: interview, source: Five talks}
  - {id: hunch, kind: assumption, source: What sales expects}
`
	j, _ := parse(t, src, journey.Date{})
	md := markdownOf(t, j, nil, journey.Date{})
	want := `- “Books” in Phase: Tess −1 (unsure), Bo +2 (glad)
  - Evidence (assumption): What sales expects
- “Comes” in Phase: 0 (calm)
  - Evidence: none given
- “Departs” in Phase: Tess +2, Bo +1
  - Evidence: none given
`
	if !strings.Contains(md, want) {
		t.Errorf("the report does not give each persona's assumed emotion:\n%s\nwant\n%s", md, want)
	}
}
