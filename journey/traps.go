package journey

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/journeymap/journeymap/journey/vocab"
	"go.yaml.in/yaml/v3"
)

// Traps are YAML that parses, but into something else than its writer
// meant: a comma in a {…} mapping starts a key, a ': ' in a list item
// makes it a mapping, and " #" starts a comment that drops the rest of
// the line. The walk of the document notes the nodes that may be one;
// they are looked at closer here, which is rare.
type traps struct {
	hashes []*yaml.Node // plain text with a comment after it on its line
	commas []entry      // entries of {…} mappings with no ':' and no value
	colons []entry      // list items that are a single key: value
}

// entry is the i-th key of a mapping, or the i-th item of a list.
type entry struct {
	parent *yaml.Node
	i      int
}

// note looks at a node as the walk passes it.
func (t *traps) note(n *yaml.Node) {
	switch n.Kind {
	case yaml.ScalarNode:
		if c := n.LineComment; len(c) > 1 && c[0] == '#' && !isSpace(c[1]) && c[1] != '#' {
			t.hashes = append(t.hashes, n)
		}
	case yaml.MappingNode:
		if n.Style&yaml.FlowStyle != 0 {
			for i := 2; i+1 < len(n.Content); i += 2 {
				if implicitNull(n.Content[i], n.Content[i+1]) {
					t.commas = append(t.commas, entry{n, i})
				}
			}
		}
	case yaml.SequenceNode:
		for i, item := range n.Content {
			if item.Kind == yaml.MappingNode && len(item.Content) == 2 && item.Content[0].Kind == yaml.ScalarNode &&
				item.Content[0].Style == 0 && item.Content[1].Kind == yaml.ScalarNode {
				t.colons = append(t.colons, entry{n, i})
			}
		}
	}
}

// implicitNull reports whether a key of a {…} mapping has no ':' and no
// value: its null value stands right where the key ends.
func implicitNull(k, v *yaml.Node) bool {
	return k.Kind == yaml.ScalarNode && k.Style == 0 && v.Kind == yaml.ScalarNode && v.Tag == "!!null" && v.Value == "" &&
		v.Line == k.Line && v.Column == k.Column+utf8.RuneCountInString(k.Value)
}

// check reports the traps the walk noted. Values that are reported are
// not decoded (skip), and keys made by a comma are taken out of their
// mapping, so that each mistake gives one message.
func (t *traps) check(root *yaml.Node, src []byte, skip map[*yaml.Node]bool, report, warn func(Pos, Code, vocab.Phrase)) {
	var lines [][]byte
	if len(t.hashes) > 0 || len(t.commas) > 0 {
		lines = bytes.Split(src, []byte("\n"))
	}
	for _, n := range t.hashes {
		if p, ok := hashComment(n, lines); ok {
			warn(p, CodeHashComment, vocab.Say(vocab.HashComment, quote(n.LineComment)))
		}
	}
	if len(t.commas) == 0 && len(t.colons) == 0 {
		return
	}
	frames := framesOf(root, t)
	for _, e := range t.colons {
		f, ok := frames[e.parent]
		item := e.parent.Content[e.i]
		if !ok || f.shape == nil || f.shape.Items == nil || f.shape.Items.Type != "string" || skip[item] {
			continue
		}
		k := item.Content[0]
		report(Pos{k.Line, k.Column + utf8.RuneCountInString(k.Value)}, CodeWrongType, vocab.Say(vocab.SyntaxColonInList, f.key))
		skip[item] = true
	}
	// Backwards, so that taking a key out leaves the indexes before it.
	for i := len(t.commas) - 1; i >= 0; i-- {
		e := t.commas[i]
		f, ok := frames[e.parent]
		k := e.parent.Content[e.i]
		if !ok || f.shape == nil || f.shape.Type != "object" || hasField(f.shape, k.Value) || strings.HasPrefix(k.Value, extensionPrefix) {
			continue
		}
		report(commaBefore(k, lines), CodeSyntax, vocab.Say(vocab.SyntaxFlowComma, quote(k.Value)))
		e.parent.Content = append(e.parent.Content[:e.i:e.i], e.parent.Content[e.i+2:]...)
	}
}

// hashComment finds the '#' of the comment after plain text: a comment
// right after the text, with no space after its '#', was most likely
// meant as part of the text (#2, #zucht). An ordinary comment has a
// space after its '#'; after a quote, a colon or a bracket a comment
// cuts no text.
func hashComment(n *yaml.Node, lines [][]byte) (Pos, bool) {
	c := n.LineComment
	if n.Tag != "!!str" || n.Value == "" || n.Style&^yaml.TaggedStyle != 0 {
		return Pos{}, false
	}
	words := strings.Fields(n.Value)
	last := []byte(words[len(words)-1])
	// A plain scalar over several lines ends on a later line than it starts.
	for l := n.Line; l <= len(lines) && l <= n.Line+len(words); l++ {
		line := lines[l-1]
		i := bytes.LastIndex(line, []byte(c))
		if i <= 0 || !isSpace(line[i-1]) {
			continue
		}
		if bytes.HasSuffix(bytes.TrimRight(line[:i], " \t"), last) {
			return Pos{l, column(line, i)}, true
		}
		return Pos{}, false
	}
	return Pos{}, false
}

// commaBefore is the position of the comma before key k, on its line, or
// of the key.
func commaBefore(k *yaml.Node, lines [][]byte) Pos {
	if k.Line <= len(lines) {
		line := lines[k.Line-1]
		at := offsetOf(line, k.Column)
		if i := bytes.LastIndexByte(line[:at], ','); i >= 0 {
			return Pos{k.Line, column(line, i)}
		}
	}
	return posOf(k)
}

// framesOf finds the shape of the lists and {…} mappings noted in t, by
// walking the document with the journey's schema.
func framesOf(root *yaml.Node, t *traps) map[*yaml.Node]frame {
	want := map[*yaml.Node]bool{}
	for _, e := range t.colons {
		want[e.parent] = true
	}
	for _, e := range t.commas {
		want[e.parent] = true
	}
	out := map[*yaml.Node]frame{}
	var walk func(f frame, depth int)
	walk = func(f frame, depth int) {
		n := f.node
		if want[n] {
			out[n] = f
		}
		if depth > MaxDepth {
			return
		}
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				walk(valueFrame(f.shape, n.Content[i].Value, n.Content[i+1]), depth+1)
			}
		case yaml.SequenceNode:
			for _, item := range n.Content {
				walk(itemFrame(f, item), depth+1)
			}
		}
	}
	walk(frame{node: root, shape: journeySchema()}, 0)
	return out
}
