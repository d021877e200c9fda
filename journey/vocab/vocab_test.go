package vocab

import (
	"regexp"
	"slices"
	"testing"
)

// verbs matches the verbs of a pattern for fmt.Sprintf.
var verbs = regexp.MustCompile(`%[-+# 0]*[0-9]*[a-zA-Z%]`)

// Every word exists in every language, with the same verbs in the same
// order, so that Format fills every translation alike.
func TestEveryWordInEveryLanguage(t *testing.T) {
	for w := Word(0); w < numWords; w++ {
		want := verbs.FindAllString(English.Word(w), -1)
		for _, l := range Langs {
			s := l.Word(w)
			if s == "" {
				t.Errorf("word %d has no %s", w, l)
				continue
			}
			if got := verbs.FindAllString(s, -1); !slices.Equal(got, want) {
				t.Errorf("word %d in %s, %q, has the verbs %q; in English %q", w, l, s, got, want)
			}
		}
	}
}

func TestUnknownLanguageSpeaksEnglish(t *testing.T) {
	if got := Lang("de").Word(Persona); got != "Persona" {
		t.Errorf("de: %q", got)
	}
	if got := Lang("").Word(CustomerGoal); got != "Customer goal" {
		t.Errorf("no language: %q", got)
	}
	if got := English.Word(numWords); got != "" {
		t.Errorf("a word past the table: %q", got)
	}
}

func TestCountAndList(t *testing.T) {
	tests := []struct{ got, want string }{
		{English.Count(1, PhaseOne, PhaseMany), "1 phase"},
		{English.Count(0, PhaseOne, PhaseMany), "0 phases"},
		{Dutch.Count(5, TouchpointOne, TouchpointMany), "5 contactmomenten"},
		{English.List(nil), ""},
		{English.List([]string{"a"}), "a"},
		{English.List([]string{"a", "b"}), "a and b"},
		{Dutch.List([]string{"a", "b", "c"}), "a, b en c"},
		{Dutch.Format(LoopBack, "Praten", "Ontdekken"), "De reis is een cirkel: Praten leidt terug naar Ontdekken"},
		{Capitalise(Dutch.Word(TouchpointMany)), "Contactmomenten"},
		{Capitalise("één"), "Één"},
		{Capitalise(""), ""},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// Means knows a word as typed: in any letter case, with or without its
// accents, or as one of its other spellings.
func TestMeans(t *testing.T) {
	tests := []struct {
		typed string
		lang  Lang
		word  Word
		want  bool
	}{
		{"vóór", Dutch, Before, true},
		{"voor", Dutch, Before, true},
		{" Voor ", Dutch, Before, true},
		{"tijdens", Dutch, During, true},
		{"na", Dutch, After, true},
		{"gedaan", Dutch, StatusDone, true},
		{"klaar", Dutch, StatusDone, true},
		{"enquete", Dutch, EvidenceSurvey, true},
		{"anders", Dutch, EvidenceOther, true},
		{"gedaan", English, StatusDone, false},
		{"voor", Dutch, After, false},
		{"", Dutch, After, false},
	}
	for _, tt := range tests {
		if got := tt.lang.Means(tt.typed, tt.word); got != tt.want {
			t.Errorf("%s.Means(%q, %d) = %v, want %v", tt.lang, tt.typed, tt.word, got, tt.want)
		}
	}
}
