package journey

import (
	"bytes"
	"io"
	"strings"

	"github.com/journeymap/journeymap/journey/vocab"
	"go.yaml.in/yaml/v3"
)

// After a YAML syntax error the file is read on: the error is reported,
// the line at fault is repaired (re-indented, quoted, closed) or set aside,
// and the YAML library parses the repaired text again, until it parses or
// the recovery gives up. The journey of a file with a syntax error is never
// returned; the repairs only let the rest of the file be checked, so that
// every problem is reported at once.
//
// A diagnostic that only the recovery caused is never reported: a key set
// aside is not reported missing, and an id in a line set aside is not
// reported unknown where it is used.

// maxRecoveries bounds the syntax errors of one file recovered from.
const maxRecoveries = MaxDiagnostics

// recoveryBudget bounds the bytes the YAML library parses while recovering
// from the syntax errors of a file of n bytes: each recovery parses the
// file again, and locating an error parses a window of it, or all of it
// when the window does not tell. A file of the largest size is parsed
// again once at most: its errors cost twice the time of reading it.
func recoveryBudget(n int) int { return n + 1<<20 }

// colShift maps the columns of a repaired line back to the file's: a
// column past at is by more than in the file.
type colShift struct{ at, by int }

// repair is what was done to one line, and how far its effect reaches.
type repair struct {
	line  int
	last  int // the last line of its block: an error up to there is the repair's doing
	level int // how far the repair went: see recovery.escalate
}

// The levels of a repair.
const (
	repaired   = 1 // re-indented, quoted, closed or completed
	valueAside = 2 // the value set aside: key: ~, not decoded
	lineAside  = 3 // the line and its block set aside
)

// recovery is the state of reading on after syntax errors.
type recovery struct {
	lines       [][]byte // the text's lines as repaired, without their line ends
	orig        [][]byte // the file's lines
	repairs     map[int]*repair
	shift       map[int]colShift
	nulls       map[Pos]bool    // values set aside or repaired: skipped by the decoder
	aside       []int           // first lines of blocks set aside
	words       map[string]bool // the words of the text set aside
	syntax      Diagnostics     // the syntax errors, at the file's positions
	file        string
	spent       int  // bytes parsed again
	budget      int  // see recoveryBudget
	unexplained bool // an error was reported in the library's words
}

func newRecovery(file string, text []byte) *recovery {
	lines := bytes.Split(bytes.TrimSuffix(text, []byte("\n")), []byte("\n"))
	r := &recovery{
		lines: lines, orig: make([][]byte, len(lines)), file: file,
		repairs: map[int]*repair{}, shift: map[int]colShift{}, nulls: map[Pos]bool{},
		words: map[string]bool{}, budget: recoveryBudget(len(text)),
	}
	copy(r.orig, lines)
	return r
}

// run parses the repaired text, and recovers from its errors one at a time,
// until it parses. It returns the document, or a parsed with an error when
// the recovery gives up: at maxRecoveries errors, when its budget is
// spent, or when a line cannot be set aside any further.
func (r *recovery) run(p parsed) parsed {
	for rounds := 0; p.err != nil; rounds++ {
		if p.err == io.EOF {
			return p // the repairs left no document
		}
		if rounds == 3*maxRecoveries {
			return p
		}
		e := r.explain(p)
		if owner := r.owner(e.pos.Line); owner != nil {
			// The repair of an earlier error fell short: go further there.
			if !r.escalate(owner) {
				return p
			}
		} else if e.quiet {
			// Caused by an earlier repair: repaired without a word.
			if !e.fix(r) {
				return p
			}
		} else {
			if e.phrase.Word == vocab.SyntaxLibrary {
				// An error not understood: after a second one, what
				// follows is most likely a consequence of the first.
				if r.unexplained {
					return p
				}
				r.unexplained = true
			}
			r.report(e)
			if len(r.syntax) == maxRecoveries || e.fix == nil || !e.fix(r) {
				return p
			}
		}
		if r.spent+r.size() > r.budget {
			return p
		}
		p = r.parse()
	}
	return p
}

// owner is the repair whose block holds line, if any: of two, the one
// that starts nearer line.
func (r *recovery) owner(line int) *repair {
	var owner *repair
	for _, rep := range r.repairs {
		if line >= rep.line && line <= rep.last && (owner == nil || rep.line > owner.line) {
			owner = rep
		}
	}
	return owner
}

func (r *recovery) report(e explanation) {
	p := e.pos
	if s, ok := r.shift[p.Line]; ok && p.Column > s.at {
		p.Column -= s.by
	}
	r.syntax = append(r.syntax, Diagnostic{File: r.file, Pos: p, Severity: Error, Code: e.code, Phrase: e.phrase})
}

// touch records a repair of line, whose effect reaches to last.
func (r *recovery) touch(line, last int) {
	r.repairs[line] = &repair{line: line, last: max(line, last), level: repaired}
}

// escalate goes a step further at a repair that fell short: first the
// line's value is set aside, then the line with its block. The lines the
// repair changed are first given back their own text.
func (r *recovery) escalate(rep *repair) bool {
	for l := rep.line; l <= rep.last; l++ {
		if other := r.repairs[l]; l == rep.line || other == nil {
			r.lines[l-1] = r.orig[l-1]
			delete(r.shift, l)
		}
	}
	for rep.level < lineAside {
		rep.level++
		if rep.level == valueAside && r.setValueAside(rep) {
			return true
		}
		if rep.level == lineAside {
			r.setLineAside(rep)
			return true
		}
	}
	return false
}

// setValueAside replaces the value of a key: value line, or of a list
// item, with ~, which the decoder skips: the key still counts as given.
func (r *recovery) setValueAside(rep *repair) bool {
	line := r.lines[rep.line-1]
	sh := newLineScanner().scan(line)
	at := sh.value
	if at < 0 && sh.dash >= 0 && sh.key < 0 && sh.body < len(line) {
		at = sh.body
	}
	if at < 0 || sh.tab >= 0 {
		return false
	}
	r.remember(line[at:])
	r.lines[rep.line-1] = append(bytes.Clone(line[:at]), '~')
	r.nulls[Pos{rep.line, column(line, at)}] = true
	r.blankBlock(rep.line+1, r.valueEnd(rep.line))
	rep.last = max(rep.last, r.valueEnd(rep.line))
	return true
}

// setAside keeps the value at p, repaired, from being decoded: what the
// decoder would say of it is not what the file says.
func (r *recovery) setAside(p Pos, text []byte) {
	r.nulls[p] = true
	r.remember(text)
}

// setLineAside blanks a line and its block.
func (r *recovery) setLineAside(rep *repair) {
	end := r.blockEnd(rep.line)
	r.blankBlock(rep.line, end)
	r.aside = append(r.aside, rep.line)
	rep.last = max(rep.last, end)
}

func (r *recovery) blankBlock(from, to int) {
	for l := from; l <= to && l <= len(r.lines); l++ {
		r.remember(r.orig[l-1])
		r.lines[l-1] = nil
		delete(r.shift, l)
	}
}

// blockEnd is the last line of the block of line: the lines after it that
// are indented more.
func (r *recovery) blockEnd(line int) int {
	return r.blockAfter(line, indentOf(r.orig[line-1]))
}

// valueEnd is the last line of the value of the key of line: the lines
// after it that are indented more than the key (than the line, when it
// has no key).
func (r *recovery) valueEnd(line int) int {
	sh := newLineScanner().scan(r.orig[line-1])
	if sh.key >= 0 {
		return r.blockAfter(line, sh.body)
	}
	return r.blockAfter(line, sh.indent)
}

// blockAfter is the last of the lines after line that are indented more
// than indent, or line.
func (r *recovery) blockAfter(line, indent int) int {
	end := line
	for l := line + 1; l <= len(r.lines); l++ {
		text := r.orig[l-1]
		if len(bytes.TrimSpace(text)) == 0 {
			continue
		}
		if indentOf(text) <= indent {
			break
		}
		end = l
	}
	return end
}

// remember keeps the words of text set aside: an id among them may be
// used elsewhere, and is then not reported unknown.
func (r *recovery) remember(text []byte) {
	for _, w := range strings.FieldsFunc(string(text), func(c rune) bool {
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c > 0x7F)
	}) {
		r.words[w] = true
	}
}

// setLine replaces line l with text, keeping a map from its columns to the
// file's.
func (r *recovery) setLine(l int, text []byte, s colShift) {
	r.lines[l-1] = text
	if s.by != 0 {
		r.shift[l] = s
	}
}

// reindent gives line l the indentation of indent spaces, in place of its
// spaces and tabs.
func (r *recovery) reindent(l, indent int) {
	line := r.lines[l-1]
	old := indentOf(line)
	text := append(bytes.Repeat([]byte(" "), indent), line[old:]...)
	r.setLine(l, text, colShift{at: indent, by: indent - old})
}

// finish settles the diagnostics of the repaired text: their positions
// are moved back to the file's columns, the ones the recovery caused are
// dropped, and the syntax errors are added. root is the repaired
// document, or nil.
func (r *recovery) finish(diags *Diagnostics, root *yaml.Node) {
	if r == nil {
		return
	}
	var lost map[Pos]bool
	if root != nil {
		lost = r.lostContent(root)
	}
	var ids map[Pos]string
	kept := (*diags)[:0]
	for _, d := range *diags {
		if r.nulls[d.Pos] {
			continue // about a value the recovery set aside or repaired
		}
		switch d.Code {
		case CodeMissing, CodeTooMany:
			if lost[d.Pos] {
				continue
			}
		case CodeUnresolved:
			if ids == nil {
				ids = scalarsAt(root)
			}
			if r.words[ids[d.Pos]] {
				continue
			}
		case CodeOutOfScale:
			if r.words["scale"] {
				continue
			}
		case CodeNoPersona:
			if r.words["persona"] {
				continue
			}
		case CodeMomentOrder:
			if r.words["moment"] || len(r.aside) > 0 {
				continue
			}
		}
		if s, ok := r.shift[d.Pos.Line]; ok && d.Pos.Column > s.at {
			d.Pos.Column -= s.by
		}
		kept = append(kept, d)
	}
	*diags = append(kept, r.syntax...)
}

// skipNulls adds the values set aside to the nodes the decoder skips.
func (r *recovery) skipNulls(root *yaml.Node, skip map[*yaml.Node]bool) {
	if r == nil || len(r.nulls) == 0 {
		return
	}
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		// A block mapping starts where its first key does: not a value.
		if r.nulls[posOf(n)] && (n.Kind != yaml.MappingNode || n.Style&yaml.FlowStyle != 0) {
			skip[n] = true
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(root)
}

// scalarsAt maps the position of every scalar to its value.
func scalarsAt(root *yaml.Node) map[Pos]string {
	at := map[Pos]string{}
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n.Kind == yaml.ScalarNode {
			at[posOf(n)] = n.Value
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	if root != nil {
		walk(root)
	}
	return at
}

// lostContent finds the mappings and lists that lost lines set aside:
// the collection a line set aside was in, and the ones opened just
// before it, which it may have been meant for.
func (r *recovery) lostContent(root *yaml.Node) map[Pos]bool {
	lost := map[Pos]bool{}
	for _, line := range r.aside {
		indent := indentOf(r.orig[line-1])
		var path []*yaml.Node // the collections open at line
		for n := root; n != nil; {
			if n.Kind != yaml.MappingNode && n.Kind != yaml.SequenceNode {
				break
			}
			path = append(path, n)
			var next *yaml.Node
			for _, c := range n.Content {
				if c.Line < line {
					next = c
				}
			}
			n = next
		}
		from := 0
		for i, n := range path {
			if n.Column-1 <= indent {
				from = i
			}
		}
		for _, n := range path[from:] {
			lost[posOf(n)] = true
		}
	}
	return lost
}

// explanation is a syntax error in the reader's words, with the repair
// that lets the rest of the file be read.
type explanation struct {
	pos    Pos
	code   Code
	phrase vocab.Phrase
	fix    func(r *recovery) bool
	quiet  bool // the error is the doing of an earlier repair: not reported
}
