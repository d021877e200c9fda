package interop

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// A spreadsheet of a journey of several personas has, instead of the
// columns emotion, ideal and feeling, one of each per persona, headed by
// the word and the persona's id: emotion:sanne, ideal:sanne,
// feeling:sanne (emotie:sanne in Dutch). The personas' names go on the
// Journey sheet of a workbook as persona:sanne (and persona:sanne.about);
// a CSV file names them by their ids.

// personaColumns are the columns of one persona's emotion, ideal and
// feeling, by index in the header; -1 when absent.
type personaColumns struct {
	id                      string
	emotion, ideal, feeling int
}

// personaHeader reads a header of a value per persona: the column it is
// a value of (colEmotion, colIdeal or colFeeling) and the persona's id.
func personaHeader(h string) (column, string, bool) {
	word, id, ok := strings.Cut(h, ":")
	id = strings.TrimSpace(id)
	if !ok || !reSlug.MatchString(id) {
		return 0, "", false
	}
	key := headerKey(word)
	for _, c := range []column{colEmotion, colIdeal, colFeeling} {
		for _, l := range vocab.Langs {
			if key == headerKey(l.Word(columnWords[c])) {
				return c, id, true
			}
		}
	}
	return 0, "", false
}

// personaColumn records the column at index i of header h as a value per
// persona, when it is one.
func (r *sheetReader) personaColumn(i int, h string) bool {
	c, id, ok := personaHeader(h)
	if !ok {
		return false
	}
	k := slices.IndexFunc(r.personas, func(p personaColumns) bool { return p.id == id })
	if k < 0 {
		r.personas = append(r.personas, personaColumns{id: id, emotion: -1, ideal: -1, feeling: -1})
		k = len(r.personas) - 1
	}
	at := map[column]*int{colEmotion: &r.personas[k].emotion, colIdeal: &r.personas[k].ideal, colFeeling: &r.personas[k].feeling}[c]
	if *at >= 0 {
		r.errorAt(0, i, CodeColumns, vocab.SheetColumnTwice, quote(h), quote(r.header[*at]))
		return true
	}
	*at = i
	return true
}

// checkPersonaColumns reports a persona with an ideal or feeling column
// but no emotion column; it tells whether every persona has one.
func (r *sheetReader) checkPersonaColumns(lang vocab.Lang) bool {
	ok := true
	for _, p := range r.personas {
		if p.emotion < 0 {
			r.errorAt(0, -1, CodeColumns, vocab.SheetMissingColumn, quote(lang.Word(vocab.ColumnEmotion)+":"+p.id))
			ok = false
		}
	}
	return ok
}

// moods reads the emotion, ideal and feeling of every persona in a row,
// adding each emotion and ideal to emotions for the scale.
func (r *sheetReader) moods(rw row, emotions *[]struct{ i, c, v int }) []journey.Mood {
	out := make([]journey.Mood, len(r.personas))
	for k, p := range r.personas {
		m := &out[k]
		number := func(i int, need bool) (int, bool) {
			n, ok := r.numberAt(rw, i, need)
			if ok {
				*emotions = append(*emotions, struct{ i, c, v int }{rw.i, i, n})
			}
			return n, ok
		}
		m.Emotion, _ = number(p.emotion, true)
		if p.ideal >= 0 {
			if v, ok := number(p.ideal, false); ok {
				m.Ideal = &v
			}
		}
		if p.feeling >= 0 {
			m.Feeling = r.cell(rw, p.feeling)
			if n := utf8.RuneCountInString(m.Feeling); n > journey.MaxLabelRunes {
				r.errorAt(rw.i, p.feeling, journey.CodeTooLong, vocab.TooLong, r.header[p.feeling], n, journey.MaxLabelRunes)
			}
		}
	}
	return out
}

// personasOf are the personas of the columns, named as the Journey sheet
// names them (known, by id), else by their ids.
func (r *sheetReader) personasOf(known []journey.Persona) []journey.Persona {
	out := make([]journey.Persona, len(r.personas))
	for k, p := range r.personas {
		out[k] = journey.Persona{ID: p.id, Name: p.id}
		for _, n := range known {
			if n.ID == p.id {
				out[k] = n
			}
		}
	}
	return out
}

// moodHeaders are the headers of the values per persona of j, for the
// column c of a journey of one: emotion:sanne, emotion:joost.
func moodHeaders(j *journey.Journey, c column) []string {
	out := make([]string, len(j.Personas))
	for i, p := range j.Personas {
		out[i] = j.Lang.Word(columnWords[c]) + ":" + p.ID
	}
	return out
}

// moodCells are the cells of a touchpoint's values per persona for the
// column c.
func moodCells(t *journey.Touchpoint, c column) []string {
	out := make([]string, len(t.Moods))
	for i, m := range t.Moods {
		switch c {
		case colEmotion:
			out[i] = strconv.Itoa(m.Emotion)
		case colIdeal:
			if m.Ideal != nil {
				out[i] = strconv.Itoa(*m.Ideal)
			}
		case colFeeling:
			out[i] = m.Feeling
		}
	}
	return out
}
