package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/render"
	"github.com/spf13/cobra"
)

type renderOptions struct {
	theme  string
	output string
	quiet  bool
}

func newRenderCmd() *cobra.Command {
	opts := &renderOptions{}
	cmd := &cobra.Command{
		Use:   "render FILE|DIR|- ...",
		Short: "Draw journeys as SVG journey maps",
		Long: `Render draws each journey as an SVG journey map. A folder stands for every
*.yaml and *.yml file below it; - reads standard input.

Each map is written next to its journey (maps/quote.yaml gives
maps/quote.svg), and the map of standard input to standard output. With
-o and one journey file, -o names the map's file, or the folder to put it
in when it is an existing folder or ends in /; -o - writes to standard
output. With several journeys, or a folder, -o names a folder (created when
missing) and a journey found in a folder argument keeps its path below
that folder.

Problems are printed to standard error as file:line:col: error|warning:
message. A journey with errors is not drawn and its old map, if any, is
left as it was; the others are still drawn. A map is written to a
temporary file and renamed into place, so that a reader never sees half a
map, and a map whose bytes did not change is not rewritten. The output
depends on the journey and the theme alone.

Exit status: 0 when every map was drawn, 1 when any journey is invalid, 2
for usage or I/O errors.`,
		Example: `  journeymap render examples/
  journeymap render --theme dark journey.yaml -o map.svg
  journeymap render maps/ -o site/maps/
  cat journey.yaml | journeymap render - > map.svg`,
		Args: cobra.MinimumNArgs(1),
		RunE: opts.run,
	}
	themes := make([]string, len(render.Themes))
	for i, t := range render.Themes {
		themes[i] = string(t)
	}
	cmd.Flags().StringVar(&opts.theme, "theme", themes[0], "the colour scheme: "+strings.Join(themes, ", "))
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "the map's file, or with several journeys the folder to write the maps to; - for standard output (default: next to each journey)")
	cmd.Flags().BoolVarP(&opts.quiet, "quiet", "q", false, "print only the diagnostics, no summary")
	_ = cmd.RegisterFlagCompletionFunc("theme", cobra.FixedCompletions(themes, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func (o *renderOptions) run(cmd *cobra.Command, args []string) error {
	theme, err := render.ParseTheme(o.theme)
	if err != nil {
		return usageError{fmt.Errorf("--theme: %w", err)}
	}
	if cmd.Flags().Changed("output") && o.output == "" {
		return usageError{errors.New("-o needs a path; use -o - for standard output")}
	}
	inputs, problems := collectInputs(args)
	if err := firstUsageError(problems); err != nil {
		return err
	}
	// One journey file named alone (not a folder, which may hold one journey
	// today and two tomorrow): -o may name the map's file.
	single := len(args) == 1 && len(inputs) == 1 && inputs[0].dir == ""
	targets, err := planTargets(inputs, o.output, single)
	if err != nil {
		return err
	}
	results := drawAll(targets, cmd.InOrStdin(), render.Options{Theme: theme}, writeTarget)
	return o.report(cmd.OutOrStdout(), cmd.ErrOrStderr(), problems, results)
}

// A target is one input and where its map goes.
type target struct {
	input input
	path  string // the map's file; "" for standard output
	mkdir bool   // create the file's folder when missing: -o named a folder
}

// planTargets decides where the map of every input goes, and refuses, before
// anything is written, a plan in which two maps would go to the same file or
// a map over a journey. output is the -o flag, "" when not given; single
// tells that the command line names one journey file, so that -o may name
// the map's file.
func planTargets(inputs []input, output string, single bool) ([]target, error) {
	if len(inputs) == 0 {
		return nil, nil // nothing to draw; the problems say why
	}
	targets := make([]target, len(inputs))
	switch {
	case output == "":
		for i, in := range inputs {
			targets[i] = target{input: in}
			if !in.stdin {
				targets[i].path = svgName(in.name)
			}
		}
	case output == "-":
		if !single {
			return nil, usageError{errors.New("-o - writes one map to standard output; name one journey file")}
		}
		targets[0] = target{input: inputs[0]}
	case single && !isFolder(output):
		targets[0] = target{input: inputs[0], path: output}
	default:
		if info, err := os.Stat(output); err == nil && !info.IsDir() {
			return nil, usageError{fmt.Errorf("-o %s is a file; with several journeys, -o names a folder", displayName(output))}
		}
		for i, in := range inputs {
			if in.stdin {
				return nil, usageError{fmt.Errorf("the map of standard input (-) has no name to go under -o %s; render it on its own, with -o FILE or to standard output", displayName(output))}
			}
			rel := filepath.Base(in.name)
			if in.dir != "" {
				if r, err := filepath.Rel(in.dir, in.name); err == nil {
					rel = r
				}
			}
			targets[i] = target{input: in, path: filepath.Join(output, svgName(rel)), mkdir: true}
		}
	}
	return checkTargets(targets)
}

// checkTargets drops a journey named twice (as maps/a.yaml and
// /home/me/maps/a.yaml, say), and refuses two maps to the same file, a map
// over one of the journeys being read, and a map to a *.yaml or *.yml file.
func checkTargets(targets []target) ([]target, error) {
	journeys := map[string]string{}
	for _, t := range targets {
		if !t.input.stdin {
			journeys[samePath(t.input.name)] = t.input.name
		}
	}
	kept := targets[:0]
	maps := map[string]target{}
	for _, t := range targets {
		if t.path == "" {
			kept = append(kept, t)
			continue
		}
		if ext := strings.ToLower(filepath.Ext(t.path)); ext == ".yaml" || ext == ".yml" {
			return nil, usageError{fmt.Errorf("the map of %s would be written to %s, which is named like a journey; name the map *.svg", displayName(t.input.name), displayName(t.path))}
		}
		key := samePath(t.path)
		if name, ok := journeys[key]; ok {
			return nil, usageError{fmt.Errorf("the map of %s would be written over the journey %s; use -o", displayName(t.input.name), displayName(name))}
		}
		if other, ok := maps[key]; ok {
			if samePath(other.input.name) == samePath(t.input.name) {
				continue
			}
			return nil, usageError{fmt.Errorf("%s and %s would both be drawn to %s; rename one, or render them apart", displayName(other.input.name), displayName(t.input.name), displayName(t.path))}
		}
		maps[key] = t
		kept = append(kept, t)
	}
	return kept, nil
}

// samePath is a key that two paths to the same file share, as far as it
// can tell without the file existing: absolute, with links resolved.
func samePath(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	dir, base := filepath.Split(abs)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		return filepath.Join(real, base)
	}
	return abs
}

// svgName is the name of the map of the journey at path: its extension
// replaced by .svg.
func svgName(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".svg"
}

// isFolder reports whether -o path names a folder: one that exists, or
// one that ends in a path separator.
func isFolder(path string) bool {
	if os.IsPathSeparator(path[len(path)-1]) {
		return true
	}
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// outcome is what became of a map.
type outcome int

const (
	notDone   outcome = iota // not drawn: the journey is invalid, or something failed
	written                  // the file was written, or the map printed
	unchanged                // the file held these bytes already
)

// drawn is what became of one input.
type drawn struct {
	parsed
	target  target
	svg     []byte // the map; nil unless the journey is valid and was drawn
	outcome outcome
	err     error // drawing or writing failed
}

// settleFunc does with a drawn map what the command is for: writeTarget
// writes it to its file. It is not called for standard output, which the
// report prints in order. (A --check mode would compare instead of write.)
type settleFunc func(t target, svg []byte) (outcome, error)

// drawAll reads, parses, draws and settles every target, using every core:
// all of one input in one worker. The results are in input order.
func drawAll(targets []target, stdin io.Reader, opts render.Options, settle settleFunc) []drawn {
	results := make([]drawn, len(targets))
	inParallel(len(targets), func(i int) {
		r := draw(targets[i], stdin, opts)
		if r.svg != nil && r.target.path != "" {
			r.outcome, r.err = settle(r.target, r.svg)
		}
		results[i] = r
	})
	return results
}

// draw reads and parses one journey and, when it is valid, draws its map in
// memory. It writes nothing. Parsing uses no date: the map must depend on
// the journey alone.
func draw(t target, stdin io.Reader, opts render.Options) drawn {
	r := drawn{parsed: parseOne(t.input, stdin, journey.Options{}), target: t}
	if r.parsed.err != nil || r.diags.HasErrors() {
		return r
	}
	if r.journey == nil {
		r.err = fmt.Errorf("internal error: %s holds no errors and no journey", displayName(t.input.name))
		return r
	}
	r.svg, r.err = renderSVG(r.journey, opts)
	if r.err != nil {
		r.err = fmt.Errorf("cannot draw %s: %w", displayName(t.input.name), r.err)
	}
	return r
}

// renderSVG draws the map of a valid journey in memory. A panic in the
// renderer becomes an error for this journey alone.
func renderSVG(j *journey.Journey, opts render.Options) (svg []byte, err error) {
	defer func() {
		if v := recover(); v != nil {
			svg, err = nil, fmt.Errorf("internal error: %v", v)
		}
	}()
	var buf bytes.Buffer
	if err := render.Render(&buf, j, opts); err != nil {
		return nil, err
	}
	if buf.Len() == 0 {
		return nil, errors.New("internal error: the renderer wrote nothing")
	}
	return buf.Bytes(), nil
}

// writeTarget writes a map to its file, creating the file's folder if -o
// named a folder.
func writeTarget(t target, svg []byte) (outcome, error) {
	if t.mkdir {
		if err := os.MkdirAll(filepath.Dir(t.path), 0o755); err != nil {
			return notDone, fmt.Errorf("cannot create the folder %s: %v", displayName(filepath.Dir(t.path)), cause(err))
		}
	}
	changed, err := writeFile(t.path, svg)
	switch {
	case err != nil:
		return notDone, fmt.Errorf("cannot write %s: %v", displayName(t.path), cause(err))
	case changed:
		return written, nil
	}
	return unchanged, nil
}

// report prints, in input order, the problems met while collecting inputs,
// every journey's diagnostics and failures (all to stderr), and the maps
// bound for standard output; then a summary unless quiet. It returns the
// error that sets the exit code.
func (o *renderOptions) report(stdout, stderr io.Writer, problems []error, results []drawn) error {
	var t tally
	t.problems(stderr, problems)
	var nWritten, nUnchanged int
	for _, r := range results {
		if !t.parsed(stderr, stderr, r.parsed) {
			continue
		}
		if r.err == nil && r.target.path == "" {
			r.outcome = written
			if _, err := stdout.Write(r.svg); err != nil {
				r.err = fmt.Errorf("cannot write to standard output: %v", cause(err))
			}
		}
		if r.err != nil {
			t.fail(stderr, r.err)
			continue
		}
		switch r.outcome {
		case written:
			nWritten++
		case unchanged:
			nUnchanged++
		}
	}
	if !o.quiet && len(results) > 0 {
		fmt.Fprintln(stderr, renderSummary(nWritten, nUnchanged, t))
	}
	return t.err()
}

// renderSummary is the last line of render, in the manner of validate's:
// "3 maps written", "2 maps written, 1 unchanged; 1 invalid journey, 2 errors".
func renderSummary(written, unchanged int, t tally) string {
	var s string
	switch {
	case unchanged == 0:
		s = plural(written, "map") + " written"
	case written == 0:
		s = plural(unchanged, "map") + " unchanged"
	default:
		s = fmt.Sprintf("%s written, %d unchanged", plural(written, "map"), unchanged)
	}
	if t.invalid > 0 {
		s += fmt.Sprintf("; %s, %s", plural(t.invalid, "invalid journey"), plural(t.errs, "error"))
	}
	if t.warns > 0 {
		s += ", " + plural(t.warns, "warning")
	}
	if t.unread > 0 {
		s += fmt.Sprintf("; %d could not be read", t.unread)
	}
	if t.failed > 0 {
		s += fmt.Sprintf("; %d could not be written", t.failed)
	}
	return s
}
