package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/journeymap/journeymap/interop"
	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

type exportOptions struct {
	lang     string
	output   string
	markdown bool
	excel    bool
	persona  string
}

func newExportCmd() *cobra.Command {
	opts := &exportOptions{}
	cmd := &cobra.Command{
		Use:   "export mermaid|csv|xlsx FILE|- [-o OUT]",
		Short: "Write a journey as a Mermaid journey diagram or a spreadsheet of touchpoints",
		Long: `Export reads one valid journey (- reads standard input) and writes it for
another tool. docs/interop.md says what each kind holds and what it loses.

mermaid: a Mermaid journey diagram: phases as sections, touchpoints as
tasks, each emotion mapped onto Mermaid's scores 1 to 5 (linear from the
journey's scale, rounded; a %% comment gives the mapping), the owner as
the actor. Text Mermaid's grammar cannot hold (: # ; in names, new lines)
is rewritten so that the diagram still parses, with a warning naming each
touchpoint changed; what Mermaid cannot show (ideal, pains, evidence, …)
is listed in a %% comment. --markdown writes a fenced block to paste into
an issue or a wiki page. A task has one score: of a journey of several
personas, the diagram gives the emotions of the first, or of the one
--persona ID names, and says so in a comment and a warning.

csv: one row per touchpoint under a header row, in the journey's language
(or --lang); --excel writes what Excel opens directly: a byte order mark,
and semicolons for a Dutch journey. A cell that starts with = + - @, a tab
or a carriage return gets a ' in front, so that a spreadsheet does not
take it for a formula.

xlsx: the same rows on the first sheet, the journey's fields on a sheet
Journey and its evidence on a sheet Evidence, which import reads back.

The diagram and the CSV go to standard output, the workbook next to the
journey as NAME.xlsx; -o names a file (never one named like a journey),
a folder, or - for standard output. Files are written atomically.

Exit status: 0 when the file was written, 1 when the journey is invalid,
2 for usage or I/O errors.`,
		Example: `  journeymap export mermaid journey.yaml --markdown
  journeymap export csv --excel journey.yaml -o touchpoints.csv
  journeymap export xlsx journey.yaml`,
		Args:              interopArgs("export"),
		ValidArgsFunction: cobra.FixedCompletions(interopKinds, cobra.ShellCompDirectiveNoFileComp),
		RunE:              opts.run,
	}
	addLangFlag(cmd, &opts.lang)
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "the file to write, or the folder to write it in; - for standard output (default, but for xlsx: next to the journey)")
	cmd.Flags().BoolVar(&opts.markdown, "markdown", false, "mermaid: write a fenced ```mermaid block for Markdown")
	cmd.Flags().StringVar(&opts.persona, "persona", "", "mermaid: of a journey of several personas, give the emotions of the persona with this id (default: the first)")
	cmd.Flags().BoolVar(&opts.excel, "excel", false, "csv: write what Excel opens directly (a byte order mark; semicolons for Dutch)")
	return cmd
}

// exportOutputs are the outputs of export, by kind.
var exportOutputs = map[string]output{
	"mermaid":  {noun: "diagram", suffix: ".mmd"},
	"markdown": {noun: "diagram", suffix: ".md"},
	"csv":      {noun: "spreadsheet", suffix: ".csv"},
	"xlsx":     {noun: "workbook", suffix: ".xlsx", beside: true},
}

func (o *exportOptions) run(cmd *cobra.Command, args []string) error {
	kind := args[0]
	if err := checkOutputFlag(cmd, o.output); err != nil {
		return err
	}
	if o.markdown && kind != "mermaid" || o.excel && kind != "csv" || o.persona != "" && kind != "mermaid" {
		return usageError{fmt.Errorf("--markdown and --persona go with export mermaid, --excel with export csv")}
	}
	in, err := oneJourney(cmd.Name(), args[1])
	if err != nil {
		return err
	}
	out := exportOutputs[kind]
	if o.markdown {
		out = exportOutputs["markdown"]
	}
	t, err := out.single(in, o.output)
	if err != nil {
		return err
	}
	src, err := in.read(cmd.InOrStdin())
	if err != nil {
		return ioError(in.name, vocab.CannotRead, displayName(in.name), cause(err))
	}
	name, lang := displayName(in.name), readerLang(o.lang)
	jopts := journeyOptions(o.lang)
	jopts.Includer = includerOf(in)
	j, diags := journey.Parse(name, src, jopts)
	printDiagnostics(cmd.ErrOrStderr(), diags, lang)
	if j == nil {
		return errInvalid
	}
	if o.persona != "" && j.PersonaIndex(o.persona) < 0 {
		ids := make([]string, len(j.Personas))
		for i, p := range j.Personas {
			ids[i] = p.ID
		}
		if len(ids) == 0 {
			return usageError{fmt.Errorf("--persona %s: %s has no personas list", o.persona, name)}
		}
		return usageError{fmt.Errorf("--persona %s: %s has no such persona; its personas are %s", o.persona, name, strings.Join(ids, ", "))}
	}
	var warnings journey.Diagnostics
	data, err := drawInMemory(func(w io.Writer) error {
		switch kind {
		case "mermaid":
			var err error
			opts := interop.Kept(src)
			opts.Markdown = o.markdown
			opts.Persona = o.persona
			warnings, err = interop.MermaidDiagram(w, j, opts, j.Lang)
			return err
		case "csv":
			return interop.WriteCSV(w, j, interop.CSVOptions{Excel: o.excel})
		}
		return interop.WriteXLSX(w, j)
	})
	if err != nil {
		return fmt.Errorf("internal error: cannot export %s: %v", name, err)
	}
	printDiagnostics(cmd.ErrOrStderr(), warnings, lang)
	_, err = writeOutput(t, data, cmd.OutOrStdout())
	return err
}
