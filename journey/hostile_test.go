package journey

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/internal/sample"
)

func TestSampleJourneysAreValid(t *testing.T) {
	for _, n := range []int{1, 10, 56, MaxTouchpoints} {
		j, diags := Parse("s.yaml", sample.Journey(n), Options{})
		if len(diags) != 0 {
			t.Fatalf("%d touchpoints: %s", n, format(diags))
		}
		if got := len(j.Touchpoints()); got != n {
			t.Errorf("%d touchpoints: decoded %d", n, got)
		}
	}
}

// TestBOMAndCRLFChangeNothing: a file saved by a Windows editor decodes to
// the same journey, with diagnostics at the same positions.
func TestBOMAndCRLFChangeNothing(t *testing.T) {
	plain := sample.Journey(12)
	windows := append([]byte("\xEF\xBB\xBF"), bytes.ReplaceAll(plain, []byte("\n"), []byte("\r\n"))...)
	a, da := Parse("a", plain, Options{})
	b, db := Parse("a", windows, Options{})
	if len(da) != 0 || len(db) != 0 || !reflect.DeepEqual(a, b) {
		t.Fatalf("BOM and CRLF changed the journey: %v %v", da, db)
	}
	bad := with(10, "        emotion: 7")
	_, da = Parse("a", []byte(bad), Options{})
	_, db = Parse("a", append([]byte("\xEF\xBB\xBF"), strings.ReplaceAll(bad, "\n", "\r\n")...), Options{})
	if !reflect.DeepEqual(da, db) || len(da) != 1 || da[0].Pos != (Pos{10, 18}) {
		t.Errorf("diagnostics differ:\n%s\n%s", format(da), format(db))
	}
}

func TestAnchorsAliasesAndMergeKeys(t *testing.T) {
	src := lines(
		"title: Merge keys",
		"persona: Sanne",
		"x-defaults: &service",
		"  owner: Customer service",
		"  emotion: -1",
		"phases:",
		"  - id: aware",
		"    name: Awareness",
		"    moment: before",
		"    metrics: &metrics [Reach]",
		"    touchpoints:",
		"      - id: call",
		"        name: Calls",
		"        <<: *service",
		"      - id: mail",
		"        name: Mails",
		"        emotion: 2",
		"        <<: [*service]",
		"  - id: buy",
		"    name: Buy",
		"    moment: during",
		"    metrics: *metrics",
		"    touchpoints: [{id: pay, name: Pays, emotion: 1, owner: Sales}]",
		"improvements:",
		"  - {id: faster, title: Faster, touchpoints: [call], impact: 3, effort: 2, owner: Sales, due: 2027-01-31}",
	)
	// x- keys are ignored: a place for anchors that merge keys use.
	j, diags := Parse("m.yaml", []byte(src), Options{})
	if len(diags) != 0 {
		t.Fatalf("got %s", format(diags))
	}
	call, mail := j.Phases[0].Touchpoints[0], j.Phases[0].Touchpoints[1]
	if call.Owner != "Customer service" || call.Emotion != -1 || mail.Owner != "Customer service" || mail.Emotion != 2 {
		t.Errorf("merged touchpoints %+v %+v", call, mail)
	}
	if !reflect.DeepEqual(j.Phases[1].Metrics, []string{"Reach"}) {
		t.Errorf("aliased metrics %v", j.Phases[1].Metrics)
	}

	// A valid file: anchors on list items, merge keys overridden by own keys.
	src = lines(
		"title: Merge keys",
		"persona: Sanne",
		"phases:",
		"  - id: aware",
		"    name: Awareness",
		"    moment: before",
		"    metrics: &metrics [Reach]",
		"    touchpoints:",
		"      - &call",
		"        id: call",
		"        name: Calls",
		"        owner: Customer service",
		"        emotion: -1",
		"      - <<: *call",
		"        id: mail",
		"        emotion: 2",
		"  - id: buy",
		"    name: Buy",
		"    moment: during",
		"    metrics: *metrics",
		"    touchpoints: [{id: pay, name: Pays, emotion: 1, owner: Sales}]",
		"improvements:",
		"  - {id: faster, title: Faster, touchpoints: [call], impact: 3, effort: 2, owner: Sales, due: 2027-01-31}",
	)
	j, diags = Parse("m.yaml", []byte(src), Options{})
	if len(diags) != 0 {
		t.Fatalf("got %s", format(diags))
	}
	mail = j.Phases[0].Touchpoints[1]
	if mail.ID != "mail" || mail.Name != "Calls" || mail.Owner != "Customer service" || mail.Emotion != 2 {
		t.Errorf("merged touchpoint %+v", mail)
	}
	if !reflect.DeepEqual(j.Phases[1].Metrics, []string{"Reach"}) {
		t.Errorf("aliased metrics %v", j.Phases[1].Metrics)
	}
}

// TestAcceptedYAML: things a YAML 1.2 user may write, which the reader
// must accept.
func TestAcceptedYAML(t *testing.T) {
	tests := map[string]string{
		"version directive":      "# a journey\n%YAML 1.2\n---\n" + lines(minimal...),
		"tab inside block text":  with(12, "scenario: |", "  First line", "  \tindented with a tab in the text"),
		"tab between flow items": with(12, "        gains: [a,\tb]"),
		"extension key":          with(12, "x-defaults: &d {owner: Sales}"),
		"document markers":       "---\n" + lines(minimal...) + "...\n",
	}
	for name, src := range tests {
		if _, diags := Parse("ok.yaml", []byte(src), Options{}); len(diags) != 0 {
			t.Errorf("%s: %s", name, format(diags))
		}
	}
}

// TestManyProblemsAtOnce: every problem of a file is reported in one run,
// sorted by position.
func TestManyProblemsAtOnce(t *testing.T) {
	src := lines(
		"title: ''",
		"scale: [1, 5]",
		"phases:",
		"  - id: Aware",
		"    name: Awareness",
		"    moment: soon",
		"    touchpoints:",
		"      - id: ad",
		"        emotion: 0",
		"        colour: red",
	)
	_, diags := Parse("j.yaml", []byte(src), Options{})
	var got []string
	for _, d := range diags {
		got = append(got, fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Column, d.Code))
	}
	want := []string{"1:1 no-persona", "1:8 empty-value", "4:9 bad-id", "6:13 bad-value", "8:9 missing-field", "9:18 out-of-scale", "10:9 unknown-key"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %v\nwant %v\n%s", got, want, format(diags))
	}
}

// TestRepeatedKeys: the YAML library's own duplicate check compares every
// pair of keys; ours is linear, and reports each repeat once.
func TestRepeatedKeys(t *testing.T) {
	var b strings.Builder
	for b.Len() < 100_000 {
		b.WriteString("title: I request a quote\n")
	}
	src := b.String()
	keys := strings.Count(src, "\n")
	_, diags := Parse("dup.yaml", []byte(src), Options{})
	// Besides the repeats: no phases, no persona, both at 1:1.
	if len(diags) != keys-1+2 {
		t.Fatalf("%d keys: got %d diagnostics", keys, len(diags))
	}
	if d := diags[2]; d.Pos != (Pos{2, 1}) || d.Code != CodeDuplicateKey {
		t.Errorf("first repeat: %s", d)
	}
	if d := diags[len(diags)-1]; d.Pos != (Pos{keys, 1}) {
		t.Errorf("last: %s", d)
	}
}

// TestAliasBomb: a billion-laughs document is refused before it is expanded.
func TestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, "a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	b.WriteString("title: *a9\n")
	_, diags := Parse("bomb.yaml", []byte(b.String()), Options{})
	if len(diags) != 1 || diags[0].Code != CodeTooManyNodes {
		t.Fatalf("got %s", format(diags))
	}
	// Reported at the first alias whose expansion alone passes the limit:
	// the first *a5 (a million nodes), in the definition of a6.
	if diags[0].Pos != (Pos{7, 10}) {
		t.Errorf("reported at %v, want the first *a5 at 7:10", diags[0].Pos)
	}
}

func TestDeepNesting(t *testing.T) {
	for _, depth := range []int{MaxDepth + 1, 5000, 20000} {
		src := "title: " + strings.Repeat("[", depth) + strings.Repeat("]", depth) + "\n"
		_, diags := Parse("deep.yaml", []byte(src), Options{})
		if len(diags) != 1 || (diags[0].Code != CodeTooDeep && diags[0].Code != CodeSyntax) {
			t.Errorf("depth %d: got %s", depth, format(diags))
		}
	}
}

// TestLimits: each documented limit is enforced with a message naming it.
func TestLimits(t *testing.T) {
	tp := func(i int) string {
		return fmt.Sprintf("      - {id: t%d, name: T, emotion: 0}", i)
	}
	var many []string
	for i := range MaxTouchpoints + 1 {
		many = append(many, tp(i))
	}
	_, diags := Parse("j.yaml", []byte(lines(append(minimal[:7:7], many...)...)), Options{})
	if len(diags) != 1 || diags[0].Code != CodeTooMany || diags[0].Pos.Line != 8+MaxTouchpoints || !strings.Contains(diags[0].Message, fmt.Sprintf("more than %d", MaxTouchpoints)) {
		t.Errorf("touchpoints in one phase: %s", format(diags))
	}

	// The limit counts touchpoints over all phases.
	split := append(minimal[:7:7], many[:MaxTouchpoints/2]...)
	split = append(split, "  - id: later", "    name: Later", "    moment: after", "    touchpoints:")
	split = append(split, many[MaxTouchpoints/2:]...)
	_, diags = Parse("j.yaml", []byte(lines(split...)), Options{})
	if len(diags) != 1 || diags[0].Code != CodeTooMany || diags[0].Pos.Line != 8+MaxTouchpoints+4 || !strings.Contains(diags[0].Message, fmt.Sprintf("%d touchpoints in the journey", MaxTouchpoints)) {
		t.Errorf("touchpoints in all phases: %s", format(diags))
	}

	// A phase without touchpoints is a column of the map too: the limit
	// counts it.
	full := append(minimal[:7:7], many[:MaxTouchpoints]...)
	full = append(full, "  - {id: empty, name: Empty, moment: after}")
	_, diags = Parse("j.yaml", []byte(lines(full...)), Options{})
	if !diags.HasErrors() || diags[0].Code != CodeTooMany || diags[0].Pos.Line != 8+MaxTouchpoints || !strings.Contains(diags[0].Message, `phase "empty" has no touchpoints and takes a column`) {
		t.Errorf("an empty phase past the columns: %s", format(diags))
	}
	// Empty phases first, then a full one: as wide, and reported at the
	// first empty phase.
	first := []string{"title: T", "persona: P", "phases:", "  - {id: empty, name: Empty}", "  - {id: empty-too, name: Empty too}", "  - id: full", "    name: Full", "    touchpoints:"}
	_, diags = Parse("j.yaml", []byte(lines(append(first, many[:MaxTouchpoints-1]...)...)), Options{})
	if len(diags) != 1 || diags[0].Code != CodeTooMany || diags[0].Pos.Line != 4 || !strings.Contains(diags[0].Message, `phase "empty" has no touchpoints and takes a column`) {
		t.Errorf("empty phases before a full one: %s", format(diags))
	}
	full = append(minimal[:7:7], many[:MaxTouchpoints-1]...)
	full = append(full, "  - {id: empty, name: Empty, moment: after}")
	if _, diags = Parse("j.yaml", []byte(lines(full...)), Options{}); diags.HasErrors() {
		t.Errorf("an empty phase in the last column: %s", format(diags))
	}

	var phases []string
	for i := range MaxPhases + 1 {
		phases = append(phases, fmt.Sprintf("  - {id: p%d, name: P, moment: after}", i))
	}
	_, diags = Parse("j.yaml", []byte(lines(append([]string{"title: T", "persona: P", "phases:"}, phases...)...)), Options{})
	if len(diags) != 1 || diags[0].Code != CodeTooMany || diags[0].Pos.Line != 4+MaxPhases {
		t.Errorf("phases: %s", format(diags))
	}

	_, diags = Parse("j.yaml", []byte(with(12, "scenario: "+strings.Repeat("é", MaxTextRunes+1))), Options{})
	if len(diags) != 1 || diags[0].Code != CodeTooLong {
		t.Errorf("text: %s", format(diags))
	}
}

// TestHostileTextIsKept: labels are text, whatever they hold; escaping is
// the renderer's job, and quoting is the job of messages.
func TestHostileTextIsKept(t *testing.T) {
	hostile := `<script>alert("x")</script> ‮ & ' "`
	src := with(9, "        name: '"+strings.ReplaceAll(hostile, "'", "''")+"'")
	j, diags := Parse("j.yaml", []byte(src), Options{})
	if len(diags) != 1 || diags[0].Code != CodeHiddenChar || diags[0].Pos != (Pos{9, 44}) || j.Phases[0].Touchpoints[0].Name != hostile {
		t.Fatalf("got %q, want it kept with one warning about U+202E at 9:44; %s", j.Phases[0].Touchpoints[0].Name, format(diags))
	}
	_, diags = Parse("j.yaml", []byte(with(9, "        nam\u202e: x")), Options{})
	if len(diags) == 0 || strings.ContainsRune(diags[0].Message, '\u202e') {
		t.Errorf("a bidi control reached a message raw: %s", format(diags))
	}
}
