package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/journey"
)

// compareJourneys returns the map of testdata/compare.yaml and the
// journeys it compares with: last year's and a competitor's.
func compareJourneys(t testing.TB) (*journey.Journey, []*journey.Journey) {
	t.Helper()
	load := func(name string) *journey.Journey {
		p := filepath.Join("testdata", name)
		return mustParse(t, p, readFile(t, p))
	}
	return load("compare.yaml"), []*journey.Journey{load("compare.last-year.yaml"), load("compare.competitor.yaml")}
}

// compareSVG is the map of testdata/compare.yaml with its comparisons.
func compareSVG(t testing.TB, theme *Theme) []byte {
	t.Helper()
	j, others := compareJourneys(t)
	return renderSVG(t, j, Options{Theme: theme, Compare: others})
}

// TestGoldenCompare: the scene and the map of a journey compared with two
// others, checked as every map is, and its overlay on the plot.
func TestGoldenCompare(t *testing.T) {
	j, others := compareJourneys(t)
	s, err := LayoutCompare(j, others, DejaVu)
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, filepath.Join("testdata", "compare.scene.json"), append(got, '\n'))
	checkScene(t, "compare", s, DejaVu)
	checkOthers(t, "compare", s)

	for _, theme := range themes {
		svg := compareSVG(t, theme)
		checkSVG(t, "compare "+theme.Name, svg)
		if theme == themes[0] {
			golden(t, filepath.Join("testdata", "compare.svg"), svg)
		}
		for _, want := range []string{
			`<g class="compare-curve compare-1" >`, `<g class="compare-curve compare-2" >`,
			`.compare-1 .compare-line{stroke:`, `.compare-2 .compare-line{stroke:`,
			"I get my kitchen renovated (reviewed 2025-09-20)</text>",
			"Kitchen Depot: I get my kitchen renovated</text>",
			"For comparison, the emotion curves of “I get my kitchen renovated”, “Kitchen Depot: I get my kitchen renovated” are drawn on the same scale.",
		} {
			if !bytes.Contains(svg, []byte(want)) {
				t.Errorf("%s: the map lacks %q", theme.Name, want)
			}
		}
		if bytes.Contains(svg, []byte("compare-3")) {
			t.Errorf("%s: a style for a third comparison", theme.Name)
		}
	}
}

// checkOthers checks the compared curves of a scene: each on the plot,
// going right, with its legend entry inside the legend, and a path through
// its points.
func checkOthers(t *testing.T, name string, s *Scene) {
	t.Helper()
	cv := s.Curve
	kinds := map[string]bool{}
	for _, it := range s.Legend.Items {
		kinds[it.Kind] = true
		if it.At.X < s.Legend.Box.X || it.At.X+sampleW > s.Legend.Box.X+s.Legend.Box.W ||
			it.At.Y < s.Legend.Box.Y || it.At.Y > s.Legend.Box.Y+s.Legend.Box.H {
			t.Errorf("%s: legend sample %s at %v outside the legend %v", name, it.Kind, it.At, s.Legend.Box)
		}
	}
	for i, o := range cv.Others {
		if want := fmt.Sprintf("compare-curve compare-%d", i+1); o.Class != want {
			t.Errorf("%s: curve %d has class %q, want %q", name, i, o.Class, want)
		}
		if !kinds[o.Class] {
			t.Errorf("%s: no legend entry for %s", name, o.Class)
		}
		for k, p := range o.Points {
			if p.X < cv.Plot.X || p.X > cv.Plot.X+cv.Plot.W || p.Y < cv.Plot.Y-0.01 || p.Y > cv.Plot.Y+cv.Plot.H+0.01 {
				t.Errorf("%s: %s point %v outside the plot %v", name, o.Class, p, cv.Plot)
			}
			if k > 0 && p.X <= o.Points[k-1].X {
				t.Errorf("%s: %s goes back: %v after %v", name, o.Class, p, o.Points[k-1])
			}
		}
		if len(o.Points) > 1 && len(o.Path.Cmds) != len(o.Points) {
			t.Errorf("%s: %s has %d points and %d path commands", name, o.Class, len(o.Points), len(o.Path.Cmds))
		}
	}
}

// TestComparePlacement: where the points of a compared curve go, by the
// rules of LayoutCompare, as columns of the map: 0 is the centre of the
// first column, 1 of the second, 0.5 halfway.
func TestComparePlacement(t *testing.T) {
	// The map: phase a with touchpoints a1 a2 a3, phase b with b1, phase
	// c with none.
	const base = `title: Map
phases:
  - id: a
    name: A
    moment: before
    touchpoints:
      - {id: a1, name: A1, emotion: 0}
      - {id: a2, name: A2, emotion: 0}
      - {id: a3, name: A3, emotion: 0}
  - id: b
    name: B
    moment: during
    touchpoints:
      - {id: b1, name: B1, emotion: 0}
  - id: c
    name: C
    moment: after
`
	tests := []struct {
		name     string
		phases   string    // the other journey's phases, as YAML
		want     []float64 // columns, left to right
		unplaced string
	}{
		{"the same ids", `
  - {id: a, name: A, moment: before, touchpoints: [{id: a1, name: x, emotion: 1}, {id: a3, name: x, emotion: 1}]}
  - {id: b, name: B, moment: during, touchpoints: [{id: b1, name: x, emotion: 1}]}`,
			[]float64{0, 2, 3}, ""},
		{"ids match in any phase", `
  - {id: z, name: Z, moment: before, touchpoints: [{id: b1, name: x, emotion: 1}, {id: a2, name: x, emotion: 1}]}`,
			[]float64{1, 3}, ""},
		{"as many as the phase's touchpoints: on them", `
  - {id: a, name: A, moment: before, touchpoints: [{id: x1, name: x, emotion: 1}, {id: x2, name: x, emotion: 1}, {id: x3, name: x, emotion: 1}]}`,
			[]float64{0, 1, 2}, ""},
		{"one in a phase: in its middle", `
  - {id: a, name: A, moment: before, touchpoints: [{id: x1, name: x, emotion: 1}]}`,
			[]float64{1}, ""},
		{"more than the phase's touchpoints: spread over it", `
  - {id: b, name: B, moment: during, touchpoints: [{id: x1, name: x, emotion: 1}, {id: x2, name: x, emotion: 1}]}`,
			[]float64{2.75, 3.25}, ""},
		{"a phase without touchpoints", `
  - {id: c, name: C, moment: after, touchpoints: [{id: x1, name: x, emotion: 1}]}`,
			[]float64{4}, ""},
		{"between touchpoints placed by id", `
  - {id: a, name: A, moment: before, touchpoints: [{id: a1, name: x, emotion: 1}, {id: x1, name: x, emotion: 1}, {id: a3, name: x, emotion: 1}]}`,
			[]float64{0, 1, 2}, ""},
		{"two between neighbours", `
  - {id: a, name: A, moment: before, touchpoints: [{id: a2, name: x, emotion: 1}, {id: x1, name: x, emotion: 1}, {id: x2, name: x, emotion: 1}, {id: a3, name: x, emotion: 1}]}`,
			[]float64{1, 4.0 / 3, 5.0 / 3, 2}, ""},
		{"before the first placed by id", `
  - {id: a, name: A, moment: before, touchpoints: [{id: x1, name: x, emotion: 1}, {id: x2, name: x, emotion: 1}, {id: a3, name: x, emotion: 1}]}`,
			[]float64{0, 1, 2}, ""},
		{"after the last placed by id", `
  - {id: a, name: A, moment: before, touchpoints: [{id: a1, name: x, emotion: 1}, {id: x1, name: x, emotion: 1}]}`,
			[]float64{0, 1.5}, ""},
		{"an unknown phase is left out, but its known ids are not", `
  - {id: z, name: Z, moment: before, touchpoints: [{id: x1, name: x, emotion: 1}, {id: a1, name: x, emotion: 1}, {id: x2, name: x, emotion: 1}]}`,
			[]float64{0}, "x1 x2"},
		{"in another order: left to right", `
  - {id: a, name: A, moment: before, touchpoints: [{id: a3, name: x, emotion: 1}, {id: a1, name: x, emotion: 1}]}`,
			[]float64{0, 2}, ""},
	}
	j := mustParse(t, "map.yaml", []byte(base))
	l := newLayouter(j, DejaVu)
	s := Layout(j, DejaVu)
	step := l.colW + gutter
	first := l.gridX + l.colW/2
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			other := mustParse(t, "other.yaml", []byte("title: Other\nphases:"+tt.phases+"\n"))
			pts := l.place(other, s.Curve.Ticks)
			var got []float64
			for _, p := range pts {
				got = append(got, round((p.X-first)/step*1000)/1000)
				if p.Y != s.Curve.Ticks[1].Y { // the tick of +1
					t.Errorf("point %v: want y %v", p, s.Curve.Ticks[1].Y)
				}
			}
			want := make([]float64, len(tt.want))
			for i, w := range tt.want {
				want[i] = round(w*1000) / 1000
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("columns %v, want %v", got, want)
			}
			if u := strings.Join(Unplaced(j, other), " "); u != tt.unplaced {
				t.Errorf("Unplaced = %q, want %q", u, tt.unplaced)
			}
		})
	}
}

// TestCompareWithNothing: without comparisons, the map is the map.
func TestCompareWithNothing(t *testing.T) {
	for name, j := range examples(t) {
		s, err := LayoutCompare(j, nil, DejaVu)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(s, Layout(j, DejaVu)) {
			t.Errorf("%s: LayoutCompare without others differs from Layout", name)
		}
		// LayoutCompare re-lays the legend as the last band: it must be.
		if want := round(s.Legend.Box.Y + s.Legend.Box.H + margin); s.Height != want {
			t.Errorf("%s: the map is %v high, but its legend ends at %v: is the legend no longer the last band?", name, s.Height, want)
		}
	}
}

// TestCompareRefuses: another scale, or too many journeys.
func TestCompareRefuses(t *testing.T) {
	j, others := compareJourneys(t)
	wm := examples(t)["washing-machine"] // on [1, 5]
	if err := checkCompare(j, []*journey.Journey{others[0], wm}); err == nil || !strings.Contains(err.Error(), "[1, 5]") {
		t.Errorf("another scale: %v", err)
	}
	if _, err := Render(&bytes.Buffer{}, j, Options{Compare: []*journey.Journey{wm}}); err == nil {
		t.Errorf("Render drew a comparison on another scale")
	}
	five := []*journey.Journey{j, j, j, j, j}
	if err := checkCompare(j, five); err == nil || !strings.Contains(err.Error(), "at most 4") {
		t.Errorf("five: %v", err)
	}
	if err := checkCompare(j, five[:4]); err != nil {
		t.Errorf("four: %v", err)
	}
}

// TestCompareFour: four compared curves, each its own class, dash and
// mark; the same journey twice is told apart in the legend.
func TestCompareFour(t *testing.T) {
	j, others := compareJourneys(t)
	four := []*journey.Journey{others[0], others[1], others[0], j}
	s, err := LayoutCompare(j, four, DejaVu)
	if err != nil {
		t.Fatal(err)
	}
	checkScene(t, "four", s, DejaVu)
	checkOthers(t, "four", s)
	var titles, shapes []string
	for _, o := range s.Curve.Others {
		titles = append(titles, o.Title)
		shapes = append(shapes, o.Shape)
	}
	wantTitles := []string{
		"I get my kitchen renovated (reviewed 2025-09-20)",
		"Kitchen Depot: I get my kitchen renovated",
		"I get my kitchen renovated (reviewed 2025-09-20) (3)",
		"I get my kitchen renovated (other version)",
	}
	if !reflect.DeepEqual(titles, wantTitles) {
		t.Errorf("titles %q, want %q", titles, wantTitles)
	}
	if !reflect.DeepEqual(shapes, []string{"square", "diamond", "cross", "triangle"}) {
		t.Errorf("shapes %q", shapes)
	}
	for _, theme := range themes {
		var b bytes.Buffer
		if err := WriteSVG(&b, s, Options{Theme: theme}); err != nil {
			t.Fatal(err)
		}
		checkSVG(t, "four "+theme.Name, b.Bytes())
		dashes := map[string]bool{}
		for i := range MaxCompared {
			rule := fmt.Sprintf(".compare-%d .compare-line{stroke:%s;stroke-dasharray:%s}", i+1, theme.compared[i], compareStyles[i].dash)
			if !bytes.Contains(b.Bytes(), []byte(rule)) {
				t.Errorf("%s: no rule %s", theme.Name, rule)
			}
			dashes[compareStyles[i].dash] = true
		}
		if len(dashes) != MaxCompared {
			t.Errorf("the dashes are not all different")
		}
	}
	// A comparison with itself lies on the current curve.
	self, err := LayoutCompare(j, []*journey.Journey{j}, DejaVu)
	if err != nil {
		t.Fatal(err)
	}
	var current []CurvePoint
	for _, p := range self.Curve.Points {
		if !p.Ideal {
			p.Assumed = false // a compared curve shows no evidence
			current = append(current, p)
		}
	}
	if !reflect.DeepEqual(self.Curve.Others[0].Points, current) {
		t.Errorf("compared with itself: %v, want %v", self.Curve.Others[0].Points, current)
	}
}

// TestCompareHostile: a hostile title of a compared journey reaches the
// map as text only.
func TestCompareHostile(t *testing.T) {
	j, others := compareJourneys(t)
	for i, label := range hostile {
		other := *others[1]
		other.Title = label + "\x1b\u202E"
		svg := renderSVG(t, j, Options{Compare: []*journey.Journey{&other}})
		checkSVG(t, fmt.Sprintf("hostile %d", i), svg)
		for _, bad := range []string{"<script", "<iframe", "<foreignObject", "<!ENTITY", "\u202E", "\x1b"} {
			if bytes.Contains(svg, []byte(bad)) {
				t.Errorf("hostile %d: %q reached the SVG", i, bad)
			}
		}
	}
}

// TestCompareRandom: whatever two journeys share, the compared curve lies
// on the plot, goes right, and its path is all numbers.
func TestCompareRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	gen := func() *journey.Journey {
		var b strings.Builder
		b.WriteString("title: Random\nphases:\n")
		used := map[string]bool{}
		for _, p := range r.Perm(5)[:1+r.IntN(5)] {
			fmt.Fprintf(&b, "  - id: p%d\n    name: P\n    moment: during\n    touchpoints:\n", p)
			for range r.IntN(6) {
				id := fmt.Sprintf("t%d", r.IntN(20))
				if used[id] {
					continue
				}
				used[id] = true
				fmt.Fprintf(&b, "      - {id: %s, name: T, emotion: %d}\n", id, r.IntN(5)-2)
			}
		}
		return mustParse(t, "random.yaml", []byte(b.String()))
	}
	for i := range 300 {
		j, other := gen(), gen()
		s, err := LayoutCompare(j, []*journey.Journey{other, j}, DejaVu)
		if err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprintf("random %d", i)
		checkOthers(t, name, s)
		if d := string(appendPathData(nil, s.Curve.Others[0].Path)); strings.Contains(d, "NaN") || strings.Contains(d, "Inf") {
			t.Fatalf("%s: path %s", name, d)
		}
		if got, want := len(s.Curve.Others[0].Points), len(other.Touchpoints())-len(Unplaced(j, other)); got != want {
			t.Errorf("%s: %d points, want %d", name, got, want)
		}
	}
}

// TestComparedOnTheIdealStaysVisible: a compared curve that runs where
// the ideal curve runs (last year's emotions were this year's ideal) is
// drawn over it, its marks too, so that it stays visible. Checked on the
// PNG, which is painted by the same walk as the SVG.
func TestComparedOnTheIdealStaysVisible(t *testing.T) {
	j, _ := compareJourneys(t)
	var src strings.Builder
	src.WriteString("title: The ideal\npersona: P\ncompetitor: true\nphases:\n")
	for _, p := range j.Phases {
		fmt.Fprintf(&src, "  - id: %s\n    name: P\n    touchpoints:\n", p.ID)
		for _, tp := range p.Touchpoints {
			if tp.Ideal != nil {
				fmt.Fprintf(&src, "      - {id: %s, name: T, emotion: %d}\n", tp.ID, *tp.Ideal)
			}
		}
	}
	other := mustParse(t, "ideal.yaml", []byte(src.String()))
	s, err := LayoutCompare(j, []*journey.Journey{other}, DejaVu)
	if err != nil {
		t.Fatal(err)
	}
	// The compared points on an ideal point; where the current point is
	// there too, the current curve, drawn last, stays on top.
	ideal := map[Point]bool{}
	for _, p := range s.Curve.Points {
		if p.Ideal {
			ideal[p.Point] = true
		}
	}
	for _, p := range s.Curve.Points {
		if !p.Ideal {
			delete(ideal, p.Point)
		}
	}
	const k = 2 // the PNG's scale
	img := decodePNG(t, drawPNG(t, s, Options{}, k))
	want, _ := parseCSSColour(themes[0].compared[0])
	isCompared := func(x, y float64) bool {
		r, g, b, _ := img.At(int(math.Floor(x*k)), int(math.Floor(y*k))).RGBA()
		near := func(v uint32, w uint8) bool { return math.Abs(float64(v>>8)-float64(w)) < 48 }
		return near(r, want.r) && near(g, want.g) && near(b, want.b)
	}
	checked := 0
	for _, p := range s.Curve.Others[0].Points {
		if !ideal[p.Point] {
			continue
		}
		checked++
		seen := 0
		for i := range 32 { // along the outline of its square mark, 8 px wide
			d := -4 + float64(i%8)
			x, y := []float64{p.X + d, p.X + 4, p.X - d, p.X - 4}[i/8], []float64{p.Y - 4, p.Y + d, p.Y + 4, p.Y - d}[i/8]
			if isCompared(x, y) {
				seen++
			}
		}
		if seen < 16 {
			t.Errorf("the compared mark at %v on the ideal point: %d of 32 samples of its outline in its colour", p.Point, seen)
		}
	}
	if checked < 5 {
		t.Fatalf("only %d compared points on ideal points", checked)
	}
}
