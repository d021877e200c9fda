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
	type entry struct{ kind, label string }
	var entries []entry
	entries = append(entries, entry{"emotion-curve", l.word(vocab.CurrentJourney)})
	if len(s.Curve.Ideal) > 0 {
		entries = append(entries, entry{"ideal-curve", l.word(vocab.IdealJourney)})
	}
	if len(s.Curve.Gaps) > 0 {
		entries = append(entries, entry{"gap", l.word(vocab.GapBetween)})
	}
	for _, o := range s.Curve.Others {
		entries = append(entries, entry{o.Class, o.Title})
	}
	shown := map[string]bool{}
	for _, m := range s.Curve.Markers {
		for _, k := range []string{"pain", "peak", "end"} {
			if containsWord(m.Kind, k) {
				shown[k] = true
			}
		}
	}
	for _, k := range []struct{ kind, label string }{{"pain", l.word(vocab.PainPoint)}, {"peak", l.word(vocab.Peak)}, {"end", l.word(vocab.End)}} {
		if shown[k.kind] {
			entries = append(entries, entry{k.kind, k.label})
		}
	}
	for _, p := range s.Phases {
		for _, c := range p.Touchpoints {
			shown["cue-"+c.ChannelKind] = true
		}
	}
	if shown["cue-online"] {
		entries = append(entries, entry{"cue online", l.word(vocab.Online)})
	}
	if shown["cue-offline"] {
		entries = append(entries, entry{"cue offline", l.word(vocab.Offline)})
	}

	top := y
	x, rowTop, rowH := margin+pad, y+pad, 0.0
	right := l.right - pad
	for _, e := range entries {
		labelW := math.Min(l.m.Width(clean(e.label), legendStyle.size, false), right-margin-3*pad-sampleW)
		w := sampleW + 6 + labelW
		if x > margin+pad && x+w > right {
			x, rowTop, rowH = margin+pad, rowTop+rowH+6, 0
		}
		t := l.text(e.label, x+sampleW+6, rowTop, labelW+1, legendStyle)
		h := height(t, legendStyle)
		s.Legend.Items = append(s.Legend.Items, LegendItem{
			Kind:  e.kind,
			At:    Point{X: round(x), Y: round(rowTop + legendStyle.size*textBoxEm/2)},
			Label: t,
		})
		rowH = math.Max(rowH, h)
		x += w + 24
	}
	bottom := rowTop + rowH + pad
	s.Legend.Box = Box{X: margin, Y: round(top), W: round(l.right - margin), H: round(bottom - top)}
	return bottom
}

func containsWord(s, word string) bool { return slices.Contains(strings.Fields(s), word) }
