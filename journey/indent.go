package journey

import (
	"bytes"
	"strings"

	"github.com/journeymap/journeymap/journey/vocab"
	"go.yaml.in/yaml/v3"
)

// Indentation, in the reader's words. YAML has a line belong to the
// mapping or list its indentation says; one space too many or too few
// makes it text of the line above, or a key of another mapping, and the
// library says so in its own terms, often lines later. Here a line that
// does not fit is set against the mappings and lists open where it
// starts (spine.go), with the schema's keys to tell which one it was
// meant for; and when a line only looks wrong because the line before,
// or the first line of its mapping, is out of line, that line is blamed.

// tabFix indents a line that has a tab in its indentation as the keys or
// items it most likely belongs with.
func (r *recovery) tabFix(line int, sh lineShape, tree *yaml.Node) func(r *recovery) bool {
	return func(r *recovery) bool {
		frames := r.cols(spineOf(tree))
		key := keyOf(r.lines[line-1], sh)
		target := -1
		if q := r.lastContent(line); q > 0 {
			// The first line under a key that opens a block.
			if qs := newLineScanner().scan(r.lines[q-1]); qs.key >= 0 && len(qs.open) == 0 && (qs.value < 0 || anchorOnly(r.lines[q-1][qs.value:qs.end])) {
				frames, target = nil, qs.body+2
			}
		}
		if sh.dash == sh.indent {
			if i := listFor(frames, r.itemKeys(line, sh), 0); i >= 0 {
				target = frames[i].col - 1
			}
		} else {
			// The innermost mapping that lacks the key and has it among
			// its fields, else the innermost mapping.
			for i := len(frames) - 1; i >= 0; i-- {
				f := frames[i]
				if f.node.Kind != yaml.MappingNode {
					continue
				}
				if target < 0 {
					target = f.col - 1
				}
				if hasField(f.shape, key) && !hasKey(f.node, key) {
					target = f.col - 1
					break
				}
			}
		}
		if target < 0 {
			target = sh.indent // a tab for a space
		}
		r.reindent(line, target)
		r.touch(line, line)
		return true
	}
}

// shallowText: a line of the text of a | or > block is indented less than
// the text's first line, which sets the text's indentation; its key is
// indented key. When the lines after agree with it, the first line is the
// one out of line.
func (r *recovery) shallowText(line int, sh lineShape, key int) explanation {
	first := sh.shallow
	want := indentOf(r.lines[first-1])
	agree := false
	for l := line + 1; l <= len(r.lines); l++ {
		if t := r.lines[l-1]; len(bytes.TrimSpace(t)) > 0 {
			agree = indentOf(t) == sh.indent
			break
		}
	}
	if agree {
		return syntaxError(Pos{first, want + 1}, func(r *recovery) bool {
			for l := first; l < line; l++ {
				if t := r.lines[l-1]; len(bytes.TrimSpace(t)) > 0 {
					r.reindent(l, max(key+1, indentOf(t)+sh.indent-want))
				}
			}
			r.touch(first, line-1)
			return true
		}, vocab.SyntaxBadIndentation, first, spaces(want), vocab.OtherLinesText, sh.indent)
	}
	return syntaxError(Pos{line, sh.indent + 1}, func(r *recovery) bool {
		last := line
		for l := line; l <= len(r.lines); l++ {
			t := r.lines[l-1]
			if len(bytes.TrimSpace(t)) == 0 {
				continue
			}
			if indentOf(t) <= key {
				break
			}
			if indentOf(t) < want {
				r.reindent(l, want)
			}
			last = l
		}
		r.touch(line, last)
		return true
	}, vocab.SyntaxBadIndentation, line, spaces(sh.indent), vocab.OtherLinesText, want)
}

// anchorOnly reports whether a value is only an anchor or a tag: the
// value itself follows on the lines below.
func anchorOnly(v []byte) bool {
	v = bytes.TrimSpace(v)
	return len(v) > 1 && (v[0] == '&' || v[0] == '!') && bytes.IndexAny(v, " \t") < 0
}

// keyOf is the key of a key: value line, or "".
func keyOf(text []byte, sh lineShape) string {
	if sh.key < 0 || sh.key < sh.body {
		return ""
	}
	k := strings.TrimSpace(string(text[sh.body:sh.key]))
	if len(k) >= 2 && (k[0] == '"' || k[0] == '\'') && k[len(k)-1] == k[0] {
		k = k[1 : len(k)-1]
	}
	return k
}

// structure explains a line that does not fit the mappings and lists open
// where it starts: indented as none of them, an item without its "- ", a
// key without its ': '. Of a line and the lines before it, the one to
// blame is the one that is out of line with the others.
func (r *recovery) structure(line int, sh lineShape, tree *yaml.Node) (explanation, bool) {
	if sh.inner || sh.blank {
		return explanation{}, false
	}
	frames := r.cols(spineOf(tree))
	if len(frames) == 0 {
		return explanation{}, false
	}
	text := r.lines[line-1]
	col := sh.indent + 1
	key := keyOf(text, sh)
	at := func(kind yaml.Kind) int {
		for i, f := range frames {
			if f.node.Kind == kind && f.col == col {
				return i
			}
		}
		return -1
	}
	nearest := func(kind yaml.Kind, ok func(frame) bool) int {
		best := -1
		for i, f := range frames {
			if f.node.Kind != kind || ok != nil && !ok(f) {
				continue
			}
			if best < 0 || abs(f.col-col) <= abs(frames[best].col-col) {
				best = i
			}
		}
		return best
	}
	switch {
	case sh.dash == sh.indent:
		if at(yaml.SequenceNode) >= 0 {
			return explanation{}, false
		}
		if e, ok := r.blamePrevious(line, col, frames, yaml.SequenceNode); ok {
			return e, true
		}
		if e, ok := r.dashBefore(line, sh.indent, frames); ok {
			return e, true
		}
		if i := listFor(frames, r.itemKeys(line, sh), col); i >= 0 {
			if e, ok := r.blameFirst(line, sh, frames, i); ok {
				return e, true
			}
			return r.badIndent(line, sh.indent, frames[i].col-1, frames[i].what), true
		}
	case key != "":
		if e, ok := r.colonBefore(line, sh); ok {
			return e, true
		}
		if at(yaml.MappingNode) >= 0 {
			return r.blamePrevious(line, col, frames, yaml.MappingNode)
		}
		if e, ok := r.blamePrevious(line, col, frames, yaml.MappingNode); ok {
			return e, true
		}
		if i := at(yaml.SequenceNode); i >= 0 {
			item := lastItem(frames[i].node)
			switch {
			case item == nil || item.Kind != yaml.MappingNode:
			case len(item.Content) == 2 && item.Content[0].Line == r.lastContent(line) && sh.indent >= 2 && r.agree(line, sh):
				// An item of one line, its "- " where its keys are:
				// the "- " is out of line.
				first := item.Content[0].Line
				return r.badIndent(first, indentOf(r.lines[first-1]), sh.indent-2, frames[i].what), true
			case hasKey(item, key) || key == "id":
				return r.missingDash(line, sh), true
			}
		}
		i := nearest(yaml.MappingNode, func(f frame) bool { return hasField(f.shape, key) && !hasKey(f.node, key) })
		if i < 0 {
			i = nearest(yaml.MappingNode, nil)
		}
		if i >= 0 {
			if e, ok := r.blameFirst(line, sh, frames, i); ok {
				return e, true
			}
			return r.badIndent(line, sh.indent, frames[i].col-1, frames[i].what), true
		}
	default:
		if e, ok := r.blamePrevious(line, col, frames, yaml.MappingNode); ok {
			return e, true
		}
		if e, ok := r.textUnderKey(line, sh, frames); ok {
			return e, true
		}
		if at(yaml.SequenceNode) >= 0 {
			return r.missingDash(line, sh), true
		}
		if i := at(yaml.MappingNode); i >= 0 {
			return r.missingColon(line, sh, &frames[i]), true
		}
	}
	return explanation{}, false
}

// colonBefore: a key: value line follows a line of plain text that starts
// where its key does, and that starts with a word and a space: that line
// was a key: value too, without its ': '.
func (r *recovery) colonBefore(line int, sh lineShape) (explanation, bool) {
	q := r.lastContent(line)
	if q < 1 {
		return explanation{}, false
	}
	qs := newLineScanner().scan(r.lines[q-1])
	text := r.lines[q-1]
	if qs.key >= 0 || qs.inner || !qs.plain || qs.body != sh.indent || qs.body >= qs.end {
		return explanation{}, false
	}
	word := bytes.IndexAny(text[qs.body:qs.end], " \t")
	if word <= 0 || !slug().Match(text[qs.body:qs.body+word]) {
		return explanation{}, false
	}
	return r.missingColon(q, qs, nil), true
}

// blamePrevious: the line before line is a key: value of the innermost
// mapping whose key is none of that mapping's, but one of another mapping
// open there: an outer one, or one closed just before it, at the
// indentation of line when kind is the kind of line (a key or an item).
// The line before is the one indented wrongly.
func (r *recovery) blamePrevious(line, col int, frames []frame, kind yaml.Kind) (explanation, bool) {
	mi := -1
	for i, f := range frames {
		if f.node.Kind == yaml.MappingNode {
			mi = i
		}
	}
	if mi < 0 {
		return explanation{}, false
	}
	m := frames[mi]
	c := m.node.Content
	if len(c) < 2 || m.shape == nil {
		return explanation{}, false
	}
	qk, qv := c[len(c)-2], c[len(c)-1]
	if qv.Line != qk.Line || r.lastContent(line) < qk.Line || hasField(m.shape, qk.Value) {
		return explanation{}, false
	}
	fits := func(f frame) bool {
		return f.node.Kind == yaml.MappingNode && hasField(f.shape, qk.Value) && !hasKey(f.node, qk.Value)
	}
	if len(c) >= 4 {
		closed := r.cols(descend(valueFrame(m.shape, c[len(c)-4].Value, c[len(c)-3]), nil))
		for i, f := range closed {
			if f.node.Kind != kind || f.col != col {
				continue
			}
			for _, g := range closed[i:] {
				if fits(g) {
					return r.badIndent(qk.Line, indentOf(r.lines[qk.Line-1]), g.col-1, g.what), true
				}
			}
		}
	}
	if len(c) >= 4 {
		// The key before has no value: the line was meant under it.
		pk, pv := c[len(c)-4], c[len(c)-3]
		if pv.Kind == yaml.ScalarNode && pv.Tag == "!!null" && pv.Line == pk.Line {
			under := valueFrame(m.shape, pk.Value, &yaml.Node{Kind: yaml.MappingNode})
			if (hasField(under.shape, qk.Value) || strings.HasPrefix(pk.Value, extensionPrefix)) && col > m.col {
				return r.badIndent(qk.Line, indentOf(r.lines[qk.Line-1]), col-1, under.what), true
			}
		}
	}
	for i := mi - 1; i >= 0; i-- {
		if fits(frames[i]) {
			return r.badIndent(qk.Line, indentOf(r.lines[qk.Line-1]), frames[i].col-1, frames[i].what), true
		}
	}
	return explanation{}, false
}

// blameFirst: line is out of line with the one entry so far of frame i,
// whose first line sets where its entries go. When the lines after agree
// with line, or line is indented two more than the frame's parent and the
// first entry is not, the first entry is the one out of line: it and the
// lines of its block are indented as line.
func (r *recovery) blameFirst(line int, sh lineShape, frames []frame, i int) (explanation, bool) {
	f := frames[i]
	n := f.node
	if len(n.Content) != 1 && !(n.Kind == yaml.MappingNode && len(n.Content) == 2) {
		return explanation{}, false
	}
	first := n.Content[0].Line
	if first >= line || first < 1 {
		return explanation{}, false
	}
	expected := 0
	if i > 0 {
		expected = frames[i-1].col - 1 + 2
	}
	next, ok := r.nextSibling(line, sh.indent)
	agree := ok && next.indent == sh.indent && (next.dash == next.indent) == (sh.dash == sh.indent) && (next.dash == next.indent || next.key >= 0)
	if !agree && !(sh.indent == expected && f.col-1 != expected) {
		return explanation{}, false
	}
	delta := sh.indent + 1 - f.col
	indent := indentOf(r.lines[first-1])
	what := f.what
	if n.Kind == yaml.MappingNode && f.col-1 > indent && i > 0 {
		what = frames[i-1].what // the first key is on the line of the item's "- "
	}
	if indent+delta < 0 {
		return explanation{}, false
	}
	return syntaxError(Pos{first, indent + 1}, func(r *recovery) bool {
		for l := first; l < line; l++ {
			if t := r.lines[l-1]; len(bytes.TrimSpace(t)) > 0 {
				r.reindent(l, max(0, indentOf(t)+delta))
			}
		}
		r.touch(first, line-1)
		return true
	}, vocab.SyntaxBadIndentation, first, spaces(indent), what, indent+delta), true
}

// itemKeys lists the keys of the item a "- " line starts: the key on its
// line and those of the lines after it indented as the first of them
// (which may be the dash's own indentation, when the dash is what is out
// of line).
func (r *recovery) itemKeys(line int, sh lineShape) []string {
	var keys []string
	if k := keyOf(r.lines[line-1], sh); k != "" {
		keys = append(keys, k)
	}
	indent := -1
	for l := line + 1; l <= len(r.lines) && len(keys) < 20; l++ {
		t := r.lines[l-1]
		if len(bytes.TrimSpace(t)) == 0 {
			continue
		}
		next := newLineScanner().scan(t)
		if indent < 0 {
			indent = next.indent
			// Only an item with a key on its line may have its other
			// keys at the dash's indentation: the dash is then what is
			// out of line.
			if indent < sh.indent || indent == sh.indent && len(keys) == 0 || next.dash == next.indent && indent <= sh.indent {
				break
			}
		}
		if next.indent < indent || next.dash == next.indent && next.indent <= indent {
			break
		}
		if k := keyOf(t, next); next.indent == indent && k != "" {
			keys = append(keys, k)
		}
	}
	return keys
}

// listFor picks, among the lists open at a "- " line, the one its item
// belongs to: the one whose items have the most of its keys; of those, the
// one nearest col (the deeper of two as near), or the deepest when col is
// 0 (unknown: a tab).
func listFor(frames []frame, keys []string, col int) int {
	fit := func(f frame) int {
		n := 0
		if f.shape != nil && f.shape.Items != nil {
			for _, k := range keys {
				if hasField(f.shape.Items, k) {
					n++
				}
			}
		}
		return n
	}
	best, at := -1, -1
	for i, f := range frames {
		if f.node.Kind != yaml.SequenceNode {
			continue
		}
		switch n := fit(f); {
		case n > best, n == best && (col == 0 || abs(f.col-col) <= abs(frames[at].col-col)):
			best, at = n, i
		}
	}
	return at
}

// textUnderKey: line is text under a key: | or key: > line, indented no
// more than that key, so YAML reads it as no text of the key's. Either
// the key is out of line with the keys around it (the first key of its
// mapping, where the ones after it are indented less), or the text is.
func (r *recovery) textUnderKey(line int, sh lineShape, frames []frame) (explanation, bool) {
	if sh.key >= 0 || len(frames) == 0 {
		return explanation{}, false
	}
	q := line - 1
	for ; q >= 1; q-- {
		t := r.lines[q-1]
		if len(bytes.TrimSpace(t)) == 0 {
			continue
		}
		if qs := newLineScanner().scan(t); qs.key >= 0 || qs.indent != sh.indent {
			break
		}
	}
	if q < 1 {
		return explanation{}, false
	}
	qt := r.lines[q-1]
	qs := newLineScanner().scan(qt)
	v := bytes.TrimSpace(qt[max(qs.value, 0):qs.end])
	if qs.key < 0 || qs.value < 0 || len(v) == 0 || (v[0] != '|' && v[0] != '>') || qs.body < sh.indent {
		return explanation{}, false
	}
	// The mapping of the key, and what its keys' indentation should be.
	for i := len(frames) - 1; i >= 0; i-- {
		f := frames[i]
		if f.node.Kind != yaml.MappingNode || f.col-1 != qs.body || len(f.node.Content) != 2 {
			continue
		}
		expected := 0
		if i > 0 {
			expected = frames[i-1].col - 1 + 2
		}
		next, ok := r.nextSibling(line, sh.indent-1)
		if ok && next.key >= 0 && next.indent < qs.body && next.indent >= expected {
			expected = next.indent
		} else if expected >= qs.body {
			break
		}
		return r.badIndent(q, indentOf(qt), expected, f.what), true
	}
	indent := qs.body
	return syntaxError(Pos{line, sh.indent + 1}, func(r *recovery) bool {
		last := line
		for l := line; l <= len(r.lines); l++ {
			t := r.lines[l-1]
			if len(bytes.TrimSpace(t)) == 0 {
				continue
			}
			if ls := newLineScanner().scan(t); ls.indent != sh.indent || ls.key >= 0 {
				break
			}
			r.reindent(l, indent+2)
			last = l
		}
		r.touch(line, last)
		return true
	}, vocab.SyntaxTextIndent, quote(keyOf(qt, qs)), spaces(indent)), true
}

// agree reports whether the key: value line after line is indented as
// line is.
func (r *recovery) agree(line int, sh lineShape) bool {
	next, ok := r.nextSibling(line, sh.indent)
	return ok && next.indent == sh.indent && next.key >= 0 && next.dash < 0
}

// nextSibling is the shape of the first line after line that is neither
// blank nor indented more than indent.
func (r *recovery) nextSibling(line, indent int) (lineShape, bool) {
	s := newLineScanner()
	s.scan(r.lines[line-1])
	for l := line; l < len(r.lines); l++ {
		inner := s.quote != 0 || len(s.flow) > 0
		sh := s.scan(r.lines[l])
		if !inner && !sh.inner && !sh.blank && sh.indent <= indent {
			return sh, true
		}
	}
	return lineShape{}, false
}

// dashBefore: a "- " item at indent follows a value written on a line of
// its own under its key, indented more than the item: that value was the
// first item of the list, written without its "- ".
func (r *recovery) dashBefore(line, indent int, frames []frame) (explanation, bool) {
	for i := len(frames) - 1; i >= 0; i-- {
		m := frames[i].node
		if m.Kind != yaml.MappingNode || len(m.Content) < 2 || frames[i].col-1 > indent {
			continue
		}
		k, v := m.Content[len(m.Content)-2], m.Content[len(m.Content)-1]
		if v.Line <= k.Line || v.Line >= line || v.Kind == yaml.SequenceNode || v.Column-1 < indent+2 {
			return explanation{}, false
		}
		first := r.lines[v.Line-1]
		if len(bytes.TrimLeft(first[:min(len(first), v.Column-1)], " ")) != 0 {
			return explanation{}, false
		}
		l := v.Line
		return syntaxError(Pos{l, v.Column}, func(r *recovery) bool {
			t := r.lines[l-1]
			out := append(bytes.Repeat([]byte(" "), indent), "- "...)
			out = append(append(out, bytes.Repeat([]byte(" "), v.Column-1-indent-2)...), t[v.Column-1:]...)
			r.lines[l-1] = out
			r.touch(l, line-1)
			return true
		}, vocab.SyntaxMissingDash), true
	}
	return explanation{}, false
}

// nextContent is the first line after line that is not blank or a
// comment, or 0.
func (r *recovery) nextContent(line int) int {
	for l := line + 1; l <= len(r.lines); l++ {
		t := bytes.TrimSpace(r.lines[l-1])
		if len(t) > 0 && t[0] != '#' {
			return l
		}
	}
	return 0
}

// lastContent is the last line before line that is not blank or a comment.
func (r *recovery) lastContent(line int) int {
	for l := line - 1; l >= 1; l-- {
		t := bytes.TrimSpace(r.lines[l-1])
		if len(t) > 0 && t[0] != '#' {
			return l
		}
	}
	return 0
}

// badIndent: line is indented indent spaces where its siblings are
// indented target. It is indented as they are.
func (r *recovery) badIndent(line, indent, target int, what vocab.Word) explanation {
	return syntaxError(Pos{line, indent + 1}, func(r *recovery) bool {
		r.reindent(line, target)
		// Its first line under it may now be out of line: the repair's
		// doing. An error further in is the file's.
		end := line
		if next := r.nextContent(line); next > 0 && next <= r.blockAfter(line, max(indent, target)) {
			end = next
		}
		r.touch(line, end)
		return true
	}, vocab.SyntaxBadIndentation, line, spaces(indent), what, target)
}

// spaces says a number of spaces.
func spaces(n int) vocab.Phrase {
	if n == 1 {
		return vocab.Say(vocab.OneSpace)
	}
	return vocab.Say(vocab.Spaces, n)
}

// missingDash: an item of a list without its "- ". The dash is put in, and
// the lines of the item after it are indented along.
func (r *recovery) missingDash(line int, sh lineShape) explanation {
	return syntaxError(Pos{line, sh.indent + 1}, func(r *recovery) bool {
		text := r.lines[line-1]
		out := append(bytes.Clone(text[:sh.indent]), "- "...)
		r.setLine(line, append(out, text[sh.indent:]...), colShift{at: sh.indent + 2, by: 2})
		last := line
		if sh.key >= 0 {
			for l := line + 1; l <= len(r.lines); l++ {
				t := r.lines[l-1]
				if len(bytes.TrimSpace(t)) == 0 {
					continue
				}
				next := newLineScanner().scan(t)
				if next.indent < sh.indent || next.indent == sh.indent && next.dash == next.indent {
					break
				}
				r.reindent(l, next.indent+2)
				last = l
			}
		}
		r.touch(line, last)
		return true
	}, vocab.SyntaxMissingDash)
}

// missingColon: a line of text where a key: value belongs. When it starts
// with a key of the mapping, the ': ' is put in after it; otherwise the
// line is set aside.
func (r *recovery) missingColon(line int, sh lineShape, m *frame) explanation {
	return syntaxError(Pos{line, column(r.lines[line-1], sh.body)}, func(r *recovery) bool {
		text := r.lines[line-1]
		end := sh.body
		for end < len(text) && !isSpace(text[end]) {
			end++
		}
		if m != nil && !hasField(m.shape, string(text[sh.body:end])) {
			rep := r.newRepair(line)
			rep.level = valueAside
			return r.escalate(rep)
		}
		out := append(bytes.Clone(text[:end]), ':')
		r.setLine(line, append(out, text[end:]...), colShift{at: column(text, end), by: 1})
		if value := end + len(text[end:]) - len(bytes.TrimLeft(text[end:], " \t")); value < len(text) {
			r.setAside(Pos{line, column(text, value) + 1}, text[value:])
		}
		r.touch(line, line)
		return true
	}, vocab.SyntaxMissingColon)
}
