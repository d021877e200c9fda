package render

import (
	"strconv"
	"strings"
)

// The style sheets turn a theme into the CSS of every class the painters
// use: the colours, strokes and dashes. These classes are the documented
// hooks (docs/styling.md); a user style sheet that targets them overrides
// these rules.

// rule is one rule of a style sheet: a selector and its declarations.
type rule struct{ selector, declarations string }

// css writes rules as a style sheet, a rule a line.
func css(rules []rule) string {
	var b strings.Builder
	for i, r := range rules {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(r.selector)
		b.WriteByte('{')
		b.WriteString(r.declarations)
		b.WriteByte('}')
	}
	return b.String()
}

// mapRules are the rules of the map's style sheet in a theme; with
// compared journeys (render --compare), n of them, also theirs. The PDF
// and PNG painters read the same rules (see cascade), so that every format
// paints an element alike.
//
// A map of several personas (personas curves, one for each) also has the
// rules of their curves.
func mapRules(t *Theme, compared, personas int) []rule {
	rules := []rule{
		{".background", "fill:" + t.background},
		{"text", "fill:" + t.ink},
		{".meta,.label,.phase-scenario,.touchpoint-detail,.item-detail,.tick,.loop-label,.empty,.bullet", "fill:" + t.muted},
		{".panel-box", "fill:" + t.band + ";stroke:" + t.line},
		{".moment.before .moment-box,.phase.before .phase-header", "fill:" + t.moments[0]},
		{".moment.during .moment-box,.phase.during .phase-header", "fill:" + t.moments[1]},
		{".moment.after .moment-box,.phase.after .phase-header", "fill:" + t.moments[2]},
		{".phase-header", "fill:" + t.band + ";stroke:" + t.line},
		{".card", "fill:" + t.card + ";stroke:" + t.cardLine},
		{".empty-box", "fill:none;stroke:" + t.line + ";stroke-dasharray:4 4"},
		{".cue", "fill:none;stroke:" + t.muted},
		{".cue.online", "fill:" + t.online + ";stroke:none"},
		{".cue.offline", "fill:none;stroke:" + t.offline + ";stroke-width:1.5"},
		{".loop-arrow", "fill:none;stroke:" + t.muted + ";stroke-width:1.5;stroke-dasharray:5 4"},
		{".arrow-head", "fill:" + t.muted},
		{".band,.lane-band", "fill:" + t.band},
		{".tick-line", "stroke:" + t.grid},
		{".neutral", "stroke:" + t.line + ";stroke-width:1.5;stroke-dasharray:6 4"},
		{".gap", "fill:" + t.gap + ";fill-opacity:" + t.gapOpacity},
		{".ideal-curve", "fill:none;stroke:" + t.ideal + ";stroke-width:2.5;stroke-dasharray:7 5;stroke-linecap:round"},
		{".emotion-curve", "fill:none;stroke:" + t.current + ";stroke-width:3.5;stroke-linecap:round;stroke-linejoin:round"},
		{".point", "fill:" + t.background + ";stroke:" + t.current + ";stroke-width:2.5"},
		{".point.ideal", "stroke:" + t.ideal + ";stroke-width:2"},
		{".point.backed", "fill:" + t.current},
		{".emotion-curve.assumed", "stroke-dasharray:0 5.5"},
		{".point.assumed", "stroke-width:2;stroke-dasharray:2.2 1.73"},
		{".marker .pain", "fill:" + t.pain + ";stroke:" + t.background + ";stroke-width:1.5"},
		{".marker .peak", "fill:" + t.peak + ";stroke:" + t.background + ";stroke-width:1.5"},
		{".marker .end", "fill:none;stroke:" + t.end + ";stroke-width:2"},
		{".feeling,.marker-label", "stroke:" + t.halo + ";stroke-width:3;stroke-linejoin:round;paint-order:stroke"},
		{".marker-label.pain", "fill:" + t.pain},
		{".marker-label.peak", "fill:" + t.peak},
		{".marker-label.end", "fill:" + t.end},
		{".cell-box", "fill:" + t.cell + ";stroke:" + t.grid},
		{".legend-box", "fill:none"},
		{".legend .emotion-curve,.legend .ideal-curve", "fill:none"},
	}
	if personas > 1 {
		rules = append(rules, personaRules(t, personas)...)
	}
	if compared > 0 {
		rules = append(rules,
			rule{".compare-line", "fill:none;stroke-width:2.5;stroke-linecap:round;stroke-linejoin:round"},
			rule{".compare-point", "fill:" + t.background + ";stroke-width:2"},
			rule{".compare-point.cross", "fill:none;stroke-width:2.5;stroke-linecap:round"})
		for i := range min(compared, MaxCompared) {
			c := ".compare-" + strconv.Itoa(i+1)
			rules = append(rules,
				rule{c + " .compare-line", "stroke:" + t.compared[i] + ";stroke-dasharray:" + compareStyles[i].dash},
				rule{c + " .compare-point", "stroke:" + t.compared[i]})
		}
	}
	return rules
}

// matrixRules are the rules of the action-priority matrix's style sheet in
// a theme: those its own classes need, and none of the map's.
func matrixRules(t *Theme) []rule {
	settled := "fill:" + t.band + ";stroke:" + t.line + ";stroke-dasharray:4 3"
	return []rule{
		{".background", "fill:" + t.background},
		{"text", "fill:" + t.ink},
		{".meta,.label,.quadrant-about,.improvement-detail,.improvement-status,.tick", "fill:" + t.muted},
		{".quadrant-box", "stroke:" + t.line},
		{".quadrant.quick-win .quadrant-box", "fill:" + t.moments[2]},
		{".quadrant.major-project .quadrant-box", "fill:" + t.moments[0]},
		{".quadrant.fill-in .quadrant-box", "fill:" + t.grid},
		{".quadrant.thankless-task .quadrant-box", "fill:" + t.moments[1]},
		{".matrix-cell-box", "fill:" + t.background + ";fill-opacity:0.55"},
		{".quadrant-boundary", "stroke:" + t.muted + ";stroke-width:2;stroke-dasharray:8 5"},
		{".improvement-box", "fill:" + t.card + ";stroke:" + t.cardLine},
		{".improvement.overdue .improvement-box", "stroke:" + t.pain + ";stroke-width:2"},
		{".overdue-mark", "fill:none;stroke:" + t.pain + ";stroke-width:1.5;stroke-linecap:round"},
		{".overdue-label", "fill:" + t.pain},
		{".improvement.done .improvement-box,.improvement.dropped .improvement-box,.settled-sample", settled},
		{".improvement.done text,.improvement.dropped text", "fill:" + t.muted},
		{".legend-box", "fill:none"},
	}
}
