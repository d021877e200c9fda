package journey

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/journeymap/journeymap/journey/vocab"
	"go.yaml.in/yaml/v3"
)

// A syntax error in the reader's words: what is wrong, where, and how to
// put it right; and the repair that lets the rest of the file be read.
// Errors within a line (quotes, brackets, a second ': ', an alias) are
// explained here, errors of indentation in indent.go.

// syntaxError is an explanation with the code syntax.
func syntaxError(p Pos, fix func(*recovery) bool, w vocab.Word, args ...any) explanation {
	return explanation{pos: p, code: CodeSyntax, phrase: vocab.Say(w, args...), fix: fix}
}

// explain locates the error p of parsing the repaired text, and says it.
func (r *recovery) explain(p parsed) explanation {
	msgLine, problem := splitError(p.err)
	src := r.text()
	var line int
	var tree *yaml.Node
	located := false
	switch {
	case unknownAnchor().MatchString(problem):
		if e, ok := r.unknownAlias(unknownAnchor().FindStringSubmatch(problem)[1]); ok {
			return e
		}
		line = lineOf(src, p.read-1)
	case exactProblems[problem] && msgLine > 0:
		line = msgLine
	case flowProblem(problem):
		line = msgLine + 1
	default:
		line, tree = r.locate(p, src, msgLine, problem)
		located = true
	}
	line = max(1, min(line, len(r.lines)))
	before, sh, after := r.scanTo(line)
	text := r.lines[line-1]
	at := func(i int) Pos { return Pos{line, column(text, i)} }

	if sh.shallow > 0 {
		return r.shallowText(line, sh, before.block)
	}
	if sh.tab >= 0 && !sh.inner {
		e := explanation{pos: at(sh.tab), code: CodeTabIndent, phrase: vocab.Say(vocab.TabIndentation)}
		if sh.blank {
			e.fix = r.blankFix(line)
		} else {
			if !located {
				tree = r.prefixTree(line)
			}
			e.fix = r.tabFix(line, sh, tree)
		}
		return e
	}
	q, ok := openQuote(&before, after, line)
	if !ok && before.lastQuote.closedOn > 0 && before.lastQuote.closedOn == r.lastContent(line) {
		// What follows a quote that closed on the line before
		// does not fit there.
		q, ok = before.lastQuote, true
	}
	if ok && (q.mistaken() ||
		problem == "found unexpected end of stream" || problem == "found unexpected document indicator") {
		return r.unclosedQuote(q)
	}
	switch {
	case flowProblem(problem):
		if e, ok := r.unclosedFlow(line, sh, problem); ok {
			return e
		}
	case problem == "mapping values are not allowed in this context" && sh.second >= 0 && !sh.inner:
		return syntaxError(at(sh.second), r.quoteFix(line, sh), vocab.SyntaxSecondColon)
	case problem == "found character that cannot start any token" && sh.token >= 0:
		return syntaxError(at(sh.token), r.quoteFix(line, sh), vocab.SyntaxAtSign, string(text[sh.token]))
	case problem == "block sequence entries are not allowed in this context" && sh.value >= 0 && text[sh.value] == '-':
		return syntaxError(at(sh.value), r.quoteFix(line, sh), vocab.SyntaxDashValue)
	case problem == "did not find expected alphabetic or numeric character":
		if i := bareAnchor(text, sh); i >= 0 {
			return syntaxError(at(i), r.quoteFix(line, sh), vocab.SyntaxAnchorName, string(text[i]))
		}
	case problem == "found unknown escape character":
		if i := badEscape(text); i >= 0 {
			c, _ := utf8.DecodeRune(text[i+1:])
			return syntaxError(at(i), r.escapeFix(line, i), vocab.SyntaxEscape, string(c))
		}
	}
	if sh.afterQ >= 0 && !sh.inner {
		return syntaxError(at(sh.afterQ), r.asideFix(line), vocab.SyntaxAfterQuote)
	}
	if !located {
		tree = r.prefixTree(line)
	}
	if e, ok := r.structure(line, sh, tree); ok {
		return e
	}
	return syntaxError(at(sh.body), r.asideFix(line), vocab.SyntaxLibrary, problem)
}

// scanTo scans the repaired lines up to line, and returns the scanner as it
// was before line, the shape of line, and the scanner after it.
func (r *recovery) scanTo(line int) (lineScanner, lineShape, *lineScanner) {
	s := newLineScanner()
	for _, l := range r.lines[:line-1] {
		s.scan(l)
	}
	before := *s
	before.flow = slices.Clone(s.flow)
	sh := s.scan(r.lines[line-1])
	return before, sh, s
}

// openQuote is the quoted scalar line is in or ends, or the one it opens
// and leaves open.
func openQuote(before, after *lineScanner, line int) (multiQuote, bool) {
	switch {
	case before.quote != 0 && after.quote != 0 && after.quoteAt == before.quoteAt:
		return after.open(), true
	case before.quote != 0:
		return after.lastQuote, true // it ended on line (another may open after it)
	case after.quote != 0 && after.quoteAt.Line == line:
		return after.open(), true
	}
	return multiQuote{}, false
}

// unclosedQuote: the quote is closed at the end of its line (or of the
// lines indented under it).
func (r *recovery) unclosedQuote(q multiQuote) explanation {
	return syntaxError(q.at, func(r *recovery) bool {
		end := r.valueEnd(q.at.Line)
		r.appendTo(end, []byte{q.c})
		r.setAside(q.at, r.lines[q.at.Line-1])
		r.touch(q.at.Line, end)
		return true
	}, vocab.SyntaxUnclosedQuote, q.c)
}

// unclosedFlow: a [ or { of line that is never closed, or a second ': ' in
// one of its entries.
func (r *recovery) unclosedFlow(line int, sh lineShape, problem string) (explanation, bool) {
	want := byte('[')
	if strings.HasSuffix(problem, "'}'") {
		want = '{'
	}
	o := sh.badFlow
	for i := len(sh.open) - 1; i >= 0 && o.c == 0; i-- {
		if sh.open[i].c == want && sh.open[i].at.Line == line {
			o = sh.open[i]
		}
	}
	if o.c == 0 {
		if sh.second >= 0 {
			return syntaxError(Pos{line, column(r.lines[line-1], sh.second)}, r.asideFix(line), vocab.SyntaxSecondColon), true
		}
		return explanation{}, false
	}
	closer := map[byte]byte{'[': ']', '{': '}', '"': '"', '\'': '\''}
	var closers []byte
	for i := len(sh.open) - 1; i >= 0; i-- {
		if sh.open[i].at.Line == line {
			closers = append(closers, closer[sh.open[i].c])
		}
	}
	return syntaxError(o.at, func(r *recovery) bool {
		end := r.valueEnd(line)
		r.appendTo(end, closers)
		r.setAside(o.at, r.lines[line-1])
		r.touch(line, end)
		return true
	}, vocab.SyntaxUnclosed, o.c, closer[o.c]), true
}

// appendTo adds text at the end of a line's content, before its comment.
func (r *recovery) appendTo(line int, text []byte) {
	l := r.lines[line-1]
	end := len(bytes.TrimRight(l, " \t"))
	if i := bytes.Index(l, []byte(" #")); i >= 0 {
		end = len(bytes.TrimRight(l[:i], " \t"))
	}
	out := append(bytes.Clone(l[:end]), text...)
	r.lines[line-1] = append(out, l[end:]...)
}

// unknownAlias: *name names no anchor. The alias is set aside as ~, and
// its value is not decoded.
func (r *recovery) unknownAlias(name string) (explanation, bool) {
	token := []byte("*" + name)
	s := newLineScanner()
	for l, text := range r.lines {
		if sh := s.scan(text); sh.comment >= 0 {
			text = text[:sh.comment] // not in a comment
		}
		for i := 0; ; {
			j := bytes.Index(text[i:], token)
			if j < 0 {
				break
			}
			j += i
			end := j + len(token)
			if (j == 0 || bytes.IndexByte([]byte(" \t[{,"), text[j-1]) >= 0) &&
				(end == len(text) || bytes.IndexByte([]byte(" \t]},"), text[end]) >= 0) {
				line, at := l+1, j
				// When its anchor was set aside, the alias is no mistake
				// of the file's.
				e := syntaxError(Pos{line, column(text, j)}, func(r *recovery) bool {
					t := bytes.Clone(r.lines[line-1])
					t[at] = '~'
					for k := at + 1; k < at+len(token); k++ {
						t[k] = ' '
					}
					r.remember(token[1:])
					r.lines[line-1] = t
					r.nulls[Pos{line, column(t, at)}] = true
					r.touch(line, line)
					return true
				}, vocab.SyntaxUnknownAlias, name, name)
				e.quiet = r.words[name]
				return e, true
			}
			i = end
		}
	}
	return explanation{}, false
}

// bareAnchor is the offset of a & or * that starts no name, or -1.
func bareAnchor(text []byte, sh lineShape) int {
	for i := sh.body; i < len(text); i++ {
		if (text[i] == '&' || text[i] == '*') && (i+1 == len(text) || isSpace(text[i+1])) && (i == 0 || isSpace(text[i-1])) {
			return i
		}
	}
	return -1
}

// badEscape is the offset of the backslash of an escape that double
// quotes do not know, or -1.
func badEscape(text []byte) int {
	in := false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '"':
			in = !in
		case in && c == '\\' && i+1 < len(text):
			if !strings.ContainsRune("0abt\tnvfre \"/\\N_LPxuU", rune(text[i+1])) {
				return i
			}
			i++
		}
	}
	return -1
}

// escapeFix doubles the backslash of a bad escape, in place of the
// character after it.
func (r *recovery) escapeFix(line, i int) func(r *recovery) bool {
	return func(r *recovery) bool {
		t := bytes.Clone(r.lines[line-1])
		if t[i+1] >= utf8.RuneSelf {
			return r.escalate(r.newRepair(line))
		}
		t[i+1] = '\\'
		r.lines[line-1] = t
		if q := bytes.LastIndexByte(t[:i], '"'); q >= 0 {
			r.setAside(Pos{line, column(t, q)}, t)
		}
		r.touch(line, line)
		return true
	}
}

// quoteFix puts the plain value of a line in double quotes; a value that
// is not plain text to the end of its line is set aside.
func (r *recovery) quoteFix(line int, sh lineShape) func(r *recovery) bool {
	return func(r *recovery) bool {
		text := r.lines[line-1]
		at := sh.value
		if at < 0 && sh.key < 0 {
			at = sh.body
		}
		if at < 0 || at >= sh.end || !sh.plain {
			return r.escalate(r.newRepair(line))
		}
		v := strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(string(text[at:sh.end]))
		out := append(bytes.Clone(text[:at]), '"')
		out = append(append(out, v...), '"')
		r.lines[line-1] = append(out, text[sh.end:]...)
		r.setAside(Pos{line, column(text, at)}, text[at:sh.end])
		r.touch(line, line)
		return true
	}
}

// asideFix sets the value of a line aside, or the line when it has none.
func (r *recovery) asideFix(line int) func(r *recovery) bool {
	return func(r *recovery) bool { return r.escalate(r.newRepair(line)) }
}

// blankFix blanks a line that holds nothing but spaces and tabs.
func (r *recovery) blankFix(line int) func(r *recovery) bool {
	return func(r *recovery) bool {
		r.lines[line-1] = nil
		r.touch(line, line)
		r.repairs[line].level = lineAside
		return true
	}
}

func (r *recovery) newRepair(line int) *repair {
	r.touch(line, line)
	return r.repairs[line]
}
