package main

import (
	"fmt"
	"time"

	"github.com/journeymap/journeymap/journey"
)

// A clock tells the time. The binary reads the system's; the tests set the
// time they need, as they set standard input and output. Only what is
// about now (validate, serve) asks it: what a repository commits (maps,
// matrices, reports) never does.
type clock func() time.Time

// today is the date that checks about now measure against: the --today
// flag, else SOURCE_DATE_EPOCH (for reproducible builds), else the clock's
// date, in UTC.
func (c clock) today(flag string) (journey.Date, error) {
	d, err := givenDate(flag)
	if err != nil || !d.IsZero() {
		return d, err
	}
	return journey.DateOf(c().UTC()), nil
}

// givenDate is the date given for a run: the --today flag, else
// SOURCE_DATE_EPOCH, in UTC; the zero Date when neither is given.
func givenDate(flag string) (journey.Date, error) {
	if flag != "" {
		d, ok := journey.ParseDate(flag)
		if !ok {
			return journey.Date{}, usageError{fmt.Errorf("--today %q: expected a date as YYYY-MM-DD", flag)}
		}
		return d, nil
	}
	date, err := sourceDate()
	if err != nil || date.IsZero() {
		return journey.Date{}, err
	}
	return journey.DateOf(date), nil
}

// asOf is the date a journey's matrix and report measure overdue against:
// the date given (givenDate), else the journey's reviewed date, so that
// what a repository commits depends on what it holds, on any day and in a
// shallow clone; the zero Date, which marks nothing overdue, when the
// journey has no reviewed date either. The matrix and the report print it.
func asOf(given journey.Date, j *journey.Journey) journey.Date {
	if !given.IsZero() {
		return given
	}
	return j.Reviewed
}
