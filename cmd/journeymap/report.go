package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/journeymap/journeymap/journey"
	// Named apart: validate.go has a func report.
	jreport "github.com/journeymap/journeymap/report"
	"github.com/spf13/cobra"
)

// reportFormats are the formats of a report; the first is the default.
var reportFormats = []string{"markdown", "csv"}

type reportOptions struct {
	format string
	today  string
	output string
}

func newReportCmd() *cobra.Command {
	opts := &reportOptions{}
	cmd := &cobra.Command{
		Use:   "report [--format markdown|csv] [--today YYYY-MM-DD] [-o PATH] FILE|-",
		Short: "Summarise a journey in Markdown, or list its improvements as CSV",
		Long: `Report reads one journey (- reads standard input) and writes what it says
in words, for a pull-request comment or a client document.

--format markdown (the default) writes a Markdown report in the journey's
language (English or Dutch): the journey in one paragraph; the emotion
curve, where it is lowest, highest and ends, and the average emotion of
each phase; the pain points (the touchpoints at the lowest point of a
curve that dips to neutral or below, and every touchpoint that lists
pains) with their pains and evidence; the gaps between the current and the
ideal journey, largest first; the improvements by quadrant, quick wins
first, with owner, due date and status; the improvements that are overdue;
and the journey's warnings with their lines. Text from the journey is
escaped, so that it cannot break a table or make a link or HTML.

--format csv writes the improvements for a task tracker (RFC 4180, with
the header row id,title,quadrant,impact,effort,owner,due,status,overdue,
touchpoints; touchpoint ids separated by spaces). A cell that starts with
= + - @, a tab or a carriage return gets a ' in front, so that a
spreadsheet does not take it for a formula.

An improvement is overdue when it is open or in progress and its due date
is before today: the date given with --today, else $SOURCE_DATE_EPOCH, else
the system date (in UTC). Today also sets the review warnings.

The report goes to standard output, or with -o to a file, written to a
temporary file and renamed into place; a file that holds the report already
is not rewritten. A journey with errors gets no report: its diagnostics go
to standard error and nothing is written. Warnings go to standard error
too.

Exit status: 0 when the report was written, 1 when the journey is invalid,
2 for usage or I/O errors.`,
		Example: `  journeymap report journey.yaml > report.md
  journeymap report --today 2026-11-22 journey.yaml -o journey.report.md
  journeymap report --format csv journey.yaml -o improvements.csv
  cat journey.yaml | journeymap report -`,
		Args: oneArg("the journey to report on, such as journey.yaml, or - for standard input", "reads one journey"),
		RunE: opts.run,
	}
	cmd.Flags().StringVar(&opts.format, "format", reportFormats[0], "what to write: markdown (the report) or csv (the improvements)")
	cmd.Flags().StringVar(&opts.today, "today", "", "the date overdue improvements and review warnings are measured against, as YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else the system date)")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "the file to write the report to; - for standard output (default)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(reportFormats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func (o *reportOptions) run(cmd *cobra.Command, args []string) error {
	if !slices.Contains(reportFormats, o.format) {
		return usageError{fmt.Errorf("--format: unknown format %q; expected markdown or csv", o.format)}
	}
	today, err := todayDate(o.today)
	if err != nil {
		return err
	}
	if err := checkOutputFlag(cmd, o.output); err != nil {
		return err
	}
	in, err := reportInput(args[0])
	if err != nil {
		return err
	}
	if err := o.checkOutput(in); err != nil {
		return err
	}
	r := parseOne(in, cmd.InOrStdin(), journey.Options{Today: today})
	if r.err != nil {
		return r.err
	}
	printDiagnostics(cmd.ErrOrStderr(), r.diags)
	if r.diags.HasErrors() {
		return errInvalid
	}
	if r.journey == nil {
		return fmt.Errorf("internal error: %s holds no errors and no journey", displayName(in.name))
	}
	var buf bytes.Buffer
	opts := jreport.Options{Today: today}
	if o.format == "csv" {
		err = jreport.CSV(&buf, r.journey, opts)
	} else {
		err = jreport.Markdown(&buf, r.journey, r.diags, opts)
	}
	if err != nil {
		return fmt.Errorf("internal error: cannot report on %s: %v", displayName(in.name), err)
	}
	if o.output == "" || o.output == "-" {
		if _, err := cmd.OutOrStdout().Write(buf.Bytes()); err != nil {
			return fmt.Errorf("cannot write to standard output: %v", cause(err))
		}
		return nil
	}
	if _, err := writeFile(o.output, buf.Bytes()); err != nil {
		if dir := filepath.Dir(o.output); !isDir(dir) {
			return ioError(o.output, "cannot write %s: the folder %s does not exist; create it first", displayName(o.output), displayName(dir))
		}
		return ioError(o.output, "cannot write %s: %v", displayName(o.output), cause(err))
	}
	return nil
}

// reportInput is the journey named by the argument: standard input for -,
// else a file, which must exist and not be a folder.
func reportInput(arg string) (input, error) {
	if arg == "-" {
		return input{name: stdinName, stdin: true}, nil
	}
	info, err := os.Stat(arg)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return input{}, ioError(arg, "%s: no such file or folder", displayName(arg))
	case err != nil:
		return input{}, ioError(arg, "cannot read %s: %v", displayName(arg), cause(err))
	case info.IsDir():
		return input{}, usageError{fmt.Errorf("%s is a folder; report reads one journey file", displayName(arg))}
	}
	return input{name: arg}, nil
}

// checkOutput refuses, before anything is read or written, an -o that
// names a folder, a file named like a journey, or the journey itself.
func (o *reportOptions) checkOutput(in input) error {
	if o.output == "" || o.output == "-" {
		return nil
	}
	name := displayName(o.output)
	if isFolder(o.output) {
		return usageError{fmt.Errorf("-o %s is a folder; name the report's file, such as %s", name, displayName(filepath.Join(o.output, "journey.report.md")))}
	}
	if ext := strings.ToLower(filepath.Ext(o.output)); ext == ".yaml" || ext == ".yml" {
		return usageError{fmt.Errorf("-o %s is named like a journey; name the report *.md or *.csv", name)}
	}
	if !in.stdin && samePath(o.output) == samePath(in.name) {
		return usageError{fmt.Errorf("-o %s would write the report over the journey", name)}
	}
	return nil
}
