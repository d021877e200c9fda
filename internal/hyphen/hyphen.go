// Package hyphen finds where a word may be hyphenated, by Liang's algorithm
// with the hyphenation patterns of TeX (the hyph-utf8 package): American
// English (en-us) and Dutch (nl).
//
// The pattern files are embedded as they are distributed, licence headers
// included (see NOTICE), and read on first use, so that a program that
// hyphenates nothing does not pay for them.
package hyphen

import (
	_ "embed"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed hyph-en-us.tex
var enUS string

//go:embed hyph-nl.tex
var nl string

var (
	english = sync.OnceValue(func() *Patterns { return parse(enUS) })
	dutch   = sync.OnceValue(func() *Patterns { return parse(nl) })
)

// English returns the patterns of American English (en-us), read on first
// use.
func English() *Patterns { return english() }

// Dutch returns the patterns of Dutch (nl), read on first use.
func Dutch() *Patterns { return dutch() }

// Patterns are the hyphenation patterns, exceptions and hyphenmins of one
// language. They do not change once read, and are safe for concurrent use.
type Patterns struct {
	// src is the pattern file. A pattern is letters, '.' marking the edge
	// of a word, with a level, a digit, between any two of them, before
	// the first or after the last; no digit is level 0.
	src string
	// table is a hash table of the patterns by their letters: each slot
	// holds 1 + where a pattern starts in src, or 0. A pattern goes in the
	// first free slot from its hash on.
	table []uint32
	// longest is the most letters in a pattern.
	longest int
	// exceptions maps a word to the places, in letters from its start,
	// where it is hyphenated, whatever the patterns say.
	exceptions map[string][]int
	// leftMin and rightMin are the fewest letters a hyphen may leave
	// before and after it (\lefthyphenmin, \righthyphenmin).
	leftMin, rightMin int
}

// maxWord is the longest word, in bytes, that is hyphenated; a longer one
// is left whole. It bounds the work and the memory a word costs.
const maxWord = 256

// Hyphenate appends to dst the places where word may be hyphenated, as byte
// offsets into word, in order, and returns the extended slice: word[:i]
// takes the hyphen, word[i:] starts the next line.
//
// word is letters only: anything else (a digit, an apostrophe, a combining
// mark) ends the word for the patterns, and the caller hyphenates the
// letters on either side of it as words of their own. Case does not
// matter. A word on the exception list is hyphenated as listed. A place
// leaves at least the hyphenmins of the language before and after it.
func (p *Patterns) Hyphenate(dst []int, word string) []int {
	if len(word) > maxWord {
		return dst
	}
	// The word in lower case between dots: its bytes, and where each
	// letter starts, in word and in dotted.
	var dottedBuf [maxWord*2 + 2]byte
	var inWord, inDotted [maxWord + 3]int
	dotted := append(dottedBuf[:0], '.')
	n := 0 // letters
	for i, r := range word {
		inWord[n] = i
		inDotted[n+1] = len(dotted)
		dotted = utf8.AppendRune(dotted, unicode.ToLower(r))
		n++
	}
	inWord[n] = len(word)
	inDotted[n+1] = len(dotted)
	dotted = append(dotted, '.')
	inDotted[n+2] = len(dotted)
	if n < p.leftMin+p.rightMin {
		return dst
	}

	if at, ok := p.exceptions[string(dotted[1:len(dotted)-1])]; ok {
		for _, k := range at {
			if k >= p.leftMin && n-k >= p.rightMin {
				dst = append(dst, inWord[k])
			}
		}
		return dst
	}

	// levels[k] is the highest level of any pattern between dotted letters
	// k-1 and k; an odd one allows a hyphen.
	var levels [maxWord + 3]byte
	mask := uint32(len(p.table) - 1)
	for start := 0; start < n+2; start++ {
		h := uint32(offset32)
		for end := start + 1; end <= n+2 && end-start <= p.longest; end++ {
			// The hash of dotted letters start to end, a letter at a time.
			for _, c := range dotted[inDotted[end-1]:inDotted[end]] {
				h = (h ^ uint32(c)) * prime32
			}
			letters := dotted[inDotted[start]:inDotted[end]]
			for i := h & mask; p.table[i] != 0; i = (i + 1) & mask {
				if pattern := p.src[p.table[i]-1:]; sameLetters(pattern, letters) {
					raise(levels[start:end+1], pattern)
					break
				}
			}
		}
	}
	for k := p.leftMin; k <= n-p.rightMin; k++ {
		// Between letters k-1 and k of word: dotted letters k and k+1.
		if levels[k+1]%2 == 1 {
			dst = append(dst, inWord[k])
		}
	}
	return dst
}

// raise raises levels, one before each letter of a pattern and one after
// the last, to those of the pattern that starts s.
func raise(levels []byte, s string) {
	k := 0 // letters passed
	for j := 0; j < len(s) && !endsPattern[s[j]]; j++ {
		switch c := s[j]; {
		case isLevel(c):
			levels[k] = max(levels[k], c-'0')
		case c < 0x80 || c >= 0xC0:
			k++ // the first byte of a letter
		}
	}
}

// sameLetters reports whether the pattern that starts s has these letters.
func sameLetters(s string, letters []byte) bool {
	n := 0
	for i := 0; i < len(s) && !endsPattern[s[i]]; i++ {
		if isLevel(s[i]) {
			continue
		}
		if n == len(letters) || s[i] != letters[n] {
			return false
		}
		n++
	}
	return n == len(letters)
}
