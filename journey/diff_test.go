package journey

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

// diffBase is the old version in the cases of TestCompare.
const diffBase = `title: I request a quote
persona: Sanne
phases:
  - id: request
    name: Request
    moment: before
    touchpoints:
      - {id: form, name: Fills in the form, channel: Website, owner: Sales, emotion: -1, ideal: 1, feeling: irritated, pains: [Too many fields]}
      - {id: fax, name: Sends a fax, emotion: -2}
  - id: decide
    name: Decide
    moment: during
    touchpoints:
      - {id: wait, name: Waits, emotion: -2, ideal: 0}
      - {id: sign, name: Signs, owner: Sales, emotion: 2}
improvements:
  - {id: short-form, title: A shorter form, touchpoints: [form], impact: 4, effort: 2, owner: Web, due: 2026-08-01, status: open}
  - {id: no-fax, title: Stop faxes, touchpoints: [wait, form], impact: 2, effort: 1}
`

func mustJourney(t *testing.T, src string) *Journey {
	t.Helper()
	j, diags := Parse("j.yaml", []byte(src), Options{})
	if j == nil {
		t.Fatalf("invalid journey: %v\n%s", diags, src)
	}
	return j
}

// summary writes a diff in one line per item, for the cases to compare.
func (d Diff) summary() string {
	var out []string
	if d.Title != nil {
		out = append(out, "title "+d.Title.Old+" > "+d.Title.New)
	}
	if d.Persona != nil {
		out = append(out, "persona "+d.Persona.Old+" > "+d.Persona.New)
	}
	if d.Scale != nil {
		b, _ := json.Marshal(d.Scale)
		out = append(out, "scale "+string(b))
	}
	for _, p := range d.Phases {
		s := "phase " + string(p.Change) + " " + p.ID
		if p.Rename != nil {
			s += " name " + p.Rename.Old + " > " + p.Rename.New
		}
		if p.Moment != nil {
			s += " moment " + p.Moment.Old + " > " + p.Moment.New
		}
		out = append(out, s)
	}
	val := func(v *int) string {
		if v == nil {
			return "none"
		}
		b, _ := json.Marshal(*v)
		return string(b)
	}
	for _, tp := range d.Touchpoints {
		s := string(tp.Change) + " " + tp.ID + " in " + tp.Phase.ID
		if c := tp.Emotion; c != nil {
			s += " emotion " + val(c.Old) + " > " + val(c.New)
			if c.Delta != nil {
				s += " (" + val(c.Delta) + ")"
			}
		}
		if c := tp.Ideal; c != nil {
			s += " ideal " + val(c.Old) + " > " + val(c.New)
		}
		for _, tc := range []struct {
			key string
			c   *TextChange
		}{{"name", tp.Rename}, {"owner", tp.Owner}, {"channel", tp.Channel}, {"feeling", tp.Feeling}} {
			if tc.c != nil {
				s += " " + tc.key + " " + tc.c.Old + " > " + tc.c.New
			}
		}
		if tp.MovedFrom != nil {
			s += " from " + tp.MovedFrom.ID
		}
		if tp.Thinks != nil {
			s += " thinks " + tp.Thinks.Old + " > " + tp.Thinks.New
		}
		s += list("pains", tp.Pains) + list("gains", tp.Gains) + list("evidence", tp.Evidence)
		if len(tp.Details) > 0 {
			s += " details " + strings.Join(tp.Details, ",")
		}
		out = append(out, s)
	}
	for _, im := range d.Improvements {
		s := "improvement " + string(im.Change) + " " + im.ID + " " + im.Title
		for _, tc := range []struct {
			key string
			c   *TextChange
		}{{"title", im.Retitle}, {"status", im.Status}, {"owner", im.Owner}, {"due", im.Due}} {
			if tc.c != nil {
				s += " " + tc.key + " " + tc.c.Old + " > " + tc.c.New
			}
		}
		for _, vc := range []struct {
			key string
			c   *ValueChange
		}{{"impact", im.Impact}, {"effort", im.Effort}} {
			if vc.c != nil {
				s += " " + vc.key + " " + val(vc.c.Old) + " > " + val(vc.c.New)
			}
		}
		s += list("touchpoints", im.Touchpoints)
		out = append(out, s)
	}
	return strings.Join(out, "\n")
}

// list writes a list change as " key +added -removed".
func list(key string, c *ListChange) string {
	if c == nil {
		return ""
	}
	s := " " + key
	for _, a := range c.Added {
		s += " +" + a
	}
	for _, r := range c.Removed {
		s += " -" + r
	}
	return s
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name string
		edit func(string) string // makes the new version from diffBase
		want []string
	}{
		{"unchanged", func(s string) string { return s }, nil},
		{"only the order of keys and comments", func(s string) string {
			return "# reordered\n" + strings.Replace(s, "{id: wait, name: Waits, emotion: -2, ideal: 0}", "{ideal: 0, emotion: -2, name: Waits, id: wait}", 1)
		}, nil},
		{"emotion up", func(s string) string {
			return strings.Replace(s, "{id: wait, name: Waits, emotion: -2", "{id: wait, name: Waits, emotion: 0", 1)
		}, []string{"changed wait in decide emotion -2 > 0 (2)"}},
		{"emotion down and ideal up", func(s string) string {
			return strings.Replace(s, "emotion: -1, ideal: 1", "emotion: -2, ideal: 2", 1)
		}, []string{"changed form in request emotion -1 > -2 (-1) ideal 1 > 2"}},
		{"ideal taken away and given", func(s string) string {
			s = strings.Replace(s, "emotion: -2, ideal: 0}", "emotion: -2}", 1)
			return strings.Replace(s, "{id: fax, name: Sends a fax, emotion: -2}", "{id: fax, name: Sends a fax, emotion: -2, ideal: 1}", 1)
		}, []string{"changed fax in request ideal none > 1", "changed wait in decide ideal 0 > none"}},
		{"name, owner, channel and feeling", func(s string) string {
			return strings.Replace(s, "name: Fills in the form, channel: Website, owner: Sales, emotion: -1, ideal: 1, feeling: irritated",
				"name: Fills in the short form, channel: App, owner: Service, emotion: -1, ideal: 1, feeling: calm", 1)
		}, []string{"changed form in request name Fills in the form > Fills in the short form owner Sales > Service channel Website > App feeling irritated > calm"}},
		{"owner removed", func(s string) string {
			return strings.Replace(s, "{id: sign, name: Signs, owner: Sales, emotion: 2}", "{id: sign, name: Signs, emotion: 2}", 1)
		}, []string{"changed sign in decide owner Sales > "}},
		{"a thought and a pain added", func(s string) string {
			return strings.Replace(s, "pains: [Too many fields]", "pains: [Too many fields, No progress bar], thinks: Too long", 1)
		}, []string{"changed form in request thinks  > Too long pains +No progress bar details thinks,pains"}},
		{"pains only reordered", func(s string) string {
			return strings.Replace(s, "pains: [Too many fields]", "pains: [Too many fields, Slow]", 1)
		}, []string{"changed form in request pains +Slow details pains"}},
		{"improvement changed in every way", func(s string) string {
			return strings.Replace(s, "{id: short-form, title: A shorter form, touchpoints: [form], impact: 4, effort: 2, owner: Web, due: 2026-08-01, status: open}",
				"{id: short-form, title: A short form, touchpoints: [form, wait], impact: 5, effort: 3, owner: Shop, due: 2026-09-01, status: done}", 1)
		}, []string{"improvement changed short-form A short form title A shorter form > A short form status open > done owner Web > Shop due 2026-08-01 > 2026-09-01 impact 4 > 5 effort 2 > 3 touchpoints +wait"}},
		{"improvement's touchpoints reordered, due taken away", func(s string) string {
			s = strings.Replace(s, "touchpoints: [wait, form]", "touchpoints: [form, wait]", 1)
			return strings.Replace(s, ", due: 2026-08-01", "", 1)
		}, []string{"improvement changed short-form A shorter form due 2026-08-01 > "}},
		{"improvements added and removed", func(s string) string {
			s = strings.Replace(s, "  - {id: no-fax, title: Stop faxes, touchpoints: [wait, form], impact: 2, effort: 1}\n", "", 1)
			return s + "  - {id: call-back, title: Call back, touchpoints: [wait], impact: 3, effort: 3, status: doing}\n"
		}, []string{"improvement added call-back Call back status  > doing impact none > 3 effort none > 3",
			"improvement removed no-fax Stop faxes status open >  impact 2 > none effort 1 > none"}},
		{"moved to another phase", func(s string) string {
			s = strings.Replace(s, "      - {id: fax, name: Sends a fax, emotion: -2}\n", "", 1)
			return strings.Replace(s, "      - {id: sign,", "      - {id: fax, name: Sends a fax, emotion: -2}\n      - {id: sign,", 1)
		}, []string{"changed fax in decide from request"}},
		{"added and removed, new order then old order", func(s string) string {
			s = strings.Replace(s, "      - {id: fax, name: Sends a fax, emotion: -2}\n", "", 1)
			s = strings.Replace(s, "      - {id: wait,", "      - {id: call, name: Calls, emotion: 1}\n      - {id: wait,", 1)
			return strings.Replace(s, "      - {id: sign, name: Signs, owner: Sales, emotion: 2}\n", "      - {id: mail, name: Mails, emotion: 0, ideal: 1}\n", 1)
		}, []string{
			"added call in decide emotion none > 1",
			"added mail in decide emotion none > 0 ideal none > 1",
			"removed fax in request emotion -2 > none",
			"removed sign in decide emotion 2 > none",
		}},
		{"title, persona and scale", func(s string) string {
			s = strings.Replace(s, "title: I request a quote\npersona: Sanne\n", "title: I ask for a quote\npersona: Mark\nscale: [-3, 3]\n", 1)
			return s
		}, []string{"title I request a quote > I ask for a quote", "persona Sanne > Mark", `scale {"old":[-2,2],"new":[-3,3]}`}},
		{"phase renamed, moved to another moment, added and removed", func(s string) string {
			s = strings.Replace(s, "name: Decide\n    moment: during", "name: Decide and sign\n    moment: after", 1)
			s = strings.Replace(s, "  - id: request\n    name: Request\n", "  - id: ask\n    name: Ask\n", 1)
			return s
		}, []string{
			"phase added ask",
			"phase changed decide name Decide > Decide and sign moment during > after",
			"phase removed request",
			"changed form in ask from request",
			"changed fax in ask from request",
		}},
	}
	old := mustJourney(t, diffBase)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Compare(old, mustJourney(t, tt.edit(diffBase)))
			if got, want := d.summary(), strings.Join(tt.want, "\n"); got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
			if d.Empty() != (len(tt.want) == 0) {
				t.Errorf("Empty() = %v", d.Empty())
			}
		})
	}
}

// TestCompareItems: which pains, gains and evidence were added and which
// removed, and a thought changed or taken away.
func TestCompareItems(t *testing.T) {
	old := mustJourney(t, strings.Replace(diffBase, "pains: [Too many fields]", "pains: [Too many fields, Slow], gains: [Clear], thinks: Long", 1))
	now := mustJourney(t, strings.Replace(diffBase, "pains: [Too many fields]", "pains: [No progress bar, Slow, No save], gains: [Quick]", 1))
	want := "changed form in request thinks Long >  pains +No progress bar +No save -Too many fields gains +Quick -Clear details thinks,pains,gains"
	if got := Compare(old, now).summary(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestCompareExample simulates a change between two git revisions of an
// example: the YAML of two touchpoints' emotions and of one owner edited,
// one touchpoint deleted. The diff names exactly those touchpoints, in
// journey order, the removed one last.
func TestCompareExample(t *testing.T) {
	src, err := os.ReadFile("../examples/washing-machine.yaml")
	if err != nil {
		t.Fatal(err)
	}
	old := mustJourney(t, string(src))
	tps := old.Touchpoints()
	if len(tps) < 6 {
		t.Fatalf("the example has %d touchpoints; want at least 6", len(tps))
	}
	edited := string(src)
	var want []string
	phaseOf := map[string]string{}
	for _, p := range old.Phases {
		for _, tp := range p.Touchpoints {
			phaseOf[tp.ID] = p.ID
		}
	}
	// Two emotions, one step towards the middle of the scale.
	for _, tp := range []*Touchpoint{tps[1], tps[4]} {
		to := tp.Emotion + 1
		if to > old.Scale.Max {
			to = tp.Emotion - 1
		}
		edited = editTouchpoint(t, edited, tp.ID, "emotion", fmt.Sprint(to))
		want = append(want, fmt.Sprintf("changed %s in %s emotion %d > %d (%d)", tp.ID, phaseOf[tp.ID], tp.Emotion, to, to-tp.Emotion))
	}
	// The owner of the last touchpoint that has one written out.
	var owned *Touchpoint
	for _, tp := range tps[5:] {
		if tp.Owner != "" && strings.Contains(edited, "\n      - id: "+tp.ID+"\n") &&
			strings.Contains(block(t, edited, tp.ID), "\n        owner: ") {
			owned = tp
		}
	}
	if owned == nil {
		t.Fatal("the example has no touchpoint with an owner past the fifth")
	}
	edited = editTouchpoint(t, edited, owned.ID, "owner", "Sales floor")
	want = append(want, fmt.Sprintf("changed %s in %s owner %s > Sales floor", owned.ID, phaseOf[owned.ID], owned.Owner))
	// Delete a touchpoint that nothing refers to: the first, after the
	// second, whose removal leaves a valid journey.
	var gone *Touchpoint
	for _, tp := range tps[2:] {
		if tp == tps[4] || tp == owned || !strings.Contains(edited, "\n      - id: "+tp.ID+"\n") {
			continue
		}
		without := strings.Replace(edited, block(t, edited, tp.ID), "", 1)
		if j, _ := Parse("j.yaml", []byte(without), Options{}); j != nil {
			gone, edited = tp, without
			break
		}
	}
	if gone == nil {
		t.Fatal("no touchpoint of the example can be deleted alone")
	}
	removed := fmt.Sprintf("removed %s in %s emotion %d > none", gone.ID, phaseOf[gone.ID], gone.Emotion)
	if gone.Ideal != nil {
		removed += fmt.Sprintf(" ideal %d > none", *gone.Ideal)
	}
	want = append(want, removed)

	d := Compare(old, mustJourney(t, edited))
	t.Logf("edited:\n%s", strings.Join(want, "\n"))
	if got := d.summary(); got != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	if !Compare(old, old).Empty() {
		t.Errorf("a journey differs from itself")
	}
}

// block returns the YAML of the touchpoint id, written in block style at
// the indentation of the examples: from its "- id:" line up to the next
// item or the next key of its phase.
func block(t *testing.T, src, id string) string {
	t.Helper()
	start := strings.Index(src, "\n      - id: "+id+"\n")
	if start < 0 {
		t.Fatalf("no touchpoint %s in block style", id)
	}
	start++
	rest := src[start:]
	end := len(rest)
	for i, line := range strings.SplitAfter(rest, "\n") {
		if i == 0 {
			end = len(line)
			continue
		}
		if strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "        ") {
			break
		}
		end += len(line)
	}
	return rest[:end]
}

// editTouchpoint sets the value of key in the block of touchpoint id.
func editTouchpoint(t *testing.T, src, id, key, value string) string {
	t.Helper()
	b := block(t, src, id)
	re := regexp.MustCompile(`(?m)^        ` + key + `: .*$`)
	if len(re.FindAllString(b, -1)) != 1 {
		t.Fatalf("touchpoint %s has no one line %s:", id, key)
	}
	return strings.Replace(src, b, re.ReplaceAllLiteralString(b, "        "+key+": "+value), 1)
}

// TestCompareJSON: the JSON of a diff is stable: empty lists are [], and
// only what changed is there.
func TestCompareJSON(t *testing.T) {
	old := mustJourney(t, diffBase)
	b, err := json.Marshal(Compare(old, old))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"phases":[],"touchpoints":[],"improvements":[]}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	edited := strings.Replace(diffBase, "{id: wait, name: Waits, emotion: -2, ideal: 0}", "{id: wait, name: Waits, emotion: 0}", 1)
	b, err = json.Marshal(Compare(old, mustJourney(t, edited)))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"phases":[],"touchpoints":[{"id":"wait","change":"changed","name":"Waits","phase":{"id":"decide","name":"Decide"},` +
		`"emotion":{"old":-2,"new":0,"delta":2},"ideal":{"old":0,"new":null}}],"improvements":[]}`
	if got := string(b); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
