package journey

import (
	"sync"

	"github.com/journeymap/journeymap/journey/vocab"
	"go.yaml.in/yaml/v3"
)

// The spine of a document is the chain of block mappings and lists open
// at its end: where its last line is, and where a line after it may go.
// With the journey's schema (the field tables of fields.go, as the JSON
// Schema has them), each mapping knows its keys, and what it is called:
// a touchpoint, a phase, the journey.

// frame is a block mapping or list open where a line starts: the line may
// be a key or an item among its own.
type frame struct {
	node  *yaml.Node
	col   int        // the column of its keys or of the "- " of its items (see recovery.cols)
	shape *shape     // its schema, nil when unknown
	key   string     // the key it is the value of, "" for an item or the root
	what  vocab.Word // its keys or items, in words
}

// cols sets the column of each frame: that of its first key, or of the
// "- " of its first item. (The library gives a collection with an anchor
// or a tag the position of those.)
func (r *recovery) cols(frames []frame) []frame {
	for i := range frames {
		n := frames[i].node
		frames[i].col = n.Column
		if len(n.Content) == 0 {
			continue
		}
		first := n.Content[0]
		if n.Kind == yaml.MappingNode {
			frames[i].col = first.Column
			continue
		}
		if first.Line < 1 || first.Line > len(r.lines) {
			continue
		}
		line := r.lines[first.Line-1]
		for j := offsetOf(line, first.Column) - 1; j >= 0; j-- {
			if line[j] == '-' && spaceAt(line, j+1) {
				frames[i].col = column(line, j)
				break
			}
			if !isSpace(line[j]) {
				break
			}
		}
	}
	return frames
}

// journeySchema is the shape of a journey, for knowing the keys of the
// mapping a line is in.
var journeySchema = sync.OnceValue(func() *shape { return objectShape("", journeyFields()) })

// spineOf lists the block collections open at the end of a document,
// outermost first.
func spineOf(root *yaml.Node) []frame {
	if root == nil || len(root.Content) == 0 {
		return nil
	}
	return descend(frame{node: root.Content[0], shape: journeySchema(), what: vocab.OtherKeysJourney}, nil)
}

// descend follows the last entry of each collection from f down.
func descend(f frame, out []frame) []frame {
	for len(out) <= MaxDepth {
		n := f.node
		if (n.Kind != yaml.MappingNode && n.Kind != yaml.SequenceNode) || n.Style&yaml.FlowStyle != 0 {
			break
		}
		out = append(out, f)
		c := n.Content
		switch {
		case n.Kind == yaml.MappingNode && len(c) >= 2:
			f = valueFrame(f.shape, c[len(c)-2].Value, c[len(c)-1])
		case n.Kind == yaml.SequenceNode && len(c) > 0:
			f = itemFrame(f, c[len(c)-1])
		default:
			return out
		}
	}
	return out
}

// valueFrame is the frame of n, the value of key in a mapping of shape s.
func valueFrame(s *shape, key string, n *yaml.Node) frame {
	f := frame{node: n, shape: kindOf(fieldShape(s, key), n), key: key, what: vocab.OtherKeys}
	switch {
	case n.Kind == yaml.SequenceNode:
		f.what = vocab.OtherItems
	case key == "persona":
		f.what = vocab.OtherKeysPersona
	case key == "goals":
		f.what = vocab.OtherKeysGoals
	}
	return f
}

// itemWords name the keys of the items of the lists of a journey.
var itemWords = map[string]vocab.Word{
	"channels": vocab.OtherKeysChannel, "phases": vocab.OtherKeysPhase, "touchpoints": vocab.OtherKeysTouchpoint,
	"evidence": vocab.OtherKeysEvidence, "improvements": vocab.OtherKeysImprovement,
}

// itemFrame is the frame of n, an item of the list of frame list.
func itemFrame(list frame, n *yaml.Node) frame {
	var s *shape
	if list.shape != nil {
		s = kindOf(list.shape.Items, n)
	}
	f := frame{node: n, shape: s, what: vocab.OtherKeys}
	if n.Kind == yaml.SequenceNode {
		f.what = vocab.OtherItems
	} else if w, ok := itemWords[list.key]; ok && s != nil && s.Type == "object" {
		f.what = w
	}
	return f
}

// fieldShape is the shape of the value of key in an object of shape s.
func fieldShape(s *shape, key string) *shape {
	if s == nil {
		return nil
	}
	for _, p := range s.Properties {
		if p.key == key {
			return p.shape
		}
	}
	return nil
}

// kindOf picks, of a shape with alternatives, the one of n's kind.
func kindOf(s *shape, n *yaml.Node) *shape {
	if s == nil {
		return nil
	}
	want := ""
	switch n.Kind {
	case yaml.MappingNode:
		want = "object"
	case yaml.SequenceNode:
		want = "array"
	}
	for _, alt := range append([]*shape{s}, s.OneOf...) {
		if alt.Type == want || want == "" && alt.Type != "object" && alt.Type != "array" {
			return alt
		}
	}
	return nil
}

func hasField(s *shape, key string) bool { return fieldShape(s, key) != nil }

// hasKey reports whether the mapping n has key.
func hasKey(n *yaml.Node, key string) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return true
		}
	}
	return false
}

func lastItem(n *yaml.Node) *yaml.Node {
	if len(n.Content) == 0 {
		return nil
	}
	return n.Content[len(n.Content)-1]
}
