package interop

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"

	"github.com/journeymap/journeymap/internal/formula"
	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// CSV reads a CSV file of touchpoints, one row per touchpoint after a
// header row (see Rows for the columns): RFC 4180, with commas or
// semicolons (whichever the header line has more of), UTF-8 with or
// without a byte order mark, LF or CRLF line ends. file names it in
// diagnostics, at the spreadsheet's row (the header is row 1). It
// returns the journey when there are no errors, and every diagnostic,
// said in lang.
func CSV(file string, src []byte, opts SheetOptions, lang vocab.Lang) (*Imported, journey.Diagnostics) {
	p := &problems{file: file}
	text, ok := cleanText(p, src)
	if !ok {
		return nil, p.said(lang)
	}
	t := &table{fixedWidth: true, guarded: true}
	t.at = func(i, c int) (journey.Pos, string) {
		if i < len(t.row) {
			return journey.Pos{Line: t.row[i]}, ""
		}
		return journey.Pos{Line: i + 1}, ""
	}
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = delimiter(text)
	cr.FieldsPerRecord = -1
	// A record's row counts the blank lines before it, which the reader
	// skips, as a spreadsheet shows them; a record whose quoted cells
	// hold new lines is one row.
	row, last := 0, 0 // the row of the last record, and the line it ends on
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if pe := (*csv.ParseError)(nil); errors.As(err, &pe) {
			row, last = row+pe.StartLine-last, pe.Line
			w, args := csvProblem(pe.Err)
			p.errorf(journey.Pos{Line: row}, CodeRowLength, w, args...)
			if len(t.rows) == 0 {
				return nil, p.said(lang) // no header: nothing to check the rows against
			}
			continue // the reader goes on at the next line: report the rest too
		}
		if err != nil {
			p.errorf(journey.Pos{Line: row + 1}, CodeRowLength, vocab.SheetCSVSyntax, err.Error())
			return nil, p.said(lang)
		}
		start, _ := cr.FieldPos(0)
		row, last = row+start-last, start
		for _, f := range rec {
			last += strings.Count(f, "\n")
		}
		t.rows = append(t.rows, rec)
		t.row = append(t.row, row)
	}
	return p.result(readSheet(p, t, &meta{}, opts), lang)
}

// csvProblem says what the CSV reader found wrong: a quote in a field
// that does not start with one, a quoted field not closed, or else what
// the reader says.
func csvProblem(err error) (vocab.Word, []any) {
	switch {
	case errors.Is(err, csv.ErrBareQuote):
		return vocab.SheetCSVBareQuote, nil
	case errors.Is(err, csv.ErrQuote):
		return vocab.SheetCSVQuote, nil
	}
	return vocab.SheetCSVSyntax, []any{err.Error()}
}

// delimiter is the separator of a CSV file: a semicolon when its header
// line has more semicolons than commas outside quotes, else a comma.
func delimiter(text string) rune {
	commas, semicolons, quoted := 0, 0, false
	for _, c := range text {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '\n':
			if semicolons > commas {
				return ';'
			}
			return ','
		case c == ',':
			commas++
		case c == ';':
			semicolons++
		}
	}
	if semicolons > commas {
		return ';'
	}
	return ','
}

// CSVOptions tune the export of touchpoints as CSV.
type CSVOptions struct {
	// Excel writes what Excel opens directly in the journey's language:
	// a byte order mark, so that it reads UTF-8, and for Dutch a
	// semicolon between fields, as Dutch Excel expects.
	Excel bool
}

// WriteCSV writes the touchpoints of a valid journey as CSV (see Rows):
// RFC 4180, lines ending in CRLF, every text cell guarded against
// formula injection (see package formula); the numbers of emotion and
// ideal are written as they are.
func WriteCSV(w io.Writer, j *journey.Journey, opts CSVOptions) error {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	cw.UseCRLF = true
	if opts.Excel {
		buf.WriteString("\uFEFF")
		if j.Lang == vocab.Dutch {
			cw.Comma = ';'
		}
	}
	for i, row := range Rows(j) {
		for c := range row {
			if i == 0 || !numberColumn(j, c) {
				row[c] = formula.Guard(row[c])
			}
		}
		_ = cw.Write(row) // to a bytes.Buffer: cannot fail
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
