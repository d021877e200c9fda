package journey

import (
	"fmt"
	"slices"
	"strings"

	"github.com/journeymap/journeymap/journey/vocab"
)

// Journey is one customer journey: what a customer goes through to reach a
// goal, written from the customer's view ("I request a quote").
type Journey struct {
	File  string // the file it was read from, as its diagnostics name it
	Pos   Pos
	Title string
	Lang  Lang
	// Persona is the one persona of persona:, when the journey has it.
	Persona Persona
	// Personas are the personas of personas:, in order, when the journey
	// has them: one emotion curve each. Touchpoint.Moods holds how each
	// feels, in this order.
	Personas []Persona
	Scenario string
	Goals    Goals
	Moments  MomentNames
	Scale    Scale
	Reviewed Date
	Loop     bool
	// Competitor marks a competitor's journey (competitor: true, or one
	// read for render --compare): what an organisation writes for its own
	// journeys (owners, evidence, improvements) is not asked of it.
	Competitor bool
	// Includes are the catalogues the journey includes (include:), as
	// their files are named: their channels, personas, evidence and
	// owners are the journey's too.
	Includes     []string
	Channels     []Channel
	Owners       []Owner
	Phases       []Phase
	Evidence     []Evidence
	Improvements []Improvement
}

// Persona is who the journey is written for. ID names a persona of
// personas:, where emotions per persona refer to it; the one persona of
// persona: has none.
type Persona struct {
	Pos   Pos
	ID    string
	Name  string
	About string
}

// ShortName is what a list of the personas' feelings or emotions calls a
// persona: its name up to the first comma ("Sanne" of "Sanne, 34, first
// home").
func (p Persona) ShortName() string {
	name, _, _ := strings.Cut(p.Name, ",")
	if name = strings.TrimSpace(name); name != "" {
		return name
	}
	return p.Name
}

// MaxPersonas is how many personas one journey may have: each has a curve
// with a colour, a dash and a mark of its own.
const MaxPersonas = 5

// Cast is every persona of the journey in order: those of personas:, else
// the one of persona: when it has a name, else none.
func (j *Journey) Cast() []Persona {
	if len(j.Personas) > 0 {
		return j.Personas
	}
	if j.Persona.Name != "" {
		return []Persona{j.Persona}
	}
	return nil
}

// Curves is how many emotion curves the journey has: one per persona of
// personas:, else one.
func (j *Journey) Curves() int { return max(1, len(j.Personas)) }

// PersonaIndex is the place of the persona with the id in personas:, or
// -1 when the journey has none by that id.
func (j *Journey) PersonaIndex(id string) int {
	for i, p := range j.Personas {
		if p.ID == id {
			return i
		}
	}
	return -1
}

// ForPersona is the journey as persona i of personas: lives it: a copy
// whose touchpoints hold that persona's emotion, ideal and feeling, with
// that persona alone. Every rule and output made for one curve reads a
// journey of several personas through it. A journey without personas: is
// returned as it is.
func (j *Journey) ForPersona(i int) *Journey {
	if len(j.Personas) == 0 {
		return j
	}
	c := *j
	c.Personas = []Persona{j.Personas[i]}
	c.Phases = make([]Phase, len(j.Phases))
	for pi, p := range j.Phases {
		c.Phases[pi] = p
		c.Phases[pi].Touchpoints = make([]Touchpoint, len(p.Touchpoints))
		for ti, t := range p.Touchpoints {
			if i < len(t.Moods) {
				t.Emotion, t.Ideal, t.Feeling = t.Moods[i].Emotion, t.Moods[i].Ideal, t.Moods[i].Feeling
				t.Moods = []Mood{t.Moods[i]}
			}
			c.Phases[pi].Touchpoints[ti] = t
		}
	}
	return &c
}

// Goals holds what the customer wants and what the business wants; the two
// may differ.
type Goals struct {
	Customer string
	Business string
}

// MomentNames are the names a journey gives its moments, in its language,
// when it is not a purchase ("Before cancelling"); "" for a moment it does
// not name.
type MomentNames struct {
	Before, During, After string
}

// MomentName is how the journey calls the moment m: its own name for it,
// else the built-in words in the journey's language (Before the purchase).
func (j *Journey) MomentName(m Moment) string {
	name := map[Moment]string{Before: j.Moments.Before, During: j.Moments.During, After: j.Moments.After}[m]
	if name == "" {
		return j.Lang.Word(m.Heading())
	}
	return name
}

// HasMoments tells whether any phase has a moment; a journey without them
// is drawn and reported without a band or column of moments.
func (j *Journey) HasMoments() bool {
	for _, p := range j.Phases {
		if p.Moment != "" {
			return true
		}
	}
	return false
}

// Scale is the integer range of the emotion axis, Min < Max.
type Scale struct {
	Pos Pos
	Min int
	Max int
}

// DefaultScale is the emotion scale of a journey that declares none.
var DefaultScale = Scale{Min: -2, Max: 2}

// Neutral is the point of the scale that counts as neither positive nor
// negative: zero when the scale includes it, otherwise its middle.
func (s Scale) Neutral() float64 {
	if s.Min <= 0 && s.Max >= 0 {
		return 0
	}
	return float64(s.Min+s.Max) / 2
}

// Contains reports whether v lies on the scale.
func (s Scale) Contains(v int) bool { return v >= s.Min && v <= s.Max }

func (s Scale) String() string { return fmt.Sprintf("[%d, %d]", s.Min, s.Max) }

// Lang is the language of a journey's labels; it picks the built-in words
// of the map, the matrix and the report from the one vocabulary.
type Lang = vocab.Lang

// The languages a journey may declare.
const (
	English = vocab.English
	Dutch   = vocab.Dutch
)

// Channel is a way the customer meets the organisation.
type Channel struct {
	Pos  Pos
	ID   string
	Name string
	Kind ChannelKind
}

// Owner is a team or person responsible for touchpoints and
// improvements; with a list of owners, every owner: must name one.
type Owner struct {
	Pos  Pos
	ID   string
	Name string
}

// ChannelKind says whether a channel is online or offline.
type ChannelKind string

// The kinds of channel.
const (
	Online  ChannelKind = "online"
	Offline ChannelKind = "offline"
)

// Moment places a phase before, during or after the moment the journey
// turns on: the purchase, unless the journey names its moments. The zero
// Moment places it nowhere: a journey need not have moments.
type Moment string

// The moments of a phase, in journey order.
const (
	Before Moment = "before"
	During Moment = "during"
	After  Moment = "after"
)

// Phase is one stage of the journey, shown as a column of the map.
type Phase struct {
	Pos         Pos
	ID          string
	Name        string
	Moment      Moment
	Scenario    string
	Metrics     []string
	Touchpoints []Touchpoint
}

// Touchpoint is one contact moment between the customer and the
// organisation, with how the customer feels there.
//
// Emotion, Ideal and Feeling are how the customer feels: the first
// persona, in a journey of several (see Journey.ForPersona for the others).
type Touchpoint struct {
	Pos      Pos
	ID       string
	Name     string
	Channel  string
	Owner    string
	Emotion  int
	Ideal    *int // nil when the ideal journey says nothing here
	Feeling  string
	Thinks   string
	Pains    []string
	Gains    []string
	Evidence []string
	// Moods is how each persona of Journey.Personas feels here, in their
	// order; nil in a journey without personas:.
	Moods []Mood

	// perPersona holds the values written per persona id, until the
	// journey's personas are known.
	perPersona []personaValue
}

// Mood is how one persona feels at a touchpoint: an emotion on the scale,
// the ideal (nil when the ideal journey says nothing there for them) and a
// word.
type Mood struct {
	Emotion int
	Ideal   *int
	Feeling string
}

// Evidence is a source the emotions and pains are based on.
type Evidence struct {
	Pos    Pos
	ID     string
	Kind   EvidenceKind
	Date   Date // when it was gathered; zero when not given
	Source string
}

// EvidenceKind says where evidence comes from.
type EvidenceKind string

// The kinds of evidence.
const (
	Interview   EvidenceKind = "interview"
	Session     EvidenceKind = "session"
	Survey      EvidenceKind = "survey"
	Analytics   EvidenceKind = "analytics"
	CRM         EvidenceKind = "crm"
	Observation EvidenceKind = "observation"
	Support     EvidenceKind = "support"
	Other       EvidenceKind = "other"
	// Assumption is what the team believes without a source. It is written
	// down so that it can be checked, and it backs no emotion: see Backed.
	Assumption EvidenceKind = "assumption"
)

// EvidenceKinds lists the kinds of evidence a journey may name, in the
// order the format lists them.
func EvidenceKinds() []EvidenceKind { return slices.Clone(evidenceKinds) }

// Backed reports whether the emotion at t rests on evidence: t names
// evidence of the journey of a kind other than assumption. A touchpoint
// that is not backed is assumed; the map draws its point hollow, and the
// report lists it.
func (j *Journey) Backed(t *Touchpoint) bool {
	for _, id := range t.Evidence {
		for _, e := range j.Evidence {
			if e.ID == id && e.Kind != Assumption {
				return true
			}
		}
	}
	return false
}

// Assumed returns, in journey order, the touchpoints whose emotion is not
// backed by evidence (see Backed).
func (j *Journey) Assumed() []*Touchpoint {
	var out []*Touchpoint
	for _, t := range j.Touchpoints() {
		if !j.Backed(t) {
			out = append(out, t)
		}
	}
	return out
}

// Improvement is an action that closes a gap between the current and the
// ideal journey, placed on the action-priority matrix by impact and effort.
type Improvement struct {
	Pos         Pos
	ID          string
	Title       string
	Touchpoints []string
	Impact      int
	Effort      int
	Owner       string
	Due         Date
	Status      Status
}

// Status is how far an improvement has come.
type Status string

// The statuses of an improvement.
const (
	Open    Status = "open"
	Doing   Status = "doing"
	Done    Status = "done"
	Dropped Status = "dropped"
)

// Settled reports whether an improvement with this status needs no more
// work: it is done or dropped. Every other status, the zero Status among
// them, is still to do.
func (s Status) Settled() bool { return s == Done || s == Dropped }

// Overdue reports whether the improvement is still to do (not settled) and
// was due before today. An improvement without a due date is never
// overdue, and with a zero today none is.
func (im *Improvement) Overdue(today Date) bool {
	return !today.IsZero() && !im.Due.IsZero() && !im.Status.Settled() && im.Due.Before(today)
}

// DaysLate is how many days before today the improvement was due, when it
// is overdue; 0 otherwise.
func (im *Improvement) DaysLate(today Date) int {
	if !im.Overdue(today) {
		return 0
	}
	return today.DaysSince(im.Due)
}

// Touchpoints returns every touchpoint of the journey in order.
func (j *Journey) Touchpoints() []*Touchpoint {
	var all []*Touchpoint
	for i := range j.Phases {
		for k := range j.Phases[i].Touchpoints {
			all = append(all, &j.Phases[i].Touchpoints[k])
		}
	}
	return all
}

// EmotionRange is the lowest and the highest emotion of the journey's
// touchpoints; ok is false when it has none.
func (j *Journey) EmotionRange() (lowest, highest int, ok bool) {
	for i := range j.Phases {
		for _, t := range j.Phases[i].Touchpoints {
			if !ok {
				lowest, highest, ok = t.Emotion, t.Emotion, true
			}
			lowest, highest = min(lowest, t.Emotion), max(highest, t.Emotion)
		}
	}
	return lowest, highest, ok
}

// Dip is the emotion of the journey's pain points on the curve: its
// lowest emotion, when the curve moves at all and that lowest lies at or
// below neutral. ok is false when the curve never dips. The map marks the
// touchpoints at this emotion; see also PainPoints.
func (j *Journey) Dip() (lowest int, ok bool) {
	lowest, highest, any := j.EmotionRange()
	return lowest, any && lowest < highest && float64(lowest) <= j.Scale.Neutral()
}

// PainPoints returns, in journey order, the touchpoints where the customer
// has a hard time: those at the dip of the curve (see Dip) and those that
// list pains. The report lists them, and the rules ask an improvement for
// each.
func (j *Journey) PainPoints() []*Touchpoint {
	dip, dips := j.Dip()
	var out []*Touchpoint
	for _, t := range j.Touchpoints() {
		if len(t.Pains) > 0 || dips && t.Emotion == dip {
			out = append(out, t)
		}
	}
	return out
}

// AllPainPoints returns the pain points of every persona's curve (see
// PainPoints), each touchpoint once, in journey order, as the first
// persona it is a pain point of feels there.
func (j *Journey) AllPainPoints() []*Touchpoint {
	pain := map[string]*Touchpoint{}
	for i := range j.Curves() {
		for _, t := range j.ForPersona(i).PainPoints() {
			if pain[t.ID] == nil {
				pain[t.ID] = t
			}
		}
	}
	var out []*Touchpoint
	for _, t := range j.Touchpoints() {
		if p := pain[t.ID]; p != nil {
			out = append(out, p)
		}
	}
	return out
}
