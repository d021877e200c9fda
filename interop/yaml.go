package interop

import (
	"bytes"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"go.yaml.in/yaml/v3"
)

// Imported is a journey read from another tool's file, with what the
// model has no place for, which the YAML keeps under x- keys (which
// journeymap ignores).
type Imported struct {
	Journey *journey.Journey
	// From names the file it came from in the comment at the top of the
	// YAML: "journey.mmd".
	From string
	// AccTitle is a Mermaid diagram's accTitle, kept as x-acc-title.
	AccTitle string
	// Actors holds, by touchpoint id, the actors of a Mermaid task after
	// the first (which is the owner), kept as x-actors.
	Actors map[string][]string
	// Added lists the ids of the evidence an import added to complete.
	Added map[string]bool
}

// YAML writes the imported journey as a journey file: commented in the
// journey's language, keys in the order of docs/format.md, every scalar
// quoted where YAML would read it as something else, and the same bytes
// for the same journey. Fields the journey does not have are left out.
func YAML(w io.Writer, im *Imported) error {
	j := im.Journey
	l := j.Lang
	doc := &mapping{}
	doc.text("title", j.Title)
	if im.AccTitle != "" {
		doc.add("x-acc-title", str(im.AccTitle)).HeadComment = l.Word(vocab.YAMLAccTitle)
	}
	doc.text("lang", string(j.Lang))
	switch {
	case j.Persona.About != "":
		p := &mapping{}
		p.text("name", j.Persona.Name)
		p.text("about", j.Persona.About)
		doc.add("persona", p.node())
	case j.Persona.Name != "":
		doc.text("persona", j.Persona.Name)
	}
	if len(j.Personas) > 0 {
		list := &yaml.Node{Kind: yaml.SequenceNode}
		for _, p := range j.Personas {
			m := &mapping{}
			m.text("id", p.ID)
			m.text("name", p.Name)
			m.text("about", p.About)
			list.Content = append(list.Content, m.node())
		}
		doc.add("personas", list)
	}
	doc.text("scenario", j.Scenario)
	if j.Goals != (journey.Goals{}) {
		g := &mapping{}
		g.text("customer", j.Goals.Customer)
		g.text("business", j.Goals.Business)
		doc.add("goals", g.node())
	}
	doc.add("scale", flow(num(j.Scale.Min), num(j.Scale.Max)))
	if !j.Reviewed.IsZero() {
		doc.add("reviewed", plain(j.Reviewed.String()))
	}
	if j.Loop {
		doc.add("loop", plain("true"))
	}
	if j.Competitor {
		doc.add("competitor", plain("true"))
	}
	if j.Moments != (journey.MomentNames{}) {
		m := &mapping{}
		m.text("before", j.Moments.Before)
		m.text("during", j.Moments.During)
		m.text("after", j.Moments.After)
		doc.add("moments", m.node())
	}
	if len(j.Evidence) > 0 {
		list := &yaml.Node{Kind: yaml.SequenceNode}
		for _, e := range j.Evidence {
			m := &mapping{}
			m.text("id", e.ID)
			m.text("kind", string(e.Kind))
			if !e.Date.IsZero() {
				m.add("date", plain(e.Date.String()))
			}
			m.text("source", e.Source)
			n := m.node()
			if im.Added[e.ID] {
				n.HeadComment = l.Word(vocab.YAMLEvidenceToComplete)
			}
			list.Content = append(list.Content, n)
		}
		doc.add("evidence", list)
	}
	phases := &yaml.Node{Kind: yaml.SequenceNode}
	for _, p := range j.Phases {
		m := &mapping{}
		m.text("id", p.ID)
		m.text("name", p.Name)
		m.text("moment", string(p.Moment))
		m.text("scenario", p.Scenario)
		if len(p.Touchpoints) > 0 {
			tps := &yaml.Node{Kind: yaml.SequenceNode}
			for _, t := range p.Touchpoints {
				tps.Content = append(tps.Content, touchpointNode(t, j.Personas, im.Actors[t.ID], l))
			}
			m.add("touchpoints", tps)
		}
		phases.Content = append(phases.Content, m.node())
	}
	doc.add("phases", phases)

	root := doc.node()
	root.Content[0].HeadComment = l.Format(vocab.YAMLImportedFrom, im.From) + "\n" + l.Word(vocab.YAMLCheckIt)
	data, err := encodeYAML(root)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// encodeYAML writes a document, indented by 2, with the characters beyond
// U+FFFF (emoji, some CJK) as they are. The encoder would write each as a
// \U escape in a quoted scalar, which no one reads: so each is written as
// a character of the private use area that the document does not hold,
// which the encoder writes as it is, and swapped back after.
func encodeYAML(root *yaml.Node) ([]byte, error) {
	used := map[rune]bool{}
	var wide []rune
	walkText(root, func(s *string) {
		for _, r := range *s {
			if r > 0xFFFF && !used[r] {
				wide = append(wide, r)
			}
			used[r] = true
		}
	})
	swap := map[rune]rune{}
	var back []string
	for p := rune(0xE000); p <= 0xF8FF && len(swap) < len(wide); p++ {
		if !used[p] {
			r := wide[len(swap)]
			swap[r] = p
			back = append(back, string(p), string(r))
		}
	}
	if len(swap) > 0 {
		walkText(root, func(s *string) {
			*s = strings.Map(func(r rune) rune {
				if p, ok := swap[r]; ok {
					return p
				}
				return r
			}, *s)
		})
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return []byte(strings.NewReplacer(back...).Replace(buf.String())), nil
}

// walkText calls f with the value and the comments of every node of n.
func walkText(n *yaml.Node, f func(*string)) {
	for _, s := range []*string{&n.Value, &n.HeadComment, &n.LineComment, &n.FootComment} {
		f(s)
	}
	for _, c := range n.Content {
		walkText(c, f)
	}
}

// touchpointNode is the mapping of one touchpoint.
//
// Of a journey of several personas, emotion, ideal and feeling are one
// value when every persona has it, else a mapping per persona id.
func touchpointNode(t journey.Touchpoint, personas []journey.Persona, actors []string, l vocab.Lang) *yaml.Node {
	m := &mapping{}
	m.text("id", t.ID)
	m.text("name", t.Name)
	m.text("channel", t.Channel)
	m.text("owner", t.Owner)
	if len(actors) > 0 {
		m.add("x-actors", texts(actors, true)).HeadComment = l.Word(vocab.YAMLActors)
	}
	if len(t.Moods) > 0 && len(t.Moods) == len(personas) {
		moods(m, t.Moods, personas)
	} else {
		m.add("emotion", num(t.Emotion))
		if t.Ideal != nil {
			m.add("ideal", num(*t.Ideal))
		}
		m.text("feeling", t.Feeling)
	}
	m.text("thinks", t.Thinks)
	if len(t.Pains) > 0 {
		m.add("pains", texts(t.Pains, false))
	}
	if len(t.Gains) > 0 {
		m.add("gains", texts(t.Gains, false))
	}
	if len(t.Evidence) > 0 {
		m.add("evidence", texts(t.Evidence, true))
	}
	return m.node()
}

// mapping builds a mapping node key by key, in order.
type mapping struct{ content []*yaml.Node }

// add appends key: value and returns the key's node, for a comment.
func (m *mapping) add(key string, value *yaml.Node) *yaml.Node {
	k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}
	m.content = append(m.content, k, value)
	return k
}

// text appends key: s, unless s is empty.
func (m *mapping) text(key, s string) {
	if s != "" {
		m.add(key, str(s))
	}
}

func (m *mapping) node() *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Content: m.content}
}

// str is a text scalar: the encoder quotes it where YAML would read it as
// a number, a boolean, a date or null, and writes text of several lines
// as a literal block. Text that YAML 1.1 alone reads otherwise (yes, on,
// N as booleans, 1:20 as a number), which the encoder writes plain, is
// quoted here.
func str(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	switch {
	case bytes.ContainsRune([]byte(s), '\n'):
		n.Style = yaml.LiteralStyle
	case reYAML11.MatchString(s):
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// reYAML11 matches the booleans and the numbers in base 60 of YAML 1.1.
var reYAML11 = regexp.MustCompile(`^(?:[yYnN]|[yY]es|YES|[nN]o|NO|[oO]n|ON|[oO]ff|OFF|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)$`)

// plain is a scalar written as it is: a date, a boolean.
func plain(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: s} }

func num(i int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(i)}
}

// flow is a short list on one line: [1, 5].
func flow(items ...*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle, Content: items}
}

// texts is a list of texts, on one line when short is set.
func texts(items []string, short bool) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode}
	if short {
		n.Style = yaml.FlowStyle
	}
	for _, s := range items {
		n.Content = append(n.Content, str(s))
	}
	return n
}

// moods adds the emotion, ideal and feeling of every persona to a
// touchpoint's mapping: one value when all personas share it, else a
// flow mapping per persona id; an ideal or feeling that no persona has is
// left out, and a persona without one is left out of its mapping.
func moods(m *mapping, ms []journey.Mood, personas []journey.Persona) {
	value := func(key string, of func(journey.Mood) *yaml.Node) {
		nodes := make([]*yaml.Node, len(ms))
		for i, md := range ms {
			nodes[i] = of(md)
		}
		same := true
		for _, n := range nodes[1:] {
			if (n == nil) != (nodes[0] == nil) || n != nil && (n.Value != nodes[0].Value || n.Style != nodes[0].Style) {
				same = false
			}
		}
		switch {
		case same && nodes[0] == nil:
		case same:
			m.add(key, nodes[0])
		default:
			per := &mapping{}
			for i, n := range nodes {
				if n != nil {
					per.add(personas[i].ID, n)
				}
			}
			n := per.node()
			n.Style = yaml.FlowStyle
			m.add(key, n)
		}
	}
	value("emotion", func(md journey.Mood) *yaml.Node { return num(md.Emotion) })
	value("ideal", func(md journey.Mood) *yaml.Node {
		if md.Ideal == nil {
			return nil
		}
		return num(*md.Ideal)
	})
	value("feeling", func(md journey.Mood) *yaml.Node {
		if md.Feeling == "" {
			return nil
		}
		return str(md.Feeling)
	})
}
