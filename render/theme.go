package render

import (
	"fmt"
	"strings"
)

// Theme is a colour scheme of the map and the matrix: its name and every
// colour it paints with. The style sheets (style.go) turn a theme into CSS
// for the classes the painters use, so adding a theme is adding one entry
// to themes; a test checks that every text it colours meets WCAG 2.1 AA
// contrast against what it sits on.
//
// The curve colours come from the Okabe-Ito palette, which stays distinct
// for colour-blind readers, darkened where a light background needs it;
// every meaning also has a shape or a dash, so that the map reads in
// greyscale.
type Theme struct {
	Name  string // as --theme names it
	About string // what it is for

	background, ink, muted string // the canvas, text, secondary text
	line, grid             string // outlines; the scale's lines
	card, cardLine         string // touchpoint and improvement cards
	band, cell             string // the emotion band, lanes and panels; a lane's cells
	// moments fill the brackets before, during and after the purchase
	// and their phase headers; the matrix's quadrants reuse them.
	moments         [3]string
	current, ideal  string // the curves
	gap, gapOpacity string // the shaded gap between them
	pain, peak, end string // the markers and their labels
	online, offline string // the channel cues
	halo            string // the outline behind labels on the curve
	// compared colour the curves of other journeys (render --compare),
	// in the order given: Okabe-Ito reddish purple, orange, black (grey)
	// and yellow, darkened where they must stand out on a light band;
	// print tells them apart by dash and mark alone.
	compared [MaxCompared]string
}

// themes lists the themes, the default first.
var themes = []*Theme{
	{
		Name: "light", About: "screens, slides and documents",
		background: "#ffffff", ink: "#1d2330", muted: "#545e70", line: "#c3c9d5", grid: "#e3e6ec",
		card: "#ffffff", cardLine: "#b9c0cd", band: "#f7f8fa", cell: "#ffffff",
		moments: [3]string{"#e3eef9", "#fcefd9", "#e1f3ea"},
		current: "#0072b2", ideal: "#007a5a", gap: "#56b4e9", gapOpacity: "0.28",
		pain: "#b34d00", peak: "#007a5a", end: "#1d2330",
		online: "#0072b2", offline: "#b36b00",
		halo:     "#f7f8fa",
		compared: [MaxCompared]string{"#b4457f", "#b36b00", "#555555", "#8a7d00"},
	},
	{
		Name: "dark", About: "dark slides and dark-mode pages",
		background: "#14181f", ink: "#e8ebf1", muted: "#a9b1c0", line: "#3a4252", grid: "#262c37",
		card: "#1c212b", cardLine: "#3e4757", band: "#181d25", cell: "#1c212b",
		moments: [3]string{"#1f3147", "#3d3020", "#1d3a2f"},
		current: "#56b4e9", ideal: "#3fd4a4", gap: "#56b4e9", gapOpacity: "0.22",
		pain: "#ff8c42", peak: "#3fd4a4", end: "#e8ebf1",
		online: "#56b4e9", offline: "#f0b550",
		halo:     "#181d25",
		compared: [MaxCompared]string{"#cc79a7", "#e69f00", "#b8bdc7", "#f0e442"},
	},
	{
		Name: "print", About: "black-and-white printing and greyscale copies",
		background: "#ffffff", ink: "#000000", muted: "#3c3c3c", line: "#8c8c8c", grid: "#d9d9d9",
		card: "#ffffff", cardLine: "#7a7a7a", band: "#ffffff", cell: "#ffffff",
		moments: [3]string{"#f2f2f2", "#d9d9d9", "#f2f2f2"},
		current: "#000000", ideal: "#4d4d4d", gap: "#808080", gapOpacity: "0.3",
		pain: "#000000", peak: "#000000", end: "#000000",
		online: "#000000", offline: "#000000",
		halo:     "#ffffff",
		compared: [MaxCompared]string{"#000000", "#555555", "#000000", "#555555"},
	},
}

// ThemeNamed returns the theme with the given name; the error lists the
// names there are.
func ThemeNamed(name string) (*Theme, error) {
	for _, t := range themes {
		if t.Name == name {
			return t, nil
		}
	}
	return nil, fmt.Errorf("unknown theme %q; expected %s", name, orList(ThemeNames()))
}

// ThemeNames lists the names of the themes, the default first.
func ThemeNames() []string {
	names := make([]string, len(themes))
	for i, t := range themes {
		names[i] = t.Name
	}
	return names
}

// themeOr is t, or the default theme when t is nil.
func themeOr(t *Theme) *Theme {
	if t == nil {
		return themes[0]
	}
	return t
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}
