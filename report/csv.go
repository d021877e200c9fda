package report

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/journeymap/journeymap/internal/formula"
	"github.com/journeymap/journeymap/journey"
)

// CSVHeader is the header row of CSV, the names of its columns.
var CSVHeader = []string{"id", "title", "quadrant", "impact", "effort", "owner", "due", "status", "overdue", "touchpoints"}

// CSV writes the improvements of a valid journey as CSV for a task
// tracker (RFC 4180: fields quoted where needed, lines ending in CRLF,
// UTF-8 without a byte order mark), one row per improvement after the
// header row CSVHeader, in the order of the Markdown report: by quadrant,
// quick wins first, and within one in the order of the file.
//
// Values are for tools, not translated: quadrant is quick-win,
// major-project, fill-in or thankless-task; status open, doing, done or
// dropped; due YYYY-MM-DD or empty; overdue true when the improvement is
// open or in progress and due before opts.Today, else false; touchpoints
// the touchpoint ids, separated by spaces. Text is put on one line as in
// the Markdown report.
//
// A spreadsheet takes a cell that starts with = + - or @ (or a tab or a
// carriage return before one) for a formula, which a hostile title could
// use to run commands or leak data. Such a cell is written with a ' in
// front, which spreadsheets take as "text follows" and do not show.
func CSV(w io.Writer, j *journey.Journey, opts Options) error {
	if j == nil {
		return errors.New("report: no journey")
	}
	groups, _ := improvements(j, opts.Today)
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	cw.UseCRLF = true
	_ = cw.Write(CSVHeader) // to a bytes.Buffer: cannot fail
	for _, g := range groups {
		for _, it := range g.items {
			im := it.im
			status := im.Status
			if status == "" {
				status = journey.Open
			}
			row := []string{im.ID, im.Title, string(g.quadrant), strconv.Itoa(im.Impact), strconv.Itoa(im.Effort),
				im.Owner, im.Due.String(), string(status), strconv.FormatBool(it.overdue), strings.Join(im.Touchpoints, " ")}
			for i := range row {
				row[i] = cell(row[i])
			}
			_ = cw.Write(row)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// cell is a value as a CSV cell: on one line, and with a ' in front when
// a spreadsheet would take it for a formula.
func cell(s string) string {
	return formula.Guard(oneLine(s))
}

// IsCSV reports whether data reads as a CSV file of improvements CSV
// wrote: it starts with the header row. A project's render --prune
// removes only files that do.
func IsCSV(data []byte) bool {
	return bytes.HasPrefix(data, []byte(strings.Join(CSVHeader, ",")+"\r\n"))
}
