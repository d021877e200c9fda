package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/journeymap/journeymap/journey"
	"github.com/spf13/cobra"
)

type validateOptions struct {
	today string
	quiet bool
}

func newValidateCmd() *cobra.Command {
	opts := &validateOptions{}
	cmd := &cobra.Command{
		Use:   "validate FILE|DIR|- ...",
		Short: "Check journeys and report every problem as file:line:col",
		Long: `Validate reads each journey and prints every problem as
file:line:col: error|warning: message. A folder stands for every *.yaml and
*.yml file below it; - reads standard input.

Exit status: 0 when every journey is valid (warnings allowed), 1 when any is
invalid, 2 for usage or I/O errors.`,
		Example: `  journeymap validate examples/
  journeymap validate journey.yaml
  cat journey.yaml | journeymap validate -`,
		Args: cobra.MinimumNArgs(1),
		RunE: opts.run,
	}
	cmd.Flags().StringVar(&opts.today, "today", "", "the date review warnings are measured against, as YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else the system date)")
	cmd.Flags().BoolVarP(&opts.quiet, "quiet", "q", false, "print only the diagnostics, no summary")
	return cmd
}

func (o *validateOptions) run(cmd *cobra.Command, args []string) error {
	today, err := todayDate(o.today)
	if err != nil {
		return err
	}
	inputs, err := collectInputs(args)
	if err != nil {
		return err
	}
	results := parseAll(inputs, cmd.InOrStdin(), journey.Options{Today: today})
	return report(cmd.OutOrStdout(), cmd.ErrOrStderr(), results, o.quiet)
}

// report prints the diagnostics of every result in order, and a summary
// unless quiet, and returns the error that sets the exit code.
func report(stdout, stderr io.Writer, results []parsed, quiet bool) error {
	var invalid, errs, warns, ioErrors int
	for _, r := range results {
		if r.err != nil {
			fmt.Fprintf(stderr, "journeymap: %v\n", r.err)
			ioErrors++
			continue
		}
		printDiagnostics(stdout, r.diags)
		e, w := r.diags.Count()
		errs, warns = errs+e, warns+w
		if e > 0 {
			invalid++
		}
	}
	if !quiet {
		fmt.Fprintln(stderr, summary(len(results), invalid, errs, warns))
	}
	switch {
	case ioErrors > 0:
		return errReported
	case invalid > 0:
		return errInvalid
	}
	return nil
}

// printDiagnostics prints a file's diagnostics, at most MaxDiagnostics of
// them, so that output stays small whatever the input.
func printDiagnostics(w io.Writer, diags journey.Diagnostics) {
	for i, d := range diags {
		if i == journey.MaxDiagnostics {
			fmt.Fprintf(w, "%s: %d more problems not shown; fix the ones above first\n", d.File, len(diags)-i)
			return
		}
		fmt.Fprintln(w, d)
	}
}

func summary(journeys, invalid, errs, warns int) string {
	s := plural(journeys, "journey") + " checked: "
	if invalid == 0 {
		s += "all valid"
	} else {
		s += fmt.Sprintf("%d invalid, %s", invalid, plural(errs, "error"))
	}
	if warns > 0 {
		s += ", " + plural(warns, "warning")
	}
	return s
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// todayDate is the date that date-dependent checks use: the flag, else
// SOURCE_DATE_EPOCH (for reproducible builds), else the system clock, in UTC.
func todayDate(flag string) (journey.Date, error) {
	if flag != "" {
		d, ok := journey.ParseDate(flag)
		if !ok {
			return journey.Date{}, usageError{fmt.Errorf("--today %q: expected a date as YYYY-MM-DD", flag)}
		}
		return d, nil
	}
	if epoch := os.Getenv("SOURCE_DATE_EPOCH"); epoch != "" {
		secs, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil {
			return journey.Date{}, usageError{fmt.Errorf("SOURCE_DATE_EPOCH %q: expected seconds since 1970", epoch)}
		}
		return journey.DateOf(time.Unix(secs, 0).UTC()), nil
	}
	return journey.DateOf(time.Now().UTC()), nil
}
