package render

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/journey"
)

func kitchen(t *testing.T) *journey.Journey {
	t.Helper()
	return mustParse(t, "../examples/keuken-voor-twee.yaml", readFile(t, "../examples/keuken-voor-twee.yaml"))
}

func values(pts []CurvePoint) []int {
	var out []int
	for _, p := range pts {
		if !p.Ideal {
			out = append(out, p.Value)
		}
	}
	return out
}

func markerKinds(ms []Marker) map[float64]string {
	out := map[float64]string{}
	for _, m := range ms {
		out[m.At.X] = m.Kind
	}
	return out
}

// TestPersonaCurves: a map of two personas draws a curve for each, with
// the markers of each, the feelings in a lane, and a legend naming them.
func TestPersonaCurves(t *testing.T) {
	j := kitchen(t)
	s := Layout(j, DejaVu)
	c := s.Curve
	if got := values(c.Points); !slices.Equal(got, []int{1, 2, -1, 1, 1, 2}) {
		t.Errorf("Sanne's points %v", got)
	}
	if len(c.Personas) != 1 {
		t.Fatalf("%d persona curves, want 1 besides the first", len(c.Personas))
	}
	joost := c.Personas[0]
	if joost.Class != "persona-curve persona-2" || joost.Name != "Joost, 36, haar partner" || joost.Shape != "square" {
		t.Errorf("Joost's curve %q %q %q", joost.Class, joost.Name, joost.Shape)
	}
	if got := values(joost.Points); !slices.Equal(got, []int{0, -1, -2, 1, 2, 2}) {
		t.Errorf("Joost's points %v", got)
	}
	xs := make([]float64, len(joost.Points))
	for i, p := range joost.Points {
		xs[i] = p.X
		if p.X != c.Points[i].X {
			t.Errorf("point %d of Joost at x %v, Sanne's at %v: one column, one x", i, p.X, c.Points[i].X)
		}
	}
	// Pain points, peaks and end, per persona.
	wantSanne := map[float64]string{xs[1]: "peak", xs[2]: "pain", xs[5]: "peak end"}
	wantJoost := map[float64]string{xs[2]: "pain", xs[4]: "peak", xs[5]: "peak end"}
	if got := markerKinds(c.Markers); !maps.Equal(got, wantSanne) {
		t.Errorf("Sanne's markers %v, want %v", got, wantSanne)
	}
	if got := markerKinds(joost.Markers); !maps.Equal(got, wantJoost) {
		t.Errorf("Joost's markers %v, want %v", got, wantJoost)
	}
	// No words at the points: they would crowd; the feelings have a lane.
	if len(c.Feelings) != 0 {
		t.Errorf("feelings at the points: %+v", c.Feelings)
	}
	for _, m := range append(c.Markers, joost.Markers...) {
		if len(m.Label.Lines) > 0 {
			t.Errorf("marker label %q at a point", m.Label.Lines)
		}
	}
	var feelings *Lane
	for i := range s.Lanes {
		if s.Lanes[i].Class == "feelings" {
			feelings = &s.Lanes[i]
		}
	}
	if feelings == nil || feelings.Label.Lines[0] != "Gevoelens" {
		t.Fatalf("no lane of feelings: %+v", s.Lanes)
	}
	if got := cellText(feelings.Cells[1]); got != "Sanne: geïnspireerd | Joost: verveeld" {
		t.Errorf("feelings at the showroom: %q", got)
	}
	if got := cellText(feelings.Cells[3]); got != "Sanne: opgelucht | Joost: opgelucht" {
		t.Errorf("one feeling for both: %q", got)
	}
	// The ideal and the gap are the first persona's.
	if len(c.Ideal) == 0 || len(c.Gaps) == 0 {
		t.Error("no ideal curve or gap for the first persona")
	}
	var legend []string
	for _, it := range s.Legend.Items {
		legend = append(legend, it.Kind+"="+strings.Join(it.Label.Lines, " "))
	}
	for _, want := range []string{"emotion-curve=Sanne, 34, eerste huis", "persona-curve persona-2=Joost, 36, haar partner", "ideal-curve=Ideale klantreis van Sanne"} {
		if !slices.Contains(legend, want) {
			t.Errorf("legend %q lacks %q", legend, want)
		}
	}
	// The lens shows both.
	var lens []string
	for _, p := range s.Lens.Panels {
		if strings.HasPrefix(p.Class, "persona") {
			lens = append(lens, p.Body[0].Lines[0])
		}
	}
	if strings.Join(lens, "; ") != "Sanne, 34, eerste huis; Joost, 36, haar partner" {
		t.Errorf("lens personas %q", lens)
	}
	if !strings.Contains(s.Desc, "Curve van Joost, 36, haar partner: De emotiecurve is het laagst (−2)") {
		t.Errorf("desc %q", s.Desc)
	}
}

// TestPersonaAlone: --persona draws one persona alone, with its feelings
// and markers at its points and its own ideal and gap.
func TestPersonaAlone(t *testing.T) {
	j := kitchen(t)
	s, err := layoutMap(j, Options{Persona: "joost"})
	if err != nil {
		t.Fatal(err)
	}
	c := s.Curve
	if len(c.Personas) != 0 {
		t.Errorf("%d other curves", len(c.Personas))
	}
	if got := values(c.Points); !slices.Equal(got, []int{0, -1, -2, 1, 2, 2}) {
		t.Errorf("points %v, want Joost's", got)
	}
	var words []string
	for _, f := range c.Feelings {
		words = append(words, f.Lines...)
	}
	if !slices.Contains(words, "verveeld") || slices.Contains(words, "geïnspireerd") {
		t.Errorf("feelings %q, want Joost's", words)
	}
	// Joost's ideal: 2 at the showroom (given once for both), where he is
	// at -1: the gap starts there.
	var ideal []int
	for _, p := range c.Points {
		if p.Ideal {
			ideal = append(ideal, p.Value)
		}
	}
	if !slices.Equal(ideal, []int{2, 1, 2}) || len(c.Gaps) == 0 {
		t.Errorf("ideal %v, %d gaps", ideal, len(c.Gaps))
	}
	if len(s.Lens.Panels) == 0 || s.Lens.Panels[0].Body[0].Lines[0] != "Joost, 36, haar partner" {
		t.Errorf("lens %+v", s.Lens.Panels[0])
	}
	if _, err := layoutMap(j, Options{Persona: "jost"}); err == nil || err.Error() != `"We laten een keuken plaatsen" has no persona "jost"; its personas are sanne, joost` {
		t.Errorf("unknown persona: %v", err)
	}
	if _, err := layoutMap(j, Options{Compare: []*journey.Journey{j.ForPersona(0)}}); err == nil || !strings.Contains(err.Error(), "choose it with --persona") {
		t.Errorf("comparing a map of two personas: %v", err)
	}
	if _, err := layoutMap(j, Options{Persona: "sanne", Compare: []*journey.Journey{j}}); err != nil {
		t.Errorf("comparing one persona: %v", err)
	}
}

// TestFivePersonasApart: the curves of five personas differ in class,
// dash and mark in every theme, so that they read in greyscale too, and
// their SVG is well-formed.
func TestFivePersonasApart(t *testing.T) {
	j := mustParse(t, "five.yaml", []byte(fivePersonas))
	s := Layout(j, DejaVu)
	if len(s.Curve.Personas) != 4 {
		t.Fatalf("%d other curves, want 4", len(s.Curve.Personas))
	}
	shapes := map[string]bool{}
	for _, pc := range s.Curve.Personas {
		shapes[pc.Shape] = true
	}
	if len(shapes) != 4 {
		t.Errorf("marks %v, want four different", shapes)
	}
	for _, theme := range themes {
		rules := mapRules(theme, 0, 5)
		dashes := map[string]bool{}
		for n := 2; n <= 5; n++ {
			sel := ".persona-" + string(rune('0'+n)) + " .persona-line"
			found := false
			for _, r := range rules {
				if r.selector == sel {
					found = true
					dashes[r.declarations[strings.Index(r.declarations, "stroke-dasharray"):]] = true
				}
			}
			if !found {
				t.Errorf("%s: no rule %s", theme.Name, sel)
			}
		}
		if len(dashes) != 4 {
			t.Errorf("%s: dashes %v, want four different", theme.Name, dashes)
		}
		var b bytes.Buffer
		if err := WriteSVG(&b, s, Options{Theme: theme}); err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(&b)
		for {
			if _, err := d.Token(); err != nil {
				if err.Error() != "EOF" {
					t.Errorf("%s: %v", theme.Name, err)
				}
				break
			}
		}
	}
}

func cellText(c Cell) string {
	var parts []string
	for _, it := range c.Items {
		parts = append(parts, strings.Join(it.Lines, " "))
	}
	return strings.Join(parts, " | ")
}

// TestHostilePersonas: hostile persona names, abouts and feelings per
// persona reach a map of several personas as text only, in every theme.
func TestHostilePersonas(t *testing.T) {
	for i, label := range hostile {
		q := func(extra string) string {
			return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(label+extra) + ` \u202E"`
		}
		src := `title: T
personas:
  - {id: a, name: ` + q("1") + `, about: ` + q("2") + `}
  - {id: b, name: ` + q("3") + `}
phases:
  - id: p
    name: P
    touchpoints:
      - {id: t1, name: T1, owner: O, emotion: {a: -2, b: 1}, ideal: 2, feeling: {a: ` + q("4") + `, b: ` + q("5") + `}}
      - {id: t2, name: T2, owner: O, emotion: {a: 1, b: -1}, feeling: ` + q("6") + `}
`
		j := mustParse(t, "hostile.yaml", []byte(src))
		for _, theme := range themes {
			svg := renderSVG(t, j, Options{Theme: theme})
			checkHostileSVG(t, fmt.Sprintf("hostile personas %d %s", i, theme.Name), svg, label)
			alone := renderSVG(t, j, Options{Theme: theme, Persona: "b"})
			checkHostileSVG(t, fmt.Sprintf("hostile persona alone %d %s", i, theme.Name), alone, label)
		}
	}
}

// TestComparedPersonas: a compared journey of several personas draws the
// curve of the persona --persona names when it has her; otherwise that of
// its first persona, and the legend says whose curve it is, so that no
// persona's curve passes for another's.
func TestComparedPersonas(t *testing.T) {
	kitchen := kitchen(t)
	// Henk is in the catalogue, not in this journey: a version of the
	// journey for Joost and Henk.
	other := mustParse(t, "../examples/keuken-voor-twee.yaml", bytes.ReplaceAll(bytes.ReplaceAll(readFile(t, "../examples/keuken-voor-twee.yaml"),
		[]byte("personas: [sanne, joost]"), []byte("personas: [henk, joost]")), []byte("sanne:"), []byte("henk:")))
	label := func(s *Scene) string {
		if len(s.Curve.Others) != 1 {
			t.Fatalf("%d compared curves", len(s.Curve.Others))
		}
		return s.Curve.Others[0].Title
	}
	values := func(s *Scene) []int {
		var out []int
		for _, p := range s.Curve.Others[0].Points {
			out = append(out, p.Value)
		}
		return out
	}
	s, err := layoutMap(kitchen, Options{Persona: "joost", Compare: []*journey.Journey{other}})
	if err != nil {
		t.Fatal(err)
	}
	if got := label(s); got != "We laten een keuken plaatsen (andere versie)" || !slices.Equal(values(s), []int{0, -1, -2, 1, 2, 2}) {
		t.Errorf("Joost against Joost: %q %v", got, values(s))
	}
	// Sanne is not in the other version: its first persona, Henk, named.
	s, err = layoutMap(kitchen, Options{Persona: "sanne", Compare: []*journey.Journey{other}})
	if err != nil {
		t.Fatal(err)
	}
	if got := label(s); got != "We laten een keuken plaatsen (andere versie) · Henk" || !slices.Equal(values(s), []int{1, 2, -1, 1, 1, 2}) {
		t.Errorf("Sanne against the other version: %q %v", got, values(s))
	}
	// A map of one persona against a journey of several.
	single := mustParse(t, "one.yaml", []byte(`title: Eén persona
lang: nl
persona: Sanne
phases:
  - id: orientatie
    name: Oriëntatie
    touchpoints:
      - {id: advertentie, name: Advertentie, emotion: 1}
      - {id: showroom-bezoek, name: Showroom, emotion: 0}
`))
	s, err = layoutMap(single, Options{Compare: []*journey.Journey{kitchen}})
	if err != nil {
		t.Fatal(err)
	}
	if got := label(s); got != "We laten een keuken plaatsen · Sanne" {
		t.Errorf("one persona against two: %q", got)
	}
}

// TestIdenticalPersonaCurves: a persona whose emotions are all another's
// (the first persona's among them) still shows its line: it runs beside
// the other's, a line's width apart, while its marks stay on the values.
func TestIdenticalPersonaCurves(t *testing.T) {
	j := mustParse(t, "alike.yaml", []byte(`title: Alike
personas:
  - {id: a, name: A}
  - {id: b, name: B}
  - {id: c, name: C}
  - {id: d, name: D}
phases:
  - id: p
    name: P
    touchpoints:
      - {id: t1, name: T1, emotion: {a: 1, b: 1, c: -1, d: 1}}
      - {id: t2, name: T2, emotion: {a: -2, b: 0, c: 0, d: 0}}
      - {id: t3, name: T3, emotion: {a: 2, b: 2, c: 2, d: 2}}
`))
	s := Layout(j, DejaVu)
	c := s.Curve
	start := func(p Path) Point { return p.Cmds[0].P[0] }
	b, cc, d := c.Personas[0], c.Personas[1], c.Personas[2]
	// B and D are alike: D's line runs beside B's; C differs from both.
	if start(b.Path) != b.Points[0].Point || start(cc.Path) != cc.Points[0].Point {
		t.Errorf("a curve like no other moved: B %v at %v, C %v at %v", start(b.Path), b.Points[0].Point, start(cc.Path), cc.Points[0].Point)
	}
	dy := start(d.Path).Y - d.Points[0].Y
	if start(d.Path).X != d.Points[0].X || math.Abs(dy) < 3 || math.Abs(dy) > 6 {
		t.Errorf("D's line starts at %v, its point at %v: want a line's width apart", start(d.Path), d.Points[0].Point)
	}
	for k, p := range d.Points {
		if p.Point != b.Points[k].Point {
			t.Errorf("D's point %d at %v, B's at %v: the marks stay on the values", k, p.Point, b.Points[k].Point)
		}
	}
	for _, st := range d.Stretches {
		if st.Path.Cmds[0].P[0].Y == b.Points[0].Y {
			t.Errorf("a stretch of D's line on B's: %v", st.Path.Cmds[0].P[0])
		}
	}
}
