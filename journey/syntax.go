package journey

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/journeymap/journeymap/journey/vocab"
	"go.yaml.in/yaml/v3"
)

var (
	yamlLine      = lazyRegexp(`^yaml: line (\d+): `)
	unknownAnchor = lazyRegexp(`^unknown anchor '([^']*)' referenced`)
)

// syntaxError turns a YAML library error into a position, a code and a
// message. The library names a line near the problem, often the start of
// the construct around it, and no column; so the problem's line is found by
// parsing prefixes of the file (a binary search: a prefix that holds the
// problem fails with the same message), and the column from what the
// message says is wrong.
func syntaxError(src []byte, err error) (Pos, Code, vocab.Phrase) {
	msg := err.Error()
	if m := yamlLine().FindStringSubmatch(msg); m != nil {
		msg = msg[len(m[0]):] // the library's line is found again below
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	lines := bytes.SplitAfter(src, []byte("\n"))
	line := problemLine(lines, msg)
	text := []byte{}
	if line <= len(lines) {
		text = bytes.TrimRight(lines[line-1], "\n")
	}
	if col, ok := tabColumn(text); ok {
		return Pos{line, col}, CodeTabIndent, vocab.Say(vocab.TabIndentation)
	}
	switch {
	case strings.HasPrefix(msg, "exceeded max depth"):
		return Pos{line, firstColumn(text)}, CodeTooDeep, vocab.Say(vocab.TooDeep, MaxDepth)
	case unknownAnchor().MatchString(msg):
		name := unknownAnchor().FindStringSubmatch(msg)[1]
		col := firstColumn(text)
		if i := bytes.Index(text, []byte("*"+name)); i >= 0 {
			col = utf8.RuneCount(text[:i]) + 1
		}
		return Pos{line, col}, CodeSyntax, vocab.Say(vocab.SyntaxUnknownAlias, name, name)
	case strings.Contains(msg, "mapping values are not allowed"):
		if col, ok := secondColon(text); ok {
			return Pos{line, col}, CodeSyntax, vocab.Say(vocab.SyntaxSecondColon)
		}
	case strings.Contains(msg, "cannot start any token"):
		if i := bytes.IndexAny(text, "@`"); i >= 0 {
			return Pos{line, utf8.RuneCount(text[:i]) + 1}, CodeSyntax, vocab.Say(vocab.SyntaxAtSign)
		}
	case strings.Contains(msg, "expected ',' or"):
		if i := bytes.LastIndexAny(text, "[{"); i >= 0 {
			return Pos{line, utf8.RuneCount(text[:i]) + 1}, CodeSyntax, vocab.Say(vocab.SyntaxUnclosed, text[i])
		}
	case strings.Contains(msg, "end of stream") && bytes.ContainsAny(text, `"'`):
		i := bytes.IndexAny(text, `"'`)
		return Pos{line, utf8.RuneCount(text[:i]) + 1}, CodeSyntax, vocab.Say(vocab.SyntaxUnclosedQuote)
	}
	return Pos{line, firstColumn(text)}, CodeSyntax, vocab.Say(vocab.SyntaxLibrary, msg)
}

// maxPrefixBytes bounds the work of locating one syntax error.
const maxPrefixBytes = 16 << 20

// problemLine finds the first line at which a prefix of the file fails to
// parse with msg.
func problemLine(lines [][]byte, msg string) int {
	offset := make([]int, len(lines)+1) // offset[n]: bytes in the first n lines
	for i, l := range lines {
		offset[i+1] = offset[i] + len(l)
	}
	src := bytes.Join(lines, nil)
	failsAt := func(n int) bool {
		dec := yaml.NewDecoder(bytes.NewReader(src[:offset[n]]))
		for {
			var doc yaml.Node
			if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
				return false
			} else if err != nil {
				return strings.HasSuffix(err.Error(), msg)
			}
		}
	}
	lo, hi := 1, len(lines) // the answer lies in [lo, hi]
	if hi < 1 {
		return 1
	}
	for spent := 0; lo < hi && spent < maxPrefixBytes; {
		mid := lo + (hi-lo)/2
		spent += offset[mid]
		if failsAt(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return hi
}

// tabColumn is the column of a tab in the indentation of a line, if any.
func tabColumn(text []byte) (int, bool) {
	indent := len(text) - len(bytes.TrimLeft(text, " \t"))
	if i := bytes.IndexByte(text[:indent], '\t'); i >= 0 {
		return i + 1, true
	}
	return 0, false
}

// firstColumn is the column of the first non-blank character of a line.
func firstColumn(text []byte) int {
	trimmed := bytes.TrimLeft(text, " \t")
	return utf8.RuneCount(text[:len(text)-len(trimmed)]) + 1
}

// secondColon is the column of the second ": " of a line, outside quotes:
// where YAML refuses a mapping value.
func secondColon(text []byte) (int, bool) {
	seen := 0
	var quote byte
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == ':' && (i+1 == len(text) || text[i+1] == ' '):
			if seen++; seen == 2 {
				return utf8.RuneCount(text[:i]) + 1, true
			}
		}
	}
	return 0, false
}
