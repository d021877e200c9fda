package render

import (
	"fmt"
	"strings"

	"github.com/journeymap/journeymap/journey"
)

// describe summarises the journey in words for the map's <desc>: what a
// screen reader says about the picture, where the curve is lowest and
// highest, how it ends, and where the ideal journey differs most.
func describe(j *journey.Journey, w *words) string {
	var b strings.Builder
	d := w.Desc
	fmt.Fprintf(&b, d.Map, j.Title)
	if j.Persona.Name != "" {
		fmt.Fprintf(&b, d.For, j.Persona.Name)
	}
	type at struct {
		tp    *journey.Touchpoint
		phase string
	}
	var all []at
	for pi := range j.Phases {
		for ti := range j.Phases[pi].Touchpoints {
			all = append(all, at{&j.Phases[pi].Touchpoints[ti], j.Phases[pi].Name})
		}
	}
	fmt.Fprintf(&b, d.Counts, count(len(j.Phases), w.Phase, w.Phases), count(len(all), w.TouchpointOne, w.TouchpointCount))
	if len(all) == 0 {
		return clean(b.String())
	}
	lo, hi := all[0], all[0]
	for _, a := range all[1:] {
		if a.tp.Emotion < lo.tp.Emotion {
			lo = a
		}
		if a.tp.Emotion > hi.tp.Emotion {
			hi = a
		}
	}
	last := all[len(all)-1]
	if lo.tp.Emotion == hi.tp.Emotion {
		fmt.Fprintf(&b, d.Flat, signed(lo.tp.Emotion, j.Scale))
	} else {
		fmt.Fprintf(&b, d.Lowest, signed(lo.tp.Emotion, j.Scale), quoted(lo.tp.Name), quoted(lo.phase))
		fmt.Fprintf(&b, d.Highest, signed(hi.tp.Emotion, j.Scale), quoted(hi.tp.Name), quoted(hi.phase))
		fmt.Fprintf(&b, d.Ends, signed(last.tp.Emotion, j.Scale), quoted(last.tp.Name))
	}
	var gapAt *journey.Touchpoint
	for _, a := range all {
		if a.tp.Ideal != nil && (gapAt == nil || abs(*a.tp.Ideal-a.tp.Emotion) > abs(*gapAt.Ideal-gapAt.Emotion)) {
			gapAt = a.tp
		}
	}
	if gapAt != nil {
		fmt.Fprintf(&b, d.Ideal, quoted(gapAt.Name), signed(*gapAt.Ideal, j.Scale), signed(gapAt.Emotion, j.Scale))
	}
	return clean(b.String())
}

// quoted puts a label in typographic quotes, on one line.
func quoted(s string) string {
	return "“" + strings.Join(strings.Fields(s), " ") + "”"
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
