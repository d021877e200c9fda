package journey

import (
	"github.com/journeymap/journeymap/journey/vocab"
	"go.yaml.in/yaml/v3"
)

// The rules below turn the advice of customer journey mapping into
// warnings: every improvement still to do has an owner and a deadline that
// has not passed, every touchpoint an owner, every pain point an improvement,
// every phase a touchpoint, and the journey does not end on its low. With
// Options.Strict they are errors, and two more are checked: every touchpoint
// is backed by evidence (see Journey.Backed), and the journey says when it
// was last reviewed.
//
// The rules look at the journey as a whole, so they run only on a journey
// without errors: an item that could not be decoded would make a phase look
// empty or a pain look unaddressed.

// rules checks the advice on a journey that has no errors. root is the
// document's node, used to find the line of a key the model does not keep.
//
// A competitor's journey is mapped from the outside, to compare with: it
// has no owners, evidence or improvements of ours, so only the rules about
// the journey itself apply (phase-empty, ends-low, review dates).
func rules(d *decoder, j *Journey, root *yaml.Node, opts Options) {
	at := nodeIndex{root: root}
	for i := range j.Phases {
		p := &j.Phases[i]
		if len(p.Touchpoints) == 0 {
			d.add(p.Pos, Warning, CodePhaseEmpty, vocab.PhaseEmpty, quote(p.ID))
		}
		if j.Competitor {
			continue
		}
		for k := range p.Touchpoints {
			t := &p.Touchpoints[k]
			if t.Owner == "" {
				d.add(t.Pos, Warning, CodeTouchpointNoOwner, vocab.TouchpointNoOwner, quote(t.ID))
			}
			switch {
			case !opts.Strict || j.Backed(t):
			case len(t.Evidence) == 0:
				d.add(t.Pos, Warning, CodeNoEvidence, vocab.TouchpointNoEvidence, quote(t.ID))
			default:
				d.add(t.Pos, Warning, CodeNoEvidence, vocab.TouchpointOnlyAssumed, quote(t.ID))
			}
		}
	}
	checkEnd(d, j)
	if !j.Competitor {
		checkPainPoints(d, j, &at)
		checkImprovements(d, j, &at, opts.Today)
	}
	if opts.Strict && j.Reviewed.IsZero() {
		d.add(j.Pos, Warning, CodeNoReview, vocab.NoReview)
	}
}

// checkPainPoints warns about every pain point (see Journey.PainPoints)
// that no improvement addresses: no improvement names it in its
// touchpoints. A dropped improvement counts: the pain was weighed, and the
// map shows the decision.
func checkPainPoints(d *decoder, j *Journey, at *nodeIndex) {
	addressed := map[string]bool{}
	for _, im := range j.Improvements {
		for _, id := range im.Touchpoints {
			addressed[id] = true
		}
	}
	// With several personas, a touchpoint the curves dip to is named with
	// the first persona whose curve dips there.
	whose := map[string]string{}
	if len(j.Personas) > 1 {
		for i := range j.Curves() {
			for _, t := range j.ForPersona(i).PainPoints() {
				if _, ok := whose[t.ID]; !ok {
					whose[t.ID] = j.Personas[i].ID
				}
			}
		}
	}
	for _, t := range j.AllPainPoints() {
		if addressed[t.ID] {
			continue
		}
		if len(t.Pains) > 0 {
			pos := t.Pos
			if k, _ := at.key(d, t.Pos, "pains"); k != nil {
				pos = posOf(k)
			}
			d.add(pos, Warning, CodePainUnaddressed, vocab.PainsUnaddressed, quote(t.ID), t.ID)
			continue
		}
		if p, ok := whose[t.ID]; ok {
			d.add(t.Pos, Warning, CodePainUnaddressed, vocab.PainPointUnaddressedFor, quote(t.ID), quote(p), t.Emotion, t.ID)
			continue
		}
		d.add(t.Pos, Warning, CodePainUnaddressed, vocab.PainPointUnaddressed, quote(t.ID), t.Emotion, t.ID)
	}
}

// checkEnd warns when the journey ends on its lowest emotion: people
// remember the peak and the end of an experience, so a journey should end
// on a positive peak.
// In a journey of several personas, each curve is weighed against its own
// lowest emotion, and the one warning names every persona whose curve
// ends there.
func checkEnd(d *decoder, j *Journey) {
	all := j.Touchpoints()
	if len(all) < 2 {
		return
	}
	last := all[len(all)-1]
	if len(j.Personas) < 2 {
		if endsLow(j) {
			d.add(last.Pos, Warning, CodeEndsLow, vocab.EndsLow, last.Emotion, quote(last.ID))
		}
		return
	}
	var low vocab.Items
	for i, p := range j.Personas {
		if pj := j.ForPersona(i); endsLow(pj) {
			low = append(low, vocab.Say(vocab.EndsLowPersona, quote(p.ID), pj.Touchpoints()[len(all)-1].Emotion))
		}
	}
	if len(low) > 0 {
		d.add(last.Pos, Warning, CodeEndsLow, vocab.EndsLowPersonas, low, quote(last.ID))
	}
}

// endsLow reports whether the curve of a journey of one curve ends on its
// lowest emotion, and its emotions are not all the same.
func endsLow(j *Journey) bool {
	all := j.Touchpoints()
	lowest, highest, _ := j.EmotionRange()
	return len(all) >= 2 && lowest < highest && all[len(all)-1].Emotion == lowest
}

// checkImprovements warns about improvements still to do (not settled)
// without an owner or a due date, and, when today is known, about those
// overdue (see Improvement.Overdue).
func checkImprovements(d *decoder, j *Journey, at *nodeIndex, today Date) {
	for i := range j.Improvements {
		im := &j.Improvements[i]
		if im.Status.Settled() {
			continue
		}
		if im.Owner == "" {
			d.add(im.Pos, Warning, CodeImprovementNoOwner, vocab.ImprovementNoOwner, quote(im.ID))
		}
		if im.Due.IsZero() {
			d.add(im.Pos, Warning, CodeImprovementNoDue, vocab.ImprovementNoDue, quote(im.ID))
			continue
		}
		if !im.Overdue(today) {
			continue
		}
		pos := im.Pos
		if _, v := at.key(d, im.Pos, "due"); v != nil {
			pos = posOf(v)
		}
		d.add(pos, Warning, CodeImprovementOverdue, vocab.ImprovementOverdue, quote(im.ID), im.Due, im.Status, today)
	}
}

// nodeIndex finds the mapping node at a position, to point a diagnostic at
// one of its keys. It is built on first use.
type nodeIndex struct {
	root *yaml.Node
	maps map[Pos]*yaml.Node
}

// key returns the key and value nodes of key in the mapping at p, following
// merge keys, or nils.
func (x *nodeIndex) key(d *decoder, p Pos, key string) (k, v *yaml.Node) {
	if x.maps == nil {
		x.maps = map[Pos]*yaml.Node{}
		x.collect(x.root)
	}
	n := x.maps[p]
	if n == nil {
		return nil, nil
	}
	for _, kv := range d.pairs(n) {
		if kv.key.Value == key {
			return kv.key, resolve(kv.value)
		}
	}
	return nil, nil
}

// collect records every mapping below n by its position. Aliases are not
// followed: the node they name is recorded where it is written.
func (x *nodeIndex) collect(n *yaml.Node) {
	if n == nil || n.Kind == yaml.AliasNode {
		return
	}
	if n.Kind == yaml.MappingNode {
		x.maps[posOf(n)] = n
	}
	for _, c := range n.Content {
		x.collect(c)
	}
}
