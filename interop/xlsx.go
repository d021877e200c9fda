package interop

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/xuri/excelize/v2"
)

// The bounds of an XLSX file, checked on the zip's own directory before
// anything is unpacked, so that a zip bomb is refused at once.
const (
	// MaxXLSXBytes bounds the file itself.
	MaxXLSXBytes = 10 << 20
	// MaxXLSXUnpacked bounds what its parts unpack to, together.
	MaxXLSXUnpacked = 64 << 20
	// MaxXLSXPart bounds what one part (a sheet's XML) unpacks to.
	MaxXLSXPart = 32 << 20
	// MaxXLSXParts bounds the number of parts.
	MaxXLSXParts = 1000
	// MaxSheetRows bounds the rows read of a sheet.
	MaxSheetRows = 10000
)

// The sheets beside the touchpoints that an export writes and an import
// reads back: the journey's fields as key/value rows, and its evidence.
const (
	journeySheet  = "Journey"
	evidenceSheet = "Evidence"
)

// XLSX reads an XLSX workbook of touchpoints: the first sheet, or
// opts.Sheet, holds them as a CSV file does (see CSV), with a formula's
// value as last computed; a sheet Journey holds the journey's fields and
// a sheet Evidence its evidence, as WriteXLSX writes them. Macros,
// external links and pictures are never read; a macro-enabled workbook
// (.xlsm) is refused, and so is a file whose parts would unpack to more
// than the bounds above. Diagnostics are at cells: file:Sheet1!E14.
func XLSX(file string, src []byte, opts SheetOptions, lang vocab.Lang) (*Imported, journey.Diagnostics) {
	p := &problems{file: file}
	f, ok := openXLSX(p, file, src)
	if !ok {
		return nil, p.said(lang)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	sheet := opts.Sheet
	switch {
	case sheet == "" && len(sheets) > 0:
		sheet = sheets[0]
	case !slices.Contains(sheets, sheet):
		p.errorf(journey.Pos{}, CodeNotSpreadsheet, vocab.XLSXNoSheet, quote(sheet), strings.Join(sheets, ", "))
		return nil, p.said(lang)
	}
	t, ok := sheetTable(p, f, sheet)
	if !ok {
		return nil, p.said(lang)
	}
	uncomputed := formulasWithoutValue(src, sheet)
	t.noValue = func(i, c int) bool { return uncomputed[[2]int{t.row[i], c + 1}] }
	m := &meta{}
	if sheet != journeySheet && slices.Contains(sheets, journeySheet) {
		if mt, ok := sheetTable(p, f, journeySheet); ok {
			readJourneySheet(p, mt, m)
		}
	}
	if sheet != evidenceSheet && slices.Contains(sheets, evidenceSheet) {
		if et, ok := sheetTable(p, f, evidenceSheet); ok {
			readEvidenceSheet(p, et, m)
		}
	}
	im := readSheet(p, t, m, opts)
	if im == nil && opts.Sheet == "" && len(sheets) > 1 && slices.ContainsFunc(p.diags, func(d journey.Diagnostic) bool { return d.Code == CodeColumns }) {
		p.errorf(journey.Pos{}, CodeColumns, vocab.XLSXFirstSheet, quote(sheet), strings.Join(sheets, ", "))
	}
	return p.result(im, lang)
}

// openXLSX checks the zip's directory against the bounds, then opens it.
func openXLSX(p *problems, file string, src []byte) (*excelize.File, bool) {
	refuse := func(w vocab.Word, args ...any) (*excelize.File, bool) {
		p.errorf(journey.Pos{}, CodeNotSpreadsheet, w, args...)
		return nil, false
	}
	if strings.EqualFold(filepath.Ext(file), ".xlsm") {
		return refuse(vocab.XLSXMacros)
	}
	if len(src) > MaxXLSXBytes {
		p.errorf(journey.Pos{}, journey.CodeTooLarge, vocab.XLSXTooLarge, MaxXLSXBytes)
		return nil, false
	}
	z, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return refuse(vocab.XLSXNotZip)
	}
	if len(z.File) > MaxXLSXParts {
		return refuse(vocab.XLSXUnpacksTooLarge, MaxXLSXUnpacked)
	}
	var total uint64
	for _, zf := range z.File {
		// A macro-enabled workbook by its content, whatever its name (or
		// none, on standard input).
		if strings.EqualFold(path.Base(zf.Name), "vbaProject.bin") {
			return refuse(vocab.XLSXMacros)
		}
		total += zf.UncompressedSize64
		if zf.UncompressedSize64 > MaxXLSXPart || total > MaxXLSXUnpacked {
			return refuse(vocab.XLSXUnpacksTooLarge, MaxXLSXUnpacked)
		}
	}
	f, err := excelize.OpenReader(bytes.NewReader(src), excelize.Options{UnzipSizeLimit: MaxXLSXUnpacked, UnzipXMLSizeLimit: MaxXLSXPart})
	if err != nil {
		return refuse(vocab.XLSXCannotOpen, err.Error())
	}
	return f, true
}

// sheetTable reads the rows of a sheet, as their values (a formula's as
// last computed, a date as its serial number).
func sheetTable(p *problems, f *excelize.File, sheet string) (*table, bool) {
	rows, err := f.Rows(sheet)
	if err != nil {
		p.errorf(journey.Pos{}, CodeNotSpreadsheet, vocab.XLSXCannotOpen, err.Error())
		return nil, false
	}
	defer rows.Close()
	t := &table{}
	t.at = func(i, c int) (journey.Pos, string) {
		row := i + 1
		if i < len(t.row) {
			row = t.row[i]
		}
		if c < 0 {
			return journey.Pos{Line: row}, sheetRef(sheet) + "!" + strconv.Itoa(row) + ":" + strconv.Itoa(row)
		}
		cell, _ := excelize.CoordinatesToCellName(c+1, row)
		return journey.Pos{Line: row, Column: c + 1}, sheetRef(sheet) + "!" + cell
	}
	for n := 1; rows.Next(); n++ {
		if n > MaxSheetRows {
			p.errorf(journey.Pos{Line: n}, journey.CodeTooMany, vocab.XLSXTooManyRows, quote(sheet), MaxSheetRows)
			return nil, false
		}
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			p.errorf(journey.Pos{Line: n}, CodeNotSpreadsheet, vocab.XLSXCannotOpen, err.Error())
			return nil, false
		}
		t.rows = append(t.rows, cells)
		t.row = append(t.row, n)
	}
	if !fillMerged(p, f, sheet, t) {
		return nil, false
	}
	return t, true
}

// formulasWithoutValue finds the cells of a sheet that hold a formula
// and no value as last computed, by row and column (from 1): a workbook
// that a program wrote and no spreadsheet saved. The cells read as empty;
// the formula is never computed. It reads the sheet's XML once, as it is
// in the zip (after openXLSX checked the zip's bounds).
func formulasWithoutValue(src []byte, sheet string) map[[2]int]bool {
	found := map[[2]int]bool{}
	z, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return found
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"id,attr"` // r:id, in the workbook's relationships
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if decodePart(z, "xl/workbook.xml", &wb) != nil || decodePart(z, "xl/_rels/workbook.xml.rels", &rels) != nil {
		return found
	}
	part := ""
	for _, sh := range wb.Sheets {
		for _, rel := range rels.Rels {
			if sh.Name == sheet && rel.ID == sh.ID {
				part = path.Join("xl", rel.Target)
				if strings.HasPrefix(rel.Target, "/") {
					part = rel.Target[1:]
				}
			}
		}
	}
	r, err := z.Open(part)
	if err != nil {
		return found
	}
	defer r.Close()
	dec := xml.NewDecoder(r)
	var ref string
	var formula, value bool
	for {
		tok, err := dec.Token()
		if err != nil {
			return found
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "c":
				ref, formula, value = "", false, false
				for _, a := range e.Attr {
					if a.Name.Local == "r" {
						ref = a.Value
					}
				}
			case "f":
				formula = true
			case "v", "is":
				value = true
			}
		case xml.EndElement:
			if e.Name.Local == "c" && formula && !value {
				if col, row, err := excelize.CellNameToCoordinates(ref); err == nil {
					found[[2]int{row, col}] = true
				}
			}
		}
	}
}

// decodePart reads the XML part name of a zip into v.
func decodePart(z *zip.Reader, name string, v any) error {
	r, err := z.Open(name)
	if err != nil {
		return err
	}
	defer r.Close()
	return xml.NewDecoder(r).Decode(v)
}

// fillMerged gives the value of a cell merged over several rows to each
// of them, as the sheet shows it: a phase named once beside the rows of
// its touchpoints. (Only down the first column of a merged range: one
// merged across columns, as a header may be, names one column.)
func fillMerged(p *problems, f *excelize.File, sheet string, t *table) bool {
	merged, err := f.GetMergeCells(sheet, true)
	if err != nil {
		p.errorf(journey.Pos{}, CodeNotSpreadsheet, vocab.XLSXCannotOpen, err.Error())
		return false
	}
	for _, m := range merged {
		col, top, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		_, bottom, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil || top > len(t.rows) || col > len(t.rows[top-1]) {
			continue
		}
		v := t.rows[top-1][col-1]
		for r := top; r < min(bottom, len(t.rows)); r++ {
			for len(t.rows[r]) < col {
				t.rows[r] = append(t.rows[r], "")
			}
			t.rows[r][col-1] = v
		}
	}
	return true
}

// sheetRef is a sheet's name as a cell reference writes it: quoted when
// it holds anything but letters, digits and _.
func sheetRef(name string) string {
	for _, r := range name {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return "'" + strings.ReplaceAll(name, "'", "''") + "'"
		}
	}
	return name
}

// readJourneySheet reads the key/value rows of the Journey sheet.
func readJourneySheet(p *problems, t *table, m *meta) {
	j := &m.j
	text := map[string]*string{"title": &j.Title, "persona": &j.Persona.Name, "persona.about": &j.Persona.About,
		"scenario": &j.Scenario, "goals.customer": &j.Goals.Customer, "goals.business": &j.Goals.Business,
		"moments.before": &j.Moments.Before, "moments.during": &j.Moments.During, "moments.after": &j.Moments.After}
	for i, cells := range t.rows {
		if len(cells) == 0 {
			continue
		}
		key := strings.ToLower(strings.TrimSpace(cells[0]))
		value := ""
		if len(cells) > 1 {
			value = strings.TrimSpace(cells[1])
		}
		errorAt := func(w vocab.Word, args ...any) {
			pos, cell := t.at(i, 1)
			p.add(journey.Error, pos, cell, journey.CodeBadValue, w, args...)
		}
		if ch, bad := badRune(value); bad {
			pos, cell := t.at(i, 1)
			p.add(journey.Error, pos, cell, journey.CodeControlChar, vocab.ControlCharacterIn, ch)
			continue
		}
		if id := personaKey(key); id != "" {
			k := slices.IndexFunc(j.Personas, func(p journey.Persona) bool { return p.ID == id })
			if k < 0 {
				j.Personas = append(j.Personas, journey.Persona{ID: id})
				k = len(j.Personas) - 1
			}
			if strings.HasSuffix(key, ".about") {
				j.Personas[k].About = value
			} else {
				j.Personas[k].Name = value
			}
			continue
		}
		switch key {
		case "", "key":
		case "lang":
			if !slices.Contains(vocab.Langs, vocab.Lang(value)) {
				errorAt(vocab.XLSXBadField, key, quote(value))
				continue
			}
			j.Lang = vocab.Lang(value)
		case "scale":
			s, ok := ParseScale(value)
			if !ok {
				errorAt(vocab.XLSXBadField, key, quote(value))
				continue
			}
			j.Scale, m.scale = s, true
		case "reviewed":
			d, ok := sheetDate(value)
			if !ok {
				errorAt(vocab.XLSXBadField, key, quote(value))
				continue
			}
			j.Reviewed = d
		case "loop", "competitor":
			b, err := strconv.ParseBool(strings.ToLower(value))
			if err != nil {
				errorAt(vocab.XLSXBadField, key, quote(value))
				continue
			}
			if key == "loop" {
				j.Loop = b
			} else {
				j.Competitor = b
			}
		default:
			into, ok := text[key]
			if !ok {
				pos, cell := t.at(i, 0)
				p.add(journey.Warning, pos, cell, CodeUnknownColumn, vocab.XLSXUnknownKey, quote(cells[0]), journeySheet)
				continue
			}
			*into = value
		}
	}
}

// readEvidenceSheet reads the rows of the Evidence sheet: id, kind,
// date, source, under a header row.
func readEvidenceSheet(p *problems, t *table, m *meta) {
	if len(t.rows) == 0 {
		return
	}
	cols := map[string]int{}
	for c, h := range t.rows[0] {
		cols[strings.ToLower(strings.TrimSpace(h))] = c
	}
	get := func(cells []string, key string) string {
		if c, ok := cols[key]; ok && c < len(cells) {
			return strings.TrimSpace(cells[c])
		}
		return ""
	}
	kinds := journey.EvidenceKinds()
	for i := 1; i < len(t.rows); i++ {
		cells := t.rows[i]
		if isBlankRow(cells) {
			continue
		}
		errorAt := func(key string, code journey.Code, w vocab.Word, args ...any) {
			pos, cell := t.at(i, cols[key])
			p.add(journey.Error, pos, cell, code, w, args...)
		}
		e := journey.Evidence{ID: get(cells, "id"), Kind: journey.EvidenceKind(strings.ToLower(get(cells, "kind"))), Source: get(cells, "source")}
		e.Pos, _ = t.at(i, -1)
		if !reSlug.MatchString(e.ID) {
			errorAt("id", journey.CodeBadID, vocab.SheetBadID, "id", quote(e.ID))
			continue
		}
		if e.Kind == "" {
			e.Kind = journey.Other
		}
		if !slices.Contains(kinds, e.Kind) {
			errorAt("kind", journey.CodeBadValue, vocab.XLSXBadField, "kind", quote(string(e.Kind)))
		}
		if d := get(cells, "date"); d != "" {
			var ok bool
			if e.Date, ok = sheetDate(d); !ok {
				errorAt("date", journey.CodeBadValue, vocab.XLSXBadField, "date", quote(d))
			}
		}
		if e.Source == "" {
			errorAt("source", journey.CodeEmptyValue, vocab.EmptyValue, "source")
		}
		if len([]rune(e.Source)) > journey.MaxTextRunes {
			errorAt("source", journey.CodeTooLong, vocab.TooLong, "source", len([]rune(e.Source)), journey.MaxTextRunes)
		}
		if _, bad := badRune(e.Source); bad {
			errorAt("source", journey.CodeControlChar, vocab.ControlCharacterIn, '?')
		}
		m.evidence = append(m.evidence, e)
	}
}

// ParseScale reads a scale as an export writes it, [-2, 2], or as a
// person may: -2, 2 or -2..2.
func ParseScale(s string) (journey.Scale, bool) {
	s = strings.Trim(strings.TrimSpace(s), "[]")
	lo, hi, ok := strings.Cut(s, ",")
	if !ok {
		lo, hi, ok = strings.Cut(s, "..")
	}
	a, err1 := strconv.Atoi(strings.TrimSpace(lo))
	b, err2 := strconv.Atoi(strings.TrimSpace(hi))
	sc := journey.Scale{Min: a, Max: b}
	return sc, ok && err1 == nil && err2 == nil && a < b && a >= -journey.MaxScaleSpan && b <= journey.MaxScaleSpan && b-a <= journey.MaxScaleSpan
}

// sheetDate reads a date written YYYY-MM-DD, or as Excel's serial number
// of days, which a date cell holds.
func sheetDate(s string) (journey.Date, bool) {
	if d, ok := journey.ParseDate(s); ok {
		return d, true
	}
	serial, err := strconv.ParseFloat(s, 64)
	if err != nil || serial < 1 || serial > 2958465 {
		return journey.Date{}, false
	}
	t, err := excelize.ExcelDateToTime(serial, false)
	if err != nil {
		return journey.Date{}, false
	}
	return journey.ParseDate(t.Format(time.DateOnly))
}

// WriteXLSX writes a valid journey as an XLSX workbook: the touchpoints
// as rows (see Rows) on the first sheet, named in the journey's language,
// emotions as numbers and text as text (never a formula); a sheet
// Journey with its fields as key/value rows, and a sheet Evidence. The
// bytes depend on the journey alone: fixed dates in the document's
// properties, and the parts of the zip in one order.
func WriteXLSX(w io.Writer, j *journey.Journey) error {
	f := excelize.NewFile()
	defer f.Close()
	first := j.Lang.Word(vocab.SheetTouchpoints)
	if err := f.SetSheetName("Sheet1", first); err != nil {
		return err
	}
	for i, row := range Rows(j) {
		cells := make([]any, len(row))
		for c, v := range row {
			cells[c] = v
			if n, err := strconv.Atoi(v); err == nil && i > 0 && numberColumn(j, c) {
				cells[c] = n
			}
		}
		if err := setRow(f, first, i, cells); err != nil {
			return err
		}
	}
	if _, err := f.NewSheet(journeySheet); err != nil {
		return err
	}
	fields := [][]any{{"key", "value"}, {"title", j.Title}, {"lang", string(j.Lang)}}
	add := func(key, value string) {
		if value != "" {
			fields = append(fields, []any{key, value})
		}
	}
	add("persona", j.Persona.Name)
	add("persona.about", j.Persona.About)
	for _, p := range j.Personas {
		add("persona:"+p.ID, p.Name)
		add("persona:"+p.ID+".about", p.About)
	}
	add("scenario", j.Scenario)
	add("goals.customer", j.Goals.Customer)
	add("goals.business", j.Goals.Business)
	add("scale", j.Scale.String())
	add("moments.before", j.Moments.Before)
	add("moments.during", j.Moments.During)
	add("moments.after", j.Moments.After)
	if !j.Reviewed.IsZero() {
		add("reviewed", j.Reviewed.String())
	}
	if j.Loop {
		add("loop", "true")
	}
	if j.Competitor {
		add("competitor", "true")
	}
	for i, row := range fields {
		if err := setRow(f, journeySheet, i, row); err != nil {
			return err
		}
	}
	if _, err := f.NewSheet(evidenceSheet); err != nil {
		return err
	}
	ev := [][]any{{"id", "kind", "date", "source"}}
	for _, e := range j.Evidence {
		date := ""
		if !e.Date.IsZero() {
			date = e.Date.String()
		}
		ev = append(ev, []any{e.ID, string(e.Kind), date, e.Source})
	}
	for i, row := range ev {
		if err := setRow(f, evidenceSheet, i, row); err != nil {
			return err
		}
	}
	fixed := "2000-01-01T00:00:00Z"
	if err := f.SetDocProps(&excelize.DocProperties{Created: fixed, Modified: fixed, Creator: "journeymap", Title: j.Title, Language: string(j.Lang)}); err != nil {
		return err
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return err
	}
	data, err := sortedZip(buf.Bytes())
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// setRow writes the cells of the row at index i (from 0) of a sheet.
func setRow(f *excelize.File, sheet string, i int, cells []any) error {
	cell, err := excelize.CoordinatesToCellName(1, i+1)
	if err != nil {
		return err
	}
	return f.SetSheetRow(sheet, cell, &cells)
}

// sortedZip writes the parts of a zip again in the order of their names,
// each with the same fixed time, so that the same workbook is always
// the same bytes ([Content_Types].xml sorts first, as readers prefer).
func sortedZip(data []byte) ([]byte, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	files := slices.Clone(z.File)
	slices.SortFunc(files, func(a, b *zip.File) int { return strings.Compare(a.Name, b.Name) })
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	when := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, zf := range files {
		r, err := zf.Open()
		if err != nil {
			return nil, err
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: zf.Name, Method: zip.Deflate, Modified: when})
		if err != nil {
			return nil, err
		}
		if _, err := io.Copy(w, r); err != nil {
			return nil, err
		}
		r.Close()
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// personaKey is the persona id of a key of the Journey sheet that names a
// persona of several (persona:sanne) or tells about one
// (persona:sanne.about); "" for any other key.
func personaKey(key string) string {
	id, ok := strings.CutPrefix(key, "persona:")
	if !ok {
		return ""
	}
	id = strings.TrimSuffix(id, ".about")
	if !reSlug.MatchString(id) {
		return ""
	}
	return id
}
