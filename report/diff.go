package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// What changed between two versions of a journey (journey.Compare), in
// three forms: a line per change for a terminal (DiffText), a table for a
// pull-request comment (DiffMarkdown), and one JSON object for tools
// (DiffJSON).

// DiffText writes a diff as text: a line per change, journey-wide changes
// first, then phases, then touchpoints; a changed touchpoint's lines start
// with its id. It names what changed by the format's keys (owner, emotion),
// as the journey file has them, and quotes texts as Go does, so that a
// line break in a label cannot break the line.
func DiffText(w io.Writer, d journey.Diff) error {
	var b strings.Builder
	if d.Title != nil {
		fmt.Fprintf(&b, "title: %s → %s\n", textValue(d.Title.Old), textValue(d.Title.New))
	}
	if d.Persona != nil {
		fmt.Fprintf(&b, "persona: %s → %s\n", textValue(d.Persona.Old), textValue(d.Persona.New))
	}
	if d.Scale != nil {
		fmt.Fprintf(&b, "scale: [%d, %d] → [%d, %d]\n", d.Scale.Old[0], d.Scale.Old[1], d.Scale.New[0], d.Scale.New[1])
	}
	for _, p := range d.Phases {
		switch p.Change {
		case journey.Added:
			fmt.Fprintf(&b, "+ added phase %s %s\n", p.ID, textValue(p.Name))
		case journey.Removed:
			fmt.Fprintf(&b, "- removed phase %s %s\n", p.ID, textValue(p.Name))
		default:
			if p.Rename != nil {
				fmt.Fprintf(&b, "phase %s: name %s → %s\n", p.ID, textValue(p.Rename.Old), textValue(p.Rename.New))
			}
			if p.Moment != nil {
				fmt.Fprintf(&b, "phase %s: moment %s → %s\n", p.ID, momentValue(p.Moment.Old), momentValue(p.Moment.New))
			}
		}
	}
	for _, t := range d.Touchpoints {
		switch t.Change {
		case journey.Added, journey.Removed:
			emotion, ideal := values(t)
			fmt.Fprintf(&b, "%s touchpoint %s %s (phase %s): emotion %s", addedOrRemoved(t.Change), t.ID, textValue(t.Name), textValue(t.Phase.Name), emotion)
			if ideal != "" {
				fmt.Fprintf(&b, ", ideal %s", ideal)
			}
			b.WriteString("\n")
			continue
		}
		if t.Emotion != nil {
			fmt.Fprintf(&b, "%s: emotion %s\n", t.ID, valueChange(t.Emotion))
		}
		if t.Ideal != nil {
			fmt.Fprintf(&b, "%s: ideal %s\n", t.ID, valueChange(t.Ideal))
		}
		for _, c := range textChanges(t) {
			fmt.Fprintf(&b, "%s: %s %s → %s\n", t.ID, c.key, textValue(c.Old), textValue(c.New))
		}
		if t.MovedFrom != nil {
			fmt.Fprintf(&b, "%s: moved from phase %s to %s\n", t.ID, textValue(t.MovedFrom.Name), textValue(t.Phase.Name))
		}
		if t.Thinks != nil {
			fmt.Fprintf(&b, "%s: thinks %s → %s\n", t.ID, textValue(t.Thinks.Old), textValue(t.Thinks.New))
		}
		for _, l := range itemChanges(t) {
			for _, item := range l.Added {
				fmt.Fprintf(&b, "%s: %s added %s\n", t.ID, l.key, itemValue(l.key, item))
			}
			for _, item := range l.Removed {
				fmt.Fprintf(&b, "%s: %s removed %s\n", t.ID, l.key, itemValue(l.key, item))
			}
		}
		if moved := reordered(t); len(moved) > 0 {
			fmt.Fprintf(&b, "%s: %s changed\n", t.ID, strings.Join(moved, ", "))
		}
	}
	for _, im := range d.Improvements {
		name := fmt.Sprintf("improvement %s %s", im.ID, textValue(im.Title))
		switch im.Change {
		case journey.Added, journey.Removed:
			impact, effort, status := improvementValues(im)
			fmt.Fprintf(&b, "%s %s: impact %s, effort %s, status %s\n", addedOrRemoved(im.Change), name, impact, effort, status)
			continue
		}
		if im.Retitle != nil {
			fmt.Fprintf(&b, "%s: title %s → %s\n", name, textValue(im.Retitle.Old), textValue(im.Retitle.New))
		}
		if im.Status != nil {
			fmt.Fprintf(&b, "%s: status %s → %s\n", name, im.Status.Old, im.Status.New)
		}
		if im.Owner != nil {
			fmt.Fprintf(&b, "%s: owner %s → %s\n", name, textValue(im.Owner.Old), textValue(im.Owner.New))
		}
		if im.Due != nil {
			fmt.Fprintf(&b, "%s: due %s → %s\n", name, dateValue(im.Due.Old), dateValue(im.Due.New))
		}
		if im.Impact != nil {
			fmt.Fprintf(&b, "%s: impact %s\n", name, valueChange(im.Impact))
		}
		if im.Effort != nil {
			fmt.Fprintf(&b, "%s: effort %s\n", name, valueChange(im.Effort))
		}
		if c := im.Touchpoints; c != nil {
			if len(c.Added) > 0 {
				fmt.Fprintf(&b, "%s: touchpoints added %s\n", name, strings.Join(c.Added, " "))
			}
			if len(c.Removed) > 0 {
				fmt.Fprintf(&b, "%s: touchpoints removed %s\n", name, strings.Join(c.Removed, " "))
			}
		}
	}
	for _, p := range d.Personas {
		switch p.Change {
		case journey.Added:
			fmt.Fprintf(&b, "+ added persona %s %s\n", p.ID, textValue(p.Name))
			continue
		case journey.Removed:
			fmt.Fprintf(&b, "- removed persona %s %s\n", p.ID, textValue(p.Name))
			continue
		}
		if p.Rename != nil {
			fmt.Fprintf(&b, "persona %s: name %s → %s\n", p.ID, textValue(p.Rename.Old), textValue(p.Rename.New))
		}
		for _, t := range p.Touchpoints {
			if t.Emotion != nil {
				fmt.Fprintf(&b, "persona %s: %s: emotion %s\n", p.ID, t.ID, valueChange(t.Emotion))
			}
			if t.Ideal != nil {
				fmt.Fprintf(&b, "persona %s: %s: ideal %s\n", p.ID, t.ID, valueChange(t.Ideal))
			}
			if t.Feeling != nil {
				fmt.Fprintf(&b, "persona %s: %s: feeling %s → %s\n", p.ID, t.ID, textValue(t.Feeling.Old), textValue(t.Feeling.New))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// itemChange is a list of a touchpoint that changed: its key in the
// format, its word, and what was added and removed.
type itemChange struct {
	key  string
	word vocab.Word
	*journey.ListChange
}

// itemChanges lists the lists of a touchpoint whose items were added or
// removed: pains, gains, evidence.
func itemChanges(t journey.TouchpointDiff) []itemChange {
	var out []itemChange
	for _, c := range []itemChange{{"pains", vocab.Pains, t.Pains}, {"gains", vocab.Gains, t.Gains}, {"evidence", vocab.Evidence, t.Evidence}} {
		if c.ListChange != nil {
			out = append(out, c)
		}
	}
	return out
}

// reordered lists the keys of a touchpoint's lists whose items only moved:
// those Details names and nothing else tells.
func reordered(t journey.TouchpointDiff) []string {
	var out []string
	for _, key := range t.Details {
		switch {
		case key == "thinks",
			key == "pains" && t.Pains != nil,
			key == "gains" && t.Gains != nil,
			key == "evidence" && t.Evidence != nil:
			continue
		}
		out = append(out, key)
	}
	return out
}

// itemValue shows an item of a list in the text form: a pain or gain
// quoted, an evidence id as it is.
func itemValue(key, item string) string {
	if key == "evidence" {
		return item
	}
	return textValue(item)
}

// dateValue shows a due date, or none.
func dateValue(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// improvementValues are the impact, effort and status of an improvement
// added or removed: those of the version it is in.
func improvementValues(im journey.ImprovementDiff) (impact, effort, status string) {
	status = im.Status.New
	if status == "" {
		status = im.Status.Old
	}
	return present(im.Impact), present(im.Effort), status
}

// addedOrRemoved marks a touchpoint added or removed in the text form.
func addedOrRemoved(c journey.ChangeKind) string {
	if c == journey.Added {
		return "+ added"
	}
	return "- removed"
}

// DiffMarkdown writes a diff as Markdown for a pull-request comment, in the
// language lang: a heading with the journey's title, a list of the
// journey-wide and phase changes, and a table of the touchpoints that
// differ. Text from the journeys is escaped as the report escapes it.
func DiffMarkdown(w io.Writer, d journey.Diff, title string, lang vocab.Lang) error {
	var b strings.Builder
	word := func(w vocab.Word) string { return lang.Word(w) }
	lower := func(w vocab.Word) string { return strings.ToLower(lang.Word(w)) }
	none := lower(vocab.None)
	md := func(s string) string {
		if s = inline(strings.TrimSpace(s)); s == "" {
			return none
		}
		return s
	}
	quote := func(s string) string {
		if strings.TrimSpace(s) == "" {
			return none
		}
		return "“" + md(s) + "”"
	}
	fmt.Fprintf(&b, "#### %s\n\n", lang.Format(vocab.DiffTitle, md(title)))
	if d.Empty() {
		b.WriteString(word(vocab.NoDifferences) + "\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	var list []string
	if d.Title != nil {
		list = append(list, fmt.Sprintf("%s: %s → %s", word(vocab.Title), quote(d.Title.Old), quote(d.Title.New)))
	}
	if d.Persona != nil {
		list = append(list, fmt.Sprintf("%s: %s → %s", word(vocab.Persona), quote(d.Persona.Old), quote(d.Persona.New)))
	}
	if d.Scale != nil {
		list = append(list, fmt.Sprintf("%s: [%d, %d] → [%d, %d]", word(vocab.Scale), d.Scale.Old[0], d.Scale.Old[1], d.Scale.New[0], d.Scale.New[1]))
	}
	for _, p := range d.Phases {
		switch p.Change {
		case journey.Added:
			list = append(list, fmt.Sprintf("%s: %s (`%s`)", word(vocab.PhaseAdded), md(p.Name), p.ID))
		case journey.Removed:
			list = append(list, fmt.Sprintf("%s: %s (`%s`)", word(vocab.PhaseRemoved), md(p.Name), p.ID))
		default:
			var what []string
			if p.Rename != nil {
				what = append(what, fmt.Sprintf("%s %s → %s", word(vocab.Renamed), quote(p.Rename.Old), quote(p.Rename.New)))
			}
			if p.Moment != nil {
				what = append(what, fmt.Sprintf("%s %s → %s", lower(vocab.Moment), momentValue(p.Moment.Old), momentValue(p.Moment.New)))
			}
			list = append(list, fmt.Sprintf("%s `%s`: %s", vocab.Capitalise(word(vocab.PhaseOne)), p.ID, strings.Join(what, "; ")))
		}
	}
	for _, s := range list {
		fmt.Fprintf(&b, "- %s\n", s)
	}
	if len(d.Touchpoints) > 0 {
		if len(list) > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "| | %s | %s | %s | %s |\n", vocab.Capitalise(word(vocab.TouchpointOne)), vocab.Capitalise(word(vocab.PhaseOne)), word(vocab.Emotion), word(vocab.OtherChanges))
		b.WriteString("| --- | --- | --- | --- | --- |\n")
		for _, t := range d.Touchpoints {
			mark, emotion := word(vocab.ChangedMark), word(vocab.Unchanged)
			var other []string
			switch t.Change {
			case journey.Added, journey.Removed:
				mark = word(vocab.AddedMark)
				if t.Change == journey.Removed {
					mark = word(vocab.RemovedMark)
				}
				var ideal string
				if emotion, ideal = values(t); ideal != "" {
					other = append(other, lower(vocab.Ideal)+" "+ideal)
				}
			default:
				if t.Emotion != nil {
					emotion = valueChange(t.Emotion)
				}
				if t.Ideal != nil {
					other = append(other, lower(vocab.Ideal)+" "+valueChange(t.Ideal))
				}
				for _, c := range textChanges(t) {
					other = append(other, fmt.Sprintf("%s %s → %s", lower(c.word), quote(c.Old), quote(c.New)))
				}
				if t.MovedFrom != nil {
					other = append(other, word(vocab.MovedFrom)+" "+quote(t.MovedFrom.Name))
				}
				if t.Thinks != nil {
					other = append(other, fmt.Sprintf("%s %s → %s", lower(vocab.Thinks), quote(t.Thinks.Old), quote(t.Thinks.New)))
				}
				for _, l := range itemChanges(t) {
					item := quote
					if l.key == "evidence" {
						item = code
					}
					other = append(other, itemsChanged(lang, lower(l.word), l.ListChange, item)...)
				}
				if moved := reordered(t); len(moved) > 0 {
					details := make([]string, len(moved))
					for i, key := range moved {
						details[i] = key
						if w, ok := keyWords[key]; ok {
							details[i] = lower(w)
						}
					}
					other = append(other, lang.Format(vocab.DetailsChanged, strings.Join(details, ", ")))
				}
			}
			fmt.Fprintf(&b, "| %s | `%s` %s | %s | %s | %s |\n", mark, t.ID, md(t.Name), md(t.Phase.Name), emotion, strings.Join(other, "; "))
		}
	}
	if len(d.Improvements) > 0 {
		if len(list) > 0 || len(d.Touchpoints) > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "| | %s | %s |\n", vocab.Capitalise(word(vocab.ImprovementOne)), word(vocab.Changes))
		b.WriteString("| --- | --- | --- |\n")
		status := func(s string) string {
			if s == "" {
				return none
			}
			return lang.Word(journey.Status(s).Word())
		}
		date := func(s string) string {
			if s == "" {
				return none
			}
			return s
		}
		for _, im := range d.Improvements {
			var changes []string
			mark := word(vocab.ChangedMark)
			switch im.Change {
			case journey.Added, journey.Removed:
				mark = word(vocab.AddedMark)
				if im.Change == journey.Removed {
					mark = word(vocab.RemovedMark)
				}
				impact, effort, s := improvementValues(im)
				changes = append(changes, lower(vocab.Impact)+" "+impact, lower(vocab.Effort)+" "+effort, lower(vocab.Status)+" "+status(s))
			default:
				if im.Retitle != nil {
					changes = append(changes, fmt.Sprintf("%s %s → %s", lower(vocab.Title), quote(im.Retitle.Old), quote(im.Retitle.New)))
				}
				if im.Status != nil {
					changes = append(changes, fmt.Sprintf("%s %s → %s", lower(vocab.Status), status(im.Status.Old), status(im.Status.New)))
				}
				if im.Owner != nil {
					changes = append(changes, fmt.Sprintf("%s %s → %s", lower(vocab.Owner), quote(im.Owner.Old), quote(im.Owner.New)))
				}
				if im.Due != nil {
					changes = append(changes, fmt.Sprintf("%s %s → %s", lower(vocab.Due), date(im.Due.Old), date(im.Due.New)))
				}
				if im.Impact != nil {
					changes = append(changes, lower(vocab.Impact)+" "+valueChange(im.Impact))
				}
				if im.Effort != nil {
					changes = append(changes, lower(vocab.Effort)+" "+valueChange(im.Effort))
				}
				if im.Touchpoints != nil {
					changes = append(changes, itemsChanged(lang, lower(vocab.TouchpointMany), im.Touchpoints, code)...)
				}
			}
			fmt.Fprintf(&b, "| %s | `%s` %s | %s |\n", mark, im.ID, md(im.Title), strings.Join(changes, "; "))
		}
	}
	// Each persona's changes: a line for one added, removed or renamed,
	// and a table of the touchpoints where it feels otherwise.
	for _, p := range d.Personas {
		b.WriteString("\n")
		switch p.Change {
		case journey.Added:
			fmt.Fprintf(&b, "- %s: %s (`%s`)\n", word(vocab.PersonaAdded), md(p.Name), p.ID)
			continue
		case journey.Removed:
			fmt.Fprintf(&b, "- %s: %s (`%s`)\n", word(vocab.PersonaRemoved), md(p.Name), p.ID)
			continue
		}
		fmt.Fprintf(&b, "**%s: %s** (`%s`)", word(vocab.Persona), md(p.Name), p.ID)
		if p.Rename != nil {
			fmt.Fprintf(&b, " · %s %s → %s", word(vocab.Renamed), quote(p.Rename.Old), quote(p.Rename.New))
		}
		b.WriteString("\n")
		if len(p.Touchpoints) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n| %s | %s | %s | %s |\n", vocab.Capitalise(word(vocab.TouchpointOne)), vocab.Capitalise(word(vocab.PhaseOne)), word(vocab.Emotion), word(vocab.OtherChanges))
		b.WriteString("| --- | --- | --- | --- |\n")
		for _, t := range p.Touchpoints {
			emotion := word(vocab.Unchanged)
			if t.Emotion != nil {
				emotion = valueChange(t.Emotion)
			}
			var other []string
			if t.Ideal != nil {
				other = append(other, lower(vocab.Ideal)+" "+valueChange(t.Ideal))
			}
			if t.Feeling != nil {
				other = append(other, fmt.Sprintf("%s %s → %s", lower(vocab.Feeling), quote(t.Feeling.Old), quote(t.Feeling.New)))
			}
			fmt.Fprintf(&b, "| `%s` %s | %s | %s | %s |\n", t.ID, md(t.Name), md(t.Phase.Name), emotion, strings.Join(other, "; "))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// itemsChanged says, in lang, which items of the list named what were
// added and which removed, each shown by item.
func itemsChanged(lang vocab.Lang, what string, c *journey.ListChange, item func(string) string) []string {
	show := func(items []string) string {
		shown := make([]string, len(items))
		for i, s := range items {
			shown[i] = item(s)
		}
		return strings.Join(shown, ", ")
	}
	var out []string
	if len(c.Added) > 0 {
		out = append(out, lang.Format(vocab.ItemsAdded, what, show(c.Added)))
	}
	if len(c.Removed) > 0 {
		out = append(out, lang.Format(vocab.ItemsRemoved, what, show(c.Removed)))
	}
	return out
}

// code shows an id in Markdown, as code.
func code(id string) string { return "`" + id + "`" }

// DiffSide names one of the two journeys of a diff in its JSON form.
type DiffSide struct {
	File  string `json:"file"` // as given; <stdin> for standard input
	Title string `json:"title"`
}

// DiffJSON writes a diff as one JSON object, indented: the two journeys,
// whether they differ, and the diff as journey.Diff marshals it.
func DiffJSON(w io.Writer, d journey.Diff, old, new DiffSide) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Old    DiffSide `json:"old"`
		New    DiffSide `json:"new"`
		Differ bool     `json:"differ"`
		journey.Diff
	}{old, new, !d.Empty(), d})
}

// textValue shows a text of a journey on one line of the text form:
// quoted, with escapes for what could break the line, or none.
func textValue(s string) string {
	if s == "" {
		return "none"
	}
	return strconv.Quote(s)
}

// number shows a value of the scale, or none.
func number(v *int) string {
	if v == nil {
		return "none"
	}
	return strconv.Itoa(*v)
}

// present shows the value of something added or removed: that of the
// version it is in.
func present(c *journey.ValueChange) string {
	if c.New != nil {
		return number(c.New)
	}
	return number(c.Old)
}

// valueChange shows a change of emotion or ideal: "-2 → 0 (+2)".
func valueChange(c *journey.ValueChange) string {
	s := number(c.Old) + " → " + number(c.New)
	if c.Delta != nil {
		d := strconv.Itoa(*c.Delta)
		if *c.Delta > 0 {
			d = "+" + d
		}
		s += " (" + d + ")"
	}
	return s
}

// values are the emotion and the ideal ("" for none) of a touchpoint added
// or removed: those of the version it is in.
func values(t journey.TouchpointDiff) (emotion, ideal string) {
	emotion = present(t.Emotion)
	if t.Ideal != nil {
		ideal = present(t.Ideal)
	}
	return emotion, ideal
}

// keyWords are the words of the keys a touchpoint's Details name.
var keyWords = map[string]vocab.Word{"thinks": vocab.Thinks, "pains": vocab.Pains, "gains": vocab.Gains, "evidence": vocab.Evidence}

// keyedChange is a text of a touchpoint that changed, with its key in the
// format and its word.
type keyedChange struct {
	key  string
	word vocab.Word
	*journey.TextChange
}

// textChanges lists the texts of a touchpoint that changed, in a fixed
// order.
func textChanges(t journey.TouchpointDiff) []keyedChange {
	var out []keyedChange
	for _, c := range []keyedChange{
		{"name", vocab.Name, t.Rename}, {"owner", vocab.Owner, t.Owner},
		{"channel", vocab.Channel, t.Channel}, {"feeling", vocab.Feeling, t.Feeling},
	} {
		if c.TextChange != nil {
			out = append(out, c)
		}
	}
	return out
}

// momentValue is a phase's moment as a diff shows it: the word of the
// format, or "–" for a phase without one.
func momentValue(m string) string {
	if m == "" {
		return noValue
	}
	return m
}
