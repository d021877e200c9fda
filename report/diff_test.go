package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/journey"
)

const diffOld = `title: Ik vraag een offerte aan
lang: nl
persona: Sanne
phases:
  - id: aanvragen
    name: Aanvragen
    moment: before
    touchpoints:
      - {id: form, name: Vult het formulier in, owner: Verkoop, emotion: 0, pains: [lang]}
      - {id: fax, name: Stuurt een fax, emotion: -2}
`

const diffNew = `title: Ik vraag een offerte aan
lang: nl
persona: Sanne
phases:
  - id: aanvragen
    name: Aanvragen
    moment: during
    touchpoints:
      - {id: form, name: Vult het formulier in, owner: Service, emotion: 1, pains: [kort]}
      - {id: bel, name: Belt de showroom, emotion: 1, ideal: 2}
`

// A Dutch journey's diff reads in Dutch in a pull request, with the same
// table; a touchpoint added with an ideal names it among the other
// changes, not in the emotion column.
func TestDiffMarkdownInTheJourneysLanguage(t *testing.T) {
	old, _ := parse(t, diffOld, journey.Date{})
	new, _ := parse(t, diffNew, journey.Date{})
	d := journey.Compare(old, new)
	var b bytes.Buffer
	if err := DiffMarkdown(&b, d, new.Title, new.Lang); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"#### Wijzigingen in de klantreis: Ik vraag een offerte aan\n",
		"- Fase `aanvragen`: moment before → during\n",
		"| | Contactmoment | Fase | Emotie | Andere wijzigingen |\n",
		"| gewijzigd | `form` Vult het formulier in | Aanvragen | 0 → 1 (+1) | eigenaar “Verkoop” → “Service”; pijnpunten toegevoegd: “kort”; pijnpunten verwijderd: “lang” |\n",
		"| toegevoegd | `bel` Belt de showroom | Aanvragen | 1 | ideaal 2 |\n",
		"| verwijderd | `fax` Stuurt een fax | Aanvragen | -2 |  |\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the diff lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	if err := DiffText(&b, d); err != nil {
		t.Fatal(err)
	}
	if want := "+ added touchpoint bel \"Belt de showroom\" (phase \"Aanvragen\"): emotion 1, ideal 2\n"; !strings.Contains(b.String(), want) {
		t.Errorf("the text diff lacks %q:\n%s", want, b.String())
	}
	b.Reset()
	if err := DiffMarkdown(&b, journey.Compare(old, old), old.Title, old.Lang); err != nil || !strings.HasSuffix(b.String(), "\n\nGeen verschillen.\n") {
		t.Errorf("no differences: %q, %v", b.String(), err)
	}
}

// A moment removed from a phase reads as "–" in both diffs, never as a
// blank.
func TestDiffMomentRemoved(t *testing.T) {
	old, _ := parse(t, diffOld, journey.Date{})
	new, _ := parse(t, strings.Replace(diffOld, "    moment: before\n", "", 1), journey.Date{})
	d := journey.Compare(old, new)
	var b bytes.Buffer
	if err := DiffText(&b, d); err != nil {
		t.Fatal(err)
	}
	if want := "phase aanvragen: moment before → –\n"; !strings.Contains(b.String(), want) {
		t.Errorf("the text diff lacks %q:\n%s", want, b.String())
	}
	b.Reset()
	if err := DiffMarkdown(&b, d, new.Title, new.Lang); err != nil {
		t.Fatal(err)
	}
	if want := "- Fase `aanvragen`: moment before → –\n"; !strings.Contains(b.String(), want) {
		t.Errorf("the diff lacks %q:\n%s", want, b.String())
	}
}
