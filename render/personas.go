package render

import (
	"fmt"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// A journey of several personas draws a curve for each. The first persona's
// is the map's own curve (Curve.Current), with the ideal curve and the gap
// when the journey has an ideal; each other persona's is a PersonaCurve in
// a colour, dash and mark of its own: the colours, dashes and marks of
// compared curves (compareStyles, Theme.compared), which a map of several
// personas never draws (see checkCompare). Every curve marks its pain
// points, peak and end with the glyphs the legend explains; the words at
// the points would crowd each other, so the feelings go to a lane of their
// own (feelingsLane) and the markers are named by the legend alone.

// several reports whether the map draws the curves of several personas.
func (l *layouter) several() bool { return len(l.j.Personas) > 1 }

// personaClass is the class of the curve of the i-th persona, from 0; the
// first has none of its own: it is the map's curve.
func personaClass(i int) string { return fmt.Sprintf("persona-curve persona-%d", i+1) }

// personaIndex is the number N of a class "persona-curve persona-N", from
// 2; 0 when it has none.
func personaIndex(class string) int {
	for _, f := range strings.Fields(class) {
		var n int
		if _, err := fmt.Sscanf(f, "persona-%d", &n); err == nil && n >= 2 && n <= journey.MaxPersonas {
			return n
		}
	}
	return 0
}

// glyphRoom is the room the glyph of a peak or a pain point takes beyond
// its point: its offset and its half height, and a little air.
const glyphRoom = glyphOffset + 7 + 3

// alikeOffset is how far the line of a persona whose emotions are all an
// earlier persona's runs beside that one's, per earlier curve like it: a
// line's width and a little, so that neither hides the other.
const alikeOffset = 4

// personaCurves places the curves of the personas after the first, on the
// scale yOf gives, with the markers of each. The line of a persona who
// feels exactly as an earlier one (the first among them) throughout runs
// beside that one's, alikeOffset lower for each earlier curve like it;
// its marks stay on its values.
func (l *layouter) personaCurves(c *Curve, yOf func(int) float64) {
	var seen []string // the emotions of each persona's curve so far
	for i := range l.j.Personas {
		pts := newLayouter(l.j.ForPersona(i), l.m).curvePoints()
		values := fmt.Sprint(emotionsOf(pts))
		alike := 0
		for _, v := range seen {
			if v == values {
				alike++
			}
		}
		seen = append(seen, values)
		if i == 0 {
			continue
		}
		pc := PersonaCurve{
			Name:  l.j.Personas[i].Name,
			Class: personaClass(i),
			Shape: compareStyles[i-1].shape,
		}
		// A persona's emotion at a touchpoint is backed, or not, by the
		// touchpoint's evidence, as the first persona's.
		assumed := make([]bool, len(pts))
		for k, p := range pts {
			at := Point{X: round(p.x), Y: round(yOf(p.tp.Emotion))}
			assumed[k] = !l.j.Backed(p.tp)
			pc.Points = append(pc.Points, CurvePoint{Point: at, Value: p.tp.Emotion, Assumed: assumed[k]})
			if len(p.kinds) > 0 {
				pc.Markers = append(pc.Markers, Marker{Kind: strings.Join(p.kinds, " "), At: at})
			}
		}
		line := pointsOf(pc.Points)
		for k := range line {
			line[k].Y = round(line[k].Y + float64(alike*alikeOffset))
		}
		pc.Path = monotone(line)
		pc.Stretches = stretches(pc.Path, line, assumed)
		c.Personas = append(c.Personas, pc)
	}
}

// emotionsOf are the emotions of a curve's points.
func emotionsOf(pts []curvePoint) []int {
	out := make([]int, len(pts))
	for i, p := range pts {
		out[i] = p.tp.Emotion
	}
	return out
}

// shortName is what the feelings lane calls a persona: its name up to the
// first comma ("Sanne" of "Sanne, 34, first home").
func shortName(p journey.Persona) string { return p.ShortName() }

// feelings lists the feelings of every persona at a touchpoint, each
// named by its persona, for the lane of a map of several personas.
func (l *layouter) feelings(tp *journey.Touchpoint) []item {
	var out []item
	for i, m := range tp.Moods {
		if m.Feeling != "" && i < len(l.j.Personas) {
			out = append(out, item{text: shortName(l.j.Personas[i]) + ": " + m.Feeling, st: feelingItem})
		}
	}
	return out
}

// feelingItem is a feeling in the lane of feelings.
var feelingItem = style{size: 12, lh: 16, italic: true, class: "item feeling-item"}

// personaLegend is the legend's entries of the curves of a map of several
// personas: each named by its persona.
func (l *layouter) personaLegend(s *Scene) []legendEntry {
	entries := []legendEntry{{"emotion-curve", l.j.Personas[0].Name}}
	for _, pc := range s.Curve.Personas {
		entries = append(entries, legendEntry{pc.Class, pc.Name})
	}
	if len(s.Curve.Ideal) > 0 {
		entries = append(entries, legendEntry{"ideal-curve", l.lang.Format(vocab.IdealJourneyOf, shortName(l.j.Personas[0]))})
	}
	return entries
}

// persona draws the curve of a persona after the first: its line, dotted
// between two assumed points, a mark at each point, drawn with a broken
// outline where the emotion is assumed, and its markers.
func (p *painter) persona(pc PersonaCurve) {
	c := p.c
	c.group(pc.Class)
	for _, st := range pc.Stretches {
		if st.Assumed {
			c.pathOf(st.Path, "persona-line assumed", "")
		} else {
			c.pathOf(st.Path, "persona-line", "")
		}
	}
	for _, pt := range pc.Points {
		evidence := "backed"
		if pt.Assumed {
			evidence = "assumed"
		}
		p.personaMark(pc.Shape, pt.Point, evidence)
	}
	for _, m := range pc.Markers {
		p.marker(m.Kind, m.At)
	}
	c.groupEnd()
}

// personaSample draws the legend's sample of the n-th persona's curve: a
// stretch of its line with its mark in the middle.
func (p *painter) personaSample(kind string, n int, x, y float64) {
	c := p.c
	c.group(kind)
	c.line(x, y, x+sampleW, y, "persona-line")
	p.personaMark(compareStyles[n-2].shape, Point{X: x + sampleW/2, Y: y}, "")
	c.groupEnd()
}

// personaMark draws the mark of a persona's point: the shape of a
// compared curve's, hollow and large enough to hold the first persona's
// point, so that where two personas feel the same both marks show.
// evidence is "backed" or "assumed", or "" in the legend.
func (p *painter) personaMark(shape string, at Point, evidence string) {
	class := "persona-point " + shape
	if evidence != "" {
		class += " " + evidence
	}
	p.shapedMark(shape, at, personaMarkSize, class)
}

// personaMarkSize is the size of a persona's marks.
var personaMarkSize = markSize{square: 7.5, diamond: 10.5, cross: 8, top: 12, half: 10.5, base: 7}

// personaRules are the style rules of the curves of the personas after
// the first of n, in theme t.
func personaRules(t *Theme, n int) []rule {
	rules := []rule{
		{".persona-line", "fill:none;stroke-width:3;stroke-linecap:round;stroke-linejoin:round"},
		{".persona-point", "fill:none;stroke-width:2.5"},
		{".persona-point.cross", "stroke-linecap:round"},
	}
	for i := 2; i <= min(n, journey.MaxPersonas); i++ {
		c := fmt.Sprintf(".persona-%d", i)
		rules = append(rules,
			rule{c + " .persona-line", "stroke:" + t.compared[i-2] + ";stroke-dasharray:" + personaDashes[i-2]},
			rule{c + " .persona-point", "stroke:" + t.compared[i-2]})
	}
	// After the dashes of each persona, and more specific: dots between
	// two assumed points, and a broken outline round an assumed point, as
	// on the first persona's curve.
	return append(rules,
		rule{".persona-curve .persona-line.assumed", "stroke-dasharray:0 5.5"},
		rule{".persona-curve .persona-point.assumed", "stroke-width:2;stroke-dasharray:2.2 1.73"})
}

// personaDashes are the dashes of the curves of the personas after the
// first: longer than a compared curve's, so that a persona's curve reads
// as a line, not as a row of dots; and none is dots alone, which on a map
// mean an assumed emotion (.emotion-curve.assumed).
var personaDashes = [journey.MaxPersonas - 1]string{"12 4 2 4", "18 6", "2 5 2 5 12 5", "24 5 5 5"}
