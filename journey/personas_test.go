package journey

import (
	"fmt"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/journey/vocab"
)

// twoPersonas is a valid journey of two personas; cases change it.
var twoPersonas = []string{
	"title: We buy a kitchen",              // 1
	"personas:",                            // 2
	"  - {id: sanne, name: \"Sanne, 34\"}", // 3
	"  - {id: joost, name: \"Joost, 36\", about: Pays the bills}", // 4
	"phases:",                  // 5
	"  - id: aware",            // 6
	"    name: Awareness",      // 7
	"    touchpoints:",         // 8
	"      - id: ad",           // 9
	"        name: Sees an ad", // 10
	"        owner: Marketing", // 11
	"        emotion: 1",       // 12
	"        ideal: 2",         // 13
	"        feeling: {sanne: curious, joost: sceptical}", // 14
	"      - id: showroom",                                // 15
	"        name: Visits the showroom",                   // 16
	"        owner: Sales",                                // 17
	"        emotion: {sanne: 2, joost: -1}",              // 18
	"        ideal: {joost: 1}",                           // 19
}

func twoWith(n int, repl ...string) string {
	ls := append([]string(nil), twoPersonas...)
	if n > len(ls) {
		return lines(append(ls, repl...)...)
	}
	return lines(append(append(append([]string(nil), ls[:n-1]...), repl...), ls[n:]...)...)
}

func TestPersonasDecode(t *testing.T) {
	j, diags := Parse("k.yaml", []byte(lines(twoPersonas...)), Options{})
	if j == nil {
		t.Fatalf("not valid: %v", diags)
	}
	for _, d := range diags {
		if d.Code != CodeEndsLow && d.Code != CodePainUnaddressed {
			t.Errorf("unexpected %s", d)
		}
	}
	if len(j.Personas) != 2 || j.Personas[1].ID != "joost" || j.Personas[1].About != "Pays the bills" || j.Persona.Name != "" {
		t.Fatalf("personas %+v, persona %+v", j.Personas, j.Persona)
	}
	if got := j.Curves(); got != 2 {
		t.Errorf("Curves() = %d", got)
	}
	ad, showroom := j.Phases[0].Touchpoints[0], j.Phases[0].Touchpoints[1]
	// One value for all, and a value per persona.
	if ad.Moods[0].Emotion != 1 || ad.Moods[1].Emotion != 1 || *ad.Moods[0].Ideal != 2 || *ad.Moods[1].Ideal != 2 ||
		ad.Moods[0].Feeling != "curious" || ad.Moods[1].Feeling != "sceptical" {
		t.Errorf("ad moods %+v", ad.Moods)
	}
	// An ideal mapping may leave a persona out: no ideal for Sanne.
	if showroom.Moods[0].Emotion != 2 || showroom.Moods[1].Emotion != -1 || showroom.Moods[0].Ideal != nil || *showroom.Moods[1].Ideal != 1 {
		t.Errorf("showroom moods %+v", showroom.Moods)
	}
	// The touchpoint's own values are the first persona's.
	if showroom.Emotion != 2 || showroom.Ideal != nil || ad.Feeling != "curious" {
		t.Errorf("showroom %d %v, ad %q", showroom.Emotion, showroom.Ideal, ad.Feeling)
	}
	joost := j.ForPersona(1)
	if len(joost.Personas) != 1 || joost.Personas[0].ID != "joost" {
		t.Errorf("ForPersona(1) personas %+v", joost.Personas)
	}
	js := joost.Phases[0].Touchpoints[1]
	if js.Emotion != -1 || *js.Ideal != 1 || joost.Phases[0].Touchpoints[0].Feeling != "sceptical" {
		t.Errorf("ForPersona(1) showroom %+v", js)
	}
	if j.Phases[0].Touchpoints[1].Emotion != 2 {
		t.Error("ForPersona changed the journey it was made from")
	}
	// Joost's curve dips at the showroom: a pain point of the journey,
	// with his emotion.
	pains := j.AllPainPoints()
	if len(pains) != 1 || pains[0].ID != "showroom" || pains[0].Emotion != -1 {
		t.Errorf("AllPainPoints() = %+v", pains)
	}
	if got := len(j.Cast()); got != 2 {
		t.Errorf("Cast() has %d", got)
	}
}

// TestPersonaDiagnostics checks every reference to a persona, at its exact
// place, in English and Dutch.
func TestPersonaDiagnostics(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // "line:col code message", English
		nl        string   // the first message in Dutch, when checked
	}{
		{"unknown id with did-you-mean", twoWith(18, "        emotion: {sanne: 2, joost: -1, josst: 0}"),
			[]string{`18:40 unresolved-reference unknown persona "josst"; did you mean "joost"?`},
			`onbekend persona "josst"; bedoelde je "joost"?`},
		{"a persona missing", twoWith(18, "        emotion: {sanne: 2}"),
			[]string{`18:18 missing-field the emotion of touchpoint "showroom" has no value for persona "joost"; give every persona a value, or one value for all`},
			`de emotie van contactmoment "showroom" heeft geen waarde voor persona "joost"; geef elke persona een waarde, of één waarde voor allemaal`},
		{"unknown id in a feeling", twoWith(14, "        feeling: {sanne: curious, jost: sceptical}"),
			[]string{`14:35 unresolved-reference unknown persona "jost"; did you mean "joost"?`}, ""},
		{"per-persona value out of scale", twoWith(18, "        emotion: {sanne: 2, joost: -3}"),
			[]string{`18:36 out-of-scale emotion -3 is outside the scale [-2, 2]`}, ""},
		{"both persona and personas", twoWith(2, "persona: Sanne", "personas:"),
			[]string{`4:3 persona-conflict the journey has both persona and personas; keep one: persona for one persona, personas for a list of them`},
			"de klantreis heeft zowel persona als personas; houd er één: persona voor één persona, personas voor een lijst"},
		{"duplicate persona id", twoWith(4, "  - {id: joost, name: Joost}", "  - {id: sanne, name: Sanne again}"),
			[]string{`5:10 duplicate-id duplicate persona id "sanne" (first at line 3:10)`}, ""},
		{"a persona without id", twoWith(4, "  - {name: Joost}"),
			[]string{`4:5 missing-field persona has no "id"`}, ""},
		{"more than five personas", twoWith(4, "  - {id: b, name: B}", "  - {id: c, name: C}", "  - {id: d, name: D}", "  - {id: e, name: E}", "  - {id: f, name: F}"),
			[]string{`8:5 too-many personas has more than 5 items; that is the limit`}, ""},
		{"per persona without personas", lines("title: T", "persona: Sanne", "phases:", "  - id: p", "    name: P", "    touchpoints:",
			"      - {id: a, name: A, owner: O, emotion: {sanne: 1}}"),
			[]string{`7:45 unresolved-reference emotion gives a value per persona, but the journey has no personas list; add personas: [{id, name}], or give one value`},
			"emotion geeft een waarde per persona, maar de klantreis heeft geen lijst personas; voeg personas: [{id, name}] toe, of geef één waarde"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := Parse("k.yaml", []byte(tc.src), Options{})
			var got []string
			for _, d := range diags {
				if d.Severity == Error {
					got = append(got, fmt.Sprintf("%d:%d %s %s", d.Pos.Line, d.Pos.Column, d.Code, d.Message))
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if tc.nl == "" {
				return
			}
			_, diags = Parse("k.yaml", []byte(tc.src), Options{Lang: Dutch})
			for _, d := range diags {
				if d.Severity == Error {
					if d.Message != tc.nl {
						t.Errorf("in Dutch: %q, want %q", d.Message, tc.nl)
					}
					break
				}
			}
		})
	}
}

// TestEndsLowNamesEveryPersona: in a journey of several personas, the
// warning that the journey ends on its lowest emotion names every persona
// whose curve ends on its own low, not the first alone, once.
func TestEndsLowNamesEveryPersona(t *testing.T) {
	src := lines(
		"title: Three people",
		"personas:",
		"  - {id: ann, name: Ann}",
		"  - {id: bob, name: Bob}",
		"  - {id: cem, name: Cem}",
		"phases:",
		"  - id: p",
		"    name: P",
		"    touchpoints:",
		"      - {id: a, name: A, owner: O, emotion: {ann: 2, bob: 1, cem: -1}}",
		"      - {id: b, name: B, owner: O, emotion: {ann: 1, bob: -2, cem: 0}}",
		"      - {id: c, name: C, owner: O, emotion: {ann: 2, bob: -2, cem: -1}}",
	)
	for _, tc := range []struct {
		lang, src, want string
	}{
		{"en", src, `12:9 the journey ends on its lowest emotion for persona "bob" (-2) and persona "cem" (-1), at touchpoint "c"; customers remember the peak and the end: end on a positive peak`},
		{"nl", src, `12:9 de klantreis eindigt op haar laagste emotie voor persona "bob" (-2) en persona "cem" (-1), bij contactmoment "c"; klanten onthouden de piek en het einde: eindig op een positieve piek`},
		{"en", strings.Replace(src, "ann: 2, bob: -2, cem: -1", "ann: 2, bob: -2, cem: 0", 1), `12:9 the journey ends on its lowest emotion for persona "bob" (-2), at touchpoint "c"; customers remember the peak and the end: end on a positive peak`},
		{"en", strings.Replace(src, "ann: 2, bob: -2, cem: -1", "ann: 2, bob: 1, cem: 0", 1), ``},
	} {
		_, diags := Parse("j.yaml", []byte(tc.src), Options{})
		var got []string
		for _, d := range diags {
			if d.Code == CodeEndsLow {
				got = append(got, fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Column, vocab.Lang(tc.lang).Say(d.Phrase)))
			}
		}
		want := []string{}
		if tc.want != "" {
			want = append(want, tc.want)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: ends-low\n%q\nwant\n%q", tc.lang, got, want)
		}
	}
}

// TestPainPointNamesItsPersona: in a journey of several personas, a
// touchpoint the curves dip to is named with the persona whose curve dips
// there, and that persona's emotion, not as the journey's lowest.
func TestPainPointNamesItsPersona(t *testing.T) {
	src := lines(
		"title: Two people",
		"personas:",
		"  - {id: ann, name: Ann}",
		"  - {id: bob, name: Bob}",
		"phases:",
		"  - id: p",
		"    name: P",
		"    touchpoints:",
		"      - {id: a, name: A, owner: O, emotion: {ann: 2, bob: 1}}",
		"      - {id: b, name: B, owner: O, emotion: {ann: 1, bob: -2}}",
		"      - {id: c, name: C, owner: O, emotion: {ann: -1, bob: 2}}",
		"      - {id: d, name: D, owner: O, emotion: 2}",
	)
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"en", []string{
			`10:9 touchpoint "b" is a pain point, the lowest emotion of persona "bob" (-2), that no improvement addresses; add an improvement with touchpoints: [b]`,
			`11:9 touchpoint "c" is a pain point, the lowest emotion of persona "ann" (-1), that no improvement addresses; add an improvement with touchpoints: [c]`,
		}},
		{"nl", []string{
			`10:9 contactmoment "b" is een pijnpunt, de laagste emotie van persona "bob" (-2), dat geen verbetering aanpakt; voeg een verbetering toe met touchpoints: [b]`,
			`11:9 contactmoment "c" is een pijnpunt, de laagste emotie van persona "ann" (-1), dat geen verbetering aanpakt; voeg een verbetering toe met touchpoints: [c]`,
		}},
	} {
		_, diags := Parse("j.yaml", []byte(src), Options{})
		var got []string
		for _, d := range diags {
			if d.Code == CodePainUnaddressed {
				got = append(got, fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Column, vocab.Lang(tc.lang).Say(d.Phrase)))
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: pain-unaddressed\n%q\nwant\n%q", tc.lang, got, tc.want)
		}
	}
}
