package render

// Hyphenation: where the TeX patterns of a journey's language allow a
// hyphen in a word too long for its line (see wrap).

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/journeymap/journeymap/internal/hyphen"
	"github.com/journeymap/journeymap/journey"
	"golang.org/x/text/unicode/norm"
)

// isPoint reports whether the patterns allow a hyphen after the cluster
// p[a:b]: inside a run of letters, where they place one. A run holds the
// combining marks on its letters, so that a word written decomposed (an
// "o" and then U+0308, as some keyboards and file systems write "ö") is
// hyphenated as the same word composed.
func (w *wrapper) isPoint(a, b int, patterns *hyphen.Patterns) bool {
	p := w.p
	if a < w.run[0] || a >= w.run[1] {
		r, n := utf8.DecodeRuneInString(p[a:])
		if !unicode.IsLetter(r) {
			return false
		}
		// A new run: hyphenate it whole. It starts with a letter.
		start := a
		for start > 0 {
			r, n := utf8.DecodeLastRuneInString(p[:start])
			if !unicode.IsLetter(r) && !isMark(r) {
				break
			}
			start -= n
		}
		for {
			r, n := utf8.DecodeRuneInString(p[start:])
			if unicode.IsLetter(r) {
				break
			}
			start += n
		}
		end := a + n
		for end < len(p) {
			r, n := utf8.DecodeRuneInString(p[end:])
			if !unicode.IsLetter(r) && !isMark(r) {
				break
			}
			end += n
		}
		w.run = [2]int{start, end}
		w.points = w.points[:0]
		// A run glued to a URL or the like is part of it, though its
		// letters are not ASCII ("…/wiki/Überweisung", "jöran@…"), and
		// takes no hyphen.
		if !(start > 0 && w.wordAt(start-1).literal || end < len(p) && w.wordAt(end).literal) {
			w.hyphenate(patterns)
		}
	}
	_, found := slices.BinarySearch(w.points, b)
	return found
}

// hyphenate sets points to where the patterns allow a hyphen in the run of
// letters p[run[0]:run[1]], in p. The patterns spell words composed (NFC),
// so a run with marks is hyphenated as its letters composed, each with its
// marks, and the places are mapped back to the text as written: a hyphen
// goes after a letter's marks, never between them. A run with a mark that
// has no composed form with its letter gets no hyphen; nor does a run with
// a letter that NFC writes as a letter and a mark (U+FB4D, כֿ).
func (w *wrapper) hyphenate(patterns *hyphen.Patterns) {
	if w.points == nil {
		w.points = make([]int, 0, 16)
	}
	start, run := w.run[0], w.p[w.run[0]:w.run[1]]
	if !strings.ContainsFunc(run, isMark) && norm.NFC.IsNormalString(run) {
		w.points = patterns.Hyphenate(w.points[:0], run)
		for i := range w.points {
			w.points[i] += start
		}
		return
	}
	w.points = w.points[:0]
	var composed []byte
	var inComposed, inRun []int // where each letter starts in composed, and in run
	for i := 0; i < len(run); {
		_, n := utf8.DecodeRuneInString(run[i:])
		j := i + n // past the letter and its marks
		for j < len(run) {
			r, n := utf8.DecodeRuneInString(run[j:])
			if !isMark(r) {
				break
			}
			j += n
		}
		letter := norm.NFC.String(run[i:j])
		if utf8.RuneCountInString(letter) != 1 {
			return // a mark that does not compose
		}
		inComposed, inRun = append(inComposed, len(composed)), append(inRun, i)
		composed = append(composed, letter...)
		i = j
	}
	for _, k := range patterns.Hyphenate(nil, string(composed)) {
		if i, found := slices.BinarySearch(inComposed, k); found {
			w.points = append(w.points, start+inRun[i])
		}
	}
}

// isMark reports whether r is a combining mark (Unicode M), which belongs
// to the letter before it. There are none below U+0300.
func isMark(r rune) bool {
	return r >= 0x300 && unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me)
}

// hyphenation returns the hyphenation patterns of a language, or nil.
func hyphenation(lang journey.Lang) *hyphen.Patterns {
	switch lang {
	case journey.English:
		return hyphen.English()
	case journey.Dutch:
		return hyphen.Dutch()
	}
	return nil
}
