package interop

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/journeymap/journeymap/internal/formula"
	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// A column of a spreadsheet of touchpoints, one row per touchpoint.
type column int

// The columns, in the order an export writes them.
const (
	colPhase column = iota
	colPhaseID
	colMoment
	colTouchpoint
	colID
	colChannel
	colOwner
	colEmotion
	colIdeal
	colFeeling
	colThinks
	colPains
	colGains
	colEvidence
	numColumns
)

// columnWords are the headers of the columns, in every language.
var columnWords = [numColumns]vocab.Word{
	vocab.ColumnPhase, vocab.ColumnPhaseID, vocab.ColumnMoment, vocab.ColumnTouchpoint, vocab.ColumnID,
	vocab.ColumnChannel, vocab.ColumnOwner, vocab.ColumnEmotion, vocab.ColumnIdeal, vocab.ColumnFeeling,
	vocab.ColumnThinks, vocab.ColumnPains, vocab.ColumnGains, vocab.ColumnEvidence,
}

// required are the columns a spreadsheet must have.
var required = []column{colPhase, colTouchpoint, colEmotion}

// SheetOptions tune the import of a spreadsheet.
type SheetOptions struct {
	// Title is the journey's title when the file does not give one (a
	// CSV file never does): the file's name, say.
	Title string
	// Scale is the journey's scale when the file does not give one; nil
	// picks the smallest of [1, 5], [-2, 2], [-3, 3] and [-5, 5] that
	// holds every emotion.
	Scale *journey.Scale
	// Lang is the language of the journey written, whatever the file
	// says; when empty, the Journey sheet's lang, else the language of
	// the headers.
	Lang vocab.Lang
	// Sheet names the sheet of touchpoints in an XLSX file; the first
	// when empty.
	Sheet string
}

// table is the rows of a spreadsheet, the header first, and where each
// cell is, for diagnostics.
type table struct {
	rows [][]string
	// row is the spreadsheet's number of each row: a CSV record whose
	// cells hold new lines is still one row.
	row []int
	// at is where the cell of rows[i] in column c is, c = -1 for the
	// whole row: a row for CSV, a cell such as Sheet1!E14 for XLSX.
	at func(i, c int) (journey.Pos, string)
	// fixedWidth: every row must have as many fields as the header (CSV).
	fixedWidth bool
	// guarded: a cell may have a ' in front against formula injection,
	// which the reader takes off (CSV; a workbook holds text as text).
	guarded bool
	// noValue tells whether the cell of rows[i] in column c holds a
	// formula without a value computed; nil when the file has no formulas
	// (CSV).
	noValue func(i, c int) bool
}

// meta is what an XLSX file's Journey and Evidence sheets say.
type meta struct {
	j        journey.Journey // title, persona, lang, scale, …; zero where not given
	scale    bool            // the scale was given
	evidence []journey.Evidence
}

// sheetReader turns a table into a journey.
type sheetReader struct {
	p      *problems
	t      *table
	header []string        // as the file writes them (without the spaces around), for messages
	cols   [numColumns]int // the index of each column; -1 when absent
	// personas are the columns of values per persona (emotion:sanne), in
	// the order of their first column.
	personas []personaColumns
	// noValue holds the cells of the row being read that hold a formula
	// without a value, by index: reported, so not reported as empty too.
	noValue map[int]bool
}

func (r *sheetReader) errorAt(i, c int, code journey.Code, w vocab.Word, args ...any) {
	pos, cell := r.t.at(i, c)
	r.p.add(journey.Error, pos, cell, code, w, args...)
}

func (r *sheetReader) warnAt(i, c int, code journey.Code, w vocab.Word, args ...any) {
	pos, cell := r.t.at(i, c)
	r.p.add(journey.Warning, pos, cell, code, w, args...)
}

// headerKey is a header as compared: lower case, - and _ as spaces, one
// space between words.
func headerKey(s string) string {
	s = strings.NewReplacer("-", " ", "_", " ").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// columns reads the header row; it returns the language the headers are
// written in ("" when they say nothing of it), and false when a required
// column is missing.
func (r *sheetReader) columns() (vocab.Lang, bool) {
	for c := range r.cols {
		r.cols[c] = -1
	}
	if len(r.t.rows) == 0 || isBlankRow(r.t.rows[0]) {
		r.errorAt(0, -1, CodeColumns, vocab.SheetNoHeader)
		return "", false
	}
	for _, h := range r.t.rows[0] {
		r.header = append(r.header, strings.TrimSpace(h))
	}
	votes := map[vocab.Lang]int{}
	for i, h := range r.header {
		key := headerKey(h)
		if key == "" || r.personaColumn(i, h) {
			continue
		}
		found := false
		for c, w := range columnWords {
			var langs []vocab.Lang
			for _, l := range vocab.Langs {
				if key == headerKey(l.Word(w)) {
					langs = append(langs, l)
				}
			}
			if len(langs) == 0 {
				continue
			}
			found = true
			if len(langs) == 1 {
				votes[langs[0]]++
			}
			if first := r.cols[c]; first >= 0 {
				r.errorAt(0, i, CodeColumns, vocab.SheetColumnTwice, quote(h), quote(r.header[first]))
				break
			}
			r.cols[c] = i
			break
		}
		if !found {
			r.warnAt(0, i, CodeUnknownColumn, vocab.SheetUnknownColumn, quote(h))
		}
	}
	lang := vocab.Lang("")
	if votes[vocab.Dutch] > votes[vocab.English] {
		lang = vocab.Dutch
	} else if votes[vocab.English] > 0 {
		lang = vocab.English
	}
	ok := true
	l := firstLang(lang) // of the messages: English when the headers say nothing
	if len(r.personas) > 0 {
		ok = r.checkPersonaColumns(l)
		for _, c := range []column{colEmotion, colIdeal, colFeeling} {
			if i := r.cols[c]; i >= 0 {
				r.warnAt(0, i, CodeUnknownColumn, vocab.SheetPlainBesidePersonas, quote(r.header[i]), quote(l.Word(vocab.ColumnEmotion)+":"+r.personas[0].id))
				r.cols[c] = -1
			}
		}
	}
	for _, c := range required {
		if c == colEmotion && len(r.personas) > 0 {
			continue // one per persona
		}
		if r.cols[c] < 0 {
			r.errorAt(0, -1, CodeColumns, vocab.SheetMissingColumn, quote(l.Word(columnWords[c])))
			ok = false
		}
	}
	return lang, ok
}

func isBlankRow(row []string) bool {
	for _, s := range row {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}

// row is one row of touchpoints being read.
type row struct {
	i     int // index in the table
	cells []string
}

// get is the cell of column c, as cell reads it.
func (r *sheetReader) get(rw row, c column) string { return r.cell(rw, r.cols[c]) }

// cell is the text of the cell at index i of a row: with the spaces
// around it and, in a CSV file, a formula guard (a ' before = + - @)
// taken off; "" when absent.
func (r *sheetReader) cell(rw row, i int) string {
	if i < 0 || i >= len(rw.cells) {
		return ""
	}
	v := strings.TrimSpace(rw.cells[i])
	if r.t.guarded {
		v = formula.Unguard(v)
	}
	return v
}

// name is the header of column c as the file writes it.
func (r *sheetReader) name(c column) string { return r.header[r.cols[c]] }

// reSlug is what an id must be (docs/format.md).
var reSlug = regexp.MustCompile(`^[a-z0-9]+([-_][a-z0-9]+)*$`)

// readSheet reads the touchpoints of t, with what m says of the rest of
// the journey.
func readSheet(p *problems, t *table, m *meta, opts SheetOptions) *Imported {
	r := &sheetReader{p: p, t: t}
	headerLang, ok := r.columns()
	if !ok {
		return nil
	}
	j := &journey.Journey{}
	*j = m.j
	j.File = p.file
	j.Lang = firstLang(opts.Lang, m.j.Lang, headerLang, vocab.English)
	if opts.Lang == "" {
		p.lang = firstLang(m.j.Lang, headerLang) // "" when the file does not say
	}
	if j.Title == "" {
		j.Title = opts.Title
	}
	im := &Imported{Journey: j, Actors: map[string][]string{}, Added: map[string]bool{}}
	j.Evidence = append(j.Evidence, m.evidence...)
	known := map[string]bool{}
	for _, e := range j.Evidence {
		known[e.ID] = true
	}

	var rows []row
	for i := 1; i < len(t.rows); i++ {
		cells := t.rows[i]
		if isBlankRow(cells) {
			continue // of any width: a spreadsheet writes ;;;; for a row it once used
		}
		if t.fixedWidth && len(cells) != len(r.header) {
			r.errorAt(i, -1, CodeRowLength, vocab.SheetRowLength, len(cells), len(r.header))
			continue
		}
		rows = append(rows, row{i: i, cells: cells})
	}
	if len(rows) == 0 {
		r.errorAt(0, -1, CodeColumns, vocab.SheetNoRows)
		return nil
	}

	phaseIDs, tpIDs := r.givenIDs(rows, colPhaseID, vocab.KindPhase), r.givenIDs(rows, colID, vocab.KindTouchpoint)
	type phaseAt struct {
		index int // in j.Phases
		row   int // where it was first named
	}
	phases := map[string]phaseAt{}
	var emotions []struct{ i, c, v int }
	for _, rw := range rows {
		r.noValue = map[int]bool{}
		for _, i := range r.cols {
			if i < 0 {
				continue
			}
			cell := ""
			if i < len(rw.cells) {
				cell = rw.cells[i]
			}
			if ch, bad := badRune(cell); bad {
				r.errorAt(rw.i, i, journey.CodeControlChar, vocab.ControlCharacterIn, ch)
			}
			if t.noValue != nil && strings.TrimSpace(cell) == "" && t.noValue(rw.i, i) {
				r.errorAt(rw.i, i, journey.CodeBadValue, vocab.XLSXFormulaNoValue, r.header[i])
				r.noValue[i] = true
			}
		}
		phaseName, name := r.get(rw, colPhase), r.get(rw, colTouchpoint)
		phaseOnly := r.phaseOnly(rw)
		r.need(rw, colPhase, phaseName)
		if !phaseOnly {
			r.need(rw, colTouchpoint, name)
		}
		r.label(rw, colPhase, phaseName, journey.MaxLabelRunes)
		r.label(rw, colTouchpoint, name, journey.MaxLabelRunes)
		moment := r.moment(rw)

		key := phaseName
		phaseID := r.slugCell(rw, colPhaseID, true)
		if phaseID != "" {
			key = "id " + phaseID
		}
		at, seen := phases[key]
		switch {
		case !seen && phaseName != "":
			if len(j.Phases) == journey.MaxPhases {
				r.errorAt(rw.i, r.cols[colPhase], journey.CodeTooMany, vocab.TooManyItems, r.name(colPhase), journey.MaxPhases)
			}
			if phaseID == "" {
				phaseID = uniqueID(phaseName, "phase", phaseIDs)
			}
			at = phaseAt{index: len(j.Phases), row: rw.i}
			phases[key] = at
			pos, _ := t.at(rw.i, -1)
			j.Phases = append(j.Phases, journey.Phase{Pos: pos, ID: phaseID, Name: phaseName, Moment: moment})
		case seen:
			ph := &j.Phases[at.index]
			if phaseName != "" && phaseName != ph.Name {
				r.errorAt(rw.i, r.cols[colPhase], CodeRowConflict, vocab.SheetPhaseNameConflict, quote(ph.ID), quote(phaseName), quote(ph.Name), r.rowNumber(at.row))
			}
			switch {
			case ph.Moment == "":
				ph.Moment = moment
			case moment != "" && moment != ph.Moment:
				r.errorAt(rw.i, r.cols[colMoment], CodeRowConflict, vocab.SheetMomentConflict, quote(ph.Name), string(moment), string(ph.Moment), r.rowNumber(at.row))
			}
		}

		if phaseOnly {
			continue
		}
		tp := journey.Touchpoint{Name: name}
		tp.Pos, _ = t.at(rw.i, -1)
		tp.ID = r.slugCell(rw, colID, true)
		if tp.ID == "" && name != "" {
			tp.ID = uniqueID(name, "touchpoint", tpIDs)
		}
		for _, f := range []struct {
			c    column
			into *string
			max  int
		}{{colChannel, &tp.Channel, journey.MaxLabelRunes}, {colOwner, &tp.Owner, journey.MaxLabelRunes},
			{colFeeling, &tp.Feeling, journey.MaxLabelRunes}, {colThinks, &tp.Thinks, journey.MaxTextRunes}} {
			*f.into = r.get(rw, f.c)
			r.label(rw, f.c, *f.into, f.max)
		}
		tp.Pains, tp.Gains = r.items(rw, colPains), r.items(rw, colGains)
		if len(r.personas) > 0 {
			tp.Moods = r.moods(rw, &emotions)
			tp.Emotion, tp.Ideal, tp.Feeling = tp.Moods[0].Emotion, tp.Moods[0].Ideal, tp.Moods[0].Feeling
		} else {
			if v, ok := r.number(rw, colEmotion, true); ok {
				tp.Emotion = v
				emotions = append(emotions, struct{ i, c, v int }{rw.i, r.cols[colEmotion], v})
			}
			if v, ok := r.number(rw, colIdeal, false); ok {
				tp.Ideal = &v
				emotions = append(emotions, struct{ i, c, v int }{rw.i, r.cols[colIdeal], v})
			}
		}
		for _, id := range r.evidence(rw) {
			tp.Evidence = append(tp.Evidence, id)
			if !known[id] {
				known[id] = true
				im.Added[id] = true
				j.Evidence = append(j.Evidence, journey.Evidence{ID: id, Kind: journey.Other, Source: j.Lang.Word(vocab.EvidenceToComplete)})
				r.warnAt(rw.i, r.cols[colEvidence], CodeEvidenceAdded, vocab.SheetEvidenceAdded, quote(id))
			}
		}
		if seen || phaseName != "" {
			ph := &j.Phases[phases[key].index]
			ph.Touchpoints = append(ph.Touchpoints, tp)
		}
	}
	if len(r.personas) > 0 {
		j.Personas, j.Persona = r.personasOf(m.j.Personas), journey.Persona{}
		if len(j.Personas) > journey.MaxPersonas {
			r.errorAt(0, -1, journey.CodeTooMany, vocab.TooManyItems, "personas", journey.MaxPersonas)
		}
	}
	if n := len(j.Touchpoints()); n > journey.MaxTouchpoints {
		r.errorAt(rows[len(rows)-1].i, -1, journey.CodeTooMany, vocab.TooManyItems, "touchpoints", journey.MaxTouchpoints)
	}
	if len(j.Evidence) > journey.MaxEvidence {
		r.errorAt(rows[len(rows)-1].i, -1, journey.CodeTooMany, vocab.TooManyItems, "evidence", journey.MaxEvidence)
	}

	switch {
	case m.scale:
	case opts.Scale != nil:
		j.Scale = *opts.Scale
	default:
		j.Scale = fittingScale(emotions)
	}
	for _, e := range emotions {
		if !j.Scale.Contains(e.v) {
			r.errorAt(e.i, e.c, journey.CodeOutOfScale, vocab.OutOfScale, r.header[e.c], e.v, j.Scale.String())
		}
	}
	return im
}

// firstLang is the first language given.
func firstLang(langs ...vocab.Lang) vocab.Lang {
	for _, l := range langs {
		if l != "" {
			return l
		}
	}
	return vocab.English
}

// rowNumber is the spreadsheet's number of the row at index i.
func (r *sheetReader) rowNumber(i int) int { return r.t.row[i] }

// need reports a required cell left empty.
func (r *sheetReader) need(rw row, c column, v string) {
	if v == "" && !r.noValue[r.cols[c]] {
		r.errorAt(rw.i, r.cols[c], journey.CodeEmptyValue, vocab.EmptyValue, r.name(c))
	}
}

// label reports text longer than limit characters.
func (r *sheetReader) label(rw row, c column, v string, limit int) {
	if n := utf8.RuneCountInString(v); n > limit {
		r.errorAt(rw.i, r.cols[c], journey.CodeTooLong, vocab.TooLong, r.name(c), n, limit)
	}
}

// moment reads the moment of a row's phase: before, during or after, in
// any language journeymap speaks (voor, tijdens, na).
func (r *sheetReader) moment(rw row) journey.Moment {
	v := r.get(rw, colMoment)
	if v == "" {
		return ""
	}
	for _, m := range []journey.Moment{journey.Before, journey.During, journey.After} {
		for _, l := range vocab.Langs {
			if l.Means(v, m.Word()) {
				return m
			}
		}
	}
	r.errorAt(rw.i, r.cols[colMoment], journey.CodeBadValue, vocab.SheetBadMoment, r.name(colMoment), quote(v))
	return ""
}

// number reads a whole number of column c; a spreadsheet may write one
// as 3.0 or 3,0.
func (r *sheetReader) number(rw row, c column, need bool) (int, bool) {
	return r.numberAt(rw, r.cols[c], need)
}

// numberAt reads a whole number from the cell at index i of a row.
func (r *sheetReader) numberAt(rw row, i int, need bool) (int, bool) {
	v := r.cell(rw, i)
	if v == "" {
		if need && !r.noValue[i] {
			r.errorAt(rw.i, i, journey.CodeEmptyValue, vocab.EmptyValue, r.header[i])
		}
		return 0, false
	}
	n, ok := cellNumber(v)
	if !ok {
		r.errorAt(rw.i, i, journey.CodeBadValue, vocab.SheetNotWhole, r.header[i], quote(v))
		return 0, false
	}
	return n, true
}

// cellNumber reads a whole number from a cell, also written with a
// decimal comma as Dutch Excel writes a number cell with decimals: 2,0.
func cellNumber(v string) (int, bool) {
	if i := strings.IndexByte(v, ','); i > 0 && strings.Count(v, ",") == 1 && i < len(v)-1 && allDigits(v[i+1:]) {
		v = v[:i] + "." + v[i+1:]
	}
	return wholeNumber(v)
}

func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// splitItems splits a cell of several items: one a line, or separated
// by " | ".
func splitItems(v string) []string {
	var items []string
	for _, line := range strings.Split(v, "\n") {
		for _, s := range strings.Split(line, " | ") {
			if s = strings.TrimSpace(s); s != "" {
				items = append(items, s)
			}
		}
	}
	return items
}

// items reads pains or gains.
func (r *sheetReader) items(rw row, c column) []string {
	items := splitItems(r.get(rw, c))
	if len(items) > journey.MaxListItems {
		r.errorAt(rw.i, r.cols[c], journey.CodeTooMany, vocab.TooManyItems, r.name(c), journey.MaxListItems)
	}
	for _, s := range items {
		r.label(rw, c, s, journey.MaxLabelRunes)
	}
	return items
}

// evidence reads the evidence ids of a row: separated by spaces, commas,
// new lines or " | ".
func (r *sheetReader) evidence(rw row) []string {
	var ids []string
	seen := map[string]bool{}
	for _, s := range strings.FieldsFunc(r.get(rw, colEvidence), func(c rune) bool { return c == ',' || c == '|' || c == ';' || c == ' ' || c == '\n' || c == '\t' }) {
		id := s
		if !reSlug.MatchString(id) {
			id = journey.Slug(s)
			if id == "" {
				r.errorAt(rw.i, r.cols[colEvidence], journey.CodeBadID, vocab.SheetBadID, r.name(colEvidence), quote(s))
				continue
			}
			r.warnAt(rw.i, r.cols[colEvidence], CodeIDChanged, vocab.SheetIDChanged, r.name(colEvidence), quote(s), quote(id))
		}
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	if len(ids) > journey.MaxListItems {
		r.errorAt(rw.i, r.cols[colEvidence], journey.CodeTooMany, vocab.TooManyItems, r.name(colEvidence), journey.MaxListItems)
	}
	return ids
}

// givenIDs checks the ids that column c gives (of phases or
// touchpoints): every one a slug, each touchpoint's once. It returns
// them as taken, so that ids made from names never clash with them.
func (r *sheetReader) givenIDs(rows []row, c column, kind vocab.Word) map[string]bool {
	taken := map[string]bool{}
	if r.cols[c] < 0 {
		return taken
	}
	first := map[string]int{}
	for _, rw := range rows {
		id := r.slugCell(rw, c, false)
		if id == "" {
			continue
		}
		if f, ok := first[id]; ok && c == colID {
			r.errorAt(rw.i, r.cols[c], journey.CodeDuplicateID, vocab.SheetDuplicateID, kind, quote(id), r.rowNumber(f))
			continue
		}
		first[id] = rw.i
		taken[id] = true
	}
	return taken
}

// phaseOnly tells whether a row names a phase and no touchpoint: every
// cell of a touchpoint is empty. An export writes such a row for a phase
// without touchpoints.
func (r *sheetReader) phaseOnly(rw row) bool {
	for c := colTouchpoint; c < numColumns; c++ {
		if r.get(rw, c) != "" {
			return false
		}
	}
	return true
}

// slugCell reads an id: a slug as it is; other text as its slug, with a
// warning when warn is set.
func (r *sheetReader) slugCell(rw row, c column, warn bool) string {
	v := r.get(rw, c)
	if v == "" || reSlug.MatchString(v) {
		return v
	}
	id := journey.Slug(v)
	if id == "" {
		if warn {
			r.errorAt(rw.i, r.cols[c], journey.CodeBadID, vocab.SheetBadID, r.name(c), quote(v))
		}
		return ""
	}
	if warn {
		r.warnAt(rw.i, r.cols[c], CodeIDChanged, vocab.SheetIDChanged, r.name(c), quote(v), quote(id))
	}
	return id
}

// candidateScales are the scales an import picks from when the file
// names none, the smallest that holds every emotion first.
var candidateScales = []journey.Scale{{Min: 1, Max: 5}, {Min: -2, Max: 2}, {Min: -3, Max: 3}, {Min: -5, Max: 5}}

// fittingScale is the first candidate scale that holds every emotion,
// else the smallest range within [-10, 10] of at most MaxScaleSpan
// steps that does, else [-5, 5] (and the emotions outside it are
// errors).
func fittingScale(emotions []struct{ i, c, v int }) journey.Scale {
	if len(emotions) == 0 {
		return journey.DefaultScale
	}
	lo, hi := emotions[0].v, emotions[0].v
	for _, e := range emotions {
		lo, hi = min(lo, e.v), max(hi, e.v)
	}
	for _, s := range candidateScales {
		if s.Contains(lo) && s.Contains(hi) {
			return s
		}
	}
	if lo >= -journey.MaxScaleSpan && hi <= journey.MaxScaleSpan && hi-lo <= journey.MaxScaleSpan {
		if lo == hi {
			hi = lo + 1
			if hi > journey.MaxScaleSpan {
				lo, hi = journey.MaxScaleSpan-1, journey.MaxScaleSpan
			}
		}
		return journey.Scale{Min: lo, Max: hi}
	}
	return journey.Scale{Min: -5, Max: 5}
}

// Rows are the touchpoints of a valid journey as a spreadsheet's rows,
// the header first, in the journey's language: one row per touchpoint,
// in journey order, and for a phase without touchpoints a row that names
// the phase alone. Pains and gains are one a line in their cell; a
// channel of the catalogue is written by its name.
func Rows(j *journey.Journey) [][]string {
	l := j.Lang
	header := make([]string, numColumns)
	for c, w := range columnWords {
		header[c] = l.Word(w)
	}
	several := len(j.Personas) > 0
	if several {
		header = perPersona(header, moodHeaders(j, colEmotion), moodHeaders(j, colIdeal), moodHeaders(j, colFeeling))
	}
	channels := map[string]string{}
	for _, c := range j.Channels {
		channels[c.ID] = c.Name
	}
	rows := [][]string{header}
	for _, p := range j.Phases {
		moment := ""
		if p.Moment != "" {
			moment = l.Word(p.Moment.Word())
		}
		if len(p.Touchpoints) == 0 {
			rows = append(rows, append([]string{p.Name, p.ID, moment}, make([]string, len(header)-3)...))
		}
		for _, t := range p.Touchpoints {
			channel := t.Channel
			if name, ok := channels[channel]; ok {
				channel = name
			}
			ideal := ""
			if t.Ideal != nil {
				ideal = strconv.Itoa(*t.Ideal)
			}
			cells := []string{p.Name, p.ID, moment, t.Name, t.ID, channel, t.Owner,
				strconv.Itoa(t.Emotion), ideal, t.Feeling, t.Thinks,
				strings.Join(t.Pains, "\n"), strings.Join(t.Gains, "\n"), strings.Join(t.Evidence, " ")}
			if several {
				cells = perPersona(cells, moodCells(&t, colEmotion), moodCells(&t, colIdeal), moodCells(&t, colFeeling))
			}
			rows = append(rows, cells)
		}
	}
	return rows
}

// numberColumn reports whether column c of the rows of j (see Rows) holds
// numbers: the emotion and the ideal, or with personas, the emotion and
// the ideal of each.
func numberColumn(j *journey.Journey, c int) bool {
	if len(j.Personas) > 0 {
		return int(colEmotion) <= c && c < int(colEmotion)+2*len(j.Personas)
	}
	return column(c) == colEmotion || column(c) == colIdeal
}

// perPersona replaces the cells of the columns emotion, ideal and feeling
// of a row with those of every persona.
func perPersona(cells, emotions, ideals, feelings []string) []string {
	out := append([]string(nil), cells[:colEmotion]...)
	out = append(append(append(out, emotions...), ideals...), feelings...)
	return append(out, cells[colFeeling+1:]...)
}
