package render

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestCurveMarkersAndGaps: the lowest points are pain points, the highest
// the peak, the last the end; the ideal curve runs over each stretch of
// touchpoints with an ideal value, with the gap shaded where a stretch has
// two points or more.
func TestCurveMarkersAndGaps(t *testing.T) {
	j := mustParse(t, "gappy", []byte(stressJourneys()["gappy-ideal"]))
	cv := Layout(j, DejaVu).Curve
	var kinds []string
	for _, m := range cv.Markers {
		kinds = append(kinds, m.Kind+"@"+strings.Join(m.Label.Lines, " "))
	}
	want := []string{"pain@Pain point", "peak@Peak", "pain@", "end@End"} // one label per kind
	if !slices.Equal(kinds, want) {
		t.Errorf("markers %v, want %v", kinds, want)
	}
	if len(cv.Ideal) != 2 || len(cv.Gaps) != 2 {
		t.Errorf("%d ideal curves and %d gaps, want 2 and 2", len(cv.Ideal), len(cv.Gaps))
	}
	current, ideal := 0, 0
	for _, p := range cv.Points {
		if p.Ideal {
			ideal++
		} else {
			current++
		}
	}
	if current != 6 || ideal != 5 {
		t.Errorf("%d current and %d ideal points, want 6 and 5", current, ideal)
	}
	// Higher emotion is higher on the map.
	if !(cv.Points[3].Y < cv.Points[0].Y && cv.Points[0].Y < cv.Points[1].Y) {
		t.Errorf("points not ordered by emotion: %v", cv.Points[:4])
	}
	// The neutral line of [1, 5] is at 3.
	for _, tk := range cv.Ticks {
		if tk.Neutral != (strings.Join(tk.Label.Lines, "") == "3") {
			t.Errorf("tick %q neutral=%v", tk.Label.Lines, tk.Neutral)
		}
	}
}

// Several points share the highest emotion: each is marked, and one
// label names them, "Peak · End" when the end is one of them; the same for
// the lowest.
func TestOneLabelPerMarker(t *testing.T) {
	for _, tc := range []struct {
		emotions string
		want     []string
	}{
		{"2, -1, 2, 0, 2", []string{"peak@", "pain@Pain point", "peak@", "end peak@Peak · End"}},
		{"2, -1, 2, 0, 1", []string{"peak@Peak", "pain@Pain point", "peak@", "end@End"}},
		{"-1, 2, -1, 2, -1", []string{"pain@", "peak@Peak", "pain@", "peak@", "end pain@Pain point · End"}},
	} {
		var src strings.Builder
		src.WriteString("title: T\npersona: P\nphases:\n  - id: p\n    name: P\n    touchpoints:\n")
		for i, e := range strings.Split(tc.emotions, ", ") {
			fmt.Fprintf(&src, "      - {id: t%d, name: T%d, emotion: %s}\n", i, i, e)
		}
		cv := Layout(mustParse(t, tc.emotions, []byte(src.String())), DejaVu).Curve
		var got []string
		for _, m := range cv.Markers {
			kinds := strings.Fields(m.Kind)
			slices.Sort(kinds)
			got = append(got, strings.Join(kinds, " ")+"@"+strings.Join(m.Label.Lines, " "))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("emotions %s: markers %q, want %q", tc.emotions, got, tc.want)
		}
	}
}

// TestFlatCurveHasNoPainOrPeak: a curve that never moves has an end but
// no pain point and no peak.
func TestFlatCurveHasNoPainOrPeak(t *testing.T) {
	j := mustParse(t, "flat", []byte(stressJourneys()["flat"]))
	s := Layout(j, DejaVu)
	if len(s.Curve.Markers) != 1 || s.Curve.Markers[0].Kind != "end" {
		t.Errorf("markers %+v", s.Curve.Markers)
	}
	if s.Loop == nil || !strings.Contains(strings.Join(s.Loop.Label.Lines, " "), "B leads back to A") {
		t.Errorf("a looping journey without its loop: %+v", s.Loop)
	}
}

// TestTightCanvas: the canvas ends a margin after the content.
func TestTightCanvas(t *testing.T) {
	for name, src := range stressJourneys() {
		s := Layout(mustParse(t, name, []byte(src)), DejaVu)
		right := s.Lens.Box.X + s.Lens.Box.W
		for _, p := range s.Phases {
			right = max(right, p.Box.X+p.Box.W)
		}
		if s.Width != round(right+margin) {
			t.Errorf("%s: canvas %v wide, content ends at %v", name, s.Width, right)
		}
		if s.Height != round(s.Legend.Box.Y+s.Legend.Box.H+margin) {
			t.Errorf("%s: canvas %v high, legend ends at %v", name, s.Height, s.Legend.Box.Y+s.Legend.Box.H)
		}
	}
}
