package render

import (
	"math"
	"slices"
	"strings"

	"github.com/journeymap/journeymap/journey/vocab"
)

const sampleW = 30.0 // the width of a legend sample

// legend explains what the map draws: the curves, the gap, the markers and
// the channel cues, listing only what this map shows.
func (l *layouter) legend(s *Scene, y float64) float64 {
	var entries []legendEntry
	if l.several() {
		entries = l.personaLegend(s)
	} else {
		entries = append(entries, legendEntry{"emotion-curve", l.word(vocab.CurrentJourney)})
	}
	// Backed and assumed points only on a map that has assumed ones: on a
	// map backed throughout, every point is drawn alike.
	var backed, assumed bool
	for _, p := range s.Curve.Points {
		backed = backed || !p.Ideal && !p.Assumed
		assumed = assumed || p.Assumed
	}
	if backed && assumed {
		entries = append(entries, legendEntry{"backed", l.word(vocab.BackedKey)})
	}
	if assumed {
		entries = append(entries, legendEntry{"assumed", l.word(vocab.AssumedKey)})
	}
	if len(s.Curve.Ideal) > 0 && !l.several() { // of several, named by personaLegend
		entries = append(entries, legendEntry{"ideal-curve", l.word(vocab.IdealJourney)})
	}
	if len(s.Curve.Gaps) > 0 {
		entries = append(entries, legendEntry{"gap", l.word(vocab.GapBetween)})
	}
	for _, o := range s.Curve.Others {
		entries = append(entries, legendEntry{o.Class, o.Title})
	}
	shown := map[string]bool{}
	markers := s.Curve.Markers
	for _, pc := range s.Curve.Personas {
		markers = append(markers[:len(markers):len(markers)], pc.Markers...)
	}
	for _, m := range markers {
		for _, k := range []string{"pain", "peak", "end"} {
			if containsWord(m.Kind, k) {
				shown[k] = true
			}
		}
	}
	for _, k := range []struct{ kind, label string }{{"pain", l.word(vocab.PainPoint)}, {"peak", l.word(vocab.Peak)}, {"end", l.word(vocab.End)}} {
		if shown[k.kind] {
			entries = append(entries, legendEntry{k.kind, k.label})
		}
	}
	for _, p := range s.Phases {
		for _, c := range p.Touchpoints {
			shown["cue-"+c.ChannelKind] = true
		}
	}
	if shown["cue-online"] {
		entries = append(entries, legendEntry{"cue online", l.word(vocab.Online)})
	}
	if shown["cue-offline"] {
		entries = append(entries, legendEntry{"cue offline", l.word(vocab.Offline)})
	}

	s.Legend = l.legendRows(entries, y, l.right)
	return y + s.Legend.Box.H
}

// legendEntry is one thing a legend explains: the class of its sample and
// its label.
type legendEntry struct{ kind, label string }

// legendRows places a legend with its top at y, from the left margin to
// right: its entries in rows, each a sample and its label, as many to a
// row as fit.
func (l *layouter) legendRows(entries []legendEntry, y, right float64) Legend {
	var lg Legend
	x, rowTop, rowH := margin+pad, y+pad, 0.0
	limit := right - pad
	for _, e := range entries {
		labelW := math.Min(l.m.Width(clean(e.label), legendStyle.size, false), limit-margin-3*pad-sampleW)
		w := sampleW + 6 + labelW
		if x > margin+pad && x+w > limit {
			x, rowTop, rowH = margin+pad, rowTop+rowH+6, 0
		}
		t := l.text(e.label, x+sampleW+6, rowTop, labelW+1, legendStyle)
		lg.Items = append(lg.Items, LegendItem{
			Kind:  e.kind,
			At:    Point{X: round(x), Y: round(rowTop + legendStyle.size*textBoxEm/2)},
			Label: t,
		})
		rowH = math.Max(rowH, height(t, legendStyle))
		x += w + 24
	}
	bottom := rowTop + rowH + pad
	lg.Box = Box{X: margin, Y: round(y), W: round(right - margin), H: round(bottom - y)}
	return lg
}

func containsWord(s, word string) bool { return slices.Contains(strings.Fields(s), word) }
