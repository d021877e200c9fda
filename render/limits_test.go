package render

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/journeymap/journeymap/journey"
)

// fill is text of n runes made of word, repeated, with spaces between.
func fill(word string, n int) string {
	var b strings.Builder
	for utf8.RuneCountInString(b.String()) < n {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(word)
	}
	return string([]rune(b.String())[:n])
}

// fillers are texts that take many lines: wide letters with no place to
// break, words just wider than half a column, wide CJK, emoji.
var fillers = []string{"W", "WWWWWWWWWW", "日本語", "😀"}

// largestJourney is a journey as large as the limits allow in every way
// that makes its map tall or wide: the most touchpoints, phases, items and
// improvements, and every text at its longest, made of filler. It is built
// in Go, so the size limit of a file does not hold it back.
func largestJourney(filler string, touchpoints int, improvementsAt string) *journey.Journey {
	label := func() string { return fill(filler, journey.MaxLabelRunes) }
	prose := func() string { return fill(filler, journey.MaxTextRunes) }
	labels := func() []string {
		out := make([]string, journey.MaxListItems)
		for i := range out {
			out[i] = label()
		}
		return out
	}
	j := &journey.Journey{
		File: "largest.yaml", Title: label(), Lang: journey.English, Scenario: prose(),
		Persona: journey.Persona{Name: label(), About: prose()},
		Goals:   journey.Goals{Customer: prose(), Business: prose()},
		Scale:   journey.Scale{Min: -5, Max: 5}, Reviewed: journey.Date{Year: 2026, Month: 1, Day: 1}, Loop: true,
	}
	for p := range journey.MaxPhases {
		ph := journey.Phase{ID: fmt.Sprintf("p%d", p), Name: label(), Moment: journey.Before, Scenario: prose(), Metrics: labels()}
		for k := p * touchpoints / journey.MaxPhases; k < (p+1)*touchpoints/journey.MaxPhases; k++ {
			ideal := 5
			ph.Touchpoints = append(ph.Touchpoints, journey.Touchpoint{
				ID: fmt.Sprintf("t%d", k), Name: label(), Channel: label(), Owner: label(),
				Emotion: -5 + k%11, Ideal: &ideal, Feeling: label(), Thinks: prose(), Pains: labels(), Gains: labels(),
			})
		}
		j.Phases = append(j.Phases, ph)
	}
	for i := range journey.MaxImprovements {
		im := journey.Improvement{ID: fmt.Sprintf("i%d", i), Title: label(), Owner: label(),
			Impact: 5, Effort: 1, Due: journey.Date{Year: 2026, Month: 1, Day: 1}, Status: journey.Doing}
		if improvementsAt != "" {
			im.Touchpoints = []string{improvementsAt}
		}
		j.Improvements = append(j.Improvements, im)
	}
	return j
}

// No map or matrix is larger than a browser draws, however large the
// journey; what does not fit is cut, with a warning.
func TestCanvasBound(t *testing.T) {
	for _, filler := range fillers {
		for _, tc := range []struct {
			name           string
			touchpoints    int
			improvementsAt string
		}{
			{"widest", journey.MaxTouchpoints, "t0"},
			{"improvements on one touchpoint", 1, "t0"},
			{"improvements of the whole journey", 1, ""},
			{"improvements of the whole journey over many columns", journey.MaxTouchpoints - journey.MaxPhases + 1, ""},
		} {
			name := fmt.Sprintf("%s, %q", tc.name, filler)
			j := largestJourney(filler, tc.touchpoints, tc.improvementsAt)
			others := make([]*journey.Journey, MaxCompared)
			for i := range others {
				others[i] = j
			}
			s, err := LayoutCompare(j, others, DejaVu)
			if err != nil {
				t.Fatal(err)
			}
			if s.Width > maxCanvas || s.Height > maxCanvas {
				t.Errorf("%s: the map is %v × %v px, larger than %d", name, s.Width, s.Height, maxCanvas)
			}
			if len(s.Warnings) == 0 {
				t.Errorf("%s: nothing was cut", name)
			}
			for _, w := range s.Warnings {
				if w.Code != journey.CodeCutToFit || w.Severity != journey.Warning || w.File != "largest.yaml" || w.Pos != (journey.Pos{}) && w.Pos.Line < 1 {
					t.Errorf("%s: warning %v", name, w)
				}
			}
			m := LayoutMatrix(j, DejaVu, journey.Date{Year: 2026, Month: 12, Day: 1})
			if m.Width > maxCanvas || m.Height > maxCanvas {
				t.Errorf("%s: the matrix is %v × %v px, larger than %d", name, m.Width, m.Height, maxCanvas)
			}
			if len(m.Warnings) == 0 {
				t.Errorf("%s: nothing was cut on the matrix", name)
			}
			if filler == "W" && tc.touchpoints == 1 && tc.improvementsAt != "" {
				checkScene(t, name, s, DejaVu)
			}
		}
	}
}

// A cut text ends in an ellipsis within its box; the lines before it are
// kept as they were, and the warning names the touchpoint.
func TestCutToFit(t *testing.T) {
	j := largestJourney("onderzoek", 1, "t0")
	s := Layout(j, DejaVu)
	var card Card
	for _, ph := range s.Phases {
		if len(ph.Touchpoints) > 0 {
			card = ph.Touchpoints[0]
		}
	}
	if n := len(card.Name.Lines); n != cardNameLines || !strings.HasSuffix(card.Name.Lines[n-1], ellipsis) {
		t.Errorf("card name: %q", card.Name.Lines)
	}
	for _, line := range card.Name.Lines {
		if w := DejaVu.Width(line, cardName.size, cardName.bold); w > card.Box.W-2*pad {
			t.Errorf("line %q is %v px wide", line, w)
		}
	}
	var pains *Lane
	for i := range s.Lanes {
		if s.Lanes[i].Class == "pains" {
			pains = &s.Lanes[i]
		}
	}
	lines := 0
	for _, it := range pains.Cells[len(pains.Cells)-1].Items {
		if it.Class != "bullet" {
			lines += len(it.Lines)
		}
	}
	if lines != cellLines {
		t.Errorf("the pains cell holds %d lines, want %d", lines, cellLines)
	}
	found := false
	for _, w := range s.Warnings {
		if strings.HasPrefix(w.Message, `the pains of touchpoint "t0": cut to fit the map, `) {
			found = true
		}
	}
	if !found {
		t.Errorf("no warning for the pains: %v", s.Warnings)
	}
	// A journey that fits is not cut.
	for name, j := range examples(t) {
		if s := Layout(j, DejaVu); len(s.Warnings) > 0 {
			t.Errorf("%s: %v", name, s.Warnings)
		}
	}
}

// A cut drops whole characters, grapheme clusters (UAX #29), and the spaces
// before them: never half a flag, a family with a joiner at its end, a
// thumb without its skin tone, or a Hangul syllable without its last jamo.
func TestDropLastCharacter(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"", ""},
		{"abc", "ab"},
		{"ab c", "ab"},
		{"ab \u00a0c", "ab"},
		{"cafe\u0301", "caf"},
		{"ab 🇳🇱🇧🇪", "ab 🇳🇱"},
		{"ab 🇳🇱", "ab"},
		{"ab 👨\u200d👩\u200d👧", "ab"},
		{"ab 👨\u200d👩\u200d👧👍🏽", "ab 👨\u200d👩\u200d👧"},
		{"ab 👍🏽", "ab"},
		{"ab ❤\ufe0f", "ab"},
		{"ab \u1100\u1161\u11a8", "ab"},
		{"한국\u1100\u1161\u11a8", "한국"},
		{"日本語", "日本"},
	} {
		if got := dropLastCharacter(tt.s); got != tt.want {
			t.Errorf("dropLastCharacter(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
