package render

import (
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// describe summarises the journey in words for the map's <desc>: what a
// screen reader says about the picture, where the curve is lowest and
// highest, how it ends, and where the ideal journey differs most. A
// journey of several personas says so of each persona's curve.
func describe(j *journey.Journey) string {
	lang := j.Lang
	say := func(w vocab.Word, args ...any) string { return lang.Format(w, args...) }
	sentences := []string{say(vocab.DescMap, j.Title)}
	if cast := j.Cast(); len(cast) > 0 {
		names := make([]string, len(cast))
		for i, p := range cast {
			names[i] = p.Name
		}
		sentences = append(sentences, say(vocab.DescFor, lang.List(names)))
	}
	n := len(j.Touchpoints())
	sentences = append(sentences, say(vocab.DescCounts,
		lang.Count(len(j.Phases), vocab.PhaseOne, vocab.PhaseMany),
		lang.Count(n, vocab.TouchpointOne, vocab.TouchpointMany)))
	if n > 0 && len(j.Personas) > 1 {
		for i, p := range j.Personas {
			// The map draws the ideal of the first persona alone.
			sentences = append(sentences, say(vocab.DescPersona, p.Name, curveSentences(j.ForPersona(i), i == 0)))
		}
	} else if n > 0 {
		sentences = append(sentences, curveSentences(j, true))
	}
	return clean(strings.Join(sentences, " "))
}

// curveSentences says where the curve of j is lowest and highest, how it
// ends, and, with ideal, where its ideal differs most.
func curveSentences(j *journey.Journey, ideal bool) string {
	lang := j.Lang
	say := func(w vocab.Word, args ...any) string { return lang.Format(w, args...) }
	type at struct {
		tp    *journey.Touchpoint
		phase string
	}
	var all []at
	for pi := range j.Phases {
		for ti := range j.Phases[pi].Touchpoints {
			all = append(all, at{&j.Phases[pi].Touchpoints[ti], j.Phases[pi].Name})
		}
	}
	var sentences []string
	lo, hi := all[0], all[0]
	for _, a := range all[1:] {
		if a.tp.Emotion < lo.tp.Emotion {
			lo = a
		}
		if a.tp.Emotion > hi.tp.Emotion {
			hi = a
		}
	}
	last := all[len(all)-1]
	if lo.tp.Emotion == hi.tp.Emotion {
		sentences = append(sentences, say(vocab.Flat, signed(lo.tp.Emotion, j.Scale)))
	} else {
		sentences = append(sentences, say(vocab.DescCurve,
			signed(lo.tp.Emotion, j.Scale), quoted(lo.tp.Name), quoted(lo.phase),
			signed(hi.tp.Emotion, j.Scale), quoted(hi.tp.Name), quoted(hi.phase),
			signed(last.tp.Emotion, j.Scale), quoted(last.tp.Name)))
	}
	sentences = append(sentences, vocab.Capitalise(backedCount(j))+".")
	if len(j.Assumed()) > 0 {
		sentences = append(sentences, say(vocab.DescAssumed))
	}
	var gapAt *journey.Touchpoint
	for _, a := range all {
		if a.tp.Ideal != nil && (gapAt == nil || abs(*a.tp.Ideal-a.tp.Emotion) > abs(*gapAt.Ideal-gapAt.Emotion)) {
			gapAt = a.tp
		}
	}
	if gapAt != nil && ideal {
		sentences = append(sentences, say(vocab.DescIdeal, quoted(gapAt.Name), signed(*gapAt.Ideal, j.Scale), signed(gapAt.Emotion, j.Scale)))
	}
	return strings.Join(sentences, " ")
}

// quoted puts a label in typographic quotes, on one line.
func quoted(s string) string {
	return "“" + strings.Join(strings.Fields(s), " ") + "”"
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// backedCount says how many of the journey's emotions are backed by
// evidence: "11 of 16 emotions backed by evidence".
func backedCount(j *journey.Journey) string {
	n := len(j.Touchpoints())
	backed := n - len(j.Assumed())
	if n == 1 {
		return j.Lang.Format(vocab.BackedOfOne, backed)
	}
	return j.Lang.Format(vocab.BackedOfMany, backed, n)
}
