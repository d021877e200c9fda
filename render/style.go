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
