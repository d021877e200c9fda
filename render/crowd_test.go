package render

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/journey"
)

// TestMarkerLabelsKeepClearOfAllMarks: the label of a marker ("Peak ·
// End", "Pain point") keeps 2 px of air from every mark on the plot: the
// glyphs, the ideal points whichever side of the current point they lie,
// and the marks of a compared curve (render --compare, diff --svg), so
// that it never sits squeezed between two of them.
func TestMarkerLabelsKeepClearOfAllMarks(t *testing.T) {
	const air = 2.0
	rng := rand.New(rand.NewPCG(17, 19))
	grow := func(b Box, by float64) Box { return Box{X: b.X - by, Y: b.Y - by, W: b.W + 2*by, H: b.H + 2*by} }
	for n := range 300 {
		r := []int{2, 3, 5}[rng.IntN(3)]
		count := 2 + rng.IntN(7)
		var src, old strings.Builder
		fmt.Fprintf(&src, "title: T\npersona: P\nscale: [%d, %d]\nphases:\n  - id: p\n    name: P\n    touchpoints:\n", -r, r)
		fmt.Fprintf(&old, "title: T\npersona: P\nscale: [%d, %d]\nphases:\n  - id: p\n    name: P\n    touchpoints:\n", -r, r)
		for i := range count {
			e := rng.IntN(2*r+1) - r
			ideal := max(-r, min(r, e+rng.IntN(5)-2))
			fmt.Fprintf(&src, "      - {id: t%d, name: T, emotion: %d, ideal: %d, feeling: calm}\n", i, e, ideal)
			fmt.Fprintf(&old, "      - {id: t%d, name: T, emotion: %d}\n", i, max(-r, min(r, e+rng.IntN(5)-2)))
		}
		j := mustParse(t, "random", []byte(src.String()))
		o := mustParse(t, "old", []byte(old.String()))
		s, err := LayoutCompare(j, []*journey.Journey{o}, DejaVu)
		if err != nil {
			t.Fatal(err)
		}
		cv := s.Curve
		var marks []Box
		for _, p := range cv.Points {
			if p.Ideal {
				marks = append(marks, Box{X: p.X - 5, Y: p.Y - 5, W: 10, H: 10})
			}
		}
		for _, p := range cv.Others[0].Points {
			marks = append(marks, Box{X: p.X - 5, Y: p.Y - 5, W: 10, H: 10})
		}
		for _, m := range cv.Markers {
			for _, k := range strings.Fields(m.Kind) {
				switch k {
				case "pain":
					marks = append(marks, Box{X: m.At.X - 7, Y: m.At.Y + glyphOffset - 5, W: 14, H: 12})
				case "peak":
					marks = append(marks, Box{X: m.At.X - 7, Y: m.At.Y - glyphOffset - 7, W: 14, H: 12})
				case "end":
					marks = append(marks, Box{X: m.At.X - 10, Y: m.At.Y - 10, W: 20, H: 20})
				}
			}
		}
		for _, m := range cv.Markers {
			if len(m.Label.Lines) == 0 {
				continue
			}
			box := textBox(m.Label, DejaVu)
			for _, mk := range marks {
				if overlap(grow(box, air), mk) {
					t.Errorf("journey %d: %q at %v crowds a mark at %v\n%s%s", n, m.Label.Lines, box, mk, src.String(), old.String())
				}
			}
		}
	}
}
