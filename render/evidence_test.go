package render

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

// TestBackedAndAssumed: each point of the current curve is marked backed
// or assumed as the journey's one rule (journey.Journey.Backed) says, the
// curve is dotted exactly between two assumed points, and its stretches
// together are the whole curve.
func TestBackedAndAssumed(t *testing.T) {
	j := examples(t)["moving-house"]
	s := Layout(j, DejaVu)
	cv := s.Curve
	var assumed []bool
	for _, p := range cv.Points {
		if !p.Ideal {
			assumed = append(assumed, p.Assumed)
		}
	}
	var want []bool
	for _, tp := range j.Touchpoints() {
		want = append(want, !j.Backed(tp))
	}
	if !slices.Equal(assumed, want) {
		t.Fatalf("assumed points %v, want %v", assumed, want)
	}
	if n := strings.Count(fmt.Sprint(want), "true"); n != 4 || len(want) != 8 {
		t.Fatalf("the example has %d of %d emotions assumed, want 4 of 8", n, len(want))
	}

	// Segment k runs from point k to point k+1.
	var dotted []bool
	var cmds []Cmd
	for i, st := range cv.Stretches {
		if len(st.Path.Cmds) < 2 || st.Path.Cmds[0].Op != "M" {
			t.Fatalf("stretch %d is not a move and segments: %v", i, st.Path.Cmds)
		}
		if i > 0 {
			prev := cv.Stretches[i-1]
			if prev.Assumed == st.Assumed {
				t.Errorf("stretches %d and %d are drawn alike: one stretch", i-1, i)
			}
			if end := prev.Path.Cmds[len(prev.Path.Cmds)-1].P[2]; end != st.Path.Cmds[0].P[0] {
				t.Errorf("stretch %d starts at %v, not where stretch %d ends, %v", i, st.Path.Cmds[0].P[0], i-1, end)
			}
		}
		for range st.Path.Cmds[1:] {
			dotted = append(dotted, st.Assumed)
		}
		cmds = append(cmds, st.Path.Cmds[1:]...)
	}
	if fmt.Sprint(cmds) != fmt.Sprint(cv.Current.Cmds[1:]) {
		t.Errorf("the stretches are not the current curve:\n%v\n%v", cmds, cv.Current.Cmds[1:])
	}
	for k := range dotted {
		if w := want[k] && want[k+1]; dotted[k] != w {
			t.Errorf("segment %d dotted %v, want %v (points assumed %v, %v)", k, dotted[k], w, want[k], want[k+1])
		}
	}
	if got := strings.Join(s.Lens.Meta.Lines, " "); !strings.Contains(got, "4 of 8 emotions backed by evidence") {
		t.Errorf("the lens says %q, without how many emotions are backed", got)
	}
	if !strings.Contains(s.Desc, "4 of 8 emotions backed by evidence. An assumed emotion is drawn as a hollow, dotted point") {
		t.Errorf("the description does not say how many emotions are backed and how assumed ones are drawn: %s", s.Desc)
	}

	svg := string(renderSVG(t, j, Options{}))
	for _, c := range []struct {
		class string
		n     int
	}{{`class="point backed"`, 4 + 1}, {`class="point assumed"`, 4 + 1}, {`class="emotion-curve assumed"`, 2 + 1}} {
		if got := strings.Count(svg, c.class); got != c.n { // the points, and the legend's sample
			t.Errorf("%s %d times, want %d", c.class, got, c.n)
		}
	}
}

// TestEvidenceLegend: the legend explains backed and assumed points only
// on a map that has assumed ones, and each kind only when the map shows
// it; a map backed throughout draws its points alike, without an entry.
func TestEvidenceLegend(t *testing.T) {
	const head = "title: T\npersona: P\nphases:\n  - id: p\n    name: P\n    touchpoints:\n"
	const evidence = "evidence:\n  - {id: talks, kind: interview, source: Talks}\n  - {id: hunch, kind: assumption, source: A hunch}\n"
	for _, tc := range []struct {
		evidence [3]string
		want     []string
		meta     string
	}{
		{evidence: [3]string{"talks", "talks", "talks"}, meta: "3 of 3 emotions backed by evidence"},
		{evidence: [3]string{"talks", "hunch", ""}, want: []string{"backed", "assumed"}, meta: "1 of 3 emotions backed by evidence"},
		{evidence: [3]string{"hunch", "", "hunch"}, want: []string{"assumed"}, meta: "0 of 3 emotions backed by evidence"},
	} {
		var src strings.Builder
		src.WriteString(head)
		for i, e := range tc.evidence {
			fmt.Fprintf(&src, "      - {id: t%d, name: T%d, emotion: %d", i, i, i%2)
			if e != "" {
				fmt.Fprintf(&src, ", evidence: [%s]", e)
			}
			src.WriteString("}\n")
		}
		src.WriteString(evidence)
		s := Layout(mustParse(t, "legend", []byte(src.String())), DejaVu)
		var got []string
		for _, it := range s.Legend.Items {
			if it.Kind == "backed" || it.Kind == "assumed" {
				got = append(got, it.Kind)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("evidence %q: legend %v, want %v", tc.evidence, got, tc.want)
		}
		if m := strings.Join(s.Lens.Meta.Lines, " "); !strings.Contains(m, tc.meta) {
			t.Errorf("evidence %q: the lens says %q, want %q", tc.evidence, m, tc.meta)
		}
		svg := renderSVG(t, mustParse(t, "legend", []byte(src.String())), Options{})
		if len(tc.want) == 0 && (bytes.Contains(svg, []byte(`class="point assumed"`)) || bytes.Contains(svg, []byte(`class="emotion-curve assumed"`))) {
			t.Errorf("evidence %q: a map backed throughout draws something assumed", tc.evidence)
		}
	}
	one := Layout(mustParse(t, "one", []byte(head+"      - {id: t0, name: T0, emotion: 1}\n")), DejaVu)
	if m := strings.Join(one.Lens.Meta.Lines, " "); !strings.Contains(m, "0 of 1 emotion backed by evidence") {
		t.Errorf("one touchpoint: the lens says %q", m)
	}
}

// TestAssumedInPNG: the PNG painter draws what the style sheet asks: a
// dotted stretch has gaps along its middle where a solid one has none, an
// assumed point is hollow with gaps in its ring, and a backed point is
// filled.
func TestAssumedInPNG(t *testing.T) {
	s := Layout(examples(t)["moving-house"], DejaVu)
	img := decodePNG(t, drawPNG(t, s, Options{}, 2))
	current := themes[0].current
	isCurrent := func(p Point) bool {
		c, _ := parseCSSColour(current)
		r, g, b, _ := img.At(int(math.Floor(p.X*2)), int(math.Floor(p.Y*2))).RGBA()
		near := func(v uint32, w uint8) bool { return math.Abs(float64(v>>8)-float64(w)) < 40 }
		return near(r, c.r) && near(g, c.g) && near(b, c.b)
	}
	for i, st := range s.Curve.Stretches {
		on, off := 0, 0
		from := st.Path.Cmds[0].P[0]
		for _, c := range st.Path.Cmds[1:] {
			for k := 1; k < 200; k++ { // the ends are covered by points, glyphs and rings
				if p := bezier(from, c, float64(k)/200); math.Hypot(p.X-from.X, p.Y-from.Y) > 16 && math.Hypot(p.X-c.P[2].X, p.Y-c.P[2].Y) > 16 {
					if isCurrent(p) {
						on++
					} else {
						off++
					}
				}
			}
			from = c.P[2]
		}
		switch {
		case st.Assumed && (off < on/4 || on < off/4):
			t.Errorf("dotted stretch %d: %d samples in the curve's colour, %d not: not dotted", i, on, off)
		case !st.Assumed && off > 0:
			t.Errorf("solid stretch %d: %d of %d samples not in the curve's colour", i, off, on+off)
		}
	}
	for _, p := range s.Curve.Points {
		if p.Ideal {
			continue
		}
		if filled := isCurrent(p.Point); filled == p.Assumed {
			t.Errorf("point at %v, assumed %v: filled %v", p.Point, p.Assumed, filled)
		}
		if !p.Assumed {
			continue
		}
		gaps := 0
		for a := range 72 {
			angle := float64(a) * math.Pi / 36
			if !isCurrent(Point{X: p.X + 5*math.Cos(angle), Y: p.Y + 5*math.Sin(angle)}) {
				gaps++
			}
		}
		if gaps < 8 || gaps > 60 {
			t.Errorf("assumed point at %v: %d of 72 samples of its ring are gaps: not dotted", p.Point, gaps)
		}
	}
}

// TestPersonasBackedAndAssumed: a persona's emotion at a touchpoint is
// backed by the touchpoint's evidence, so every persona's curve, not the
// first alone, marks its points backed or assumed and is dotted exactly
// between two assumed points; the SVG says so in its classes.
func TestPersonasBackedAndAssumed(t *testing.T) {
	const src = `title: Three people, half the emotions assumed
personas:
  - {id: a, name: Ann}
  - {id: b, name: Bob}
  - {id: c, name: Cem}
phases:
  - id: p
    name: P
    touchpoints:
      - {id: t1, name: T1, emotion: {a: 1, b: -1, c: 0}, evidence: [talks]}
      - {id: t2, name: T2, emotion: {a: 0, b: 1, c: -2}}
      - {id: t3, name: T3, emotion: {a: -1, b: 2, c: 1}, evidence: [hunch]}
      - {id: t4, name: T4, emotion: 2, evidence: [talks]}
evidence:
  - {id: talks, kind: interview, source: Talks}
  - {id: hunch, kind: assumption, source: A hunch}
`
	j := mustParse(t, "three.yaml", []byte(src))
	s := Layout(j, DejaVu)
	want := []bool{false, true, true, false}
	if len(s.Curve.Personas) != 2 {
		t.Fatalf("%d other curves, want 2", len(s.Curve.Personas))
	}
	for _, pc := range s.Curve.Personas {
		var got []bool
		for _, p := range pc.Points {
			got = append(got, p.Assumed)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: assumed points %v, want %v", pc.Name, got, want)
		}
		var dotted []bool
		var cmds []Cmd
		for _, st := range pc.Stretches {
			for range st.Path.Cmds[1:] {
				dotted = append(dotted, st.Assumed)
			}
			cmds = append(cmds, st.Path.Cmds[1:]...)
		}
		if fmt.Sprint(cmds) != fmt.Sprint(pc.Path.Cmds[1:]) {
			t.Errorf("%s: the stretches are not the curve", pc.Name)
		}
		if !slices.Equal(dotted, []bool{false, true, false}) {
			t.Errorf("%s: dotted segments %v, want only the one between t2 and t3", pc.Name, dotted)
		}
	}
	svg := string(renderSVG(t, j, Options{}))
	for _, c := range []struct {
		class string
		n     int
	}{
		{`class="persona-line assumed"`, 2},
		{`class="persona-point square assumed"`, 2},
		{`class="persona-point square backed"`, 2},
		{`class="persona-point diamond assumed"`, 2},
		{`class="persona-point diamond backed"`, 2},
	} {
		if got := strings.Count(svg, c.class); got != c.n {
			t.Errorf("%s %d times, want %d", c.class, got, c.n)
		}
	}
}
