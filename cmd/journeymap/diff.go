package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	jreport "github.com/journeymap/journeymap/report"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/render"
	"github.com/spf13/cobra"
)

type diffOptions struct {
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
touchpoint whose emotion, ideal, name, owner, channel, feeling or phase
changed (and which of thinks, pains, gains and evidence did), touchpoints and
phases added and removed, phases renamed or moved to another moment, and a
changed title, persona or scale. Unchanged touchpoints are not listed.
Phases and touchpoints are matched by id: a touchpoint whose id changed is
one removed and one added. Changed touchpoints come in the order of NEW,
then the removed ones in the order of OLD.

OLD and NEW are files, or - for standard input (one of them), so that a
version from git can be piped in. Both must be valid: otherwise their
problems are printed and diff exits 1.

--format text (the default) prints a line per change, markdown a table for
a pull request comment, json one object. --svg FILE also draws the map of
NEW with the emotion curve of OLD over it (the two must share the scale).

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
	cmd.Flags().StringVar(&opts.format, "format", diffFormats[0], "how to print the differences: text, markdown (a table for a pull request) or json")
	cmd.Flags().StringVar(&opts.svg, "svg", "", "also draw the map of NEW with the emotion curve of OLD over it, into this file")
	cmd.Flags().BoolVar(&opts.exitCode, "exit-code", false, "exit 1 when the journeys differ")
	cmd.Flags().BoolVarP(&opts.quiet, "quiet", "q", false, "print no summary")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(diffFormats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func (o *diffOptions) run(cmd *cobra.Command, args []string) error {
	format := o.format
	if !strings.Contains(" "+strings.Join(diffFormats, " ")+" ", " "+format+" ") {
		return usageError{fmt.Errorf("--format: unknown format %q; expected text, markdown or json", format)}
	}
	if args[0] == "-" && args[1] == "-" {
		return usageError{errors.New("standard input (-) may be named once: as OLD or as NEW")}
	}
	inputs := make([]input, 2)
	for i, a := range args {
		inputs[i] = input{name: a, stdin: a == "-"}
		if a == "-" {
			inputs[i].name = stdinName
		}
	}
	if err := o.checkSVGPath(cmd, args); err != nil {
		return err
	}

	stdin, stderr := cmd.InOrStdin(), cmd.ErrOrStderr()
	var js [2]*journey.Journey
	var invalid bool
	for i, in := range inputs {
		r := parseOne(in, stdin, journey.Options{})
		switch {
		case r.err != nil:
			return r.err
		case r.diags.HasErrors():
			printDiagnostics(stderr, r.diags)
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
		if svg, err = renderSVG(new, render.Options{Compare: []*journey.Journey{old}}); err != nil {
			return fileError{file: o.svg, code: codeInternal, err: fmt.Errorf("cannot draw %s: %w", displayName(o.svg), err)}
		}
	}

	d := journey.Compare(old, new)
	var out bytes.Buffer
	switch format {
	case "text":
		diffText(&out, d)
	case "markdown":
		diffMarkdown(&out, d, new.Title)
	case "json":
		diffJSON(&out, d, inputs, js)
	}
	if _, err := cmd.OutOrStdout().Write(out.Bytes()); err != nil {
		return fmt.Errorf("cannot write to standard output: %v", cause(err))
	}
	if svg != nil {
		if _, err := writeFile(o.svg, svg); err != nil {
			return ioError(o.svg, "cannot write %s: %v", displayName(o.svg), cause(err))
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
	switch ext := strings.ToLower(filepath.Ext(o.svg)); {
	case o.svg == "":
		return usageError{errors.New("--svg needs a file name")}
	case o.svg == "-":
		return usageError{errors.New("--svg - would mix the map with the differences on standard output; name a file")}
	case ext == ".yaml" || ext == ".yml":
		return usageError{fmt.Errorf("--svg %s is named like a journey; name the map *.svg", displayName(o.svg))}
	}
	for _, a := range args {
		if a != "-" && samePath(a) == samePath(o.svg) {
			return usageError{fmt.Errorf("--svg %s would be written over the journey %s", displayName(o.svg), displayName(a))}
		}
	}
	return nil
}

// diffSummary is the last line of diff, on standard error: "no
// differences", or what differs, as "touchpoints: 2 changed, 1 added, 1
// removed; phases: 1 added; title changed".
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
	var tps, phases []journey.ChangeKind
	for _, t := range d.Touchpoints {
		tps = append(tps, t.Change)
	}
	for _, p := range d.Phases {
		phases = append(phases, p.Change)
	}
	var parts []string
	for _, s := range []string{counts("touchpoints", tps), counts("phases", phases)} {
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

// textValue shows a text of a journey on one line of the text format:
// quoted, with escapes for what could break the line, or none.
func diffTextValue(s string) string {
	if s == "" {
		return "none"
	}
	return strconv.Quote(s)
}

// number shows a value of the scale; signed shows a difference, with its sign.
func diffNumber(v *int) string {
	if v == nil {
		return "none"
	}
	return strconv.Itoa(*v)
}

func diffSigned(v int) string {
	if v > 0 {
		return "+" + strconv.Itoa(v)
	}
	return strconv.Itoa(v)
}

// valueChange shows a change of emotion or ideal: "-2 → 0 (+2)".
func diffValueChange(c *journey.ValueChange) string {
	s := diffNumber(c.Old) + " → " + diffNumber(c.New)
	if c.Delta != nil {
		s += " (" + diffSigned(*c.Delta) + ")"
	}
	return s
}

// valuesOf shows the emotion and ideal of a touchpoint added or removed.
func diffValues(t journey.TouchpointDiff) string {
	pick := func(c *journey.ValueChange) string {
		if c.New != nil {
			return diffNumber(c.New)
		}
		return diffNumber(c.Old)
	}
	s := "emotion " + pick(t.Emotion)
	if t.Ideal != nil {
		s += ", ideal " + pick(t.Ideal)
	}
	return s
}

// diffText prints a diff as text: a line per change, journey-wide changes
// first, then phases, then touchpoints; a changed touchpoint's lines start
// with its id.
func diffText(w io.Writer, d journey.Diff) {
	if d.Title != nil {
		fmt.Fprintf(w, "title: %s → %s\n", diffTextValue(d.Title.Old), diffTextValue(d.Title.New))
	}
	if d.Persona != nil {
		fmt.Fprintf(w, "persona: %s → %s\n", diffTextValue(d.Persona.Old), diffTextValue(d.Persona.New))
	}
	if d.Scale != nil {
		fmt.Fprintf(w, "scale: [%d, %d] → [%d, %d]\n", d.Scale.Old[0], d.Scale.Old[1], d.Scale.New[0], d.Scale.New[1])
	}
	for _, p := range d.Phases {
		switch p.Change {
		case journey.Added:
			fmt.Fprintf(w, "+ added phase %s %s\n", p.ID, diffTextValue(p.Name))
		case journey.Removed:
			fmt.Fprintf(w, "- removed phase %s %s\n", p.ID, diffTextValue(p.Name))
		default:
			if p.Rename != nil {
				fmt.Fprintf(w, "phase %s: name %s → %s\n", p.ID, diffTextValue(p.Rename.Old), diffTextValue(p.Rename.New))
			}
			if p.Moment != nil {
				fmt.Fprintf(w, "phase %s: moment %s → %s\n", p.ID, p.Moment.Old, p.Moment.New)
			}
		}
	}
	for _, t := range d.Touchpoints {
		switch t.Change {
		case journey.Added:
			fmt.Fprintf(w, "+ added touchpoint %s %s (phase %s): %s\n", t.ID, diffTextValue(t.Name), diffTextValue(t.Phase.Name), diffValues(t))
			continue
		case journey.Removed:
			fmt.Fprintf(w, "- removed touchpoint %s %s (phase %s): %s\n", t.ID, diffTextValue(t.Name), diffTextValue(t.Phase.Name), diffValues(t))
			continue
		}
		if t.Emotion != nil {
			fmt.Fprintf(w, "%s: emotion %s\n", t.ID, diffValueChange(t.Emotion))
		}
		if t.Ideal != nil {
			fmt.Fprintf(w, "%s: ideal %s\n", t.ID, diffValueChange(t.Ideal))
		}
		for _, c := range diffTextChanges(t) {
			fmt.Fprintf(w, "%s: %s %s → %s\n", t.ID, c.key, diffTextValue(c.Old), diffTextValue(c.New))
		}
		if t.MovedFrom != nil {
			fmt.Fprintf(w, "%s: moved from phase %s to %s\n", t.ID, diffTextValue(t.MovedFrom.Name), diffTextValue(t.Phase.Name))
		}
		if len(t.Details) > 0 {
			fmt.Fprintf(w, "%s: %s changed\n", t.ID, strings.Join(t.Details, ", "))
		}
	}
}

type diffKeyedChange struct {
	key string
	*journey.TextChange
}

// textChanges lists the texts of a touchpoint that changed, in a fixed
// order.
func diffTextChanges(t journey.TouchpointDiff) []diffKeyedChange {
	var out []diffKeyedChange
	for _, c := range []diffKeyedChange{{"name", t.Rename}, {"owner", t.Owner}, {"channel", t.Channel}, {"feeling", t.Feeling}} {
		if c.TextChange != nil {
			out = append(out, c)
		}
	}
	return out
}

// diffMD escapes a text of a journey for a Markdown table cell, as the
// report does: on one line, and unable to make markup, links or a
// reordered line.
func diffMD(s string) string {
	if s = jreport.EscapeMarkdown(strings.TrimSpace(s)); s == "" {
		return "none"
	}
	return s
}

// diffMDValue shows a text value in Markdown: in quotes, or none.
func diffMDValue(s string) string {
	if strings.TrimSpace(s) == "" {
		return "none"
	}
	return "“" + diffMD(s) + "”"
}

// diffMarkdown prints a diff as Markdown for a pull request comment: a
// heading, a list of the journey-wide and phase changes, and a table of
// the touchpoints that differ.
func diffMarkdown(w io.Writer, d journey.Diff, title string) {
	fmt.Fprintf(w, "#### Journey changes: %s\n\n", diffMD(title))
	if d.Empty() {
		fmt.Fprintln(w, "No differences.")
		return
	}
	var list []string
	if d.Title != nil {
		list = append(list, fmt.Sprintf("Title: %s → %s", diffMDValue(d.Title.Old), diffMDValue(d.Title.New)))
	}
	if d.Persona != nil {
		list = append(list, fmt.Sprintf("Persona: %s → %s", diffMDValue(d.Persona.Old), diffMDValue(d.Persona.New)))
	}
	if d.Scale != nil {
		list = append(list, fmt.Sprintf("Scale: [%d, %d] → [%d, %d]", d.Scale.Old[0], d.Scale.Old[1], d.Scale.New[0], d.Scale.New[1]))
	}
	for _, p := range d.Phases {
		switch p.Change {
		case journey.Added:
			list = append(list, fmt.Sprintf("Phase added: %s (`%s`)", diffMD(p.Name), p.ID))
		case journey.Removed:
			list = append(list, fmt.Sprintf("Phase removed: %s (`%s`)", diffMD(p.Name), p.ID))
		default:
			var what []string
			if p.Rename != nil {
				what = append(what, fmt.Sprintf("renamed %s → %s", diffMDValue(p.Rename.Old), diffMDValue(p.Rename.New)))
			}
			if p.Moment != nil {
				what = append(what, fmt.Sprintf("moment %s → %s", p.Moment.Old, p.Moment.New))
			}
			list = append(list, fmt.Sprintf("Phase `%s`: %s", p.ID, strings.Join(what, "; ")))
		}
	}
	for _, s := range list {
		fmt.Fprintf(w, "- %s\n", s)
	}
	if len(d.Touchpoints) == 0 {
		return
	}
	if len(list) > 0 {
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "| | Touchpoint | Phase | Emotion | Other changes |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- |")
	for _, t := range d.Touchpoints {
		mark, emotion := "changed", "unchanged"
		var other []string
		switch t.Change {
		case journey.Added:
			mark, emotion = "added", diffValues(t)[len("emotion "):]
		case journey.Removed:
			mark, emotion = "removed", diffValues(t)[len("emotion "):]
		default:
			if t.Emotion != nil {
				emotion = diffValueChange(t.Emotion)
			}
			if t.Ideal != nil {
				other = append(other, "ideal "+diffValueChange(t.Ideal))
			}
			for _, c := range diffTextChanges(t) {
				other = append(other, fmt.Sprintf("%s %s → %s", c.key, diffMDValue(c.Old), diffMDValue(c.New)))
			}
			if t.MovedFrom != nil {
				other = append(other, "moved from "+diffMDValue(t.MovedFrom.Name))
			}
			if len(t.Details) > 0 {
				other = append(other, strings.Join(t.Details, ", ")+" changed")
			}
		}
		fmt.Fprintf(w, "| %s | `%s` %s | %s | %s | %s |\n", mark, t.ID, diffMD(t.Name), diffMD(t.Phase.Name), emotion, strings.Join(other, "; "))
	}
}

// diffFile names one side of a diff in the json format.
type diffFile struct {
	File  string `json:"file"` // as given; <stdin> for -
	Title string `json:"title"`
}

// diffReport is the json format: the two files, whether they differ, and
// the diff.
type diffReport struct {
	Old    diffFile `json:"old"`
	New    diffFile `json:"new"`
	Differ bool     `json:"differ"`
	journey.Diff
}

// diffJSON prints a diff as one JSON object, indented.
func diffJSON(w io.Writer, d journey.Diff, inputs []input, js [2]*journey.Journey) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(diffReport{
		Old:    diffFile{File: inputs[0].name, Title: js[0].Title},
		New:    diffFile{File: inputs[1].name, Title: js[1].Title},
		Differ: !d.Empty(),
		Diff:   d,
	})
}
