package journey

import "time"

// Date is a calendar date without a time or a zone, so that it means the
// same day on every machine. The zero Date means "not given".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// IsZero reports whether the date was not given.
func (d Date) IsZero() bool { return d == Date{} }

// String formats the date as YYYY-MM-DD, or "" for the zero date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format(time.DateOnly)
}

// Time is the date at midnight UTC.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// Before reports whether d is an earlier day than e.
func (d Date) Before(e Date) bool { return d.Time().Before(e.Time()) }

// DaysSince is the number of days from e to d: positive when e is the
// earlier day. It counts in Unix seconds, not a time.Duration, which stops
// at 292 years.
func (d Date) DaysSince(e Date) int {
	return int((d.Time().Unix() - e.Time().Unix()) / 86400)
}

// DateOf returns the calendar date of t in its own location.
func DateOf(t time.Time) Date {
	y, m, day := t.Date()
	return Date{Year: y, Month: m, Day: day}
}

// ParseDate reads a date written as YYYY-MM-DD and rejects days that do not
// exist, such as 2026-02-30.
func ParseDate(s string) (Date, bool) {
	if len(s) != len(time.DateOnly) {
		return Date{}, false
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, false
	}
	return DateOf(t), true
}
