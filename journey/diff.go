package journey

import "slices"

// ChangeKind says how a phase or touchpoint differs between two versions of
// a journey.
type ChangeKind string

// The kinds of change.
const (
	Added   ChangeKind = "added"   // only in the new version
	Removed ChangeKind = "removed" // only in the old version
	Changed ChangeKind = "changed" // in both, with something different
)

// Diff is what changed from one version of a journey to another. Phases,
// touchpoints and improvements are matched by id: an id that is renamed
// counts as one item removed and another added. Only items that changed
// are listed, those of the new version first, in its order, then the
// removed ones, in the old version's order. Diff marshals to stable JSON.
type Diff struct {
	Title        *TextChange       `json:"title,omitempty"`
	Persona      *TextChange       `json:"persona,omitempty"` // the persona's name
	Scale        *ScaleChange      `json:"scale,omitempty"`
	Phases       []PhaseDiff       `json:"phases"`
	Touchpoints  []TouchpointDiff  `json:"touchpoints"`
	Improvements []ImprovementDiff `json:"improvements"`
	// Personas are the personas of personas: added, removed, or whose
	// curve changed, when either version has such a list. The emotion,
	// ideal and feeling of a touchpoint in both versions are then told
	// per persona here, not in Touchpoints.
	Personas []PersonaDiff `json:"personas,omitempty"`
}

// PersonaDiff is a persona of personas: added, removed, or changed: renamed,
// or with touchpoints whose emotion, ideal or feeling changed for it (in
// Touchpoints, which then set only those).
type PersonaDiff struct {
	ID          string           `json:"id"`
	Change      ChangeKind       `json:"change"`
	Name        string           `json:"name"` // in the new version; in the old one when removed
	Rename      *TextChange      `json:"renamed,omitempty"`
	Touchpoints []TouchpointDiff `json:"touchpoints,omitempty"`
}

// Empty reports whether nothing that Compare looks at changed.
func (d Diff) Empty() bool {
	return d.Title == nil && d.Persona == nil && d.Scale == nil && len(d.Phases) == 0 && len(d.Touchpoints) == 0 && len(d.Improvements) == 0 && len(d.Personas) == 0
}

// TextChange is a text that differs: Old in the old version, New in the
// new one. An absent text is empty.
type TextChange struct {
	Old string `json:"old"`
	New string `json:"new"`
}

// ListChange is a list of texts or ids that differs: the items only in the
// new version (Added, in its order) and only in the old one (Removed, in
// its order), each once: whether a version has an item counts, not how
// often or where. A list whose items only moved is no ListChange.
type ListChange struct {
	Added   []string `json:"added,omitempty"`
	Removed []string `json:"removed,omitempty"`
}

// ScaleChange is an emotion scale that differs, as [min, max].
type ScaleChange struct {
	Old [2]int `json:"old"`
	New [2]int `json:"new"`
}

// ValueChange is a value of the scale that differs: an emotion or an ideal.
// Old or New is nil where that version has no value (a touchpoint added or
// removed, an ideal given or taken away); Delta is New - Old when both are
// there.
type ValueChange struct {
	Old   *int `json:"old"`
	New   *int `json:"new"`
	Delta *int `json:"delta,omitempty"`
}

// PhaseRef names a phase.
type PhaseRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// PhaseDiff is a phase added, removed, or changed: renamed or placed at
// another moment.
type PhaseDiff struct {
	ID     string      `json:"id"`
	Change ChangeKind  `json:"change"`
	Name   string      `json:"name"` // in the new version; in the old one when removed
	Rename *TextChange `json:"renamed,omitempty"`
	Moment *TextChange `json:"moment,omitempty"`
}

// TouchpointDiff is a touchpoint added, removed, or changed. For an added
// or removed touchpoint, Emotion (and Ideal, when it has one) give its
// values with the other side nil, and nothing else is set. For a changed
// one, each field that is not nil tells what changed.
type TouchpointDiff struct {
	ID      string       `json:"id"`
	Change  ChangeKind   `json:"change"`
	Name    string       `json:"name"`  // in the new version; in the old one when removed
	Phase   PhaseRef     `json:"phase"` // likewise
	Emotion *ValueChange `json:"emotion,omitempty"`
	Ideal   *ValueChange `json:"ideal,omitempty"`
	Rename  *TextChange  `json:"renamed,omitempty"`
	Owner   *TextChange  `json:"owner,omitempty"`
	Channel *TextChange  `json:"channel,omitempty"`
	Feeling *TextChange  `json:"feeling,omitempty"`
	// MovedFrom is the phase it was in, when it is in another phase now.
	MovedFrom *PhaseRef `json:"movedFrom,omitempty"`
	// Thinks is the thought that changed: added (Old empty), removed
	// (New empty) or another.
	Thinks *TextChange `json:"thinks,omitempty"`
	// Pains, Gains and Evidence (ids) are the items added and removed.
	Pains    *ListChange `json:"pains,omitempty"`
	Gains    *ListChange `json:"gains,omitempty"`
	Evidence *ListChange `json:"evidence,omitempty"`
	// Details names the keys whose values changed, of thinks, pains, gains
	// and evidence, in that order: those above, and a list whose items only
	// moved.
	Details []string `json:"details,omitempty"`
}

// ImprovementDiff is an improvement added, removed, or changed. For an
// added or removed one, Impact, Effort and Status give its values with
// the other side empty, and nothing else is set. For a changed one, each
// field that is not nil tells what changed.
type ImprovementDiff struct {
	ID      string       `json:"id"`
	Change  ChangeKind   `json:"change"`
	Title   string       `json:"title"` // in the new version; in the old one when removed
	Retitle *TextChange  `json:"retitled,omitempty"`
	Status  *TextChange  `json:"status,omitempty"` // open, doing, done, dropped
	Owner   *TextChange  `json:"owner,omitempty"`
	Due     *TextChange  `json:"due,omitempty"` // YYYY-MM-DD; empty for none
	Impact  *ValueChange `json:"impact,omitempty"`
	Effort  *ValueChange `json:"effort,omitempty"`
	// Touchpoints are the ids of the touchpoints it addresses, added and
	// removed.
	Touchpoints *ListChange `json:"touchpoints,omitempty"`
}

// Compare tells what changed from old to new: the title, the persona's
// name and the scale; phases added, removed, renamed or moved to another
// moment; touchpoints added, removed, or changed in emotion, ideal, name,
// owner, channel, feeling, phase, thinks, pains, gains or evidence;
// improvements added, removed, or changed in title, status, owner, due
// date, impact, effort or touchpoints. Other keys, and the order of
// phases, of touchpoints within a phase and of improvements, are not
// compared.
func Compare(old, new *Journey) Diff {
	d := Diff{Phases: []PhaseDiff{}, Touchpoints: []TouchpointDiff{}, Improvements: []ImprovementDiff{}}
	d.Title = textChange(old.Title, new.Title)
	d.Persona = textChange(old.Persona.Name, new.Persona.Name)
	if old.Scale.Min != new.Scale.Min || old.Scale.Max != new.Scale.Max {
		d.Scale = &ScaleChange{Old: [2]int{old.Scale.Min, old.Scale.Max}, New: [2]int{new.Scale.Min, new.Scale.Max}}
	}

	oldPhases := map[string]*Phase{}
	for i := range old.Phases {
		oldPhases[old.Phases[i].ID] = &old.Phases[i]
	}
	newPhases := map[string]bool{}
	for i := range new.Phases {
		p := &new.Phases[i]
		newPhases[p.ID] = true
		was, ok := oldPhases[p.ID]
		if !ok {
			d.Phases = append(d.Phases, PhaseDiff{ID: p.ID, Change: Added, Name: p.Name})
			continue
		}
		pd := PhaseDiff{ID: p.ID, Change: Changed, Name: p.Name,
			Rename: textChange(was.Name, p.Name), Moment: textChange(string(was.Moment), string(p.Moment))}
		if pd.Rename != nil || pd.Moment != nil {
			d.Phases = append(d.Phases, pd)
		}
	}
	for _, p := range old.Phases {
		if !newPhases[p.ID] {
			d.Phases = append(d.Phases, PhaseDiff{ID: p.ID, Change: Removed, Name: p.Name})
		}
	}

	type placed struct {
		tp    *Touchpoint
		phase PhaseRef
	}
	index := func(j *Journey) ([]placed, map[string]placed) {
		var all []placed
		byID := map[string]placed{}
		for i := range j.Phases {
			p := &j.Phases[i]
			for k := range p.Touchpoints {
				at := placed{&p.Touchpoints[k], PhaseRef{ID: p.ID, Name: p.Name}}
				all = append(all, at)
				byID[at.tp.ID] = at
			}
		}
		return all, byID
	}
	oldAll, oldByID := index(old)
	newAll, newByID := index(new)
	for _, now := range newAll {
		was, ok := oldByID[now.tp.ID]
		if !ok {
			d.Touchpoints = append(d.Touchpoints, TouchpointDiff{ID: now.tp.ID, Change: Added, Name: now.tp.Name, Phase: now.phase,
				Emotion: valueChange(nil, &now.tp.Emotion), Ideal: valueChange(nil, now.tp.Ideal)})
			continue
		}
		if td, changed := compareTouchpoint(was.tp, now.tp, was.phase, now.phase); changed {
			d.Touchpoints = append(d.Touchpoints, td)
		}
	}
	for _, was := range oldAll {
		if _, ok := newByID[was.tp.ID]; !ok {
			d.Touchpoints = append(d.Touchpoints, TouchpointDiff{ID: was.tp.ID, Change: Removed, Name: was.tp.Name, Phase: was.phase,
				Emotion: valueChange(&was.tp.Emotion, nil), Ideal: valueChange(was.tp.Ideal, nil)})
		}
	}
	d.Improvements = compareImprovements(old.Improvements, new.Improvements)
	if len(old.Personas) > 0 || len(new.Personas) > 0 {
		d.Personas = comparePersonas(old, new)
	}
	if len(old.Personas) > 0 && len(new.Personas) > 0 {
		// How each persona feels is told per persona.
		kept := d.Touchpoints[:0]
		for _, td := range d.Touchpoints {
			if td.Change == Changed {
				td.Emotion, td.Ideal, td.Feeling = nil, nil, nil
				if !td.changed() {
					continue
				}
			}
			kept = append(kept, td)
		}
		d.Touchpoints = kept
	}
	return d
}

// compareImprovements lists the improvements added, removed and changed.
func compareImprovements(old, new []Improvement) []ImprovementDiff {
	diffs := []ImprovementDiff{}
	oldByID := map[string]*Improvement{}
	for i := range old {
		oldByID[old[i].ID] = &old[i]
	}
	newIDs := map[string]bool{}
	for i := range new {
		now := &new[i]
		newIDs[now.ID] = true
		was, ok := oldByID[now.ID]
		if !ok {
			diffs = append(diffs, ImprovementDiff{ID: now.ID, Change: Added, Title: now.Title,
				Status: textChange("", statusOf(now.Status)), Impact: valueChange(nil, &now.Impact), Effort: valueChange(nil, &now.Effort)})
			continue
		}
		id := ImprovementDiff{ID: now.ID, Change: Changed, Title: now.Title,
			Retitle:     textChange(was.Title, now.Title),
			Status:      textChange(statusOf(was.Status), statusOf(now.Status)),
			Owner:       textChange(was.Owner, now.Owner),
			Due:         textChange(was.Due.String(), now.Due.String()),
			Impact:      valueChange(&was.Impact, &now.Impact),
			Effort:      valueChange(&was.Effort, &now.Effort),
			Touchpoints: listChange(was.Touchpoints, now.Touchpoints),
		}
		if id.Retitle != nil || id.Status != nil || id.Owner != nil || id.Due != nil || id.Impact != nil || id.Effort != nil || id.Touchpoints != nil {
			diffs = append(diffs, id)
		}
	}
	for i := range old {
		was := &old[i]
		if !newIDs[was.ID] {
			diffs = append(diffs, ImprovementDiff{ID: was.ID, Change: Removed, Title: was.Title,
				Status: textChange(statusOf(was.Status), ""), Impact: valueChange(&was.Impact, nil), Effort: valueChange(&was.Effort, nil)})
		}
	}
	return diffs
}

// statusOf is a status as the format writes it; an improvement without
// one is open.
func statusOf(s Status) string {
	if s == "" {
		return string(Open)
	}
	return string(s)
}

// listChange is the change from the list old to new, nil when they hold
// the same items, in any order.
func listChange(old, new []string) *ListChange {
	c := &ListChange{Added: missingFrom(new, old), Removed: missingFrom(old, new)}
	if len(c.Added) == 0 && len(c.Removed) == 0 {
		return nil
	}
	return c
}

// missingFrom lists the items of list that other does not have, each
// once, in list's order.
func missingFrom(list, other []string) []string {
	var out []string
	for _, item := range list {
		if !slices.Contains(other, item) && !slices.Contains(out, item) {
			out = append(out, item)
		}
	}
	return out
}

// comparePersonas compares the personas of personas: by id: those of the
// new version in its order, then those removed. A persona in both is
// compared as it lives each version (Journey.ForPersona), on the emotion,
// ideal and feeling of the touchpoints in both.
func comparePersonas(old, new *Journey) []PersonaDiff {
	var out []PersonaDiff
	for i, p := range new.Personas {
		k := old.PersonaIndex(p.ID)
		if k < 0 {
			out = append(out, PersonaDiff{ID: p.ID, Change: Added, Name: p.Name})
			continue
		}
		pd := PersonaDiff{ID: p.ID, Change: Changed, Name: p.Name, Rename: textChange(old.Personas[k].Name, p.Name)}
		// Each as one curve, a journey of no personas list.
		was, now := old.ForPersona(k), new.ForPersona(i)
		was.Personas, now.Personas = nil, nil
		for _, td := range Compare(was, now).Touchpoints {
			if td.Change != Changed || td.Emotion == nil && td.Ideal == nil && td.Feeling == nil {
				continue
			}
			pd.Touchpoints = append(pd.Touchpoints, TouchpointDiff{ID: td.ID, Change: Changed, Name: td.Name, Phase: td.Phase,
				Emotion: td.Emotion, Ideal: td.Ideal, Feeling: td.Feeling})
		}
		if pd.Rename != nil || len(pd.Touchpoints) > 0 {
			out = append(out, pd)
		}
	}
	for _, p := range old.Personas {
		if new.PersonaIndex(p.ID) < 0 {
			out = append(out, PersonaDiff{ID: p.ID, Change: Removed, Name: p.Name})
		}
	}
	return out
}

// compareTouchpoint compares two versions of a touchpoint with the same id,
// and reports whether anything Compare looks at differs.
func compareTouchpoint(was, now *Touchpoint, wasIn, nowIn PhaseRef) (TouchpointDiff, bool) {
	td := TouchpointDiff{ID: now.ID, Change: Changed, Name: now.Name, Phase: nowIn,
		Emotion: valueChange(&was.Emotion, &now.Emotion),
		Ideal:   valueChange(was.Ideal, now.Ideal),
		Rename:  textChange(was.Name, now.Name),
		Owner:   textChange(was.Owner, now.Owner),
		Channel: textChange(was.Channel, now.Channel),
		Feeling: textChange(was.Feeling, now.Feeling),
	}
	if wasIn.ID != nowIn.ID {
		td.MovedFrom = &wasIn
	}
	td.Thinks = textChange(was.Thinks, now.Thinks)
	td.Pains = listChange(was.Pains, now.Pains)
	td.Gains = listChange(was.Gains, now.Gains)
	td.Evidence = listChange(was.Evidence, now.Evidence)
	if was.Thinks != now.Thinks {
		td.Details = append(td.Details, "thinks")
	}
	for _, l := range []struct {
		key      string
		was, now []string
	}{{"pains", was.Pains, now.Pains}, {"gains", was.Gains, now.Gains}, {"evidence", was.Evidence, now.Evidence}} {
		if !slices.Equal(l.was, l.now) {
			td.Details = append(td.Details, l.key)
		}
	}
	return td, td.changed()
}

// changed reports whether a changed touchpoint has anything that changed.
func (td TouchpointDiff) changed() bool {
	return td.Emotion != nil || td.Ideal != nil || td.Rename != nil || td.Owner != nil ||
		td.Channel != nil || td.Feeling != nil || td.MovedFrom != nil || len(td.Details) > 0
}

// textChange is the change from old to new, nil when they are the same.
func textChange(old, new string) *TextChange {
	if old == new {
		return nil
	}
	return &TextChange{Old: old, New: new}
}

// valueChange is the change from old to new, either of which may be
// missing; nil when they are the same, or both missing.
func valueChange(old, new *int) *ValueChange {
	switch {
	case old == nil && new == nil:
		return nil
	case old != nil && new != nil && *old == *new:
		return nil
	}
	c := &ValueChange{}
	if old != nil {
		v := *old
		c.Old = &v
	}
	if new != nil {
		v := *new
		c.New = &v
	}
	if old != nil && new != nil {
		delta := *new - *old
		c.Delta = &delta
	}
	return c
}
