package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/journeymap/journeymap/render"
	"github.com/journeymap/journeymap/report"
	"github.com/spf13/cobra"
)

type diffOptions struct {
	lang     string
	format   string
	svg      string
	exitCode bool
	quiet    bool
}

// diffFormats are the formats of diff's report.
var diffFormats = []string{"text", "markdown", "json"}

// errDiffer reports, for --exit-code, that the journeys differ: exit 1,
// like git diff --exit-code, with nothing more printed.
var errDiffer = fmt.Errorf("the journeys differ: %w", errStale)

func newDiffCmd() *cobra.Command {
	opts := &diffOptions{}
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "Show which touchpoints changed between two versions of a journey",
		Long: `Diff compares two versions of a journey and lists what changed: each
touchpoint whose emotion, ideal, name, owner, channel, feeling, phase or
thought changed, and which pains, gains and evidence it gained or lost;
touchpoints and phases added and removed, phases renamed or moved to
another moment; improvements added, removed, or changed in title, status,
owner, due date, impact, effort or touchpoints, each named by its id and
title; and a changed title, persona or scale. Unchanged items are not
listed. Phases, touchpoints and improvements are matched by id: one whose
id changed is one removed and one added. Changed items come in the order
of NEW, then the removed ones in the order of OLD.

OLD and NEW are files, or - for standard input (one of them), so that a
version from git can be piped in. Both must be valid: otherwise their
problems are printed and diff exits 1.

--format text (the default) prints a line per change, markdown a table for
a pull request comment, json one object. --svg FILE also draws the map of
NEW with the emotion curve of OLD over it (the two must share the scale);
of a journey of several personas, the first persona's curves.

Exit status: 0 whether or not the journeys differ; with --exit-code, 1 when
they differ, as git diff --exit-code. 1 when a journey is invalid, 2 for
usage or I/O errors.`,
		Example: `  journeymap diff old/quote.yaml quote.yaml
  git show HEAD~1:maps/quote.yaml | journeymap diff - maps/quote.yaml
  journeymap diff --format markdown base.yaml quote.yaml > comment.md
  journeymap diff --svg changes.svg base.yaml quote.yaml`,
		Args: cobra.ExactArgs(2),
		RunE: opts.run,
	}
	addChoiceFlag(cmd, &opts.format, "format", "format", diffFormats, "how to print the differences: text, markdown (a table for a pull request) or json")
	cmd.Flags().StringVar(&opts.svg, "svg", "", "also draw the map of NEW with the emotion curve of OLD over it, into this file")
	cmd.Flags().BoolVar(&opts.exitCode, "exit-code", false, "exit 1 when the journeys differ")
	cmd.Flags().BoolVarP(&opts.quiet, "quiet", "q", false, "print no summary")
	addLangFlag(cmd, &opts.lang)
	return cmd
}

func (o *diffOptions) run(cmd *cobra.Command, args []string) error {
	if args[0] == "-" && args[1] == "-" {
		return usageError{errors.New("standard input (-) may be named once: as OLD or as NEW")}
	}
	inputs := make([]input, 2)
	for i, a := range args {
		var err error
		if inputs[i], err = oneJourney(cmd.Name(), a); err != nil {
			return err
		}
	}
	if err := o.checkSVGPath(cmd, args); err != nil {
		return err
	}

	stdin, stderr := cmd.InOrStdin(), cmd.ErrOrStderr()
	var js [2]*journey.Journey
	var invalid bool
	for i, in := range inputs {
		r := parseOne(in, stdin, journeyOptions(o.lang))
		switch {
		case r.err != nil:
			return r.err
		case r.diags.HasErrors():
			printDiagnostics(stderr, r.diags, readerLang(o.lang))
			invalid = true
		default:
			js[i] = r.journey
		}
	}
	if invalid {
		return errInvalid
	}
	old, new := js[0], js[1]

	var svg []byte
	if o.svg != "" {
		if err := checkCompared(stderr, "--svg: OLD", inputs[1].name, new, []comparedJourney{{name: inputs[0].name, journey: old}}); err != nil {
			return err
		}
		var err error
		if svg, err = drawInMemory(func(w io.Writer) error {
			opts := render.Options{Compare: []*journey.Journey{old}}
			if len(new.Personas) > 1 {
				// A map compares one persona's curve: the first's, with
				// that persona of OLD when it has one.
				opts.Persona = new.Personas[0].ID
			}
			cut, err := render.Render(w, new, opts)
			printDiagnostics(stderr, cut, readerLang(o.lang))
			return err
		}); err != nil {
			return fileProblem(o.svg, codeInternal, vocab.CannotDraw, displayName(o.svg), err)
		}
	}

	d := journey.Compare(old, new)
	var out bytes.Buffer
	var err error
	switch o.format {
	case "markdown":
		err = report.DiffMarkdown(&out, d, new.Title, new.Lang)
	case "json":
		err = report.DiffJSON(&out, d, report.DiffSide{File: inputs[0].name, Title: old.Title}, report.DiffSide{File: inputs[1].name, Title: new.Title})
	default:
		err = report.DiffText(&out, d)
	}
	if err != nil {
		return fmt.Errorf("internal error: cannot print the differences: %v", err)
	}
	if _, err := writeOutput(target{}, out.Bytes(), cmd.OutOrStdout()); err != nil {
		return err
	}
	if svg != nil {
		if _, err := writeOutput(target{input: inputs[1], path: o.svg}, svg, nil); err != nil {
			return err
		}
	}
	if !o.quiet {
		fmt.Fprintln(stderr, diffSummary(d))
	}
	if o.exitCode && !d.Empty() {
		return errDiffer
	}
	return nil
}

// checkSVGPath refuses an --svg that is not a file to write a map to.
func (o *diffOptions) checkSVGPath(cmd *cobra.Command, args []string) error {
	if !cmd.Flags().Changed("svg") {
		return nil
	}
	switch {
	case o.svg == "":
		return usageError{errors.New("--svg needs a file name")}
	case o.svg == "-":
		return usageError{errors.New("--svg - would mix the map with the differences on standard output; name a file")}
	case isJourneyName(o.svg):
		return usageError{fmt.Errorf("--svg %s is named like a journey; name the map *.svg", displayName(o.svg))}
	}
	for _, a := range args {
		if a != "-" && sameFile(a, o.svg) {
			return usageError{fmt.Errorf("--svg %s would be written over the journey %s", displayName(o.svg), displayName(a))}
		}
	}
	return nil
}

// diffSummary is the last line of diff, on standard error: "no
// differences", or what differs, as "touchpoints: 2 changed, 1 added, 1
// removed; phases: 1 added; improvements: 1 changed; title changed".
func diffSummary(d journey.Diff) string {
	if d.Empty() {
		return "no differences"
	}
	counts := func(what string, kinds []journey.ChangeKind) string {
		n := map[journey.ChangeKind]int{}
		for _, k := range kinds {
			n[k]++
		}
		var parts []string
		for _, k := range []journey.ChangeKind{journey.Changed, journey.Added, journey.Removed} {
			if n[k] > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", n[k], k))
			}
		}
		if len(parts) == 0 {
			return ""
		}
		return what + ": " + strings.Join(parts, ", ")
	}
	var tps, phases, ims, personas []journey.ChangeKind
	for _, t := range d.Touchpoints {
		tps = append(tps, t.Change)
	}
	for _, p := range d.Phases {
		phases = append(phases, p.Change)
	}
	for _, im := range d.Improvements {
		ims = append(ims, im.Change)
	}
	for _, p := range d.Personas {
		personas = append(personas, p.Change)
	}
	var parts []string
	for _, s := range []string{counts("touchpoints", tps), counts("phases", phases), counts("improvements", ims), counts("personas", personas)} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	var top []string
	if d.Title != nil {
		top = append(top, "title")
	}
	if d.Persona != nil {
		top = append(top, "persona")
	}
	if d.Scale != nil {
		top = append(top, "scale")
	}
	if len(top) > 0 {
		parts = append(parts, strings.Join(top, ", ")+" changed")
	}
	return strings.Join(parts, "; ")
}
