package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/spf13/cobra"
)

type validateOptions struct {
	now    clock
	lang   string
	today  string
	strict bool
	quiet  bool
	format string
}

func newValidateCmd(now clock) *cobra.Command {
	opts := &validateOptions{now: now}
	cmd := &cobra.Command{
		Use:   "validate FILE|DIR|- ...",
		Short: "Check journeys and report every problem as file:line:col",
		Long: `Validate reads each journey and prints every problem as
file:line:col: error|warning: message. A folder stands for every *.yaml and
*.yml file below it; - reads standard input.

--format json prints every problem as one JSON array on standard output,
and --format github as GitHub Actions workflow commands (annotations); the
summary stays on standard error. docs/diagnostics.md lists the codes.

Warnings are advice: an improvement without an owner or a due date, or
past it; a touchpoint without an owner; a pain point no improvement
addresses; a journey that ends on its low; a phase without touchpoints; a
review more than a year ago. --strict makes every warning an error, with
the same code, and also asks every touchpoint for its evidence and the
journey for a reviewed date. Checks that depend on the date measure against
--today, else $SOURCE_DATE_EPOCH, else the system date.

Exit status: 0 when every journey is valid (warnings allowed), 1 when any is
invalid, 2 for usage or I/O errors.`,
		Example: `  journeymap validate examples/
  journeymap validate journey.yaml
  journeymap validate --strict --today 2026-11-22 maps/
  journeymap validate --format json maps/ > problems.json
  cat journey.yaml | journeymap validate -`,
		Args: needJourneys,
		RunE: opts.run,
	}
	cmd.Flags().StringVar(&opts.today, "today", "", "the date that review and due dates are measured against, as YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else the system date)")
	cmd.Flags().BoolVar(&opts.strict, "strict", false, "report every warning as an error, and require evidence on every touchpoint and a reviewed date")
	cmd.Flags().BoolVarP(&opts.quiet, "quiet", "q", false, "print only the diagnostics, no summary")
	addFormatFlag(cmd, &opts.format)
	addLangFlag(cmd, &opts.lang)
	return cmd
}

func (o *validateOptions) run(cmd *cobra.Command, args []string) error {
	today, err := o.now.today(o.today)
	if err != nil {
		return err
	}
	format := outputFormat(o.format)
	inputs, problems := collectInputs(args)
	if err := firstUsageError(problems); err != nil {
		return err
	}
	jopts := journeyOptions(o.lang)
	jopts.Today, jopts.Strict = today, o.strict
	results := parseAll(inputs, cmd.InOrStdin(), jopts)
	p := &printer{format: format, text: cmd.OutOrStdout(), stdout: cmd.OutOrStdout(), stderr: cmd.ErrOrStderr(), lang: readerLang(o.lang)}
	return printValidation(p, problems, results, o.quiet)
}

// printValidation prints the problems met while collecting inputs, the
// diagnostics of every result in order, and a summary unless quiet, and
// returns the error that sets the exit code.
func printValidation(p *printer, problems []error, results []parsed, quiet bool) error {
	t := tally{p: p}
	t.problems(problems)
	checked := cataloguesChecked(results)
	for _, r := range results {
		r.diags = checked.drop(r)
		t.parsed(r)
	}
	p.finish()
	if !quiet && len(results) > 0 {
		fmt.Fprintln(p.stderr, summary(t.checked-t.catalogues, t.catalogues, t.invalid, t.errs, t.warns, t.unread))
	}
	return t.err()
}

// tally counts what happened to the inputs of a run, for the summary line
// and the exit code, and prints it as it goes. validate and render share
// it, so that they print diagnostics and problems alike and agree on what
// exits 1 and what 2.
type tally struct {
	p                *printer
	checked, invalid int // journeys (and catalogues) read and parsed; those with errors
	catalogues       int // catalogues among those checked
	errs, warns      int // their diagnostics
	unread           int // arguments that could not be used, inputs that could not be read
	failed           int // maps that could not be rendered, written or checked
	stale, missing   int // render --check: maps that differ from their file; that have none
	orphans          int // render --check of a project: outputs of journeys it no longer has
}

// problems prints the problems met while collecting inputs.
func (t *tally) problems(problems []error) {
	for _, p := range problems {
		t.p.problem(p)
	}
	t.unread += len(problems)
}

// parsed prints an input's read error, or its diagnostics, counts them,
// and reports whether the journey is valid.
func (t *tally) parsed(r parsed) bool {
	if r.err != nil {
		t.p.problem(r.err)
		t.unread++
		return false
	}
	t.checked++
	if r.catalogue {
		t.catalogues++
	}
	t.p.diagnostics(r.input.name, r.diags)
	e, w := r.diags.Count()
	t.errs, t.warns = t.errs+e, t.warns+w
	if e > 0 {
		t.invalid++
		return false
	}
	return true
}

// fail prints why one input's output could not be made or checked, and
// counts it.
func (t *tally) fail(err error) {
	t.p.problem(err)
	t.failed++
}

// outdated prints that a map is stale or missing, with the command that
// fixes it, and counts it.
func (t *tally) outdated(path string, code journey.Code, fix string) {
	t.p.outdated(path, code, fix)
	switch code {
	case codeMissingMap, codeMissingOutput:
		t.missing++
	case codeOrphanOutput:
		t.orphans++
	default:
		t.stale++
	}
}

// err is the error that sets the exit code: I/O problems outrank invalid
// journeys and stale maps.
func (t *tally) err() error {
	switch {
	case t.unread > 0 || t.failed > 0:
		return errReported
	case t.invalid > 0:
		return errInvalid
	case t.stale > 0 || t.missing > 0 || t.orphans > 0:
		return errStale
	}
	return nil
}

// firstUsageError returns the first problem that is a usage error: the
// command line is wrong, and nothing should run.
func firstUsageError(problems []error) error {
	for _, p := range problems {
		var u usageError
		if errors.As(p, &u) {
			return p
		}
	}
	return nil
}

// printDiagnostics prints a file's diagnostics, at most MaxDiagnostics of
// them, so that output stays small whatever the input, and says in lang
// how many more there are.
func printDiagnostics(w io.Writer, diags journey.Diagnostics, lang vocab.Lang) {
	for i, d := range diags {
		if i == journey.MaxDiagnostics {
			fmt.Fprintf(w, "%s: %s\n", d.File, lang.Format(vocab.MoreProblems, len(diags)-i))
			return
		}
		fmt.Fprintln(w, d)
	}
}

// summary is the last line of validate: "3 journeys checked: 1 invalid, 2
// errors, 1 warning; 1 could not be read".
//
// Catalogues checked are counted apart: "3 journeys and 1 catalogue
// checked: all valid".
func summary(checked, catalogues, invalid, errs, warns, unread int) string {
	s := plural(checked, "journey") + " checked: "
	if catalogues > 0 {
		s = plural(checked, "journey") + " and " + plural(catalogues, "catalogue") + " checked: "
	}
	if invalid == 0 {
		s += "all valid"
	} else {
		s += fmt.Sprintf("%d invalid, %s", invalid, plural(errs, "error"))
	}
	if warns > 0 {
		s += ", " + plural(warns, "warning")
	}
	if unread > 0 {
		s += fmt.Sprintf("; %d could not be read", unread)
	}
	return s
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
