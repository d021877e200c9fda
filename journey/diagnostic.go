package journey

import (
	"cmp"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/journeymap/journeymap/journey/vocab"
)

// Pos is a position in a journey file: 1-based line and column, where a
// column counts characters (not bytes) from the start of the line.
type Pos struct {
	Line   int
	Column int
}

// Severity says whether a diagnostic makes the journey invalid.
type Severity string

// The severities of a diagnostic.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
)

// Code names a kind of diagnostic. Codes are stable: tools may match on them.
type Code string

// The diagnostic codes.
const (
	CodeTooLarge       Code = "too-large"
	CodeEncoding       Code = "encoding"
	CodeControlChar    Code = "control-character"
	CodeHiddenChar     Code = "hidden-character"
	CodeTabIndent      Code = "tab-indentation"
	CodeSyntax         Code = "syntax"
	CodeHashComment    Code = "hash-comment" // a warning: " #" cut text short
	CodeEmpty          Code = "empty"
	CodeMultiDoc       Code = "multiple-documents"
	CodeUnknownTag     Code = "unknown-tag"
	CodeDuplicateKey   Code = "duplicate-key"
	CodeTooDeep        Code = "too-deep"
	CodeTooManyNodes   Code = "too-many-nodes"
	CodeAliasCycle     Code = "alias-cycle"
	CodeBadMerge       Code = "bad-merge"
	CodeUnknownKey     Code = "unknown-key"
	CodeWrongType      Code = "wrong-type"
	CodeMissing        Code = "missing-field"
	CodeEmptyValue     Code = "empty-value"
	CodeBadValue       Code = "bad-value"
	CodeBadID          Code = "bad-id"
	CodeDuplicateID    Code = "duplicate-id"
	CodeUnresolved     Code = "unresolved-reference"
	CodeOutOfScale     Code = "out-of-scale"
	CodeOutOfRange     Code = "out-of-range"
	CodeTooLong        Code = "too-long"
	CodeTooMany        Code = "too-many"
	CodeMomentOrder    Code = "moment-order"
	CodeReviewOverdue  Code = "review-overdue"
	CodeReviewInFuture Code = "review-in-future"
	CodeNoPersona      Code = "no-persona"
	// CodePersonaConflict: a journey has both persona: and personas:.
	CodePersonaConflict Code = "persona-conflict"
	// The codes of include: a path that breaks a rule, a file that
	// cannot be read or is no catalogue, a cycle.
	CodeIncludeAbsolute     Code = "include-absolute"
	CodeIncludeOutside      Code = "include-outside"
	CodeIncludeNotYAML      Code = "include-not-yaml"
	CodeIncludeMissing      Code = "include-missing"
	CodeIncludeCycle        Code = "include-cycle"
	CodeIncludeNotCatalogue Code = "include-not-catalogue"
	CodeIncludeInvalid      Code = "include-invalid"
	// CodeCatalogueOverride (a warning): a journey's own channel,
	// persona, evidence or owner has the id of a catalogue's, and wins.
	CodeCatalogueOverride Code = "catalogue-override"

	// What a picture of the journey cannot show whole: a warning of the
	// map or the matrix, not of the journey file.
	CodeCutToFit Code = "cut-to-fit"

	// The advice of rules.go: warnings, or errors with Options.Strict.
	CodeImprovementNoOwner Code = "improvement-no-owner"
	CodeImprovementNoDue   Code = "improvement-no-due"
	CodeImprovementOverdue Code = "improvement-overdue"
	CodeTouchpointNoOwner  Code = "touchpoint-no-owner"
	CodePainUnaddressed    Code = "pain-unaddressed"
	CodeEndsLow            Code = "ends-low"
	CodePhaseEmpty         Code = "phase-empty"

	// Checked with Options.Strict only, and then errors.
	CodeNoEvidence Code = "no-evidence"
	CodeNoReview   Code = "no-review"

	// Of a project file (.journeymap.yaml).
	CodeProjectPath   Code = "project-path"   // a path that is absolute or leads out of the project
	CodeProjectUnused Code = "project-unused" // settings of an output the project does not keep
)

// Diagnostic is one problem found in a journey file.
type Diagnostic struct {
	File string
	// Pos is where the problem is. An import's diagnostics may have a line
	// (a spreadsheet's row) without a column, or none at all (Line 0) for
	// a problem with the whole file.
	Pos Pos
	// Cell, when set, names the spreadsheet cell of the problem
	// (Sheet1!E14), printed in place of line and column; Pos then holds
	// its row and column.
	Cell     string
	Severity Severity
	Code     Code
	Message  string       // Phrase, said in the reader's language (see Options.Lang)
	Phrase   vocab.Phrase // the message in no language yet
}

// NewDiagnostic makes a diagnostic whose message is phrase, said in lang.
func NewDiagnostic(file string, p Pos, sev Severity, code Code, lang Lang, phrase vocab.Phrase) Diagnostic {
	return Diagnostic{File: file, Pos: p, Severity: sev, Code: code, Message: lang.Say(phrase), Phrase: phrase}
}

// In returns the diagnostics with their messages said in lang.
func (ds Diagnostics) In(lang Lang) Diagnostics {
	for i := range ds {
		ds[i].Message = lang.Say(ds[i].Phrase)
	}
	return ds
}

// String formats the diagnostic as file:line:col: severity: message, or
// with the position it has: file:Sheet1!E14, file:line, or file alone.
func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %s: %s", d.Where(), d.Severity, d.Message)
}

// Where is the file and the position of the diagnostic as String writes
// them: file:line:col, file:Sheet1!E14 for a cell, file:line for a row,
// or the file alone.
func (d Diagnostic) Where() string {
	switch {
	case d.Cell != "":
		return d.File + ":" + d.Cell
	case d.Pos.Line == 0:
		return d.File
	case d.Pos.Column == 0:
		return fmt.Sprintf("%s:%d", d.File, d.Pos.Line)
	}
	return fmt.Sprintf("%s:%d:%d", d.File, d.Pos.Line, d.Pos.Column)
}

// Diagnostics is the list of problems found in one file.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	return slices.ContainsFunc(ds, func(d Diagnostic) bool { return d.Severity == Error })
}

// Count returns the number of errors and of warnings.
func (ds Diagnostics) Count() (errors, warnings int) {
	for _, d := range ds {
		if d.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}

// Sorted orders diagnostics by position, then severity, then code (which
// is the same in every language), then text, and drops exact repeats (an aliased node with a problem is reported once). It
// sorts ds in place.
func (ds Diagnostics) Sorted() Diagnostics {
	order := func(a, b Diagnostic) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File), // a journey's, and its catalogues'
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Column, b.Pos.Column),
			cmp.Compare(a.Severity, b.Severity),
			cmp.Compare(a.Code, b.Code),
			cmp.Compare(a.Message, b.Message),
		)
	}
	slices.SortFunc(ds, order)
	return slices.CompactFunc(ds, func(a, b Diagnostic) bool { return order(a, b) == 0 })
}

// quote renders user text for a message: Go-quoted, so that control
// characters never reach a terminal raw, and shortened.
func quote(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) > max {
		r := []rune(s)
		s = string(r[:max]) + "…"
	}
	return fmt.Sprintf("%q", s)
}
