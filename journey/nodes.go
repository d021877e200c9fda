package journey

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/journeymap/journeymap/journey/vocab"
	"go.yaml.in/yaml/v3"
)

// parseYAML reads the one YAML document of src into a node tree. The YAML
// library checks syntax only; everything it lets pass silently (a second
// document, unknown tags, duplicate keys, alias bombs) is checked here, in
// time linear in the size of the document, and so are the traps of YAML
// that parses into something else than was meant (traps.go).
//
// After a syntax error it reads on (recover.go): the recovery it returns
// holds the syntax errors, and settles the other diagnostics (see
// recovery.finish). It returns the root node, the nodes whose values are
// not to be decoded because they were reported already (unknown tags,
// traps, values set aside), and whether there is a document to decode.
func parseYAML(file string, src []byte, report, warn func(Pos, Code, vocab.Phrase)) (*yaml.Node, map[*yaml.Node]bool, *recovery, bool) {
	rd := bytes.NewReader(src)
	dec := yaml.NewDecoder(rd)
	doc := &yaml.Node{}
	var rec *recovery
	if err := dec.Decode(doc); err != nil {
		if errors.Is(err, io.EOF) {
			report(Pos{1, 1}, CodeEmpty, vocab.Say(vocab.NoJourney))
			return nil, nil, nil, false
		}
		if _, problem := splitError(err); strings.HasPrefix(problem, "exceeded max depth") {
			// A limit, not a mistake to read on after.
			line := lineOf(src, parseTrickle(src).read-1)
			report(Pos{line, firstColumn(bytes.Split(src, []byte("\n"))[line-1])}, CodeTooDeep, vocab.Say(vocab.TooDeep, MaxDepth))
			return nil, nil, nil, false
		}
		rec = newRecovery(file, src)
		p := rec.run(parsed{err: err, read: len(src) - rd.Len()})
		if p.err != nil {
			return nil, nil, rec, false
		}
		dec, doc, src = p.dec, p.doc, rec.text()
	}
	if len(doc.Content) == 0 || (doc.Content[0].Kind == yaml.ScalarNode && doc.Content[0].Tag == "!!null") {
		if rec == nil {
			report(Pos{1, 1}, CodeEmpty, vocab.Say(vocab.NoJourney))
		}
		return nil, nil, rec, false
	}
	var second yaml.Node
	switch err := dec.Decode(&second); {
	case err == nil:
		report(Pos{second.Line, second.Column}, CodeMultiDoc, vocab.Say(vocab.SecondDocument))
		return nil, nil, rec, false
	case !errors.Is(err, io.EOF):
		// The first document parsed, so what follows it is a second one.
		report(locateAfterDocument(src), CodeMultiDoc, vocab.Say(vocab.TextAfterDocument))
		return nil, nil, rec, false
	}
	root := doc.Content[0]
	c := checker{report: report, sizes: map[*yaml.Node]*nodeSize{}}
	if nodes, depth, aliased := plainSize(root, 1); !aliased && nodes <= MaxNodes && depth <= MaxDepth {
		// Most journeys: no alias to expand, within the limits.
	} else if size := c.size(root); c.failed {
		return nil, nil, rec, false
	} else if size.nodes > MaxNodes {
		at := c.biggestAlias
		if at == nil {
			at = root
		}
		msg := vocab.Say(vocab.TooManyNodes, MaxNodes)
		if c.biggestAlias != nil {
			msg = vocab.Say(vocab.TooManyNodesAliases, MaxNodes)
		}
		report(posOf(at), CodeTooManyNodes, msg)
		return nil, nil, rec, false
	} else if size.depth > MaxDepth {
		report(posOf(c.deepest(root, 1)), CodeTooDeep, vocab.Say(vocab.TooDeep, MaxDepth))
		return nil, nil, rec, false
	}
	// Unknown tags and duplicate keys are reported, and decoding goes on so
	// that the file's other problems are reported in the same run.
	c.skip = map[*yaml.Node]bool{}
	c.walk(root)
	c.traps.check(root, src, c.skip, report, warn)
	rec.skipNulls(root, c.skip)
	return root, c.skip, rec, true
}

func posOf(n *yaml.Node) Pos { return Pos{n.Line, n.Column} }

// standardTags are the YAML tags a journey may carry, explicitly or by
// resolution. Application tags such as !include are refused.
var standardTags = map[string]bool{
	"": true, "!": true, "!!str": true, "!!int": true, "!!float": true, "!!bool": true,
	"!!null": true, "!!map": true, "!!seq": true, "!!timestamp": true, "!!merge": true,
}

// nodeSize is the expanded size of a node: its nodes once every alias is
// replaced by its anchor, and its depth.
type nodeSize struct {
	nodes, depth int
	done         bool // false while the node is being measured: a cycle
}

// checker walks each node of the document once.
type checker struct {
	report       func(Pos, Code, vocab.Phrase)
	failed       bool
	sizes        map[*yaml.Node]*nodeSize
	biggestAlias *yaml.Node
	biggest      int
	skip         map[*yaml.Node]bool // reported by walk: not to be decoded
	traps        traps               // nodes that may be traps, looked at after the walk
}

func (c *checker) fail(n *yaml.Node, code Code, msg vocab.Phrase) {
	c.report(posOf(n), code, msg)
	c.failed = true
}

// walk checks tags and keys on every node, without following aliases: each
// node is visited once. The decoder skips the keys reported here.
func (c *checker) walk(n *yaml.Node) {
	c.traps.note(n)
	if !standardTags[n.Tag] {
		c.report(posOf(n), CodeUnknownTag, vocab.Say(vocab.UnknownTag, quote(n.Tag)))
		c.skip[n] = true
	}
	if n.Kind == yaml.SequenceNode {
		c.splitItems(n)
	}
	if n.Kind == yaml.MappingNode {
		seen := make(map[string]*yaml.Node, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			switch first, dup := seen[k.Value]; {
			case k.Kind != yaml.ScalarNode:
				c.report(posOf(k), CodeWrongType, vocab.Say(vocab.KeyNotText))
			case k.Tag == "!!merge":
			case dup:
				c.report(posOf(k), CodeDuplicateKey, vocab.Say(vocab.DuplicateKey, quote(k.Value), first.Line))
			default:
				seen[k.Value] = k
			}
		}
	}
	for _, child := range n.Content {
		c.walk(child)
	}
}

// splitItems finds the items of a list whose "- " was left out: a block
// mapping in which the item's first key comes again, at the indentation
// of the item's keys. YAML reads one item with every key twice; it is
// reported once, as the missing "- ", and the item is split in two so that
// the rest is checked as the item it was meant to be.
func (c *checker) splitItems(seq *yaml.Node) {
	for i := 0; i < len(seq.Content); i++ {
		m := seq.Content[i]
		if m.Kind != yaml.MappingNode || m.Style&yaml.FlowStyle != 0 || len(m.Content) < 4 {
			continue
		}
		first := m.Content[0]
		if first.Kind != yaml.ScalarNode || first.Tag == "!!merge" {
			continue
		}
		for j := 2; j+1 < len(m.Content); j += 2 {
			k := m.Content[j]
			if k.Kind != yaml.ScalarNode || k.Value != first.Value || k.Column != first.Column || k.Line <= first.Line {
				continue
			}
			c.report(posOf(k), CodeSyntax, vocab.Say(vocab.SyntaxMissingDash))
			rest := &yaml.Node{Kind: yaml.MappingNode, Tag: m.Tag, Line: k.Line, Column: k.Column, Content: m.Content[j:]}
			m.Content = m.Content[:j:j]
			seq.Content = append(seq.Content[:i+1], append([]*yaml.Node{rest}, seq.Content[i+1:]...)...)
			break
		}
	}
}

// plainSize counts the nodes of a tree and its depth, and reports whether
// it holds an alias, in which case the counts are not final.
func plainSize(n *yaml.Node, level int) (nodes, depth int, aliased bool) {
	if n.Kind == yaml.AliasNode {
		return 0, 0, true
	}
	nodes, depth = 1, level
	for _, child := range n.Content {
		cn, cd, ca := plainSize(child, level+1)
		if ca {
			return 0, 0, true
		}
		nodes, depth = nodes+cn, max(depth, cd)
	}
	return nodes, depth, false
}

// addCapped adds, saturating at one past MaxNodes, so that the counts of
// an alias bomb do not overflow.
func addCapped(a, b int) int { return min(a+b, MaxNodes+1) }

// size measures a node with aliases expanded, memoised per node so that the
// work stays linear however often an anchor is used.
func (c *checker) size(n *yaml.Node) nodeSize {
	if s, ok := c.sizes[n]; ok {
		return *s
	}
	s := &nodeSize{}
	c.sizes[n] = s
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		if target, ok := c.sizes[n.Alias]; ok && !target.done {
			c.fail(n, CodeAliasCycle, vocab.Say(vocab.AliasCycle, n.Value))
			*s = nodeSize{nodes: 1, depth: 1, done: true}
			return *s
		}
		inner := c.size(n.Alias)
		s.nodes, s.depth = inner.nodes, inner.depth
		if inner.nodes > c.biggest {
			c.biggestAlias, c.biggest = n, inner.nodes
		}
	} else {
		s.nodes = 1
		for _, child := range n.Content {
			cs := c.size(child)
			s.nodes = addCapped(s.nodes, cs.nodes)
			s.depth = max(s.depth, cs.depth)
		}
		s.depth++
	}
	s.done = true
	return *s
}

// deepest follows the deepest path from n and returns the node at which the
// nesting first passes MaxDepth.
func (c *checker) deepest(n *yaml.Node, level int) *yaml.Node {
	for level <= MaxDepth {
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			n = n.Alias
			continue
		}
		var next *yaml.Node
		for _, child := range n.Content {
			if next == nil || c.sizes[child].depth > c.sizes[next].depth {
				next = child
			}
		}
		if next == nil {
			break
		}
		n, level = next, level+1
	}
	return n
}
