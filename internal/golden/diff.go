package golden

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// How much of a difference a message shows: enough to see what changed,
// bounded so that a large file of long lines does not flood the test log.
const (
	contextLines = 3   // unchanged lines shown before the first difference
	shownLines   = 5   // lines of want, and of got, shown from there on
	shownWidth   = 100 // characters shown of a line, around the column where it differs
)

// firstDifference tells where want and got first differ: the line and
// column, the unchanged lines just before, then a few lines of want (marked
// -) and of got (marked +) from that line on, each with its line number.
func firstDifference(want, got []byte) string {
	w, g := lines(string(want)), lines(string(got))
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	col := 0
	if i < len(w) && i < len(g) {
		col = commonPrefix([]rune(w[i]), []rune(g[i]))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "first difference at line %d, column %d (- want, + got):\n", i+1, col+1)
	for n := max(0, i-contextLines); n < i; n++ {
		writeLine(&b, " ", n, w[n], col)
	}
	writeFrom(&b, "-", w, i, col)
	writeFrom(&b, "+", g, i, col)
	return b.String()
}

// lines splits text into lines, each with its newline, if it has one.
func lines(text string) []string {
	l := strings.SplitAfter(text, "\n")
	if l[len(l)-1] == "" {
		l = l[:len(l)-1]
	}
	return l
}

// commonPrefix is the number of leading runes a and b share.
func commonPrefix(a, b []rune) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// writeFrom writes up to shownLines lines of l from index i on, marked
// with mark, and how many lines are left out; or, when l has no line i,
// that the file ends there.
func writeFrom(b *strings.Builder, mark string, l []string, i, col int) {
	if i == len(l) {
		fmt.Fprintf(b, "%s %5d  (end of file)\n", mark, i+1)
		return
	}
	end := min(len(l), i+shownLines)
	for n := i; n < end; n++ {
		writeLine(b, mark, n, l[n], col)
	}
	if end < len(l) {
		fmt.Fprintf(b, "%s        (%d more lines)\n", mark, len(l)-end)
	}
}

// writeLine writes line n (counted from 0) marked with mark: cut to
// shownWidth characters around column col, and quoted as a Go string if it
// holds a character that does not print, such as a carriage return.
func writeLine(b *strings.Builder, mark string, n int, line string, col int) {
	text, ended := strings.CutSuffix(line, "\n")
	text = around([]rune(text), col)
	if strings.ContainsFunc(text, func(r rune) bool { return !unicode.IsPrint(r) }) {
		text = strconv.Quote(text)
	}
	if !ended {
		text += " (no newline at end of file)"
	}
	fmt.Fprintf(b, "%s %5d  %s\n", mark, n+1, text)
}

// around is at most shownWidth characters of line, from a little before
// column col on, with … where it was cut.
func around(line []rune, col int) string {
	if len(line) <= shownWidth {
		return string(line)
	}
	start := max(0, col-shownWidth/4)
	end := min(len(line), start+shownWidth)
	start = max(0, end-shownWidth)
	text := string(line[start:end])
	if start > 0 {
		text = "…" + text
	}
	if end < len(line) {
		text += "…"
	}
	return text
}
