package render

// What a web page that shows maps and matrices inline (the live preview)
// needs from a theme: its colours for the page around them, and the text
// of their style sheets, so that its Content-Security-Policy can allow
// exactly those by hash instead of every inline style.

// Palette is the colours of a theme that a page around its pictures
// needs, so that the page sits them on their own background and writes
// beside them in their own ink.
type Palette struct {
	Background, Ink, Muted string // the canvas, text, secondary text
	Line, Card, Band       string // outlines, cards, panels
	Accent                 string // the current curve: links and the selection
	Good                   string // the ideal curve: a journey without problems
	Pain                   string // pain points: errors
	Warn                   string // the offline cue: warnings
}

// Palette returns the page colours of t.
func (t *Theme) Palette() Palette {
	return Palette{
		Background: t.background, Ink: t.ink, Muted: t.muted,
		Line: t.line, Card: t.card, Band: t.band,
		Accent: t.current, Good: t.ideal, Pain: t.pain, Warn: t.offline,
	}
}

// StyleTexts returns the text of the <style> element of a map drawn with
// opts (its theme and its number of compared journeys) and of a matrix in
// its theme, as a browser reads it: what a Content-Security-Policy hash of
// an inline style is taken over.
func StyleTexts(opts Options) (mapText, matrixText string) {
	t := themeOr(opts.Theme)
	return styleText(css(mapRules(t, len(opts.Compare), 1))), styleText(css(matrixRules(t)))
}

// PersonasStyleText returns the text of the <style> element of a map of
// n personas in the theme of opts (a map that compares with no journey).
func PersonasStyleText(opts Options, n int) string {
	return styleText(css(mapRules(themeOr(opts.Theme), 0, n)))
}
