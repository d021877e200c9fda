// Package vocab is journeymap's one vocabulary: every word a person reads
// on a map, a matrix, a report or a diff, in every language journeymap
// speaks. A word is a Word constant; Lang.Word gives it in a language.
//
// The words of all languages stand side by side in one table (words.go),
// so that a word is added, changed or translated in one place, and a test
// checks that every word exists in every language with the same verbs.
// The package imports nothing of journeymap, so that every other package
// may read it, the model and its diagnostics among them.
package vocab

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lang is a language journeymap speaks, by its BCP 47 tag.
type Lang string

// The languages, English first: it is the default.
const (
	English Lang = "en"
	Dutch   Lang = "nl"
)

// Langs lists the languages, the default first.
var Langs = []Lang{English, Dutch}

// LangCodes are the codes of Langs, as a journey's lang and --lang write
// them.
func LangCodes() []string {
	codes := make([]string, len(Langs))
	for i, l := range Langs {
		codes[i] = string(l)
	}
	return codes
}

// index is the column of l in the tables, which hold the languages in the
// order of Langs; English for a language journeymap does not speak.
func (l Lang) index() int {
	return max(0, slices.Index(Langs, l))
}

// Word is one word or phrase a person reads, in no language yet.
type Word int

// Word returns w in the language l (in English when l is not one of
// Langs).
func (l Lang) Word(w Word) string {
	switch {
	case w < 0 || w >= numWords:
		return ""
	case w < numLabels:
		return table[w][l.index()]
	}
	return messages[w-numLabels][l.index()]
}

// Format returns w in the language l with its verbs (%s, %d) filled in
// from args, as fmt.Sprintf does. An arg that is a Word, a Phrase or
// Items is said in l too.
func (l Lang) Format(w Word, args ...any) string {
	var said []any // args with the words and phrases said; made when needed
	for i, a := range args {
		var s string
		switch a := a.(type) {
		case Word:
			s = l.Word(a)
		case Phrase:
			s = l.Say(a)
		case Items:
			s = l.List(a.said(l))
		default:
			continue
		}
		if said == nil {
			said = append([]any(nil), args...)
		}
		said[i] = s
	}
	if said != nil {
		args = said
	}
	return fmt.Sprintf(l.Word(w), args...)
}

// Phrase is what to say in no language yet: a word and the values of its
// verbs. A value that is a Word or a Phrase is said in the language too.
// Diagnostics are phrases, so that they can be said in the reader's
// language once it is known.
type Phrase struct {
	Word Word
	Args []any
}

// Items is a list of values, said as one: "a, b and c", with the word
// for "and" and every Word or Phrase among them in the language.
type Items []any

func (items Items) said(l Lang) []string {
	out := make([]string, len(items))
	for i, a := range items {
		switch a := a.(type) {
		case Word:
			out[i] = l.Word(a)
		case Phrase:
			out[i] = l.Say(a)
		default:
			out[i] = fmt.Sprint(a)
		}
	}
	return out
}

// Say makes a Phrase.
func Say(w Word, args ...any) Phrase { return Phrase{Word: w, Args: args} }

// Say says p in the language l.
func (l Lang) Say(p Phrase) string { return l.Format(p.Word, p.Args...) }

// Count says how many there are: "1 phase", "5 phases".
func (l Lang) Count(n int, one, many Word) string {
	if n == 1 {
		return "1 " + l.Word(one)
	}
	return strconv.Itoa(n) + " " + l.Word(many)
}

// List joins items as "a, b and c", with the language's word for "and".
func (l Lang) List(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + l.Word(And) + " " + items[len(items)-1]
}

// Means reports whether typed, as a person typed it, is the word w in
// the language l, or one of its other spellings there: letter case and
// accents aside ("Vóór", "voor"), or a synonym ("gedaan" for "klaar").
func (l Lang) Means(typed string, w Word) bool {
	folded := fold(typed)
	if folded == "" {
		return false
	}
	if folded == fold(l.Word(w)) {
		return true
	}
	for _, s := range spellings {
		if s.word == w && s.lang == l && folded == fold(s.text) {
			return true
		}
	}
	return false
}

// Capitalise puts the first letter of s in upper case: for a word that
// starts a heading or a table's column.
func Capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// fold is s in lower case without the accents of the Latin letters
// Dutch uses, for comparing what a person typed with a word.
func fold(s string) string {
	return strings.Map(func(r rune) rune {
		switch r = unicode.ToLower(r); r {
		case 'à', 'á', 'â', 'ä':
			return 'a'
		case 'è', 'é', 'ê', 'ë':
			return 'e'
		case 'ì', 'í', 'î', 'ï':
			return 'i'
		case 'ò', 'ó', 'ô', 'ö':
			return 'o'
		case 'ù', 'ú', 'û', 'ü':
			return 'u'
		}
		return r
	}, strings.TrimSpace(s))
}
