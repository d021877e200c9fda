package render

// palette is the colours of a theme. The curve colours come from the
// Okabe-Ito palette, which stays distinct for colour-blind readers; every
// meaning also has a shape or a dash, so that the map reads in greyscale.
type palette struct {
	bg, ink, muted, line, grid string
	card, cardLine, band, cell string
	moment                     map[string]string // fill of a moment bracket and its phase headers
	current, ideal, gap        string
	gapOpacity                 string
	pain, peak, end            string
	online, offline            string
	halo                       string // the outline behind curve labels
}

var palettes = map[Theme]palette{
	Light: {
		bg: "#ffffff", ink: "#1d2330", muted: "#545e70", line: "#c3c9d5", grid: "#e3e6ec",
		card: "#ffffff", cardLine: "#b9c0cd", band: "#f7f8fa", cell: "#ffffff",
		moment:  map[string]string{"before": "#e3eef9", "during": "#fcefd9", "after": "#e1f3ea"},
		current: "#0072b2", ideal: "#007a5a", gap: "#56b4e9", gapOpacity: "0.28",
		pain: "#d55e00", peak: "#007a5a", end: "#1d2330",
		online: "#0072b2", offline: "#b36b00",
		halo: "#f7f8fa",
	},
	Dark: {
		bg: "#14181f", ink: "#e8ebf1", muted: "#a9b1c0", line: "#3a4252", grid: "#262c37",
		card: "#1c212b", cardLine: "#3e4757", band: "#181d25", cell: "#1c212b",
		moment:  map[string]string{"before": "#1f3147", "during": "#3d3020", "after": "#1d3a2f"},
		current: "#56b4e9", ideal: "#3fd4a4", gap: "#56b4e9", gapOpacity: "0.22",
		pain: "#ff8c42", peak: "#3fd4a4", end: "#e8ebf1",
		online: "#56b4e9", offline: "#f0b550",
		halo: "#181d25",
	},
	Print: {
		bg: "#ffffff", ink: "#000000", muted: "#3c3c3c", line: "#8c8c8c", grid: "#d9d9d9",
		card: "#ffffff", cardLine: "#7a7a7a", band: "#ffffff", cell: "#ffffff",
		moment:  map[string]string{"before": "#f2f2f2", "during": "#d9d9d9", "after": "#f2f2f2"},
		current: "#000000", ideal: "#4d4d4d", gap: "#808080", gapOpacity: "0.3",
		pain: "#000000", peak: "#000000", end: "#000000",
		online: "#000000", offline: "#000000",
		halo: "#ffffff",
	},
}
