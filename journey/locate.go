package journey

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// The YAML library names a line near a syntax error, often the start of
// the construct around it (a mapping that began 500 lines up), and no
// column. To find the line at fault, the library is fed a byte at a time
// (trickle): it stops at most a line or so after the problem. Where its
// message names the problem's own line, that line is taken; otherwise the
// lines up to the one before are parsed again, as long as they fail alike.
// The lines that parse are kept: their nodes tell which mappings and lists
// are open where the line at fault starts (spine.go).
//
// All this parses again a window of the file, not the file: the lines from
// the last top-level key, or from the last item of a top-level list, when
// the lines before the error are many. The whole file is parsed again only
// to read on after a repair, within the budget of recoveryBudget.

var (
	yamlLine      = lazyRegexp(`^yaml: line (\d+): `)
	unknownAnchor = lazyRegexp(`^unknown anchor '([^']*)' referenced`)
)

// splitError returns the line an error of the YAML library names, 0 when
// none, and what it says is wrong.
func splitError(err error) (int, string) {
	msg := err.Error()
	line := 0
	if m := yamlLine().FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
	}
	return line, strings.TrimPrefix(msg, "yaml: ")
}

// exactProblems are the errors of the library's scanner whose line is the
// problem's own, or that of where what went wrong began (a quote, a key).
var exactProblems = map[string]bool{
	"mapping values are not allowed in this context":         true,
	"block sequence entries are not allowed in this context": true,
	"mapping keys are not allowed in this context":           true,
	"found character that cannot start any token":            true,
	"could not find expected ':'":                            true,
	"found unexpected end of stream":                         true,
	"found unexpected document indicator":                    true,
	"did not find expected alphabetic or numeric character":  true,
}

// flowProblem reports whether the library stopped in a flow collection,
// [..] or {..}; its message then names, counting from 0, the line where
// the collection opened.
func flowProblem(problem string) bool {
	return problem == "did not find expected ',' or ']'" || problem == "did not find expected ',' or '}'"
}

// trickle feeds the YAML library one byte at a time, so that when the
// library stops at an error, pos tells how far it read: to the line after
// the problem, or a few characters into it.
type trickle struct {
	src []byte
	pos int
}

func (t *trickle) Read(p []byte) (int, error) {
	if t.pos >= len(t.src) {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = t.src[t.pos]
	t.pos++
	return 1, nil
}

// parsed is the outcome of parsing a text with the YAML library.
type parsed struct {
	doc   *yaml.Node
	dec   *yaml.Decoder // to read on after the first document
	err   error
	read  int  // the bytes the library had read when it returned
	exact bool // read from a trickle: at most a line past the problem
}

// parseTrickle parses the first document of src fed a byte at a time.
func parseTrickle(src []byte) parsed {
	t := &trickle{src: src}
	dec := yaml.NewDecoder(t)
	var doc yaml.Node
	err := dec.Decode(&doc)
	return parsed{doc: &doc, dec: dec, err: err, read: t.pos, exact: true}
}

// parseFast parses the first document of src at the library's own pace:
// it reads ahead of a problem by up to a few kilobytes.
func parseFast(src []byte) parsed {
	rd := bytes.NewReader(src)
	dec := yaml.NewDecoder(rd)
	var doc yaml.Node
	err := dec.Decode(&doc)
	return parsed{doc: &doc, dec: dec, err: err, read: len(src) - rd.Len()}
}

// lineOf is the 1-based line of byte offset i of src.
func lineOf(src []byte, i int) int {
	return bytes.Count(src[:max(0, min(i, len(src)))], []byte("\n")) + 1
}

// locate finds the line of an error whose line the library does not name:
// the first line such that the lines up to it fail alike. It returns the
// document of the lines before it when they parse.
func (r *recovery) locate(p parsed, src []byte, msgLine int, problem string) (int, *yaml.Node) {
	lo := max(1, msgLine) // the problem is at or after the construct around it
	line := max(lo, min(lineOf(src, p.read-1), len(r.lines)))
	if !p.exact {
		// The library read ahead: the lines up to there again, a byte at
		// a time; the whole text when a window does not fail alike.
		_, read, err := r.parseUpTo(line)
		if _, again := splitError(orEOF(err)); again != problem || read == 0 {
			if r.spent+len(src) > r.budget {
				return line, nil
			}
			r.spent += len(src)
			read = lineOf(src, parseTrickle(src).read-1)
		}
		line = max(lo, min(read, len(r.lines)))
	}
	for steps := 0; line > lo && steps < 8; steps++ {
		doc, read, err := r.parseUpTo(line - 1)
		if err == nil {
			return line, doc
		}
		if _, again := splitError(err); again != problem || read == 0 {
			break
		}
		line = max(lo, min(line-1, read))
	}
	return line, nil
}

// errOutOfBudget stops the recovery from parsing the whole text again.
var errOutOfBudget = errors.New("out of budget")

func orEOF(err error) error {
	if err == nil {
		return io.EOF
	}
	return err
}

// prefixTree is the document of the lines before line, when they parse.
func (r *recovery) prefixTree(line int) *yaml.Node {
	doc, _, err := r.parseUpTo(line - 1)
	if err != nil {
		return nil
	}
	return doc
}

// maxWindow bounds the bytes of a window: the lines parsed to know the
// structure before an error, in place of all of them.
const maxWindow = 64 << 10

// parseUpTo parses the first n lines of the repaired text, or a window of
// them when they are many (see window), a byte at a time. It returns the
// document, its nodes at the lines of the file; or the line the library
// had read to (0 when unknown) and its error.
func (r *recovery) parseUpTo(n int) (*yaml.Node, int, error) {
	if n <= 0 {
		return nil, 0, io.EOF
	}
	lines, at := r.window(n)
	for {
		src := append(bytes.Join(lines, []byte("\n")), '\n')
		whole := len(lines) == n
		if whole && r.spent+len(src) > r.budget {
			return nil, 0, errOutOfBudget
		}
		r.spent += len(src)
		q := parseTrickle(src)
		if q.err != nil && !whole {
			if _, problem := splitError(q.err); unknownAnchor().MatchString(problem) {
				lines, at = r.lines[:n], func(l int) int { return l } // the window left out an anchor
				continue
			}
		}
		if q.err != nil {
			return nil, at(lineOf(src, q.read-1)), q.err
		}
		if !whole {
			var move func(n *yaml.Node)
			move = func(n *yaml.Node) {
				n.Line = at(n.Line)
				for _, c := range n.Content {
					move(c)
				}
			}
			move(q.doc)
		}
		return q.doc, 0, nil
	}
}

// window picks the lines to parse for the first n lines (see parseUpTo),
// and maps their lines to the file's: when the n lines are many, the last
// top-level key with the lines after it, or that key's line with the last
// item of its list and the lines after that.
func (r *recovery) window(n int) ([][]byte, func(int) int) {
	all := func(l int) int { return l }
	bytesFrom := func(from int) int {
		size := 0
		for _, l := range r.lines[from-1 : n] {
			size += len(l) + 1
		}
		return size
	}
	if bytesFrom(1) <= maxWindow {
		return r.lines[:n], all
	}
	s := newLineScanner()
	top, item, itemIndent := 0, 0, -1
	for i, l := range r.lines[:n] {
		inner := s.quote != 0 || len(s.flow) > 0 || s.block >= 0
		sh := s.scan(l)
		switch {
		case inner || sh.inner || sh.blank:
		case sh.indent == 0 && sh.dash < 0:
			top, item, itemIndent = i+1, 0, -1
		case top > 0 && (itemIndent < 0 || sh.indent == itemIndent):
			itemIndent = sh.indent
			if sh.dash == sh.indent {
				item = i + 1
			}
		}
	}
	switch {
	case top > 0 && bytesFrom(top) <= maxWindow:
		return r.lines[top-1 : n], func(l int) int { return l + top - 1 }
	case top > 0 && item > top && bytesFrom(item) <= maxWindow:
		lines := append([][]byte{r.lines[top-1]}, r.lines[item-1:n]...)
		return lines, func(l int) int {
			if l <= 1 {
				return top
			}
			return l - 2 + item
		}
	}
	return r.lines[:n], all
}

// locateAfterDocument finds where a second document, or text after the
// document, starts: the library names no line of it.
func locateAfterDocument(src []byte) Pos {
	t := &trickle{src: src}
	dec := yaml.NewDecoder(t)
	var doc yaml.Node
	if dec.Decode(&doc) == nil {
		_ = dec.Decode(&doc)
	}
	line := lineOf(src, t.pos-1)
	lines := bytes.Split(src, []byte("\n"))
	return Pos{line, firstColumn(lines[min(line, len(lines))-1])}
}

// firstColumn is the column of the first non-blank character of a line.
func firstColumn(text []byte) int { return column(text, indentOf(text)) }

// text is the repaired text.
func (r *recovery) text() []byte {
	return append(bytes.Join(r.lines, []byte("\n")), '\n')
}

// parse parses the repaired text, counting its bytes against the budget.
func (r *recovery) parse() parsed {
	src := r.text()
	r.spent += len(src)
	return parseFast(src)
}

// size is the number of bytes of the repaired text.
func (r *recovery) size() int {
	n := 0
	for _, l := range r.lines {
		n += len(l) + 1
	}
	return n
}
