package journey

import (
	"slices"

	"github.com/journeymap/journeymap/journey/vocab"
	"go.yaml.in/yaml/v3"
)

// A journey of several personas (personas:) gives a touchpoint's emotion,
// ideal and feeling once for all of them, or per persona id:
//
//	emotion: {sanne: 2, joost: -1}
//
// The ids are known only once the whole file is read, so the values per
// persona wait on the touchpoint (perPersona) until resolvePersonas turns
// them into a Mood per persona.

// personaValue is a value written for one persona id, or, with id "", the
// mapping that holds such values.
type personaValue struct {
	key   string     // emotion, ideal or feeling
	id    string     // the persona id; "" for the mapping itself
	node  *yaml.Node // the id's key; the mapping for id ""
	value int        // of an emotion or an ideal
	text  string     // of a feeling
}

// perPersonaShape is a value of shape s, or a mapping from persona ids to
// such values.
func perPersonaShape(s *shape) *shape {
	return oneOfShape(s, &shape{
		Description:          "One value per persona id.",
		Type:                 "object",
		PropertyNames:        idShape(),
		AdditionalProperties: s,
	})
}

// perPersona decodes the value of key at a touchpoint: one value for every
// persona, set on the touchpoint, or a mapping of a value per persona id,
// kept until the personas are known. decode reads one value into at and
// tells whether it could.
func (d *decoder) perPersona(n *yaml.Node, key string, t *Touchpoint, decode func(v *yaml.Node, at *personaValue) bool) {
	r := resolve(n)
	if r.Kind != yaml.MappingNode {
		var one personaValue
		if !decode(n, &one) {
			return
		}
		switch key {
		case "emotion":
			t.Emotion = one.value
		case "ideal":
			t.Ideal = &one.value
		case "feeling":
			t.Feeling = one.text
		}
		return
	}
	t.perPersona = append(t.perPersona, personaValue{key: key, node: r})
	for _, p := range d.pairs(r) {
		id, ok := d.slug(p.key, vocab.Say(vocab.IDOf, vocab.KindPersona))
		if !ok {
			continue
		}
		at := personaValue{key: key, id: id, node: p.key}
		if decode(p.value, &at) {
			t.perPersona = append(t.perPersona, at)
		}
	}
}

// resolvePersonas checks the personas and every value given per persona,
// and gives each touchpoint of a journey with personas: a Mood per persona.
func resolvePersonas(d *decoder, j *Journey) {
	if d.personasNode != nil && j.Persona.Pos != (Pos{}) {
		d.errorf(d.personasNode, CodePersonaConflict, vocab.PersonaAndPersonas)
	}
	ids := make([]string, len(j.Personas))
	for i, p := range j.Personas {
		ids[i] = p.ID
	}
	sorted := slices.Sorted(slices.Values(ids)) // suggestions must not depend on order
	for pi := range j.Phases {
		for ti := range j.Phases[pi].Touchpoints {
			t := &j.Phases[pi].Touchpoints[ti]
			resolveMoods(d, j, t, ids, sorted)
			t.perPersona = nil
		}
	}
}

// resolveMoods checks the values a touchpoint gives per persona and sets
// its moods: ids are the journey's persona ids in order.
func resolveMoods(d *decoder, j *Journey, t *Touchpoint, ids, sorted []string) {
	given := map[string]map[string]personaValue{} // by key, by persona id
	for _, v := range t.perPersona {
		if v.id == "" {
			given[v.key] = map[string]personaValue{}
			if len(ids) == 0 {
				d.errorf(v.node, CodeUnresolved, vocab.PerPersonaNoList, v.key)
			}
			continue
		}
		if len(ids) == 0 {
			continue // reported at the mapping
		}
		if !slices.Contains(ids, v.id) {
			if !d.badIDs[personaID][v.id] {
				d.errorf(v.node, CodeUnresolved, vocab.Unresolved, vocab.Say(vocab.KindPersona), quote(v.id), d.didYouMean(v.id, sorted))
			}
			continue
		}
		given[v.key][v.id] = v
	}
	if len(ids) == 0 {
		return
	}
	if byID, ok := given["emotion"]; ok {
		var missing []string
		for _, id := range ids {
			if _, ok := byID[id]; !ok {
				missing = append(missing, quote(id))
			}
		}
		if len(missing) > 0 {
			for _, v := range t.perPersona {
				if v.key == "emotion" && v.id == "" {
					d.errorf(v.node, CodeMissing, vocab.PersonaMissing, quote(t.ID), orList(missing))
				}
			}
		}
	}
	t.Moods = make([]Mood, len(ids))
	for i, id := range ids {
		m := Mood{Emotion: t.Emotion, Feeling: t.Feeling}
		if t.Ideal != nil {
			ideal := *t.Ideal
			m.Ideal = &ideal
		}
		if byID, ok := given["emotion"]; ok {
			m.Emotion = byID[id].value
		}
		if byID, ok := given["ideal"]; ok {
			m.Ideal = nil
			if v, ok := byID[id]; ok {
				ideal := v.value
				m.Ideal = &ideal
			}
		}
		if byID, ok := given["feeling"]; ok {
			m.Feeling = byID[id].text
		}
		t.Moods[i] = m
	}
	t.Emotion, t.Ideal, t.Feeling = t.Moods[0].Emotion, t.Moods[0].Ideal, t.Moods[0].Feeling
}
