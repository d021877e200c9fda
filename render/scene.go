package render

import "github.com/journeymap/journeymap/journey"

// A Scene is a laid-out journey map: every box, line of text, curve and
// marker placed, in pixels, with the origin at the top left. It holds no
// colours (the theme adds those) and prints as JSON for golden tests.
type Scene struct {
	Width   float64  `json:"width"`
	Height  float64  `json:"height"`
	Lang    string   `json:"lang"`  // the language of the labels, as in the journey
	Title   string   `json:"title"` // the map's accessible name
	Desc    string   `json:"desc"`  // the journey summarised in words
	Lens    Lens     `json:"lens"`
	Loop    *Loop    `json:"loop,omitempty"`
	Moments []Moment `json:"moments"`
	Phases  []Phase  `json:"phases"`
	Curve   Curve    `json:"curve"`
	Lanes   []Lane   `json:"lanes"`
	Legend  Legend   `json:"legend"`
	// Warnings say what the map could not show whole and cut (see
	// limits.go), at the place in the journey's file.
	Warnings journey.Diagnostics `json:"warnings,omitempty"`
}

// Point is a position in the scene.
type Point struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// Box is a rectangle: its top-left corner and its size.
type Box struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// Text is a block of text already broken into lines that fit their box. X
// and Y place the baseline of the first line; each next line is LineHeight
// lower.
type Text struct {
	X          float64  `json:"x"`
	Y          float64  `json:"y"`
	Size       float64  `json:"size"`
	LineHeight float64  `json:"lineHeight"`
	Bold       bool     `json:"bold,omitempty"`
	Italic     bool     `json:"italic,omitempty"`
	Anchor     string   `json:"anchor,omitempty"` // "middle" or "end"; start when empty
	Class      string   `json:"class"`
	Lines      []string `json:"lines"`
}

// Lens is the top band: who, in what situation, with which goals.
type Lens struct {
	Box    Box     `json:"box"`
	Title  Text    `json:"title"`
	Meta   Text    `json:"meta"`
	Panels []Panel `json:"panels"`
}

// Panel is a labelled box of the lens, such as the persona or a goal.
type Panel struct {
	Box   Box    `json:"box"`
	Class string `json:"class"`
	Label Text   `json:"label"`
	Body  []Text `json:"body"`
}

// Moment is the bracket over the phases before, during or after the
// moment the journey turns on (the purchase, unless the journey names its
// moments); Label holds the name.
type Moment struct {
	Box    Box    `json:"box"`
	Moment string `json:"moment"`
	Label  Text   `json:"label"`
}

// Loop is the arrow that shows a journey flowing from its last phase back
// into its first.
type Loop struct {
	Path  Path `json:"path"`
	Label Text `json:"label"`
}

// Phase is a column of the map: its header and its touchpoint cards.
type Phase struct {
	Box         Box    `json:"box"`    // the header
	Moment      string `json:"moment"` // "" for a phase without one
	Name        Text   `json:"name"`
	Scenario    *Text  `json:"scenario,omitempty"`
	Empty       *Text  `json:"empty,omitempty"`    // shown when it has no touchpoints
	EmptyBox    *Box   `json:"emptyBox,omitempty"` // where its cards would be: as tall as the cards
	Touchpoints []Card `json:"touchpoints"`
}

// Card is a touchpoint: what happens, where, and who is responsible.
type Card struct {
	Box         Box    `json:"box"`
	Name        Text   `json:"name"`
	Channel     *Text  `json:"channel,omitempty"`
	ChannelKind string `json:"channelKind,omitempty"` // "online", "offline", or "" when unknown
	Cue         Point  `json:"cue"`                   // the centre of the online/offline cue
	Owner       *Text  `json:"owner,omitempty"`
}

// Curve is the emotion band: the scale, the current and ideal curves, the
// gap between them and the markers.
type Curve struct {
	Box     Box    `json:"box"`  // the whole band
	Plot    Box    `json:"plot"` // where the scale runs, top = maximum
	Label   Text   `json:"label"`
	Ticks   []Tick `json:"ticks"`
	Current Path   `json:"current"` // the whole current curve
	// Stretches are the current curve as it is drawn: cut where it turns
	// dotted, between two assumed points, or solid again.
	Stretches []Stretch    `json:"stretches,omitempty"`
	Ideal     []Path       `json:"ideal,omitempty"`
	Gaps      []Path       `json:"gaps,omitempty"`
	Others    []OtherCurve `json:"others,omitempty"` // other journeys' curves, for comparison
	// Personas are the curves of the personas after the first, in a
	// journey of several: the first persona's is Current.
	Personas []PersonaCurve `json:"personas,omitempty"`
	Points   []CurvePoint   `json:"points"`
	Markers  []Marker       `json:"markers,omitempty"`
	Feelings []Text         `json:"feelings,omitempty"`
}

// Stretch is a part of the current curve drawn one way: dotted when it
// runs between two assumed points (see journey.Journey.Backed), solid
// otherwise.
type Stretch struct {
	Assumed bool `json:"assumed,omitempty"`
	Path    Path `json:"path"`
}

// OtherCurve is the emotion curve of another journey drawn over the map
// for comparison (render --compare): a competitor's, or last year's.
type OtherCurve struct {
	Title  string       `json:"title"` // what the legend calls it: the journey's title
	Class  string       `json:"class"` // "compare-curve compare-N", N from 1
	Shape  string       `json:"shape"` // the mark at each point: square, diamond, cross or triangle
	Path   Path         `json:"path"`
	Points []CurvePoint `json:"points"`
}

// PersonaCurve is the emotion curve of a persona after the first, in a
// journey of several, with its markers (glyphs only; the legend names
// them).
type PersonaCurve struct {
	Name  string `json:"name"`  // what the legend calls it
	Class string `json:"class"` // "persona-curve persona-N", N from 2
	Shape string `json:"shape"` // the mark at each point: square, diamond, cross or triangle
	Path  Path   `json:"path"`
	// Stretches are the curve as it is drawn: dotted between two assumed
	// points, as the first persona's (Curve.Stretches).
	Stretches []Stretch    `json:"stretches,omitempty"`
	Points    []CurvePoint `json:"points"`
	Markers   []Marker     `json:"markers,omitempty"`
}

// Tick is one level of the emotion scale.
type Tick struct {
	Y       float64 `json:"y"`
	Label   Text    `json:"label"`
	Neutral bool    `json:"neutral,omitempty"`
}

// CurvePoint is a touchpoint's emotion on the curve.
type CurvePoint struct {
	Point
	Value int  `json:"value"`
	Ideal bool `json:"ideal,omitempty"` // a point of the ideal curve
	// Assumed marks a point of the current curve, or of a persona's,
	// whose emotion is not backed by evidence (see journey.Journey.Backed).
	Assumed bool `json:"assumed,omitempty"`
}

// Marker marks a point of the curve: a pain point, the peak or the end.
type Marker struct {
	Kind  string `json:"kind"` // "pain", "peak" or "end"
	At    Point  `json:"at"`
	Label Text   `json:"label"`
}

// Path is an outline of straight and cubic segments.
type Path struct {
	Cmds []Cmd `json:"cmds"`
}

// Cmd is one step of a path: M moves to P[0], L draws a line to P[0], C a
// cubic Bézier through controls P[0], P[1] to P[2], Z closes the path.
type Cmd struct {
	Op string  `json:"op"`
	P  []Point `json:"p,omitempty"`
}

// Lane is a row beneath the curve, such as pains or improvements, with a
// cell per touchpoint or per phase.
type Lane struct {
	Box   Box    `json:"box"`
	Class string `json:"class"`
	Label Text   `json:"label"`
	Cells []Cell `json:"cells"`
}

// Cell is a lane's box for one touchpoint or phase; each item is a text.
type Cell struct {
	Box   Box    `json:"box"`
	Items []Text `json:"items"`
}

// Legend explains the curves, the markers and the channel cues.
type Legend struct {
	Box   Box          `json:"box"`
	Items []LegendItem `json:"items"`
}

// LegendItem is one entry of the legend: a sample of what it explains.
type LegendItem struct {
	Kind  string `json:"kind"` // the class of the sample
	At    Point  `json:"at"`   // where the sample is drawn
	Label Text   `json:"label"`
}
