package main

import (
	"fmt"
	"io"

	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/journeymap/journeymap/render"
	"github.com/spf13/cobra"
)

type matrixOptions struct {
	lang   string
	theme  string
	today  string
	output string
	check  bool
	print  printOptions
}

func newMatrixCmd() *cobra.Command {
	opts := &matrixOptions{}
	cmd := &cobra.Command{
		Use:   "matrix FILE|-",
		Short: "Draw the action-priority matrix of a journey's improvements: SVG, PDF or PNG",
		Long: `Matrix draws the action-priority matrix of one journey's improvements:
impact (1 to 5, high at the top) against effort (1 to 5, low on the left),
in four quadrants split where a rating counts as high (3 and above): quick
wins, major projects, fill-ins and thankless tasks. Each improvement is a
card in its cell, with its title, owner and due date; one still open or in
progress after its due date is marked overdue, and one done or dropped is
shown muted with its status. - reads standard input.

The matrix is written next to the journey (maps/quote.yaml gives
maps/quote.matrix.svg), and the matrix of standard input to standard
output. -o names its file, or the folder to put it in when it is an
existing folder or ends in /; -o - writes to standard output. It is SVG
unless --format pdf or png says otherwise, or -o names a file ending in
.pdf or .png: a one-page PDF, the matrix's size or fitted onto --page, or
a PNG of --scale pixels (2 by default) for each of the matrix's. A journey
with errors is not drawn: its problems are printed to standard error as
file:line:col: error|warning: message, and no file is written. The matrix
is written to a temporary file and renamed into place, and a matrix whose
bytes did not change is not rewritten.

--check writes nothing: it draws the matrix in memory and compares it with
the file matrix with the same flags would write. A file that differs is
stale and a file that does not exist is missing; either is named with the
command that writes it, and the exit status is 1. --format github makes
that, and any problem of the journey, an annotation for GitHub Actions, and
--format json a JSON array, on standard output (as --format pdf,github
with a picture's format).

Which improvements are overdue is measured against a date the matrix
prints: --today, else $SOURCE_DATE_EPOCH, else the journey's reviewed date,
never the clock, so that a matrix kept in git stays the same on every day
and on every machine. A journey with none of them marks nothing overdue.

Exit status: 0 when the matrix was drawn (with --check: is up to date), 1
when the journey is invalid (with --check: or the matrix is stale or
missing), 2 for usage or I/O errors.`,
		Example: `  journeymap matrix journey.yaml
  journeymap matrix --today 2026-12-10 --theme dark journey.yaml -o matrix.svg
  journeymap matrix --today 2026-12-10 journey.yaml -o matrix.png
  cat journey.yaml | journeymap matrix - > matrix.svg
  journeymap matrix --check --format github journey.yaml`,
		Args: oneArg("the journey to draw, such as journey.yaml, or - for standard input", "draws one journey"),
		RunE: opts.run,
	}
	addThemeFlag(cmd, &opts.theme)
	addLangFlag(cmd, &opts.lang)
	cmd.Flags().StringVar(&opts.today, "today", "", "the date improvements are overdue against, as YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else the journey's reviewed date)")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "the matrix's file, or the folder to write it in; - for standard output (default: FILE.matrix.svg next to the journey)")
	cmd.Flags().BoolVar(&opts.check, "check", false, "write nothing; exit 1 when the matrix differs from what matrix would write, or is missing")
	addPrintFlags(cmd, &opts.print, "matrix", false)
	return cmd
}

func (o *matrixOptions) run(cmd *cobra.Command, args []string) error {
	theme, err := render.ThemeNamed(o.theme)
	if err != nil {
		return err
	}
	given, err := givenDate(o.today)
	if err != nil {
		return err
	}
	if err := checkOutputFlag(cmd, o.output); err != nil {
		return err
	}
	plan, err := o.print.plan(cmd, o.output)
	if err != nil {
		return err
	}
	in, err := oneJourney(cmd.Name(), args[0])
	if err != nil {
		return err
	}
	t, err := pictureOutput("matrix", ".matrix", plan.format).single(in, o.output)
	if err != nil {
		return err
	}
	format := o.print.format.findingsFormat()
	if t.path == "" {
		why := "-o - writes the matrix to standard output"
		if o.output == "" {
			why = "the matrix of standard input (-) goes to standard output"
		}
		if err := refuseStdout("matrix", o.check, format, why); err != nil {
			return err
		}
	}

	p := newPrinter(cmd, format, o.lang)
	tl := tally{p: p}
	r := parseOne(in, cmd.InOrStdin(), journeyOptions(o.lang))
	result := notDone
	var data []byte
	if r.err == nil && !r.diags.HasErrors() && r.journey != nil {
		// Drawn before the diagnostics are printed, so that what the matrix
		// cut to fit is among them.
		opts := render.MatrixOptions{Theme: theme, Today: asOf(given, r.journey)}
		data, err = drawInMemory(func(w io.Writer) error {
			cut, err := plan.drawMatrix(w, r.journey, opts)
			r.diags = append(r.diags, cut...).Sorted()
			return err
		})
	}
	if tl.parsed(r) {
		if len(r.journey.Improvements) == 0 {
			fmt.Fprintf(p.stderr, "journeymap: %s has no improvements; the matrix is drawn empty\n", displayName(in.name))
		}
		switch {
		case err == nil && o.check:
			result, err = checkOutput(t, data)
		case err == nil:
			result, err = writeOutput(t, data, cmd.OutOrStdout())
		default:
			err = fileProblem(in.name, codeInternal, vocab.CannotDrawMatrix, displayName(in.name), err)
		}
		if err != nil {
			tl.fail(err)
		}
		fix := fixCommand("matrix", t, o.output, o.fixTheme(cmd)) + o.print.flags(cmd) + langFlag(cmd)
		switch result {
		case stale:
			tl.outdated(t.path, codeStaleOutput, fix)
		case missing:
			tl.outdated(t.path, codeMissingOutput, fix)
		}
	}
	p.finish()
	if r.err == nil {
		done := "written"
		if o.check {
			done = "checked"
		}
		fmt.Fprintln(p.stderr, outputSummary("matrix", o.check, result)+tl.troubles(done))
	}
	return tl.err()
}

// fixTheme is the --theme to repeat in the command that writes the matrix:
// the one given, if any.
func (o *matrixOptions) fixTheme(cmd *cobra.Command) string {
	if cmd.Flags().Changed("theme") {
		return o.theme
	}
	return ""
}

// outputSummary is the last line of a command that writes one output,
// what: "1 matrix written", or with --check "1 matrix up to date", "1
// matrix stale".
func outputSummary(what string, check bool, result outcome) string {
	switch result {
	case written:
		return "1 " + what + " written"
	case unchanged:
		if check {
			return "1 " + what + " up to date"
		}
		return "1 " + what + " unchanged"
	case stale:
		return "1 " + what + " stale"
	case missing:
		return "1 " + what + " missing"
	}
	if check {
		return "no " + what + " checked"
	}
	return "no " + what + " written"
}
