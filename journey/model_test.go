package journey

import (
	"slices"
	"testing"
	"time"
)

// One rule decides what is overdue, for the rules, the matrix and the
// report alike: still to do (any status but done and dropped, the zero
// status too) and due before today.
func TestImprovementOverdue(t *testing.T) {
	today := Date{2026, time.December, 10}
	due := func(y, m, d int) Date { return Date{y, time.Month(m), d} }
	tests := []struct {
		name     string
		im       Improvement
		today    Date
		overdue  bool
		daysLate int
	}{
		{"open, due yesterday", Improvement{Status: Open, Due: due(2026, 12, 9)}, today, true, 1},
		{"doing, due a year ago", Improvement{Status: Doing, Due: due(2025, 12, 10)}, today, true, 365},
		{"no status given, due before", Improvement{Due: due(2026, 11, 30)}, today, true, 10},
		{"due today", Improvement{Status: Open, Due: today}, today, false, 0},
		{"due tomorrow", Improvement{Status: Open, Due: due(2026, 12, 11)}, today, false, 0},
		{"done", Improvement{Status: Done, Due: due(2026, 1, 1)}, today, false, 0},
		{"dropped", Improvement{Status: Dropped, Due: due(2026, 1, 1)}, today, false, 0},
		{"no due date", Improvement{Status: Open}, today, false, 0},
		{"no today", Improvement{Status: Open, Due: due(2026, 1, 1)}, Date{}, false, 0},
		{"centuries late", Improvement{Status: Open, Due: due(1500, 1, 1)}, Date{2500, time.January, 1}, true, 365243},
	}
	for _, tt := range tests {
		if got := tt.im.Overdue(tt.today); got != tt.overdue {
			t.Errorf("%s: Overdue = %v, want %v", tt.name, got, tt.overdue)
		}
		if got := tt.im.DaysLate(tt.today); got != tt.daysLate {
			t.Errorf("%s: DaysLate = %d, want %d", tt.name, got, tt.daysLate)
		}
	}
}

func TestStatusSettled(t *testing.T) {
	for s, want := range map[Status]bool{Open: false, Doing: false, "": false, Done: true, Dropped: true} {
		if got := s.Settled(); got != want {
			t.Errorf("%q.Settled() = %v, want %v", s, got, want)
		}
	}
}

// The pain points are the touchpoints at the dip of the curve and those
// that list pains, in journey order; a curve that never dips to neutral
// or below has none of the first kind.
func TestPainPoints(t *testing.T) {
	journeyOf := func(scale Scale, emotions []int, pains map[int]bool) *Journey {
		j := &Journey{Scale: scale, Phases: []Phase{{ID: "p"}}}
		for i, e := range emotions {
			tp := Touchpoint{ID: string(rune('a' + i)), Emotion: e}
			if pains[i] {
				tp.Pains = []string{"slow"}
			}
			j.Phases[0].Touchpoints = append(j.Phases[0].Touchpoints, tp)
		}
		return j
	}
	ids := func(tps []*Touchpoint) string {
		var s []rune
		for _, t := range tps {
			s = append(s, rune(t.ID[0]))
		}
		return string(s)
	}
	tests := []struct {
		name     string
		j        *Journey
		dip      int
		dips     bool
		painAt   string
		low, top int
	}{
		{"dips twice", journeyOf(DefaultScale, []int{1, -2, 0, -2, 2}, nil), -2, true, "bd", -2, 2},
		{"dips and pains", journeyOf(DefaultScale, []int{1, -1, 2}, map[int]bool{2: true}), -1, true, "bc", -1, 2},
		{"flat", journeyOf(DefaultScale, []int{-1, -1}, nil), -1, false, "", -1, -1},
		{"lowest above neutral", journeyOf(Scale{Min: 1, Max: 5}, []int{4, 5, 4}, map[int]bool{1: true}), 4, false, "b", 4, 5},
		{"lowest at neutral of 1..5", journeyOf(Scale{Min: 1, Max: 5}, []int{3, 5}, nil), 3, true, "a", 3, 5},
	}
	for _, tt := range tests {
		dip, dips := tt.j.Dip()
		if dips != tt.dips || dips && dip != tt.dip {
			t.Errorf("%s: Dip = %d, %v; want %d, %v", tt.name, dip, dips, tt.dip, tt.dips)
		}
		if got := ids(tt.j.PainPoints()); got != tt.painAt {
			t.Errorf("%s: PainPoints = %q, want %q", tt.name, got, tt.painAt)
		}
		low, top, ok := tt.j.EmotionRange()
		if !ok || low != tt.low || top != tt.top {
			t.Errorf("%s: EmotionRange = %d, %d, %v; want %d, %d", tt.name, low, top, ok, tt.low, tt.top)
		}
	}
	empty := &Journey{Scale: DefaultScale, Phases: []Phase{{ID: "p"}}}
	if _, _, ok := empty.EmotionRange(); ok {
		t.Error("EmotionRange of a journey without touchpoints: ok")
	}
	if _, dips := empty.Dip(); dips || !slices.Equal(empty.PainPoints(), nil) {
		t.Error("a journey without touchpoints has pain points")
	}
}

// One rule decides which emotions are backed, for the map, the report and
// the rules alike: a touchpoint is backed when it names evidence that is
// not an assumption.
func TestBacked(t *testing.T) {
	j := &Journey{
		Evidence: []Evidence{
			{ID: "interviews", Kind: Interview},
			{ID: "hunch", Kind: Assumption},
			{ID: "notes", Kind: Other},
		},
		Phases: []Phase{{ID: "p", Touchpoints: []Touchpoint{
			{ID: "none"},
			{ID: "interviewed", Evidence: []string{"interviews"}},
			{ID: "hunch", Evidence: []string{"hunch"}},
			{ID: "hunch-and-notes", Evidence: []string{"hunch", "notes"}},
			{ID: "unknown", Evidence: []string{"nowhere"}},
		}}},
	}
	want := map[string]bool{"none": false, "interviewed": true, "hunch": false, "hunch-and-notes": true, "unknown": false}
	for _, tp := range j.Touchpoints() {
		if got := j.Backed(tp); got != want[tp.ID] {
			t.Errorf("Backed(%s) = %v, want %v", tp.ID, got, want[tp.ID])
		}
	}
	var assumed []string
	for _, tp := range j.Assumed() {
		assumed = append(assumed, tp.ID)
	}
	if !slices.Equal(assumed, []string{"none", "hunch", "unknown"}) {
		t.Errorf("Assumed = %v, want [none hunch unknown]", assumed)
	}
}
