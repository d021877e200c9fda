package preview

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// maxQuoteRunes bounds a quoted line: the part around the column is kept.
const maxQuoteRunes = 160

// sourceLines splits a journey file into its lines, as its diagnostics
// count them: a byte order mark and the CR of CRLF left out.
func sourceLines(src []byte) []string {
	if len(src) == 0 {
		return nil
	}
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	lines := strings.Split(string(src), "\n")
	for i, line := range lines {
		lines[i] = strings.TrimSuffix(line, "\r")
	}
	return lines
}

// quoteLine quotes the line at pos, and marks the word at its column: the
// characters up to the next space or YAML punctuation. A line that is
// long is cut around the column, and characters that are not shown as
// themselves (controls, invisible and bidirectional formatting
// characters, which could make the line read as something else) are
// shown by their code points. It returns nil when there is no such line.
func quoteLine(lines []string, pos journey.Pos) *quote {
	if pos.Line < 1 || pos.Line > len(lines) {
		return nil
	}
	line := []rune(lines[pos.Line-1])
	if !utf8.ValidString(lines[pos.Line-1]) {
		return nil // the diagnostic says so; there is nothing to show
	}
	col := min(max(pos.Column-1, 0), len(line))
	end := col
	for end < len(line) && !strings.ContainsRune(" \t,[]{}#", line[end]) {
		end++
	}
	if end == col && end < len(line) {
		end++ // a mark on the punctuation itself
	}
	from := max(0, col-maxQuoteRunes/2)
	to := min(len(line), max(end, from+maxQuoteRunes))
	q := &quote{Number: pos.Line, Before: visible(line[from:col]), Mark: visible(line[col:end]), After: visible(line[end:to])}
	if from > 0 {
		q.Before = "…" + q.Before
	}
	if to < len(line) {
		q.After += "…"
	}
	return q
}

// visible writes runes as they read, with those that would not show as
// themselves written as ⟨U+202E⟩.
func visible(rs []rune) string {
	var b strings.Builder
	for _, r := range rs {
		switch {
		case r == '\t':
			b.WriteString("    ")
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError || unicode.In(r, unicode.Zl, unicode.Zp):
			fmt.Fprintf(&b, "⟨%U⟩", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// declaredLang is the language a journey file declares on a line of its
// own at the top level (lang: nl), when it declares one journeymap speaks:
// for the page's own words while the file has errors and no language can
// be parsed from it.
func declaredLang(lines []string) (vocab.Lang, bool) {
	for _, line := range lines {
		rest, ok := strings.CutPrefix(line, "lang:")
		if !ok {
			continue
		}
		value, _, _ := strings.Cut(rest, "#")
		value = strings.Trim(strings.TrimSpace(value), `"'`)
		for _, l := range vocab.Langs {
			if strings.EqualFold(value, string(l)) {
				return l, true
			}
		}
		return "", false
	}
	return "", false
}
