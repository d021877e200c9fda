package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/journeymap/journeymap/render"
	"github.com/spf13/cobra"
)

type renderOptions struct {
	lang    string
	theme   string
	output  string
	quiet   bool
	check   bool
	prune   bool
	dryRun  bool
	print   printOptions
	compare []string
	persona string
}

func newRenderCmd() *cobra.Command {
	opts := &renderOptions{}
	cmd := &cobra.Command{
		Use:   "render [FILE|DIR|- ...]",
		Short: "Draw journeys as journey maps: SVG, PDF or PNG",
		Long: `Render draws each journey as a journey map: SVG, or PDF or PNG for paper
and slides. A folder stands for every *.yaml and *.yml file below it; -
reads standard input.

Each map is written next to its journey (maps/quote.yaml gives
maps/quote.svg), and the map of standard input to standard output. With
-o and one journey file, -o names the map's file, or the folder to put it
in when it is an existing folder or ends in /; -o - writes to standard
output. With several journeys, or a folder, -o names a folder (created when
missing) and a journey found in a folder argument keeps its path below
that folder.

The map is SVG unless --format pdf or png says otherwise, or -o names a
file ending in .pdf or .png. A PDF is one page the size of the map; with
--page a4, a3, letter or slide (16:9) it is printed on that paper,
landscape: fitted onto one page (--pages fit), or split between phases
over as many pages as keep body text at 8 pt (--pages split, the default
when fitting would print it under 7 pt), each page with the title, the
emotion scale, the lane labels and the legend. --with-matrix adds the
action-priority matrix as the last page. A PNG is --scale pixels (2 by
default) for each pixel of the map, opaque, at most 67 megapixels: a
larger map is drawn at a smaller scale, with a warning. The PDF and PNG
use the fonts the map is measured in, built in; a character they lack is
drawn as a box, with a warning.

Problems are printed to standard error as file:line:col: error|warning:
message. A journey with errors is not drawn and its old map, if any, is
left as it was; the others are still drawn. A map is written to a
temporary file and renamed into place, so that a reader never sees half a
map, and a map whose bytes did not change is not rewritten. The output
depends on the journey and the theme alone.

--check writes nothing: it draws each map in memory and compares it with
the file that render with the same flags would write, and names each map
that is stale or missing with the command that brings it up to date.

--compare OTHER.yaml draws the emotion curve of another journey (a
competitor's, last year's) over each map, on the same axes, with a legend
entry named by its title; repeat it for up to 4. Its touchpoints go on the
columns of the map's touchpoints with the same ids, the rest spread over
the phases with their phase's ids. It must be valid and on the same scale.

A journey of several personas (personas:) is drawn with a curve for each;
--persona ID draws the persona with that id alone, with its ideal journey
and the gap, and compares with that persona of a compared journey that
has one; of a compared journey of several personas without her, the curve
drawn is its first persona's, and the legend names that persona. A map of
several personas compares only with --persona.

--format json prints the problems (and with --check the stale and missing
maps) as one JSON array on standard output, and --format github as GitHub
Actions workflow commands; the summary stays on standard error. With
either, and with --check, no map may go to standard output: name its file
with -o. docs/diagnostics.md lists the codes. --format takes a map's
format and a problems' format together: --format pdf,github.

Without files, render reads the project file .journeymap.yaml, found in
the current folder or the nearest folder above it, and writes every output
it lists (svg, matrix, report, csv, pdf, png) of every journey it names,
with its theme and its settings; --check checks every one of them, and
names as orphans the outputs of journeys the project no longer has
(renamed or deleted), which --prune removes (--prune --dry-run lists
them). Its matrices and reports measure overdue against each journey's
reviewed date, else --today or $SOURCE_DATE_EPOCH when given, never the
clock. docs/projects.md describes the project file.

Exit status: 0 when every map was drawn (with --check: is up to date), 1
when any journey is invalid (with --check: or any map stale or missing, or
an orphan left), 2 for usage or I/O errors.`,
		Example: `  journeymap render
  journeymap render --check --format github
  journeymap render --prune --dry-run
  journeymap render examples/
  journeymap render --theme dark journey.yaml -o map.svg
  journeymap render maps/ -o site/maps/
  journeymap render --check examples/
  journeymap render quote.yaml --compare quote-2025.yaml --compare rival.yaml
  journeymap render kitchen.yaml --persona joost -o kitchen-joost.svg
  journeymap render --check --format github maps/ -o site/maps/
  journeymap render journey.yaml -o map.pdf
  journeymap render --page a3 --with-matrix journey.yaml -o client.pdf
  journeymap render --format png --scale 3 journey.yaml
  journeymap render --format pdf journeys/
  cat journey.yaml | journeymap render - > map.svg`,
		RunE: opts.run,
	}
	addThemeFlag(cmd, &opts.theme)
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "the map's file, or with several journeys the folder to write the maps to; - for standard output (default: next to each journey)")
	cmd.Flags().BoolVarP(&opts.quiet, "quiet", "q", false, "print only the diagnostics, no summary")
	cmd.Flags().BoolVar(&opts.check, "check", false, "write nothing; exit 1 when a map differs from what render would write, or is missing")
	cmd.Flags().BoolVar(&opts.prune, "prune", false, "without files: also remove the outputs of journeys the project file no longer has")
	cmd.Flags().BoolVar(&opts.dryRun, "dry-run", false, "with --prune: write and remove nothing; list the outputs --prune would remove")
	cmd.Flags().StringArrayVar(&opts.compare, "compare", nil, "draw the emotion curve of this journey over each map too, for comparison; repeat for up to 4")
	cmd.Flags().StringVar(&opts.persona, "persona", "", "of a journey of several personas, draw the persona with this id alone, with its ideal journey and gap")
	addPrintFlags(cmd, &opts.print, "map", true)
	addLangFlag(cmd, &opts.lang)
	return cmd
}

func (o *renderOptions) run(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return o.runProject(cmd)
	}
	if o.prune || o.dryRun {
		return usageError{errors.New("--prune and --dry-run are for the project file: run render without files")}
	}
	theme, err := render.ThemeNamed(o.theme)
	if err != nil {
		return err
	}
	format := formatText
	if f := o.print.format.findings; f != "" {
		format = outputFormat(f)
	}
	if err := checkOutputFlag(cmd, o.output); err != nil {
		return err
	}
	plan, err := o.print.plan(cmd, o.output)
	if err != nil {
		return err
	}
	out := pictureOutput("map", "", plan.format)
	if o.output == "-" {
		if err := o.refuseStdout(format, "-o - writes the map to standard output"); err != nil {
			return err
		}
	}
	inputs, problems := collectInputs(args)
	if err := firstUsageError(problems); err != nil {
		return err
	}
	// One journey file named alone (not a folder, which may hold one journey
	// today and two tomorrow, and not several files of which one is left):
	// -o may name the map's file. A file named twice is named once.
	single := distinctPaths(args) == 1 && len(inputs) == 1 && inputs[0].dir == ""
	targets, err := planTargets(inputs, o.output, single, o.compare, out)
	if err != nil {
		return err
	}
	for _, t := range targets {
		if t.path == "" {
			if err := o.refuseStdout(format, "the map of standard input (-) goes to standard output"); err != nil {
				return err
			}
		}
	}
	// The fix for a stale map repeats --theme when it was given.
	fixTheme := ""
	if cmd.Flags().Changed("theme") {
		fixTheme = theme.Name
	}
	stdin, opts := cmd.InOrStdin(), render.Options{Theme: theme, Persona: o.persona}
	if len(o.compare) > 0 {
		if opts.Compare, stdin, err = o.prepareCompare(cmd, format, targets); err != nil {
			return err
		}
	}
	results := drawAll(targets, stdin, journeyOptions(o.lang), opts, plan, settleFor(o.check))
	p := newPrinter(cmd, format, o.lang)
	return o.printResults(p, problems, results, fixTheme, compareFlags(o.compare)+personaFlag(o.persona)+o.print.flags(cmd)+langFlag(cmd))
}

// personaFlag is --persona as the fix of a stale map repeats it.
func personaFlag(id string) string {
	if id == "" {
		return ""
	}
	return " --persona " + shellQuote(id)
}

// refuseStdout refuses a map bound for standard output (why tells why it
// is) when --check compares maps with their files, or when --format json
// or github prints its findings there.
func (o *renderOptions) refuseStdout(format outputFormat, why string) error {
	return refuseStdout("map", o.check, format, why)
}

// refuseStdout refuses an output (the noun: map, matrix, report) bound for
// standard output, why tells why it is, when check compares it with its
// file, or when --format json or github prints findings there.
func refuseStdout(noun string, check bool, format outputFormat, why string) error {
	switch {
	case check && noun == "map":
		return usageError{fmt.Errorf("--check compares each map with its file, but %s; name the file with -o FILE", why)}
	case check:
		return usageError{fmt.Errorf("--check compares the %s with its file, but %s; name the file with -o FILE", noun, why)}
	case format != formatText:
		return usageError{fmt.Errorf("--format %s prints its findings on standard output, but %s; name the %s's file with -o FILE", format, why, noun)}
	}
	return nil
}

// planTargets decides where the map of every input goes, and refuses, before
// anything is written, a plan in which two maps would go to the same file or
// a map over a journey, drawn or compared. output is the -o flag, "" when
// not given; single tells that the command line names one journey file, so
// that -o may name the map's file; compared are the --compare files; out is
// the map's kind of file.
func planTargets(inputs []input, output string, single bool, compared []string, out output) ([]target, error) {
	if len(inputs) == 0 {
		return nil, nil // nothing to draw; the problems say why
	}
	targets := make([]target, len(inputs))
	switch {
	case output == "":
		for i, in := range inputs {
			targets[i] = target{input: in}
			if !in.stdin {
				targets[i].path = out.name(in.name)
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
			rel := filepath.Base(in.name)
			if in.dir != "" {
				if r, err := filepath.Rel(in.dir, in.name); err == nil {
					rel = r
				}
			}
			var err error
			if targets[i], err = out.underFolder(in, output, rel); err != nil {
				return nil, err
			}
		}
	}
	return checkTargets(targets, compared, out)
}

// checkTargets refuses two maps to the same file, a map over one of the
// journeys being read (drawn, or compared: the paths in compared), and a
// map to a *.yaml or *.yml file.
func checkTargets(targets []target, compared []string, out output) ([]target, error) {
	keys := newFileKeys()
	journeys := map[string]string{}
	for _, t := range targets {
		if !t.input.stdin {
			journeys[keys.key(t.input.name)] = t.input.name
		}
	}
	for _, c := range compared {
		if c != "-" {
			journeys[keys.key(c)] = c
		}
	}
	maps := map[string]target{}
	for _, t := range targets {
		if err := out.refuse(t, keys, journeys); err != nil {
			return nil, err
		}
		if t.path == "" {
			continue
		}
		key := keys.key(t.path)
		if other, ok := maps[key]; ok {
			return nil, usageError{fmt.Errorf("%s and %s would both be drawn to %s; rename one, or render them apart", displayName(other.input.name), displayName(t.input.name), displayName(t.path))}
		}
		maps[key] = t
	}
	return targets, nil
}

// drawn is what became of one input.
type drawn struct {
	parsed
	target  target
	data    []byte // the map; nil unless the journey is valid and was drawn
	outcome outcome
	err     error // drawing or writing failed
}

// settleFunc does with a drawn map what the command is for: writeOutput
// writes it to its file, checkOutput compares it with the file. It is not
// called for standard output, which is printed in input order.
type settleFunc func(t target, data []byte) (outcome, error)

// settleFor is the settleFunc of render: checkOutput with --check, else
// writeOutput.
func settleFor(check bool) settleFunc {
	if check {
		return checkOutput
	}
	return func(t target, data []byte) (outcome, error) { return writeOutput(t, data, nil) }
}

// drawAll reads, parses, draws and settles every target, using every core:
// all of one input in one worker. The results are in input order.
func drawAll(targets []target, stdin io.Reader, jopts journey.Options, opts render.Options, plan picturePlan, settle settleFunc) []drawn {
	results := make([]drawn, len(targets))
	inParallel(len(targets), func(i int) {
		r := draw(targets[i], stdin, jopts, opts, plan)
		if r.data != nil && r.target.path != "" {
			r.outcome, r.err = settle(r.target, r.data)
			r.data = nil // written or compared: the report needs the outcome only
		}
		r.journey = nil
		results[i] = r
	})
	return results
}

// draw reads and parses one journey and, when it is valid, draws its map in
// memory, adding to its diagnostics what the map had to cut to fit. It
// writes nothing. Parsing uses no date: the map must depend on the journey
// alone.
func draw(t target, stdin io.Reader, jopts journey.Options, opts render.Options, plan picturePlan) drawn {
	r := drawn{parsed: parseOne(t.input, stdin, jopts), target: t}
	if r.parsed.err != nil || r.diags.HasErrors() || r.catalogue {
		return r
	}
	if r.journey == nil {
		r.err = fileProblem(t.input.name, codeInternal, vocab.NoJourneyNoErrors, displayName(t.input.name))
		return r
	}
	r.data, r.err = drawInMemory(func(w io.Writer) error {
		cut, err := plan.drawMap(w, r.journey, opts)
		r.diags = append(r.diags, cut...).Sorted()
		return err
	})
	if r.err != nil {
		r.err = fileProblem(t.input.name, codeInternal, vocab.CannotDraw, displayName(t.input.name), r.err)
	}
	return r
}

// fixCommand is the command that writes the map of t as render with the
// same flags would: the journey alone, --theme when it was given, and -o
// when it was given, naming the map's file, or for a map under an -o
// folder its folder, with a trailing separator so that it is taken as a
// folder (and created) even when it does not exist yet. Arguments are
// quoted for a POSIX shell. command is render, matrix or report: each
// writes its output so.
func fixCommand(command string, t target, output, theme string) string {
	args := []string{"journeymap", command}
	if theme != "" {
		args = append(args, "--theme", shellQuote(theme))
	}
	in := t.input.name
	switch {
	case t.input.stdin:
		in = "-"
	case strings.HasPrefix(in, "-"):
		in = "." + string(filepath.Separator) + in // not a flag
	}
	args = append(args, shellQuote(in))
	switch {
	case output == "":
	case t.mkdir:
		args = append(args, "-o", shellQuote(filepath.Dir(t.path)+string(filepath.Separator)))
	default:
		args = append(args, "-o", shellQuote(t.path))
	}
	return strings.Join(args, " ")
}

// shellQuote quotes s as one word for a POSIX shell: as it is when it
// holds only characters no shell treats specially, in single quotes when
// it holds others, and as $'...' (POSIX.1-2024, bash, zsh, ksh) with escapes
// when it holds control characters or bytes that are not UTF-8, so that
// the command stays on one line and prints safely.
func shellQuote(s string) string {
	safe := func(r rune) bool {
		return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_@%+=:,./-", r))
	}
	if s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !safe(r) }) {
		return s
	}
	if utf8.ValidString(s) && !strings.ContainsFunc(s, unicode.IsControl) {
		return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	var b strings.Builder
	b.WriteString("$'")
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\\' || r == '\'':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == utf8.RuneError && size == 1, unicode.IsControl(r):
			for _, c := range []byte(s[i : i+size]) {
				fmt.Fprintf(&b, `\x%02x`, c)
			}
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	b.WriteByte('\'')
	return b.String()
}

// printResults prints, in input order, the problems met while collecting inputs,
// every journey's diagnostics and failures, the stale and missing maps
// (all to stderr in text, to stdout in json and github), and the maps
// bound for standard output; then a summary unless quiet. fixTheme is the
// --theme to repeat in the command that fixes a stale map, and fixFlags
// the other flags it repeats. It returns the error that sets the exit
// code.
func (o *renderOptions) printResults(p *printer, problems []error, results []drawn, fixTheme, fixFlags string) error {
	t := tally{p: p}
	t.problems(problems)
	var nWritten, nUnchanged int
	all := make([]parsed, len(results))
	for i, r := range results {
		all[i] = r.parsed
	}
	checked := cataloguesChecked(all)
	for _, r := range results {
		r.diags = checked.drop(r.parsed)
		if !t.parsed(r.parsed) || r.catalogue {
			continue // a catalogue is checked, never drawn
		}
		if r.err == nil && r.target.path == "" {
			r.outcome, r.err = writeOutput(r.target, r.data, p.stdout)
		}
		if r.err != nil {
			t.fail(r.err)
			continue
		}
		switch r.outcome {
		case written:
			nWritten++
		case unchanged:
			nUnchanged++
		case stale:
			t.outdated(r.target.path, codeStaleMap, fixCommand("render", r.target, o.output, fixTheme)+fixFlags)
		case missing:
			t.outdated(r.target.path, codeMissingMap, fixCommand("render", r.target, o.output, fixTheme)+fixFlags)
		}
	}
	p.finish()
	if !o.quiet && len(results) > 0 {
		s := renderSummary(nWritten, nUnchanged, t)
		if o.check {
			s = checkSummary(nUnchanged, t)
		}
		fmt.Fprintln(p.stderr, s)
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
	return s + t.troubles("written")
}

// checkSummary is the last line of render --check: "3 maps up to date",
// "1 of 3 maps stale", "2 of 3 maps out of date: 1 stale, 1 missing; 1
// invalid journey, 2 errors".
func checkSummary(upToDate int, t tally) string {
	maps := plural(upToDate+t.stale+t.missing, "map")
	var s string
	switch {
	case t.stale == 0 && t.missing == 0:
		s = maps + " up to date"
	case t.missing == 0:
		s = fmt.Sprintf("%d of %s stale", t.stale, maps)
	case t.stale == 0:
		s = fmt.Sprintf("%d of %s missing", t.missing, maps)
	default:
		s = fmt.Sprintf("%d of %s out of date: %d stale, %d missing", t.stale+t.missing, maps, t.stale, t.missing)
	}
	return s + t.troubles("checked")
}

// troubles is the end of render's summary: the invalid journeys, the
// warnings, and the inputs and maps that could not be read or done.
func (t *tally) troubles(done string) string {
	var s string
	invalid := "invalid journey"
	if t.catalogues > 0 {
		invalid = "invalid file" // journeys and the catalogues they include
	}
	if t.invalid > 0 {
		s += fmt.Sprintf("; %s, %s", plural(t.invalid, invalid), plural(t.errs, "error"))
	}
	if t.warns > 0 {
		s += ", " + plural(t.warns, "warning")
	}
	if t.unread > 0 {
		s += fmt.Sprintf("; %d could not be read", t.unread)
	}
	if t.failed > 0 {
		s += fmt.Sprintf("; %d could not be %s", t.failed, done)
	}
	return s
}

// distinctPaths counts the different files among args (see fileKey);
// standard input is one.
func distinctPaths(args []string) int {
	seen, keys := map[string]bool{}, newFileKeys()
	for _, a := range args {
		if a != "-" {
			a = keys.key(a)
		}
		seen[a] = true
	}
	return len(seen)
}
