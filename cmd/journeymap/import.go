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

	"github.com/spf13/cobra"

	"github.com/journeymap/journeymap/interop"
	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// interopKinds are the kinds of file import and export know.
var interopKinds = []string{"mermaid", "csv", "xlsx"}

type importOptions struct {
	lang    string
	format  string
	output  string
	force   bool
	title   string
	scale   string
	sheet   string
	block   int
	moments bool
}

func newImportCmd() *cobra.Command {
	opts := &importOptions{}
	cmd := &cobra.Command{
		Use:   "import mermaid|csv|xlsx FILE|- [-o OUT.yaml]",
		Short: "Make a journey of a Mermaid journey diagram or a spreadsheet of touchpoints",
		Long: `Import reads a Mermaid journey diagram, or a spreadsheet with one row per
touchpoint, and writes it as a commented journey (YAML) that validates and
renders as it is. - reads standard input. docs/interop.md says what each
kind of file holds and what becomes of it.

mermaid: a journey diagram (sections, tasks Name: score: actors), or a
Markdown file (*.md) with a ` + "```mermaid" + ` block that holds one; --block N picks
the N-th of several. Sections become phases, tasks touchpoints, a score
its emotion on the scale [1, 5], the first actor its owner (the others are
kept as x-actors). --moments spreads the phases over before, during and
after.

csv, xlsx: the columns phase, phase id, moment, touchpoint, id, channel,
owner, emotion, ideal, feeling, thinks, pains, gains and evidence, headed
in English or Dutch, in any order; phase, touchpoint and emotion are
required. A CSV file may use commas or semicolons. An XLSX file is read
from its first sheet (or --sheet NAME), with the sheets Journey and
Evidence that export writes. --title (default: the file's name) and
--scale (default: the smallest of [1, 5], [-2, 2], [-3, 3], [-5, 5] that
holds every emotion) say what a CSV file cannot.

Every problem is reported at once, at its place in the file read
(file:line:col for Mermaid, file:ROW for CSV, file:Sheet1!E14 for XLSX);
with any error nothing is written. The journey goes to standard output,
or with -o to a new file named *.yaml or *.yml; -o never replaces a file
unless --force is given, and writes atomically.

Exit status: 0 when the journey was written, 1 when the file has errors,
2 for usage or I/O errors.`,
		Example: `  journeymap import mermaid journey.mmd -o journey.yaml
  journeymap import mermaid README.md --block 2 --moments -o journey.yaml
  journeymap import csv touchpoints.csv --title "I request a quote" --scale -2,2 -o quote.yaml
  journeymap import xlsx workshop.xlsx --sheet Contactmomenten -o quote.yaml`,
		Args:              interopArgs("import"),
		ValidArgsFunction: cobra.FixedCompletions(interopKinds, cobra.ShellCompDirectiveNoFileComp),
		RunE:              opts.run,
	}
	addLangFlag(cmd, &opts.lang)
	addFormatFlag(cmd, &opts.format)
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "the journey file to write, *.yaml or *.yml; - for standard output (default)")
	cmd.Flags().BoolVar(&opts.force, "force", false, "replace the file -o names when it exists")
	cmd.Flags().StringVar(&opts.title, "title", "", "the journey's title when the file gives none (default: the file's name)")
	cmd.Flags().StringVar(&opts.scale, "scale", "", "csv, xlsx: the emotion scale as MIN,MAX, such as -2,2 (default: the smallest of [1, 5], [-2, 2], [-3, 3], [-5, 5] that holds every emotion)")
	cmd.Flags().StringVar(&opts.sheet, "sheet", "", "xlsx: the sheet of touchpoints (default: the first)")
	cmd.Flags().IntVar(&opts.block, "block", 0, "mermaid: the journey block of a Markdown file to import, from 1 (needed when it has several)")
	cmd.Flags().BoolVar(&opts.moments, "moments", false, "mermaid: spread the phases over the moments before, during and after")
	return cmd
}

// interopArgs accepts a kind of file and the file.
func interopArgs(command string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) == 0:
			return usageError{fmt.Errorf("%s needs the kind of file, %s, and the file", command, orList(interopKinds))}
		case !slices.Contains(interopKinds, args[0]):
			return usageError{fmt.Errorf("%s: unknown kind of file %q; expected %s", command, args[0], orList(interopKinds))}
		case len(args) == 1:
			return usageError{fmt.Errorf("%s %s needs a file, or - for standard input", command, args[0])}
		case len(args) > 2:
			return usageError{fmt.Errorf("%s reads one file; found %d arguments", command, len(args)-1)}
		}
		return nil
	}
}

// kindFlags are the flags of import that go with some kinds of file
// only: given with another, they are refused rather than ignored.
var kindFlags = []struct {
	flag  string
	kinds []string
}{{"scale", []string{"csv", "xlsx"}}, {"sheet", []string{"xlsx"}}, {"block", []string{"mermaid"}}, {"moments", []string{"mermaid"}}}

func (o *importOptions) run(cmd *cobra.Command, args []string) error {
	kind := args[0]
	if err := checkOutputFlag(cmd, o.output); err != nil {
		return err
	}
	if o.output != "" && o.output != "-" {
		if !isJourneyName(o.output) {
			return usageError{fmt.Errorf("-o %s: name the journey *.yaml or *.yml, so that validate and render find it", displayName(o.output))}
		}
		if info, err := os.Lstat(o.output); err == nil && (!o.force || info.IsDir()) {
			if info.IsDir() {
				return usageError{fmt.Errorf("-o %s is a folder; name the journey file to write", displayName(o.output))}
			}
			return fmt.Errorf("%s exists; import never replaces a journey unless --force is given", displayName(o.output))
		}
	}
	var scale *journey.Scale
	if o.scale != "" {
		s, ok := interop.ParseScale(o.scale)
		if !ok {
			return usageError{fmt.Errorf("--scale %q: write MIN,MAX, two whole numbers from -10 to 10, MIN below MAX, at most 10 apart, such as -2,2", o.scale)}
		}
		scale = &s
	}
	for _, f := range kindFlags {
		if cmd.Flags().Changed(f.flag) && !slices.Contains(f.kinds, kind) {
			return usageError{fmt.Errorf("--%s goes with import %s, not %s", f.flag, orList(f.kinds), kind)}
		}
	}
	if cmd.Flags().Changed("block") && o.block < 1 {
		return usageError{errors.New("--block takes a number from 1")}
	}
	in, err := oneJourney(cmd.Name(), args[1])
	if err != nil {
		return err
	}
	limit := int64(journey.MaxFileBytes + 1)
	if kind == "xlsx" {
		limit = interop.MaxXLSXBytes + 1
	}
	src, err := in.readAtMost(cmd.InOrStdin(), limit)
	if err != nil {
		return ioError(in.name, vocab.CannotRead, displayName(in.name), cause(err))
	}
	title := o.title
	if title == "" {
		title = strings.TrimSuffix(filepath.Base(in.name), filepath.Ext(in.name))
		if in.stdin {
			title = "Journey"
		}
	}
	name, lang := displayName(in.name), readerLang(o.lang)
	var (
		im    *interop.Imported
		diags journey.Diagnostics
	)
	switch kind {
	case "mermaid":
		im, diags = interop.Mermaid(name, src, interop.MermaidOptions{Title: title, Lang: vocab.Lang(o.lang), Moments: o.moments, Block: o.block}, lang)
	case "csv":
		im, diags = interop.CSV(name, src, interop.SheetOptions{Title: title, Scale: scale, Lang: vocab.Lang(o.lang)}, lang)
	case "xlsx":
		im, diags = interop.XLSX(name, src, interop.SheetOptions{Title: title, Scale: scale, Lang: vocab.Lang(o.lang), Sheet: o.sheet}, lang)
	}
	// The journey may go to standard output: the findings of the machine
	// formats go there only when it does not.
	p := &printer{format: outputFormat(o.format), text: cmd.ErrOrStderr(), stdout: cmd.ErrOrStderr(), stderr: cmd.ErrOrStderr(), lang: lang}
	if o.output != "" && o.output != "-" {
		p.stdout = cmd.OutOrStdout()
	}
	p.diagnostics(name, diags)
	p.finish()
	if im == nil {
		return errInvalid
	}
	if in.stdin {
		im.From = "standard input"
	}
	var buf bytes.Buffer
	if err := interop.YAML(&buf, im); err != nil {
		return fmt.Errorf("internal error: cannot write the journey: %v", err)
	}
	// An import that would not validate is a bug: it is never written.
	if _, check := journey.Parse(name, buf.Bytes(), journey.Options{}); check.HasErrors() {
		printDiagnostics(cmd.ErrOrStderr(), check, lang)
		return fmt.Errorf("internal error: the journey imported from %s does not validate; please report it with the file", name)
	}
	if o.output == "" || o.output == "-" {
		_, err := writeOutput(target{}, buf.Bytes(), cmd.OutOrStdout())
		return err
	}
	if o.force {
		if _, err := writeFile(o.output, buf.Bytes()); err != nil {
			return ioError(o.output, vocab.CannotWrite, displayName(o.output), cause(err))
		}
	} else if err := createLinked(o.output, buf.Bytes()); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s exists; import never replaces a journey unless --force is given", displayName(o.output))
		}
		return ioError(o.output, vocab.CannotWrite, displayName(o.output), cause(err))
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s; next: journeymap render %s\n", displayName(o.output), shellWord(o.output))
	return nil
}
