// Package report tells what a journey says, in words for people: as
// Markdown for a pull-request comment or a client document (the journey in
// one paragraph, its emotion curve, pain points, the gaps with the ideal
// journey, the improvements by quadrant, what is overdue, and the
// warnings), and its improvements as CSV for a task tracker.
//
// Like render, the package knows nothing of files, flags or command lines:
// it writes to an io.Writer, and its output depends on the journey and the
// options alone.
package report

import (
	"cmp"
	"slices"

	"github.com/journeymap/journeymap/journey"
)

// Options tune a report.
type Options struct {
	// Today is the date that overdue improvements are measured against:
	// an improvement is overdue when it is open or in progress and due
	// before today. The zero value checks none, and the Markdown report
	// leaves out its overdue section.
	Today journey.Date
}

// stop is a touchpoint at its place in the journey.
type stop struct {
	tp    *journey.Touchpoint
	phase *journey.Phase
	index int // in journey order, from 0
}

// curve is where the emotion curve is lowest and highest, and where it
// ends. For equal emotions the first touchpoint counts.
type curve struct {
	lowest, highest, end stop
	nLowest, nHighest    int // the touchpoints at the lowest, at the highest emotion
}

// flat reports whether the emotion never changes.
func (c curve) flat() bool { return c.lowest.tp.Emotion == c.highest.tp.Emotion }

// phaseEmotion is the emotion of one phase: the sum over its touchpoints,
// for an average that is computed exactly.
type phaseEmotion struct {
	phase *journey.Phase
	n     int // touchpoints
	sum   int // of their emotions
}

// averageTenths is the average emotion of the phase in tenths, rounded
// half away from zero, and false for a phase without touchpoints.
func (p phaseEmotion) averageTenths() (int, bool) {
	if p.n == 0 {
		return 0, false
	}
	return divRound(10*p.sum, p.n), true
}

// divRound divides a by b > 0, rounding half away from zero.
func divRound(a, b int) int {
	if a < 0 {
		return -((-a*2 + b) / (2 * b))
	}
	return (a*2 + b) / (2 * b)
}

// painPoint is a touchpoint where the customer has a hard time (see
// journey.Journey.PainPoints).
type painPoint struct {
	stop
	lowest   bool                // at the lowest point of a curve that dips
	evidence []*journey.Evidence // what it rests on, in the order listed
}

// gap is a touchpoint whose ideal differs from its emotion.
type gap struct {
	stop
	ideal int
}

// diff is ideal minus emotion: positive where the customer should feel
// better than now.
func (g gap) diff() int { return g.ideal - g.tp.Emotion }

// size is how far the ideal lies from the emotion.
func (g gap) size() int { return abs(g.diff()) }

// group is the improvements in one quadrant of the action-priority matrix,
// in the order of the file.
type group struct {
	quadrant journey.Quadrant
	items    []item
}

// item is an improvement with what today makes of it.
type item struct {
	im       *journey.Improvement
	overdue  bool
	daysLate int // days between the due date and today, when overdue
}

// summary is everything a report says about a journey, worked out once.
type summary struct {
	j          *journey.Journey
	today      journey.Date
	stops      []stop
	byID       map[string]stop
	curve      *curve // nil without touchpoints
	phases     []phaseEmotion
	painPoints []painPoint
	assumed    []painPoint // the touchpoints whose emotion is not backed, with the assumptions they name
	gaps       []gap       // largest first; equal sizes in journey order
	atIdeal    int         // touchpoints whose emotion is their ideal
	noIdeal    int         // touchpoints without an ideal
	groups     []group
	overdue    []item // longest overdue first
	warnings   journey.Diagnostics
}

// summarise works out what the report says about j. diags are the
// journey's diagnostics; only its warnings are kept.
func summarise(j *journey.Journey, diags journey.Diagnostics, opts Options) *summary {
	s := &summary{j: j, today: opts.Today, byID: map[string]stop{}}
	for pi := range j.Phases {
		p := &j.Phases[pi]
		pe := phaseEmotion{phase: p}
		for ti := range p.Touchpoints {
			st := stop{tp: &p.Touchpoints[ti], phase: p, index: len(s.stops)}
			s.stops = append(s.stops, st)
			if _, dup := s.byID[st.tp.ID]; !dup {
				s.byID[st.tp.ID] = st
			}
			pe.n++
			pe.sum += st.tp.Emotion
		}
		s.phases = append(s.phases, pe)
	}
	s.curve = curveOf(s.stops)
	s.painPoints = painPoints(j, s.stops)
	s.assumed = assumed(j, s.stops)
	s.gaps, s.atIdeal, s.noIdeal = gaps(s.stops)
	s.groups, s.overdue = improvements(j, opts.Today)
	for _, d := range diags {
		// Overdue improvements have a section of their own.
		if d.Severity == journey.Warning && d.Code != journey.CodeImprovementOverdue {
			s.warnings = append(s.warnings, d)
		}
	}
	return s
}

// curveOf finds the lowest and highest points of the curve and its end.
func curveOf(stops []stop) *curve {
	if len(stops) == 0 {
		return nil
	}
	c := &curve{lowest: stops[0], highest: stops[0], end: stops[len(stops)-1]}
	for _, st := range stops[1:] {
		if st.tp.Emotion < c.lowest.tp.Emotion {
			c.lowest = st
		}
		if st.tp.Emotion > c.highest.tp.Emotion {
			c.highest = st
		}
	}
	for _, st := range stops {
		if st.tp.Emotion == c.lowest.tp.Emotion {
			c.nLowest++
		}
		if st.tp.Emotion == c.highest.tp.Emotion {
			c.nHighest++
		}
	}
	return c
}

// painPoints lists the touchpoints that list pains or that the map marks
// as pain points: lowest emotion first, equal emotions in journey order.
func painPoints(j *journey.Journey, stops []stop) []painPoint {
	byID := make(map[*journey.Touchpoint]stop, len(stops))
	for _, st := range stops {
		byID[st.tp] = st
	}
	evidence := map[string]*journey.Evidence{}
	for i := range j.Evidence {
		if _, dup := evidence[j.Evidence[i].ID]; !dup {
			evidence[j.Evidence[i].ID] = &j.Evidence[i]
		}
	}
	dip, dips := j.Dip()
	var out []painPoint
	for _, tp := range j.PainPoints() {
		st := byID[tp]
		pp := painPoint{stop: st, lowest: dips && tp.Emotion == dip}
		for _, id := range st.tp.Evidence {
			if e, ok := evidence[id]; ok {
				pp.evidence = append(pp.evidence, e)
			}
		}
		out = append(out, pp)
	}
	slices.SortStableFunc(out, func(a, b painPoint) int { return cmp.Compare(a.tp.Emotion, b.tp.Emotion) })
	return out
}

// gaps ranks the touchpoints whose ideal differs from their emotion by the
// size of the difference, largest first, equal sizes in journey order. It
// also counts the touchpoints at their ideal and those without one.
func gaps(stops []stop) (ranked []gap, atIdeal, noIdeal int) {
	for _, st := range stops {
		switch {
		case st.tp.Ideal == nil:
			noIdeal++
		case *st.tp.Ideal == st.tp.Emotion:
			atIdeal++
		default:
			ranked = append(ranked, gap{stop: st, ideal: *st.tp.Ideal})
		}
	}
	slices.SortStableFunc(ranked, func(a, b gap) int { return cmp.Compare(b.size(), a.size()) })
	return ranked, atIdeal, noIdeal
}

// improvements groups the improvements by quadrant, in quadrantOrder and
// leaving out empty quadrants, and lists the overdue ones: longest overdue
// first, equal due dates in the order of the file.
func improvements(j *journey.Journey, today journey.Date) (groups []group, overdue []item) {
	byQuadrant := map[journey.Quadrant][]item{}
	for i := range j.Improvements {
		it := itemOf(&j.Improvements[i], today)
		q := it.im.Quadrant()
		byQuadrant[q] = append(byQuadrant[q], it)
		if it.overdue {
			overdue = append(overdue, it)
		}
	}
	for _, q := range journey.Quadrants {
		if items := byQuadrant[q]; len(items) > 0 {
			groups = append(groups, group{quadrant: q, items: items})
		}
	}
	slices.SortStableFunc(overdue, func(a, b item) int { return cmp.Compare(b.daysLate, a.daysLate) })
	return groups, overdue
}

// itemOf tells whether an improvement is overdue on today, and by how many
// days (see journey.Improvement.Overdue).
func itemOf(im *journey.Improvement, today journey.Date) item {
	return item{im: im, overdue: im.Overdue(today), daysLate: im.DaysLate(today)}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// assumed lists, in journey order, the touchpoints whose emotion is not
// backed by evidence (see journey.Journey.Backed), each with the evidence
// it names: assumptions only.
func assumed(j *journey.Journey, stops []stop) []painPoint {
	evidence := map[string]*journey.Evidence{}
	for i := range j.Evidence {
		if _, dup := evidence[j.Evidence[i].ID]; !dup {
			evidence[j.Evidence[i].ID] = &j.Evidence[i]
		}
	}
	var out []painPoint
	for _, st := range stops {
		if j.Backed(st.tp) {
			continue
		}
		a := painPoint{stop: st}
		for _, id := range st.tp.Evidence {
			if e, ok := evidence[id]; ok {
				a.evidence = append(a.evidence, e)
			}
		}
		out = append(out, a)
	}
	return out
}
