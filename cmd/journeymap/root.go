package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// run executes the command line args and returns the exit code. Tests drive
// the whole CLI through it, with the standard input and output and the
// clock they choose.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, now clock) int {
	root := newRootCmd(args, now)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if err != nil && !isSilent(err) {
		fmt.Fprintf(stderr, "journeymap: %v\n", err)
	}
	return exitCode(err)
}

// commands are the commands of journeymap, each with its constructor.
var commands = []struct {
	name string
	make func(now clock) *cobra.Command
}{
	{"diff", timeless(newDiffCmd)},
	{"export", timeless(newExportCmd)},
	{"import", timeless(newImportCmd)},
	{"init", timeless(newInitCmd)},
	{"matrix", timeless(newMatrixCmd)},
	{"render", timeless(newRenderCmd)},
	{"report", timeless(newReportCmd)},
	{"schema", timeless(newSchemaCmd)},
	{"serve", newServeCmd},
	{"validate", newValidateCmd},
	{"version", timeless(newVersionCmd)},
}

// timeless is the constructor of a command that never asks the clock.
func timeless(make func() *cobra.Command) func(clock) *cobra.Command {
	return func(clock) *cobra.Command { return make() }
}

// newRootCmd makes the command line for args. A command line that names a
// command makes that command alone: the others, their flags and their help
// are made only when the command line needs them all (help, completion, a
// mistake).
func newRootCmd(args []string, now clock) *cobra.Command {
	root := &cobra.Command{
		Use:   "journeymap",
		Short: "Turn customer journeys written in YAML into validated journey maps",
		Long: `journeymap reads customer journeys written in YAML (phases, touchpoints,
emotions, pains, gains, evidence and improvements), reports every problem as
file:line:col, and draws the journey map. The format is described in
docs/format.md of the journeymap repository.`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Version:       buildVersion(),
		// Before any command runs: its choice flags hold words it knows.
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error { return checkChoices(cmd) },
	}
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageError{err}
	})
	named := ""
	for _, c := range commands {
		if len(args) > 0 && args[0] == c.name {
			named = c.name
		}
	}
	for _, c := range commands {
		if named == "" || c.name == named {
			root.AddCommand(c.make(now))
		}
	}
	return root
}

// checkOutputFlag refuses an -o flag given with an empty path, which would
// otherwise mean "next to the journey" by accident.
func checkOutputFlag(cmd *cobra.Command, output string) error {
	if cmd.Flags().Changed("output") && output == "" {
		return usageError{errors.New("-o needs a path; use -o - for standard output")}
	}
	return nil
}

// needJourneys accepts one or more journeys: files, folders or -.
func needJourneys(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return usageError{fmt.Errorf("%s needs journeys: files, folders of *.yaml files, or - for standard input; see journeymap %s --help", cmd.Name(), cmd.Name())}
	}
	return nil
}

// needWatchedJourneys accepts one or more journeys to watch: files or
// folders, which standard input is not.
func needWatchedJourneys(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return usageError{fmt.Errorf("%s needs journeys: files or folders of *.yaml files; see journeymap %s --help", cmd.Name(), cmd.Name())}
	}
	return nil
}

// oneArg accepts exactly one argument. need says what it is and takes what
// the command does with it, for the messages.
func oneArg(need, takes string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) == 0:
			return usageError{fmt.Errorf("%s needs %s", cmd.Name(), need)}
		case len(args) > 1:
			return usageError{fmt.Errorf("%s %s; found %d arguments", cmd.Name(), takes, len(args))}
		}
		return nil
	}
}
