package journey

import (
	"sync"

	"github.com/journeymap/journeymap/journey/vocab"
	"go.yaml.in/yaml/v3"
)

// The keys a journey and a catalogue both hold: what a catalogue shares
// with the journeys that include it (channels, personas, evidence,
// owners), and include itself. Each is one field, used in both.

// includeField is the list of catalogues a file includes.
func includeField() field[Journey] {
	return custom("include", "Catalogue files whose channels, personas, evidence and owners this file shares, as paths relative to it, such as ../catalogue.yaml: .yaml or .yml files inside the repository (the folder holding .git or .journeymap.yaml, else this file's folder).", false,
		arrayShape(textShape(MaxLabelRunes, true), 0, MaxIncludes), func(d *decoder, n *yaml.Node, j *Journey) {
			d.list(n, "include", MaxIncludes, func(e *yaml.Node) {
				s, ok := d.label(e, "include")
				if !ok {
					return
				}
				j.Includes = append(j.Includes, s)
				d.includes = append(d.includes, includeAt{path: s, node: resolve(e)})
			})
		})
}

func channelsField() field[Journey] {
	return custom("channels", "The catalogue of channels. When present (here or in an included catalogue), every touchpoint channel must be one of its ids.", false,
		arrayShape(objectShape(channelDoc, channelFields()), 0, MaxChannels), func(d *decoder, n *yaml.Node, j *Journey) {
			objects(d, n, "channels", MaxChannels, vocab.AChannel, channelFields(),
				func(at Pos) Channel { return Channel{Pos: at} },
				func(x Channel) { j.Channels = append(j.Channels, x) })
		})
}

func evidenceField() field[Journey] {
	return custom("evidence", "The sources the map is based on: interviews, sessions, surveys, analytics and more.", false,
		arrayShape(objectShape(evidenceDoc, evidenceFields()), 0, MaxEvidence), func(d *decoder, n *yaml.Node, j *Journey) {
			objects(d, n, "evidence", MaxEvidence, vocab.AnEvidence, evidenceFields(),
				func(at Pos) Evidence { return Evidence{Pos: at} },
				func(x Evidence) { j.Evidence = append(j.Evidence, x) })
		})
}

// ownerDoc describes an owner.
const ownerDoc = "An owner is a team or person responsible for touchpoints and improvements."

func ownersField() field[Journey] {
	return custom("owners", "The teams and people responsible. When present (here or in an included catalogue), every owner of a touchpoint or an improvement must be one of their ids or names.", false,
		arrayShape(objectShape(ownerDoc, ownerFields()), 0, MaxOwners), func(d *decoder, n *yaml.Node, j *Journey) {
			objects(d, n, "owners", MaxOwners, vocab.AnOwner, ownerFields(),
				func(at Pos) Owner { return Owner{Pos: at} },
				func(x Owner) { j.Owners = append(j.Owners, x) })
		})
}

var ownerFields = sync.OnceValue(func() []field[Owner] {
	return []field[Owner]{
		idField(ownerID, "Names the owner: what owner may write instead of the name. A slug, unique among owners.", func(o *Owner) *string { return &o.ID }),
		label("name", "The team or person, as the map shows them.", true, func(o *Owner) *string { return &o.Name }),
	}
})

// ownerField is the owner of a touchpoint or an improvement: free text,
// or, when the journey has owners, one of their ids or names, checked once
// the whole journey and its catalogues are read.
func ownerField[T any](doc string, get func(*T) *string) field[T] {
	return field[T]{key: "owner", doc: doc, shape: textShape(MaxLabelRunes, false), decode: func(d *decoder, n *yaml.Node, into *T) {
		s, ok := d.text(n, "owner", MaxLabelRunes)
		if !ok {
			return
		}
		*get(into) = s
		if !isBlank(s) {
			d.ownerRefs = append(d.ownerRefs, reference{kind: ownerID, id: s, node: resolve(n)})
		}
	}}
}

// personasShape is the list of personas: each a persona, or the id of one
// in an included catalogue.
func personasShape() *shape {
	return arrayShape(oneOfShape(
		idShape().described("The id of a persona defined in an included catalogue."),
		objectShape(personaDoc, personaListFields()),
	), 1, MaxPersonas)
}

// includeAt is a path written in include, at its node.
type includeAt struct {
	path string
	node *yaml.Node
}
