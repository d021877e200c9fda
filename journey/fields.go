package journey

import (
	"sync"

	"github.com/journeymap/journeymap/journey/vocab"
	"go.yaml.in/yaml/v3"
)

// This file is the format: every key a journey file may hold, in the order
// docs/format.md documents them, what it means, the shape of its value (for
// the JSON Schema, schema.go) and how the value is decoded. Each table is
// made on first use, so that a command that reads no journey does not pay
// for it.

// field is one key of a YAML mapping: its meaning, the shape of its value
// and how the value is decoded into T. Fields are made by the constructors
// below, which set the shape and the decoder together; a field with a
// decoder of its own (custom) declares its shape next to it.
type field[T any] struct {
	key      string
	doc      string // what the key means, in a sentence or two
	required bool
	shape    *shape // the JSON Schema of the value, without its description
	decode   func(d *decoder, n *yaml.Node, into *T)
}

// custom is a field with a decoder of its own, and the shape that decoder
// accepts.
func custom[T any](key, doc string, required bool, s *shape, decode func(d *decoder, n *yaml.Node, into *T)) field[T] {
	return field[T]{key: key, doc: doc, required: required, shape: s, decode: decode}
}

// withDefault records the value a journey gets when the key is left out,
// for the schema; the decoder's default is set where the item is made.
func (f field[T]) withDefault(v any) field[T] {
	s := *f.shape
	s.Default = v
	f.shape = &s
	return f
}

// label is a short required-or-optional text such as a name or an owner.
func label[T any](key, doc string, required bool, get func(*T) *string) field[T] {
	return textField(key, doc, required, MaxLabelRunes, get)
}

// prose is a longer optional text such as a scenario or a thought.
func prose[T any](key, doc string, get func(*T) *string) field[T] {
	return textField(key, doc, false, MaxTextRunes, get)
}

func textField[T any](key, doc string, required bool, limit int, get func(*T) *string) field[T] {
	return field[T]{key: key, doc: doc, required: required, shape: textShape(limit, required), decode: func(d *decoder, n *yaml.Node, into *T) {
		s, ok := d.text(n, key, limit)
		if !ok {
			return
		}
		if required && isBlank(s) {
			d.errorf(resolve(n), CodeEmptyValue, vocab.EmptyValue, key)
			return
		}
		*get(into) = s
	}}
}

// labels is an optional list of short texts, such as pains or gains.
func labels[T any](key, doc string, get func(*T) *[]string) field[T] {
	s := arrayShape(textShape(MaxLabelRunes, true), 0, MaxListItems)
	return field[T]{key: key, doc: doc, shape: s, decode: func(d *decoder, n *yaml.Node, into *T) {
		d.list(n, key, MaxListItems, func(e *yaml.Node) {
			if s, ok := d.label(e, key); ok {
				*get(into) = append(*get(into), s)
			}
		})
	}}
}

// moodField is a touchpoint's emotion or ideal: a number on the scale,
// for all personas or one per persona id.
func moodField(key, doc string, required bool) field[Touchpoint] {
	return custom(key, doc, required, perPersonaShape(emotionShape()), func(d *decoder, n *yaml.Node, t *Touchpoint) {
		d.perPersona(n, key, t, func(v *yaml.Node, at *personaValue) bool {
			e, ok := d.integer(v, key)
			if ok {
				at.value = e
				d.emotions = append(d.emotions, emotionAt{value: e, key: key, node: resolve(v)})
			}
			return ok
		})
	})
}

// label reads an item of the list of labels key: text that is not blank.
func (d *decoder) label(e *yaml.Node, key string) (string, bool) {
	s, ok := d.text(e, vocab.Say(vocab.ItemOf, key), MaxLabelRunes)
	if !ok {
		return "", false
	}
	if isBlank(s) {
		d.errorf(resolve(e), CodeEmptyValue, vocab.EmptyItem, key)
		return "", false
	}
	return s, true
}

// objects reads the list n of key, at most limit items, each a mapping of
// fields: start makes an item at its position, and add takes each item
// read whole.
func objects[I any](d *decoder, n *yaml.Node, key string, limit int, what vocab.Word, fields []field[I], start func(Pos) I, add func(I)) {
	d.list(n, key, limit, func(e *yaml.Node) {
		item := start(posOf(resolve(e)))
		if object(d, e, what, fields, &item) {
			add(item)
		}
	})
}

// idField is the id that names an item of kind.
func idField[T any](kind idKind, doc string, get func(*T) *string) field[T] {
	return field[T]{key: "id", doc: doc, required: true, shape: idShape(), decode: func(d *decoder, n *yaml.Node, into *T) {
		if v, ok := d.id(n, kind); ok {
			*get(into) = v
		}
	}}
}

// refs is a list of ids that must name items of kind.
func refs[T any](key, doc string, kind idKind, get func(*T) *[]string) field[T] {
	s := arrayShape(idShape(), 0, MaxListItems)
	return field[T]{key: key, doc: doc, shape: s, decode: func(d *decoder, n *yaml.Node, into *T) {
		d.list(n, key, MaxListItems, func(e *yaml.Node) {
			if v, ok := d.ref(e, kind, vocab.Say(vocab.ItemOf, key)); ok {
				*get(into) = append(*get(into), v)
			}
		})
	}}
}

// enumField is one word of a fixed set, such as a moment or a status.
func enumField[T any, E ~string](key, doc string, required bool, allowed []E, get func(*T) *E) field[T] {
	words := make([]string, len(allowed))
	for i, a := range allowed {
		words[i] = string(a)
	}
	return field[T]{key: key, doc: doc, required: required, shape: enumShape(words), decode: func(d *decoder, n *yaml.Node, into *T) {
		if v, ok := d.enum(n, key, words); ok {
			*get(into) = E(v)
		}
	}}
}

// dateField is an optional date written YYYY-MM-DD.
func dateField[T any](key, doc string, get func(*T) *Date) field[T] {
	return field[T]{key: key, doc: doc, shape: dateShape(), decode: func(d *decoder, n *yaml.Node, into *T) {
		if v, ok := d.date(n, key); ok {
			*get(into) = v
		}
	}}
}

// rating is a required whole number from 1 to 5, such as impact or effort.
func rating[T any](key, doc string, get func(*T) *int) field[T] {
	return field[T]{key: key, doc: doc, required: true, shape: integerShape(1, 5), decode: func(d *decoder, n *yaml.Node, into *T) {
		v, ok := d.integer(n, key)
		if !ok {
			return
		}
		if v < 1 || v > 5 {
			d.errorf(resolve(n), CodeOutOfRange, vocab.RatingOutOfRange, key, v)
			return
		}
		*get(into) = v
	}}
}

// mapping is an optional nested mapping, such as goals, decoded with fields;
// what names it in messages.
func mapping[T, M any](key, doc string, what vocab.Word, fields []field[M], get func(*T) *M) field[T] {
	return custom(key, doc, false, objectShape("", fields), func(d *decoder, n *yaml.Node, into *T) {
		object(d, n, what, fields, get(into))
	})
}

// The kinds, moments, statuses and languages a journey may name.
var (
	channelKinds  = []ChannelKind{Online, Offline}
	moments       = []Moment{Before, During, After}
	evidenceKinds = []EvidenceKind{Interview, Session, Survey, Analytics, CRM, Observation, Support, Other, Assumption}
	statuses      = []Status{Open, Doing, Done, Dropped}
)

// emotionShape is an emotion: a whole number within the widest scale. Whether
// it lies on the journey's own scale is checked once the file is read.
func emotionShape() *shape { return integerShape(-MaxScaleSpan, MaxScaleSpan) }

// The descriptions of the mappings that are items of lists, or an
// alternative of persona.
const (
	personaDoc     = "Who the journey is written for: a name with the facts that matter, and background."
	channelDoc     = "A channel is a way the customer meets the organisation."
	phaseDoc       = "A phase is one stage of the journey, shown as a column of the map."
	touchpointDoc  = "A touchpoint is one contact moment between the customer and the organisation, with how the customer feels there."
	evidenceDoc    = "Evidence is a source that emotions, pains and gains are based on."
	improvementDoc = "An improvement is an action that closes a gap between the current and the ideal journey, placed on the action-priority matrix by impact and effort."
)

var journeyFields = sync.OnceValue(func() []field[Journey] {
	return []field[Journey]{
		label("title", "The journey in the customer's words, as a goal: \"I request a quote\", not \"Quote process\".", true, func(j *Journey) *string { return &j.Title }),
		custom("lang", "The language of the labels (en or nl); it picks the built-in words of the map, the matrix and the report, and the language of the diagnostics.", false,
			enumShape(langNames), decodeLang).withDefault(English),
		custom("persona", "Who the journey is written for: one line of text, or a mapping with name and about.", false,
			oneOfShape(
				textShape(MaxLabelRunes, true).described("The persona in one line, such as \"Sanne, 34, first home\"."),
				objectShape(personaDoc, personaFields()),
			),
			decodePersona),
		custom("personas", "Several personas, each with a curve of its own, instead of one persona: touchpoints then give emotion, ideal and feeling either once for all of them or per persona id, as {sanne: 2, joost: -1}. An item is a persona, or the id of a persona of an included catalogue.", false,
			personasShape(), decodePersonas),
		prose("scenario", "The situation and expectations the journey starts from.", func(j *Journey) *string { return &j.Scenario }),
		mapping("goals", "What the customer wants and what the business wants; the two may differ.", vocab.TheGoals, goalsFields(), func(j *Journey) *Goals { return &j.Goals }),
		mapping("moments", "The names of the moments in the journey's language, for a journey that is not a purchase, such as {before: \"Before cancelling\", during: \"Cancelling\", after: \"After leaving\"}; a moment without a name is before, during or after the purchase.", vocab.TheMoments, momentFields(), func(j *Journey) *MomentNames { return &j.Moments }),
		custom("scale", "The range of the emotion axis as [min, max]: two whole numbers within [-10, 10], min below max, at most 10 apart.", false,
			arrayShape(integerShape(-MaxScaleSpan, MaxScaleSpan), 2, 2), decodeScale).
			withDefault([]int{DefaultScale.Min, DefaultScale.Max}),
		custom("reviewed", "When the map was last reviewed against reality, as YYYY-MM-DD; review a journey map at least once a year.", false,
			dateShape(), decodeReviewed),
		custom("loop", "Whether the last phase flows back into the first, as in a loop where Talk feeds Discover.", false,
			booleanShape(), func(d *decoder, n *yaml.Node, j *Journey) {
				j.Loop, _ = d.boolean(n, "loop")
			}).withDefault(false),
		custom("competitor", "Whether the journey is a competitor's, mapped to compare with: it is not asked for owners, evidence and improvements.", false,
			booleanShape(), func(d *decoder, n *yaml.Node, j *Journey) {
				if v, ok := d.boolean(n, "competitor"); ok {
					j.Competitor = j.Competitor || v
				}
			}).withDefault(false),
		includeField(),
		channelsField(),
		ownersField(),
		custom("phases", "The phases of the journey, in order: before, during and after the purchase.", true,
			arrayShape(objectShape(phaseDoc, phaseFields()), 1, MaxPhases), func(d *decoder, n *yaml.Node, j *Journey) {
				objects(d, n, "phases", MaxPhases, vocab.APhase, phaseFields(),
					func(at Pos) Phase { return Phase{Pos: at} },
					func(p Phase) { j.Phases = append(j.Phases, p) })
				if r := resolve(n); len(r.Content) == 0 && (r.Kind == yaml.SequenceNode || r.Tag == "!!null") {
					d.errorf(r, CodeMissing, vocab.NoPhases)
				}
			}),
		evidenceField(),
		custom("improvements", "Actions that close the gaps between the current and the ideal journey.", false,
			arrayShape(objectShape(improvementDoc, improvementFields()), 0, MaxImprovements), func(d *decoder, n *yaml.Node, j *Journey) {
				objects(d, n, "improvements", MaxImprovements, vocab.AnImprovement, improvementFields(),
					func(at Pos) Improvement { return Improvement{Pos: at, Status: Open} },
					func(im Improvement) { j.Improvements = append(j.Improvements, im) })
			}),
	}
})

// langNames are the languages a journey may name.
var langNames = vocab.LangCodes()

// decodeLang takes the journey's language, and notes whether it could be
// read: the diagnostics of the file are said in it.
func decodeLang(d *decoder, n *yaml.Node, j *Journey) {
	v, ok := d.enum(n, "lang", langNames)
	if !ok {
		d.langBad = true
		return
	}
	j.Lang, d.langRead = Lang(v), true
}

var personaFields = sync.OnceValue(func() []field[Persona] {
	return []field[Persona]{
		label("name", "Who: a name with the facts that matter, such as age and situation.", true, func(p *Persona) *string { return &p.Name }),
		prose("about", "Background: habits, needs, worries.", func(p *Persona) *string { return &p.About }),
	}
})

var personaListFields = sync.OnceValue(func() []field[Persona] {
	return append([]field[Persona]{
		idField(personaID, "Names the persona: what emotion, ideal and feeling write per persona. A slug, unique among personas.", func(p *Persona) *string { return &p.ID }),
	}, personaFields()...)
})

// decodePersonas takes the list of personas, at most MaxPersonas: each a
// persona, or the id of one defined in an included catalogue.
//
// A persona is in the list once: an id named twice, or named and written
// out, is a duplicate id (two written out are one already, by idField).
func decodePersonas(d *decoder, n *yaml.Node, j *Journey) {
	d.personasNode = resolve(n)
	type listed struct {
		node *yaml.Node
		ref  bool
	}
	seen := map[string]listed{}
	once := func(id string, node *yaml.Node, ref bool) {
		first, dup := seen[id]
		if !dup {
			seen[id] = listed{node, ref}
			return
		}
		if first.ref || ref {
			d.errorf(node, CodeDuplicateID, vocab.DuplicateID, vocab.KindPersona, quote(id), first.node.Line, first.node.Column)
		}
	}
	d.list(n, "personas", MaxPersonas, func(e *yaml.Node) {
		if r := resolve(e); r.Kind == yaml.ScalarNode {
			id, ok := d.slug(e, vocab.Say(vocab.IDOf, vocab.KindPersona))
			if !ok || id == "" {
				d.personaLost = true
				return
			}
			once(id, r, true)
			j.Personas = append(j.Personas, Persona{Pos: posOf(r), ID: id})
			d.personaRefs = append(d.personaRefs, reference{kind: personaID, id: id, node: r})
			return
		}
		p := Persona{Pos: posOf(resolve(e))}
		if object(d, e, vocab.APersona, personaListFields(), &p) && p.ID != "" {
			at := resolve(e)
			for _, kv := range d.pairs(at) {
				if kv.key.Value == "id" {
					at = resolve(kv.value)
				}
			}
			once(p.ID, at, false)
			j.Personas = append(j.Personas, p)
			return
		}
		d.personaLost = true

	})
}

// decodePersona takes a persona as one line of text, or as {name, about}.
func decodePersona(d *decoder, n *yaml.Node, j *Journey) {
	r := resolve(n)
	j.Persona.Pos = posOf(r)
	if r.Kind == yaml.MappingNode {
		object(d, r, vocab.ThePersona, personaFields(), &j.Persona)
		return
	}
	if r.Kind == yaml.SequenceNode {
		d.errorf(r, CodeWrongType, vocab.PersonaIsList)
		return
	}
	name, ok := d.text(n, "persona", MaxLabelRunes)
	if ok && isBlank(name) {
		d.errorf(r, CodeEmptyValue, vocab.PersonaEmpty)
		return
	}
	j.Persona.Name = name
}

var momentFields = sync.OnceValue(func() []field[MomentNames] {
	return []field[MomentNames]{
		label("before", "The name of the moment before it, such as \"Before cancelling\".", false, func(m *MomentNames) *string { return &m.Before }),
		label("during", "The name of the moment itself, such as \"Cancelling\".", false, func(m *MomentNames) *string { return &m.During }),
		label("after", "The name of the moment after it, such as \"After leaving\".", false, func(m *MomentNames) *string { return &m.After }),
	}
})

var goalsFields = sync.OnceValue(func() []field[Goals] {
	return []field[Goals]{
		prose("customer", "What the customer wants to reach.", func(g *Goals) *string { return &g.Customer }),
		prose("business", "What the organisation wants to reach. The two may differ.", func(g *Goals) *string { return &g.Business }),
	}
})

// decodeScale takes the emotion scale as [min, max].
func decodeScale(d *decoder, n *yaml.Node, j *Journey) {
	d.badScale = true // until proven right
	r := resolve(n)
	if r.Kind != yaml.SequenceNode || len(r.Content) != 2 {
		d.errorf(r, CodeWrongType, vocab.ScaleShape, describeScale(r))
		return
	}
	lo, ok1 := d.integer(r.Content[0], vocab.ScaleMinimum)
	hi, ok2 := d.integer(r.Content[1], vocab.ScaleMaximum)
	if !ok1 || !ok2 {
		return
	}
	switch {
	case lo < -MaxScaleSpan || hi > MaxScaleSpan:
		d.errorf(r, CodeOutOfRange, vocab.ScaleOutside, lo, hi, -MaxScaleSpan, MaxScaleSpan)
	case lo >= hi:
		d.errorf(r, CodeOutOfRange, vocab.ScaleOrder, lo, hi)
	case hi-lo > MaxScaleSpan:
		d.errorf(r, CodeOutOfRange, vocab.ScaleSpan, lo, hi, hi-lo, MaxScaleSpan)
	default:
		j.Scale = Scale{Pos: posOf(r), Min: lo, Max: hi}
		d.badScale = false
	}
}

func describeScale(n *yaml.Node) vocab.Phrase {
	if n.Kind == yaml.SequenceNode {
		return vocab.Say(vocab.FoundListOf, len(n.Content))
	}
	return describe(n)
}

var channelFields = sync.OnceValue(func() []field[Channel] {
	return []field[Channel]{
		idField(channelID, "Names the channel: what touchpoints write in channel. A slug, unique among channels.", func(c *Channel) *string { return &c.ID }),
		label("name", "The name of the channel shown on the map.", true, func(c *Channel) *string { return &c.Name }),
		enumField("kind", "Whether the channel is online or offline.", true, channelKinds, func(c *Channel) *ChannelKind { return &c.Kind }),
	}
})

var phaseFields = sync.OnceValue(func() []field[Phase] {
	return []field[Phase]{
		idField(phaseID, "Names the phase. A slug, unique among phases.", func(p *Phase) *string { return &p.ID }),
		label("name", "The name of the phase shown on the map.", true, func(p *Phase) *string { return &p.Name }),
		enumField("moment", "Whether the phase comes before, during or after the moment the journey turns on, the purchase unless the journey names its moments; leave it out for a journey without such moments.", false, moments, func(p *Phase) *Moment { return &p.Moment }),
		prose("scenario", "What happens in this phase, told with its touchpoints.", func(p *Phase) *string { return &p.Scenario }),
		labels("metrics", "What the business measures in this phase.", func(p *Phase) *[]string { return &p.Metrics }),
		custom("touchpoints", "The contact moments of the phase, in order. The limit on touchpoints counts the whole journey.", false,
			arrayShape(objectShape(touchpointDoc, touchpointFields()), 0, MaxTouchpoints), func(d *decoder, n *yaml.Node, p *Phase) {
				d.list(n, "touchpoints", MaxTouchpoints, func(e *yaml.Node) {
					d.touchpoints++
					if d.touchpoints == MaxTouchpoints+1 {
						d.errorf(resolve(e), CodeTooMany, vocab.TooManyTouchpoints, MaxTouchpoints)
						d.truncated = true
					}
					if d.touchpoints > MaxTouchpoints {
						return
					}
					t := Touchpoint{Pos: posOf(resolve(e))}
					if object(d, e, vocab.ATouchpoint, touchpointFields(), &t) {
						p.Touchpoints = append(p.Touchpoints, t)
					}
				})
			}),
	}
})

var touchpointFields = sync.OnceValue(func() []field[Touchpoint] {
	return []field[Touchpoint]{
		idField(touchpointID, "Names the touchpoint; improvements refer to it. A slug, unique across the whole journey.", func(t *Touchpoint) *string { return &t.ID }),
		label("name", "What happens, from the customer's view.", true, func(t *Touchpoint) *string { return &t.Name }),
		custom("channel", "Where it happens: a channel id when the journey has a channels catalogue, otherwise free text.", false,
			textShape(MaxLabelRunes, true), func(d *decoder, n *yaml.Node, t *Touchpoint) {
				// Checked against the channel catalogue, when there is one, by validate.
				if s, ok := d.text(n, "channel", MaxLabelRunes); ok {
					if isBlank(s) {
						d.errorf(resolve(n), CodeEmptyValue, vocab.ChannelEmpty)
						return
					}
					t.Channel = s
					d.refs = append(d.refs, reference{kind: channelID, id: s, node: resolve(n)})
				}
			}),
		ownerField("The team or person responsible: one of the journey's owners, when it has a list of them.", func(t *Touchpoint) *string { return &t.Owner }),
		moodField("emotion", "How the customer feels here in the current journey, a whole number on the journey's scale. These points form the emotion curve. With personas, one number for all of them, or one per persona id: {sanne: 2, joost: -1}.", true),
		moodField("ideal", "How the customer should feel here in the ideal journey, a whole number on the journey's scale. Leave it out where the ideal journey says nothing. With personas, one number for all, or one per persona id; a persona left out has no ideal here.", false),
		custom("feeling", "One word for the emotion, shown at the curve. With personas, one word for all, or one per persona id.", false,
			perPersonaShape(textShape(MaxLabelRunes, false)), func(d *decoder, n *yaml.Node, t *Touchpoint) {
				d.perPersona(n, "feeling", t, func(v *yaml.Node, at *personaValue) bool {
					s, ok := d.text(v, "feeling", MaxLabelRunes)
					at.text = s
					return ok
				})
			}),
		prose("thinks", "What the customer thinks here, as a quote.", func(t *Touchpoint) *string { return &t.Thinks }),
		labels("pains", "What goes wrong for the customer.", func(t *Touchpoint) *[]string { return &t.Pains }),
		labels("gains", "What goes well for the customer.", func(t *Touchpoint) *[]string { return &t.Gains }),
		refs("evidence", "The ids of the evidence this touchpoint is based on.", evidenceID, func(t *Touchpoint) *[]string { return &t.Evidence }),
	}
})

var evidenceFields = sync.OnceValue(func() []field[Evidence] {
	return []field[Evidence]{
		idField(evidenceID, "Names the evidence: what touchpoints write in evidence. A slug, unique among evidence.", func(e *Evidence) *string { return &e.ID }),
		enumField("kind", "Where the evidence comes from: customer interviews, customer sessions, surveys, web or app analytics, CRM data, observing customers, customer service contacts, anything else, or an assumption the team makes without a source, which backs no emotion.", true, evidenceKinds, func(e *Evidence) *EvidenceKind { return &e.Kind }),
		dateField("date", "When the evidence was gathered, as YYYY-MM-DD.", func(e *Evidence) *Date { return &e.Date }),
		custom("source", "What exactly, and when, such as \"8 interviews, March 2026\".", true,
			textShape(MaxTextRunes, true), func(d *decoder, n *yaml.Node, e *Evidence) {
				s, ok := d.text(n, "source", MaxTextRunes)
				if ok && isBlank(s) {
					d.errorf(resolve(n), CodeEmptyValue, vocab.SourceEmpty)
					return
				}
				e.Source = s
			}),
	}
})

var improvementFields = sync.OnceValue(func() []field[Improvement] {
	return []field[Improvement]{
		idField(improvementID, "Names the improvement. A slug, unique among improvements.", func(i *Improvement) *string { return &i.ID }),
		label("title", "What will be done.", true, func(i *Improvement) *string { return &i.Title }),
		refs("touchpoints", "The ids of the touchpoints it improves, in any phase.", touchpointID, func(i *Improvement) *[]string { return &i.Touchpoints }),
		rating("impact", "How much it helps: 1 low, 5 high.", func(i *Improvement) *int { return &i.Impact }),
		rating("effort", "How much work it is: 1 low, 5 high.", func(i *Improvement) *int { return &i.Effort }),
		ownerField("Who is responsible: one of the journey's owners, when it has a list of them.", func(i *Improvement) *string { return &i.Owner }),
		dateField("due", "The deadline, as YYYY-MM-DD.", func(i *Improvement) *Date { return &i.Due }),
		enumField("status", "How far it has come.", false, statuses, func(i *Improvement) *Status { return &i.Status }).withDefault(Open),
	}
})

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
		d.warnf(resolve(n), CodeReviewInFuture, vocab.ReviewInFuture, reviewed, today)
	case reviewed.Time().AddDate(1, 0, 0).Before(today.Time()):
		d.warnf(resolve(n), CodeReviewOverdue, vocab.ReviewOverdue, reviewed, monthsBetween(reviewed, today))
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
