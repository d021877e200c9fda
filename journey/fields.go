package journey

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// This file is the format: every key a journey file may hold, in the order
// docs/format.md documents them, and how each value is decoded.

// label is a short required-or-optional text such as a name or an owner.
func label[T any](key string, required bool, get func(*T) *string) field[T] {
	return textField(key, required, MaxLabelRunes, get)
}

// prose is a longer optional text such as a scenario or a thought.
func prose[T any](key string, get func(*T) *string) field[T] {
	return textField(key, false, MaxTextRunes, get)
}

func textField[T any](key string, required bool, limit int, get func(*T) *string) field[T] {
	return field[T]{key: key, required: required, decode: func(d *decoder, n *yaml.Node, into *T) {
		s, ok := d.text(n, key, limit)
		if !ok {
			return
		}
		if required && isBlank(s) {
			d.errorf(resolve(n), CodeEmptyValue, "%s is empty", key)
			return
		}
		*get(into) = s
	}}
}

// labels is an optional list of short texts, such as pains or gains.
func labels[T any](key string, get func(*T) *[]string) field[T] {
	return field[T]{key: key, decode: func(d *decoder, n *yaml.Node, into *T) {
		d.list(n, key, MaxListItems, func(e *yaml.Node) {
			s, ok := d.text(e, key+" item", MaxLabelRunes)
			if !ok {
				return
			}
			if isBlank(s) {
				d.errorf(resolve(e), CodeEmptyValue, "%s item is empty", key)
				return
			}
			*get(into) = append(*get(into), s)
		})
	}}
}

// idField is the id that names an item of kind.
func idField[T any](kind idKind, get func(*T) *string) field[T] {
	return field[T]{key: "id", required: true, decode: func(d *decoder, n *yaml.Node, into *T) {
		if v, ok := d.id(n, kind); ok {
			*get(into) = v
		}
	}}
}

// refs is a list of ids that must name items of kind.
func refs[T any](key string, kind idKind, get func(*T) *[]string) field[T] {
	return field[T]{key: key, decode: func(d *decoder, n *yaml.Node, into *T) {
		d.list(n, key, MaxListItems, func(e *yaml.Node) {
			if v, ok := d.ref(e, kind, key+" item"); ok {
				*get(into) = append(*get(into), v)
			}
		})
	}}
}

func enumField[T any, E ~string](key string, required bool, allowed []E, get func(*T) *E) field[T] {
	words := make([]string, len(allowed))
	for i, a := range allowed {
		words[i] = string(a)
	}
	return field[T]{key: key, required: required, decode: func(d *decoder, n *yaml.Node, into *T) {
		if v, ok := d.enum(n, key, words); ok {
			*get(into) = E(v)
		}
	}}
}

func dateField[T any](key string, get func(*T) *Date) field[T] {
	return field[T]{key: key, decode: func(d *decoder, n *yaml.Node, into *T) {
		if v, ok := d.date(n, key); ok {
			*get(into) = v
		}
	}}
}

// rating is a required whole number from 1 to 5, such as impact or effort.
func rating[T any](key string, get func(*T) *int) field[T] {
	return field[T]{key: key, required: true, decode: func(d *decoder, n *yaml.Node, into *T) {
		v, ok := d.integer(n, key)
		if !ok {
			return
		}
		if v < 1 || v > 5 {
			d.errorf(resolve(n), CodeOutOfRange, "%s must be from 1 (low) to 5 (high); found %d", key, v)
			return
		}
		*get(into) = v
	}}
}

// The kinds, moments, statuses and languages a journey may name.
var (
	langs         = []Lang{English, Dutch}
	channelKinds  = []ChannelKind{Online, Offline}
	moments       = []Moment{Before, During, After}
	evidenceKinds = []EvidenceKind{Interview, Session, Survey, Analytics, CRM, Observation, Support, Other}
	statuses      = []Status{Open, Doing, Done, Dropped}
)

var journeyFields = []field[Journey]{
	label("title", true, func(j *Journey) *string { return &j.Title }),
	enumField("lang", false, langs, func(j *Journey) *Lang { return &j.Lang }),
	{key: "persona", decode: decodePersona},
	prose("scenario", func(j *Journey) *string { return &j.Scenario }),
	{key: "goals", decode: func(d *decoder, n *yaml.Node, j *Journey) {
		object(d, n, "goals", goalsFields, &j.Goals)
	}},
	{key: "scale", decode: decodeScale},
	{key: "reviewed", decode: decodeReviewed},
	{key: "loop", decode: func(d *decoder, n *yaml.Node, j *Journey) {
		j.Loop, _ = d.boolean(n, "loop")
	}},
	{key: "channels", decode: func(d *decoder, n *yaml.Node, j *Journey) {
		d.list(n, "channels", MaxChannels, func(e *yaml.Node) {
			c := Channel{Pos: posOf(resolve(e))}
			if object(d, e, "channel", channelFields, &c) {
				j.Channels = append(j.Channels, c)
			}
		})
	}},
	{key: "phases", required: true, decode: func(d *decoder, n *yaml.Node, j *Journey) {
		d.list(n, "phases", MaxPhases, func(e *yaml.Node) {
			p := Phase{Pos: posOf(resolve(e))}
			if object(d, e, "phase", phaseFields, &p) {
				j.Phases = append(j.Phases, p)
			}
		})
		if r := resolve(n); len(r.Content) == 0 && (r.Kind == yaml.SequenceNode || r.Tag == "!!null") {
			d.errorf(r, CodeMissing, "a journey needs at least one phase")
		}
	}},
	{key: "evidence", decode: func(d *decoder, n *yaml.Node, j *Journey) {
		d.list(n, "evidence", MaxEvidence, func(e *yaml.Node) {
			ev := Evidence{Pos: posOf(resolve(e))}
			if object(d, e, "evidence", evidenceFields, &ev) {
				j.Evidence = append(j.Evidence, ev)
			}
		})
	}},
	{key: "improvements", decode: func(d *decoder, n *yaml.Node, j *Journey) {
		d.list(n, "improvements", MaxImprovements, func(e *yaml.Node) {
			im := Improvement{Pos: posOf(resolve(e)), Status: Open}
			if object(d, e, "improvement", improvementFields, &im) {
				j.Improvements = append(j.Improvements, im)
			}
		})
	}},
}

var personaFields = []field[Persona]{
	label("name", true, func(p *Persona) *string { return &p.Name }),
	prose("about", func(p *Persona) *string { return &p.About }),
}

// decodePersona takes a persona as one line of text, or as {name, about}.
func decodePersona(d *decoder, n *yaml.Node, j *Journey) {
	r := resolve(n)
	j.Persona.Pos = posOf(r)
	if r.Kind == yaml.MappingNode {
		object(d, r, "persona", personaFields, &j.Persona)
		return
	}
	if r.Kind == yaml.SequenceNode {
		d.errorf(r, CodeWrongType, "persona must be text, or a mapping with name and about; found a list")
		return
	}
	name, ok := d.text(n, "persona", MaxLabelRunes)
	if ok && isBlank(name) {
		d.errorf(r, CodeEmptyValue, "persona is empty; name who the journey is for, or remove the key")
		return
	}
	j.Persona.Name = name
}

var goalsFields = []field[Goals]{
	prose("customer", func(g *Goals) *string { return &g.Customer }),
	prose("business", func(g *Goals) *string { return &g.Business }),
}

// decodeScale takes the emotion scale as [min, max].
func decodeScale(d *decoder, n *yaml.Node, j *Journey) {
	d.badScale = true // until proven right
	r := resolve(n)
	if r.Kind != yaml.SequenceNode || len(r.Content) != 2 {
		d.errorf(r, CodeWrongType, "scale must be two whole numbers [min, max], such as [-2, 2] or [1, 5]; found %s", describeScale(r))
		return
	}
	lo, ok1 := d.integer(r.Content[0], "scale minimum")
	hi, ok2 := d.integer(r.Content[1], "scale maximum")
	if !ok1 || !ok2 {
		return
	}
	switch {
	case lo < -MaxScaleSpan || hi > MaxScaleSpan:
		d.errorf(r, CodeOutOfRange, "scale [%d, %d] must lie within [%d, %d]", lo, hi, -MaxScaleSpan, MaxScaleSpan)
	case lo >= hi:
		d.errorf(r, CodeOutOfRange, "scale [%d, %d] must go from low to high, such as [-2, 2]", lo, hi)
	case hi-lo > MaxScaleSpan:
		d.errorf(r, CodeOutOfRange, "scale [%d, %d] spans %d steps; the limit is %d", lo, hi, hi-lo, MaxScaleSpan)
	default:
		j.Scale = Scale{Pos: posOf(r), Min: lo, Max: hi}
		d.badScale = false
	}
}

func describeScale(n *yaml.Node) string {
	if n.Kind == yaml.SequenceNode {
		return fmt.Sprintf("a list of %d", len(n.Content))
	}
	return describe(n)
}

var channelFields = []field[Channel]{
	idField(channelID, func(c *Channel) *string { return &c.ID }),
	label("name", true, func(c *Channel) *string { return &c.Name }),
	enumField("kind", true, channelKinds, func(c *Channel) *ChannelKind { return &c.Kind }),
}

var phaseFields = []field[Phase]{
	idField(phaseID, func(p *Phase) *string { return &p.ID }),
	label("name", true, func(p *Phase) *string { return &p.Name }),
	enumField("moment", true, moments, func(p *Phase) *Moment { return &p.Moment }),
	prose("scenario", func(p *Phase) *string { return &p.Scenario }),
	labels("metrics", func(p *Phase) *[]string { return &p.Metrics }),
	{key: "touchpoints", decode: func(d *decoder, n *yaml.Node, p *Phase) {
		d.list(n, "touchpoints", MaxTouchpoints, func(e *yaml.Node) {
			d.touchpoints++
			if d.touchpoints == MaxTouchpoints+1 {
				d.errorf(resolve(e), CodeTooMany, "more than %d touchpoints in the journey; that is the limit", MaxTouchpoints)
				d.truncated = true
			}
			if d.touchpoints > MaxTouchpoints {
				return
			}
			t := Touchpoint{Pos: posOf(resolve(e))}
			if object(d, e, "touchpoint", touchpointFields, &t) {
				p.Touchpoints = append(p.Touchpoints, t)
			}
		})
	}},
}

var touchpointFields = []field[Touchpoint]{
	idField(touchpointID, func(t *Touchpoint) *string { return &t.ID }),
	label("name", true, func(t *Touchpoint) *string { return &t.Name }),
	{key: "channel", decode: func(d *decoder, n *yaml.Node, t *Touchpoint) {
		// Checked against the channel catalogue, when there is one, by validate.
		if s, ok := d.text(n, "channel", MaxLabelRunes); ok {
			if isBlank(s) {
				d.errorf(resolve(n), CodeEmptyValue, "channel is empty; name the channel, or remove the key")
				return
			}
			t.Channel = s
			d.refs = append(d.refs, reference{kind: channelID, id: s, node: resolve(n)})
		}
	}},
	label("owner", false, func(t *Touchpoint) *string { return &t.Owner }),
	{key: "emotion", required: true, decode: func(d *decoder, n *yaml.Node, t *Touchpoint) {
		if v, ok := d.integer(n, "emotion"); ok {
			t.Emotion = v
			d.emotions = append(d.emotions, emotionAt{value: v, key: "emotion", node: resolve(n)})
		}
	}},
	{key: "ideal", decode: func(d *decoder, n *yaml.Node, t *Touchpoint) {
		if v, ok := d.integer(n, "ideal"); ok {
			t.Ideal = &v
			d.emotions = append(d.emotions, emotionAt{value: v, key: "ideal", node: resolve(n)})
		}
	}},
	label("feeling", false, func(t *Touchpoint) *string { return &t.Feeling }),
	prose("thinks", func(t *Touchpoint) *string { return &t.Thinks }),
	labels("pains", func(t *Touchpoint) *[]string { return &t.Pains }),
	labels("gains", func(t *Touchpoint) *[]string { return &t.Gains }),
	refs("evidence", evidenceID, func(t *Touchpoint) *[]string { return &t.Evidence }),
}

var evidenceFields = []field[Evidence]{
	idField(evidenceID, func(e *Evidence) *string { return &e.ID }),
	enumField("kind", true, evidenceKinds, func(e *Evidence) *EvidenceKind { return &e.Kind }),
	dateField("date", func(e *Evidence) *Date { return &e.Date }),
	{key: "source", required: true, decode: func(d *decoder, n *yaml.Node, e *Evidence) {
		s, ok := d.text(n, "source", MaxTextRunes)
		if ok && isBlank(s) {
			d.errorf(resolve(n), CodeEmptyValue, "source is empty; say where the evidence comes from")
			return
		}
		e.Source = s
	}},
}

var improvementFields = []field[Improvement]{
	idField(improvementID, func(i *Improvement) *string { return &i.ID }),
	label("title", true, func(i *Improvement) *string { return &i.Title }),
	refs("touchpoints", touchpointID, func(i *Improvement) *[]string { return &i.Touchpoints }),
	rating("impact", func(i *Improvement) *int { return &i.Impact }),
	rating("effort", func(i *Improvement) *int { return &i.Effort }),
	label("owner", false, func(i *Improvement) *string { return &i.Owner }),
	dateField("due", func(i *Improvement) *Date { return &i.Due }),
	enumField("status", false, statuses, func(i *Improvement) *Status { return &i.Status }),
}

// decodeReviewed takes the date of the last review and warns when the map is
// due for one: the seeds advise a review at least once a year.
func decodeReviewed(d *decoder, n *yaml.Node, j *Journey) {
	reviewed, ok := d.date(n, "reviewed")
	if !ok || reviewed.IsZero() {
		return
	}
	j.Reviewed = reviewed
	if d.today.IsZero() {
		return
	}
	switch today := d.today; {
	case today.Before(reviewed):
		d.warnf(resolve(n), CodeReviewInFuture, "reviewed %s is after today, %s", reviewed, today)
	case reviewed.Time().AddDate(1, 0, 0).Before(today.Time()):
		d.warnf(resolve(n), CodeReviewOverdue, "last reviewed %s, %d months ago; review a journey map at least once a year", reviewed, monthsBetween(reviewed, today))
	}
}

// monthsBetween counts the whole months from a to b.
func monthsBetween(a, b Date) int {
	m := (b.Year-a.Year)*12 + int(b.Month-a.Month)
	if b.Day < a.Day {
		m--
	}
	return m
}
