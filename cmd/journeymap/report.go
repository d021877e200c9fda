package main

import (
	"fmt"
	"io"

	"github.com/journeymap/journeymap/report"
	"github.com/spf13/cobra"
)

// reportFormats are the formats of a report; the first is the default.
var reportFormats = []string{"markdown", "csv"}

// reportOutputs are the outputs of report, by format: to standard output
// unless -o names a file or a folder.
var reportOutputs = map[string]output{
	"markdown": {noun: "report", suffix: ".report.md"},
	"csv":      {noun: "report", suffix: ".improvements.csv"},
}

type reportOptions struct {
	lang   string
	format formatFlag
	today  string
	output string
	check  bool
}

func newReportCmd() *cobra.Command {
	opts := &reportOptions{}
	cmd := &cobra.Command{
		Use:   "report [--format markdown|csv] [--today YYYY-MM-DD] [-o PATH] [--check] FILE|-",
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
is before the date the report measures against and names: the date given
with --today, else $SOURCE_DATE_EPOCH, else the journey's reviewed date,
never the clock, so that a report kept in git stays the same on every day
and on every machine. A journey with none of them has no overdue section.
That date also sets the warnings about due dates; journeymap validate
measures against today.

The report goes to standard output, or with -o to a file, or into a folder
as NAME.report.md (NAME.improvements.csv with --format csv), written to a
temporary file and renamed into place; a file that holds the report already
is not rewritten. A journey with errors gets no report: its diagnostics go
to standard error and nothing is written. Warnings go to standard error
too.

--check writes nothing: it writes the report in memory and compares it
with the file that report with the same flags would write, named with -o.
A file that differs is stale and a file that does not exist is missing;
either is named with the command that writes it, and the exit status is 1.
--format github makes that, and any problem of the journey, an annotation
for GitHub Actions, and --format json a JSON array, on standard output (as
--format csv,github with the report's format).

Exit status: 0 when the report was written (with --check: is up to date),
1 when the journey is invalid (with --check: or the report is stale or
missing), 2 for usage or I/O errors.`,
		Example: `  journeymap report journey.yaml > report.md
  journeymap report --today 2026-11-22 journey.yaml -o journey.report.md
  journeymap report --format csv journey.yaml -o improvements.csv
  cat journey.yaml | journeymap report -
  journeymap report --check --format github journey.yaml -o journey.report.md`,
		Args: oneArg("the journey to report on, such as journey.yaml, or - for standard input", "reads one journey"),
		RunE: opts.run,
	}
	opts.format = newFormatFlag("report", reportFormats)
	cmd.Flags().Var(&opts.format, "format", "what to write: markdown (the report, the default) or csv (the improvements); and how to print problems: text, json (one array) or github (workflow commands for GitHub Actions), which go to standard output; give one of each, as --format csv,github")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(opts.format.completions(), cobra.ShellCompDirectiveNoFileComp))
	cmd.Flags().BoolVar(&opts.check, "check", false, "write nothing; exit 1 when the file -o names differs from what report would write, or is missing")
	addLangFlag(cmd, &opts.lang)
	cmd.Flags().StringVar(&opts.today, "today", "", "the date overdue improvements and review warnings are measured against, as YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else the journey's reviewed date)")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "the file to write the report to, or the folder to write it in (as FILE.report.md, or FILE.improvements.csv); - for standard output (default)")
	return cmd
}

func (o *reportOptions) run(cmd *cobra.Command, args []string) error {
	given, err := givenDate(o.today)
	if err != nil {
		return err
	}
	if err := checkOutputFlag(cmd, o.output); err != nil {
		return err
	}
	in, err := oneJourney(cmd.Name(), args[0])
	if err != nil {
		return err
	}
	kind := o.format.output
	if kind == "" {
		kind = reportFormats[0]
	}
	t, err := reportOutputs[kind].single(in, o.output)
	if err != nil {
		return err
	}
	format := o.format.findingsFormat()
	if t.path == "" {
		why := "the report goes to standard output without -o"
		if o.output == "-" {
			why = "-o - writes the report to standard output"
		}
		if err := refuseStdout("report", o.check, format, why); err != nil {
			return err
		}
	}
	p := newPrinter(cmd, format, o.lang)
	tl := tally{p: p}
	jopts := journeyOptions(o.lang)
	jopts.Today, jopts.AsOfReview = given, true
	r := parseOne(in, cmd.InOrStdin(), jopts)
	if !tl.parsed(r) {
		p.finish()
		return tl.err()
	}
	opts := report.Options{Today: asOf(given, r.journey)}
	data, err := drawInMemory(func(w io.Writer) error {
		if kind == "csv" {
			return report.CSV(w, r.journey, opts)
		}
		return report.Markdown(w, r.journey, r.diags, opts)
	})
	if err != nil {
		return fmt.Errorf("internal error: cannot report on %s: %v", displayName(in.name), err)
	}
	if !o.check {
		p.finish()
		_, err = writeOutput(t, data, cmd.OutOrStdout())
		return err
	}
	result, err := checkOutput(t, data)
	if err != nil {
		tl.fail(err)
	}
	fix := o.fixCommand(cmd, t)
	switch result {
	case stale:
		tl.outdated(t.path, codeStaleOutput, fix)
	case missing:
		tl.outdated(t.path, codeMissingOutput, fix)
	}
	p.finish()
	fmt.Fprintln(p.stderr, outputSummary("report", true, result)+tl.troubles("checked"))
	return tl.err()
}

// fixCommand is the command that writes the report of t as report with the
// same flags would.
func (o *reportOptions) fixCommand(cmd *cobra.Command, t target) string {
	var flags string
	if o.format.output != "" {
		flags += " --format " + o.format.output
	}
	if cmd.Flags().Changed("today") {
		flags += " --today " + shellQuote(o.today)
	}
	return fixCommand("report", t, o.output, "") + flags + langFlag(cmd)
}
