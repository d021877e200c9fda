package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/spf13/cobra"
)

// outputFormat is how validate and render print what they find: text for
// people, json for tools, github for annotations in GitHub Actions.
// docs/diagnostics.md describes the three.
type outputFormat string

// The output formats.
const (
	formatText   outputFormat = "text"
	formatJSON   outputFormat = "json"
	formatGitHub outputFormat = "github"
)

// formatNames lists the formats, for the flag's help and completion.
var formatNames = []string{string(formatText), string(formatJSON), string(formatGitHub)}

// The codes of what journeymap itself reports, beside the diagnostics of
// package journey. Like those, they are stable: tools may match on them.
const (
	codeIOError            journey.Code = "io-error"             // a file or folder could not be read or written
	codeInternal           journey.Code = "internal-error"       // a valid journey could not be drawn
	codeStaleMap           journey.Code = "stale-map"            // render --check: the map's file holds other bytes
	codeMissingMap         journey.Code = "missing-map"          // render --check: the map's file does not exist
	codeTooManyDiagnostics journey.Code = "too-many-diagnostics" // the diagnostics of a file were cut short
	codeStaleOutput        journey.Code = "stale-output"         // render --check of a project, matrix --check, report --check: the file holds other bytes
	codeMissingOutput      journey.Code = "missing-output"       // the same: the file does not exist
	codeOrphanOutput       journey.Code = "orphan-output"        // render --check of a project: an output of a journey it no longer has
)

// maxJSONDiagnostics is how many diagnostics of one file the json format
// shows; text and github show journey.MaxDiagnostics, for people.
const maxJSONDiagnostics = 1000

// addFormatFlag binds --format, for the constructors of validate and render.
func addFormatFlag(cmd *cobra.Command, format *string) {
	addChoiceFlag(cmd, format, "format", "format", formatNames,
		"how to print problems: text, json (one array) or github (workflow commands for GitHub Actions); json and github go to standard output")
}

// fileError is a problem with one file or folder that is not a diagnostic
// of a journey: it cannot be read, written or checked, or a valid journey
// cannot be drawn. Its message names the file already; file names it apart
// for the json and github formats.
type fileError struct {
	file string       // the path as given or found, not escaped
	code journey.Code // codeIOError or codeInternal
	what vocab.Phrase // the message, in no language yet
	err  error        // the cause, when there is one
}

// Error is the message in English; printer.problem says it in the
// reader's language.
func (e fileError) Error() string { return vocab.English.Say(e.what) }
func (e fileError) Unwrap() error { return e.err }

// ioError is an I/O problem with the file at path: the word of its
// message with the values of its verbs; an error among them is the cause.
func ioError(path string, w vocab.Word, args ...any) error {
	return fileProblem(path, codeIOError, w, args...)
}

// fileProblem is a problem of the kind code with the file at path.
func fileProblem(path string, code journey.Code, w vocab.Word, args ...any) error {
	fe := fileError{file: path, code: code, what: vocab.Say(w, args...)}
	for _, a := range args {
		if err, ok := a.(error); ok {
			fe.err = err
		}
	}
	return fe
}

// fileAndCode tells which file a problem is about, "" when none, and its
// code.
func fileAndCode(err error) (string, journey.Code) {
	var fe fileError
	if errors.As(err, &fe) {
		if fe.code == "" {
			return fe.file, codeIOError
		}
		return fe.file, fe.code
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Path, codeIOError
	}
	return "", codeIOError
}

// record is one finding in the json and github formats: a diagnostic, a
// problem with a file, or a map that is stale or missing. Line and Column
// are 0 for findings about a whole file.
type record struct {
	File     string           `json:"file"`
	Line     int              `json:"line"`
	Column   int              `json:"column"`
	Cell     string           `json:"cell,omitempty"` // a spreadsheet's cell, Sheet1!E14, of an import
	Severity journey.Severity `json:"severity"`
	Code     journey.Code     `json:"code"`
	Message  string           `json:"message"`
}

// printer prints the findings of a run in one format. validate and render
// share it, so that they print alike. Text goes where it always went;
// json and github findings go to standard output; the summary, printed
// by the commands, goes to standard error in every format.
type printer struct {
	format outputFormat
	text   io.Writer  // text diagnostics and stale maps: stdout for validate, stderr for render
	stdout io.Writer  // json and github findings
	stderr io.Writer  // text problems
	lang   vocab.Lang // of problems with files and stale outputs; diagnostics come said
	n      int        // findings printed in json or github
}

// newPrinter is the printer of a command that prints findings in format
// and speaks lang (the --lang flag; see readerLang): its text diagnostics
// on standard error, as render, matrix and report print them.
func newPrinter(cmd *cobra.Command, format outputFormat, lang string) *printer {
	return &printer{format: format, text: cmd.ErrOrStderr(), stdout: cmd.OutOrStdout(), stderr: cmd.ErrOrStderr(), lang: readerLang(lang)}
}

// diagnostics prints the diagnostics of the journey file, as many as the
// format shows, then a finding that tells how many more there are.
func (p *printer) diagnostics(file string, diags journey.Diagnostics) {
	if p.format == formatText {
		printDiagnostics(p.text, diags, p.lang)
		return
	}
	limit := journey.MaxDiagnostics
	if p.format == formatJSON {
		limit = maxJSONDiagnostics
	}
	for i, d := range diags {
		if i == limit {
			p.record(tooMany(file, diags[i:], p.lang))
			return
		}
		p.record(record{File: file, Line: d.Pos.Line, Column: d.Pos.Column, Cell: d.Cell, Severity: d.Severity, Code: d.Code, Message: d.Message})
	}
}

// tooMany is the finding that stands for the diagnostics left out: an
// error if any of them is one.
func tooMany(file string, left journey.Diagnostics, lang vocab.Lang) record {
	sev := journey.Warning
	if left.HasErrors() {
		sev = journey.Error
	}
	return record{File: file, Severity: sev, Code: codeTooManyDiagnostics,
		Message: lang.Format(vocab.MoreProblems, len(left))}
}

// problem prints a problem with a file or folder, or with the run.
func (p *printer) problem(err error) {
	msg := err.Error()
	var fe fileError
	if errors.As(err, &fe) {
		msg = p.lang.Say(fe.what)
	}
	if p.format == formatText {
		fmt.Fprintf(p.stderr, "journeymap: %s\n", msg)
		return
	}
	file, code := fileAndCode(err)
	p.record(record{File: file, Severity: journey.Error, Code: code, Message: msg})
}

// outdated prints that the map at path is stale or missing, and the
// command that brings it up to date.
func (p *printer) outdated(path string, code journey.Code, fix string) {
	msg := p.lang.Format(vocab.StaleRun, fix)
	switch code {
	case codeMissingMap, codeMissingOutput:
		msg = p.lang.Format(vocab.MissingRun, fix)
	case codeOrphanOutput:
		msg = p.lang.Format(vocab.OrphanRun, fix)
	}
	if p.format == formatText {
		fmt.Fprintf(p.text, "%s: %s\n", displayName(path), msg)
		return
	}
	p.record(record{File: path, Severity: journey.Error, Code: code, Message: msg})
}

// record prints one finding in json or github.
func (p *printer) record(r record) {
	switch p.format {
	case formatJSON:
		sep := ",\n  "
		if p.n == 0 {
			sep = "[\n  "
		}
		io.WriteString(p.stdout, sep)
		p.stdout.Write(jsonRecord(r))
	case formatGitHub:
		io.WriteString(p.stdout, githubCommand(r)+"\n")
	}
	p.n++
}

// finish ends the output: the json array is closed, and an empty one
// printed when nothing was found.
func (p *printer) finish() {
	if p.format != formatJSON {
		return
	}
	if p.n == 0 {
		io.WriteString(p.stdout, "[]\n")
		return
	}
	io.WriteString(p.stdout, "\n]\n")
}

// jsonRecord is r as one line of JSON. encoding/json escapes what must be
// escaped, whatever the file names and messages hold (bytes that are not
// UTF-8 become U+FFFD); <, > and & are kept as they are, for readers.
func jsonRecord(r record) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(r) // strings and ints: it cannot fail
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// githubCommand is r as a GitHub Actions workflow command, which the
// runner shows as an annotation on the file:
//
//	::error file=F,line=L,col=C,title=journeymap CODE::MESSAGE
//
// Line and col are left out for findings about a whole file, and file
// when there is none.
func githubCommand(r record) string {
	var props []string
	if r.File != "" {
		props = append(props, "file="+githubProperty(r.File))
	}
	if r.Line > 0 {
		props = append(props, "line="+strconv.Itoa(r.Line))
		if r.Column > 0 {
			props = append(props, "col="+strconv.Itoa(r.Column))
		}
	}
	props = append(props, "title="+githubProperty("journeymap "+string(r.Code)))
	kind := "error"
	if r.Severity == journey.Warning {
		kind = "warning"
	}
	return "::" + kind + " " + strings.Join(props, ",") + "::" + githubData(r.Message)
}

// githubData escapes the message of a workflow command as the runner
// expects, so that no line break can end it early.
func githubData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// githubProperty escapes a property value of a workflow command: as the
// message, and : and , too, which separate properties.
func githubProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
