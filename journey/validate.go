package journey

import (
	"slices"
	"strings"

	"github.com/journeymap/journeymap/journey/vocab"
)

// validate checks what needs the whole journey: references, emotions against
// the scale, and the advice that comes as warnings.
func validate(d *decoder, j *Journey) {
	d.reportBadIDs()
	// A misspelt persona key is reported already, as an unknown key.
	if j.Persona.Name == "" && j.Persona.Pos == (Pos{}) && len(j.Personas) == 0 && !d.personaLost && !d.misspelt["persona"] && !d.misspelt["personas"] {
		d.add(j.Pos, Warning, CodeNoPersona, vocab.NoPersona)
	}
	if !d.truncated && !d.personaLost {
		resolvePersonas(d, j)
	}
	checkMoments(d, j)
	checkColumns(d, j)
	checkReferences(d, j)
	checkOwners(d, j)
	if d.badScale {
		return // emotions cannot be checked against a scale that is wrong
	}
	for _, e := range d.emotions {
		if !j.Scale.Contains(e.value) {
			d.errorf(e.node, CodeOutOfScale, vocab.OutOfScale, e.key, e.value, j.Scale)
		}
	}
}

// checkColumns refuses a map wider than MaxTouchpoints columns: a column
// for each touchpoint, and one for each phase without touchpoints. The
// touchpoints alone are within the limit (or reported already), so an
// overflow is the empty phases' doing: it is reported at the first of them,
// wherever it stands.
func checkColumns(d *decoder, j *Journey) {
	if d.truncated {
		return // too many touchpoints is reported already
	}
	columns := 0
	var firstEmpty *Phase
	for i, p := range j.Phases {
		columns += max(1, len(p.Touchpoints))
		if len(p.Touchpoints) == 0 && firstEmpty == nil {
			firstEmpty = &j.Phases[i]
		}
	}
	if columns > MaxTouchpoints && firstEmpty != nil {
		d.add(firstEmpty.Pos, Error, CodeTooMany, vocab.EmptyPhaseColumn, quote(firstEmpty.ID), MaxTouchpoints)
	}
}

// checkReferences resolves every id written where another item must exist.
func checkReferences(d *decoder, j *Journey) {
	known := map[idKind][]string{}
	for kind, ids := range d.ids {
		for id := range ids {
			known[kind] = append(known[kind], id)
		}
	}
	for kind, ids := range d.included {
		for id := range ids {
			known[kind] = append(known[kind], id)
		}
	}
	for kind := range known {
		slices.Sort(known[kind]) // suggestions must not depend on map order
	}
	if d.truncated || d.includeFailed {
		return // items past a limit, or in a catalogue, were not read: references to them would mislead
	}
	for _, r := range d.refs {
		if r.kind == channelID && len(j.Channels) == 0 {
			continue // without a catalogue, a channel is free text
		}
		if _, ok := d.ids[r.kind][r.id]; ok || d.badIDs[r.kind][r.id] || d.included[r.kind][r.id] {
			continue
		}
		hint := d.didYouMean(r.id, known[r.kind])
		if r.kind == channelID {
			for _, c := range j.Channels {
				if strings.EqualFold(c.Name, r.id) {
					hint = vocab.Say(vocab.HintChannelName, quote(c.ID))
				}
			}
		}
		if hint == "" && len(known[r.kind]) == 0 {
			hint = vocab.Say(vocab.HintNoIDs, r.kind.word())
		}
		d.errorf(r.node, CodeUnresolved, vocab.Unresolved, r.kind.word(), quote(r.id), hint)
	}
}

// checkMoments warns when the phases do not go from before the moment the
// journey turns on, through it, to after it. A phase without a moment is
// skipped: each phase with one is compared with the last phase before it
// that has one.
func checkMoments(d *decoder, j *Journey) {
	rank := map[Moment]int{Before: 0, During: 1, After: 2}
	var prev *Phase
	for i := range j.Phases {
		cur := &j.Phases[i]
		if cur.Moment == "" {
			continue
		}
		if prev != nil && rank[cur.Moment] < rank[prev.Moment] {
			d.add(cur.Pos, Warning, CodeMomentOrder, vocab.MomentOrder, quote(cur.ID), cur.Moment, quote(prev.ID), prev.Moment)
		}
		prev = cur
	}
}
