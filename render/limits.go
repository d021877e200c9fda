package render

import (
	"strings"
	"unicode"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/rivo/uniseg"
)

// A map and a matrix stay within the largest canvas a browser draws,
// maxCanvas pixels a side. Across, a map is a column per touchpoint, and
// journey.MaxTouchpoints columns fit. Down, every text is bounded by the
// limits on labels, but a card and a lane cell hold many: those are cut
// to the lines below, the last ending in "…", with a warning that names
// what was cut (see Scene.Warnings). docs/format.md lists the limits;
// TestCanvasBound checks them on the largest journeys the limits allow.
const (
	maxCanvas         = 32767 // pixels a side
	cardNameLines     = 8     // a touchpoint's name on its card
	cardDetailLines   = 3     // its channel, its owner
	cellLines         = 100   // all the items of one lane cell
	matrixTitleLines  = 6     // an improvement's title on its matrix card
	matrixDetailLines = 3     // its owner and due date
)

// ellipsis ends a text that was cut.
const ellipsis = "…"

// capLines cuts t, set in st and wrapped to width, to at most n lines, the
// last of them ending in an ellipsis, and reports whether it cut.
func (l *layouter) capLines(t Text, n int, width float64, st style) (Text, bool) {
	if len(t.Lines) <= n {
		return t, false
	}
	if n <= 0 {
		t.Lines = nil
		return t, true
	}
	lines := append([]string(nil), t.Lines[:n]...)
	last := lines[n-1]
	for last != "" && l.m.Width(last+ellipsis, st.size, st.bold) > width {
		last = dropLastCharacter(last)
	}
	lines[n-1] = last + ellipsis
	t.Lines = lines
	return t, true
}

// dropLastCharacter drops the last character of s, a grapheme cluster
// (UAX #29, as github.com/rivo/uniseg finds them), and the spaces before
// it. A cluster is what a reader sees as one character: a letter with its
// marks, an emoji with its skin tone or the people a joiner binds, a flag,
// a Hangul syllable written in jamo. Dropping less would leave half of one
// before the ellipsis.
func dropLastCharacter(s string) string {
	last, state := 0, -1 // where the last cluster starts; uniseg's state
	for i := 0; i < len(s); {
		var cluster string
		cluster, _, _, state = uniseg.FirstGraphemeClusterInString(s[i:], state)
		last = i
		i += len(cluster)
	}
	return strings.TrimRightFunc(s[:last], unicode.IsSpace)
}

// warn records that the picture could not show something whole, at pos in
// the journey's file, in the journey's language.
func (l *layouter) warn(pos journey.Pos, w vocab.Word, args ...any) {
	l.warnings = append(l.warnings, journey.NewDiagnostic(l.j.File, pos, journey.Warning, journey.CodeCutToFit, l.lang, vocab.Say(w, args...)))
}
