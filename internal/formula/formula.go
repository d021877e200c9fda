// Package formula guards the cells of the CSV files journeymap writes
// against formula injection: a spreadsheet takes a cell that starts with
// = + - or @ (or a tab or a carriage return, which it skips before one)
// for a formula, which hostile text could use to run commands or leak
// data. The report's CSV and the exported touchpoints share this guard.
package formula

import "strings"

// starters are the first characters that make a spreadsheet read a cell
// as a formula.
const starters = "=+-@\t\r"

// Guard returns s with a ' in front when a spreadsheet would take it for
// a formula; spreadsheets read the ' as "text follows" and do not show it.
// Text that already starts with ' before such a character gets one more,
// so that Unguard gives it back as it was.
func Guard(s string) string {
	if guarded(s) {
		return "'" + s
	}
	return s
}

// Unguard undoes Guard, for a cell read back from a CSV file: a ' before
// a character that starts a formula (after any more ') is dropped. Any
// other ' is kept.
func Unguard(s string) string {
	if len(s) > 1 && s[0] == '\'' && guarded(s[1:]) {
		return s[1:]
	}
	return s
}

// guarded tells whether Guard puts a ' before s: s starts with a
// character that starts a formula, after any number of '.
func guarded(s string) bool {
	s = strings.TrimLeft(s, "'")
	return s != "" && strings.ContainsRune(starters, rune(s[0]))
}
