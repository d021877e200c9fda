package render

import "strings"

// styleSheet is the CSS of a theme: the colours, strokes and dashes of
// every class the map uses. These classes are the documented hooks; a user
// style sheet that targets them overrides these rules.
func styleSheet(p palette) string {
	rules := [][2]string{
		{".background", "fill:" + p.bg},
		{"text", "fill:" + p.ink},
		{".meta,.label,.phase-scenario,.touchpoint-detail,.item-detail,.tick,.loop-label,.empty,.bullet", "fill:" + p.muted},
		{".panel-box", "fill:" + p.band + ";stroke:" + p.line},
		{".moment.before .moment-box,.phase.before .phase-header", "fill:" + p.moment["before"]},
		{".moment.during .moment-box,.phase.during .phase-header", "fill:" + p.moment["during"]},
		{".moment.after .moment-box,.phase.after .phase-header", "fill:" + p.moment["after"]},
		{".phase-header", "stroke:" + p.line},
		{".card", "fill:" + p.card + ";stroke:" + p.cardLine},
		{".empty-box", "fill:none;stroke:" + p.line + ";stroke-dasharray:4 4"},
		{".cue", "fill:none;stroke:" + p.muted},
		{".cue.online", "fill:" + p.online + ";stroke:none"},
		{".cue.offline", "fill:none;stroke:" + p.offline + ";stroke-width:1.5"},
		{".loop-arrow", "fill:none;stroke:" + p.muted + ";stroke-width:1.5;stroke-dasharray:5 4"},
		{".arrow-head", "fill:" + p.muted},
		{".band,.lane-band", "fill:" + p.band},
		{".tick-line", "stroke:" + p.grid},
		{".neutral", "stroke:" + p.line + ";stroke-width:1.5;stroke-dasharray:6 4"},
		{".gap", "fill:" + p.gap + ";fill-opacity:" + p.gapOpacity},
		{".ideal-curve", "fill:none;stroke:" + p.ideal + ";stroke-width:2.5;stroke-dasharray:7 5;stroke-linecap:round"},
		{".emotion-curve", "fill:none;stroke:" + p.current + ";stroke-width:3.5;stroke-linecap:round;stroke-linejoin:round"},
		{".point", "fill:" + p.bg + ";stroke:" + p.current + ";stroke-width:2.5"},
		{".point.ideal", "stroke:" + p.ideal + ";stroke-width:2"},
		{".marker .pain", "fill:" + p.pain + ";stroke:" + p.bg + ";stroke-width:1.5"},
		{".marker .peak", "fill:" + p.peak + ";stroke:" + p.bg + ";stroke-width:1.5"},
		{".marker .end", "fill:none;stroke:" + p.end + ";stroke-width:2"},
		{".feeling,.marker-label", "stroke:" + p.halo + ";stroke-width:3;stroke-linejoin:round;paint-order:stroke"},
		{".marker-label.pain", "fill:" + p.pain},
		{".marker-label.peak", "fill:" + p.peak},
		{".marker-label.end", "fill:" + p.end},
		{".cell-box", "fill:" + p.cell + ";stroke:" + p.grid},
		{".legend-box", "fill:none"},
		{".legend .emotion-curve,.legend .ideal-curve", "fill:none"},
	}
	var b strings.Builder
	for _, r := range rules {
		b.WriteString(r[0])
		b.WriteByte('{')
		b.WriteString(r[1])
		b.WriteString("}\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// matrixStyleSheet is the CSS of the action-priority matrix in a theme:
// the rules its own classes need, and none of the map's.
func matrixStyleSheet(p palette) string {
	settled := "fill:" + p.band + ";stroke:" + p.line + ";stroke-dasharray:4 3"
	rules := [][2]string{
		{".background", "fill:" + p.bg},
		{"text", "fill:" + p.ink},
		{".meta,.label,.quadrant-about,.improvement-detail,.improvement-status,.tick", "fill:" + p.muted},
		{".quadrant-box", "stroke:" + p.line},
		{".quadrant.quick-win .quadrant-box", "fill:" + p.moment["after"]},
		{".quadrant.major-project .quadrant-box", "fill:" + p.moment["before"]},
		{".quadrant.fill-in .quadrant-box", "fill:" + p.grid},
		{".quadrant.thankless-task .quadrant-box", "fill:" + p.moment["during"]},
		{".matrix-cell-box", "fill:" + p.bg + ";fill-opacity:0.55"},
		{".quadrant-boundary", "stroke:" + p.muted + ";stroke-width:2;stroke-dasharray:8 5"},
		{".improvement-box", "fill:" + p.card + ";stroke:" + p.cardLine},
		{".improvement.overdue .improvement-box", "stroke:" + p.pain + ";stroke-width:2"},
		{".overdue-mark", "fill:none;stroke:" + p.pain + ";stroke-width:1.5;stroke-linecap:round"},
		{".overdue-label", "fill:" + p.pain},
		{".improvement.done .improvement-box,.improvement.dropped .improvement-box,.settled-sample", settled},
		{".improvement.done text,.improvement.dropped text", "fill:" + p.muted},
		{".legend-box", "fill:none"},
	}
	var b strings.Builder
	for _, r := range rules {
		b.WriteString(r[0])
		b.WriteByte('{')
		b.WriteString(r[1])
		b.WriteString("}\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// compareStyleSheet is the CSS of the emotion curves compared with the map
// (render --compare), n of them, in a theme: each its own colour and dash,
// its points hollow marks. A map that compares with nothing has none of it.
func compareStyleSheet(p palette, theme Theme, n int) string {
	inks := compareInks[theme]
	rules := [][2]string{
		{".compare-line", "fill:none;stroke-width:2.5;stroke-linecap:round;stroke-linejoin:round"},
		{".compare-point", "fill:" + p.bg + ";stroke-width:2"},
		{".compare-point.cross", "fill:none;stroke-width:2.5;stroke-linecap:round"},
	}
	for i := range min(n, MaxCompared) {
		c := "." + compareClass(i)
		rules = append(rules,
			[2]string{c + " .compare-line", "stroke:" + inks[i] + ";stroke-dasharray:" + compareStyles[i].dash},
			[2]string{c + " .compare-point", "stroke:" + inks[i]})
	}
	var b strings.Builder
	for _, r := range rules {
		b.WriteString(r[0])
		b.WriteByte('{')
		b.WriteString(r[1])
		b.WriteString("}\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}
