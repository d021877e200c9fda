package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/spf13/cobra"
)

// projectFlags are the flags of render that a project file says instead:
// with them, render names its files.
var projectFlags = []string{"output", "theme", "compare", "persona", "page", "pages", "scale", "with-matrix"}

// runProject is render without files: every output of every journey of the
// project file, written, or with --check checked; and its orphans named,
// or with --prune removed.
func (o *renderOptions) runProject(cmd *cobra.Command) error {
	for _, name := range projectFlags {
		if cmd.Flags().Changed(name) {
			return usageError{fmt.Errorf("--%s is for render with files; without files, the project file %s says what to write", name, ".journeymap.yaml")}
		}
	}
	if o.print.format.output != "" {
		return usageError{errors.New("--format " + o.print.format.output + " is for render with files; without files, the project file's outputs say what to write")}
	}
	switch {
	case o.dryRun && !o.prune:
		return usageError{errors.New("--dry-run goes with --prune: it lists what --prune would remove")}
	case o.prune && o.check:
		return usageError{errors.New("--check writes and removes nothing; --prune removes orphans: give one of them")}
	}
	format := formatText
	if f := o.print.format.findings; f != "" {
		format = outputFormat(f)
	}
	p := newPrinter(cmd, format, o.lang)
	t := tally{p: p}

	file, err := findProject()
	if err != nil {
		return err
	}
	if file == "" {
		return errNoProject()
	}
	proj, diags, err := readProject(file, journeyOptions(o.lang))
	if err != nil {
		return err
	}
	p.diagnostics(file, diags)
	if diags.HasErrors() {
		p.finish()
		return errInvalid
	}
	_, t.warns = diags.Count()
	given, err := givenDate(o.print.today)
	if err != nil {
		return err
	}
	pr, err := newProject(file, proj, given)
	if err != nil {
		return err
	}
	if missing := pr.missingJourneys(readerLang(o.lang)); len(missing) > 0 {
		p.diagnostics(file, missing)
		p.finish()
		return errInvalid
	}
	inputs, problems := collectInputs(pr.journeyArgs())
	if err := firstUsageError(problems); err != nil {
		return err
	}
	plans, err := pr.plan(inputs)
	if err != nil {
		return err
	}
	fix := pr.fixCommand(o.print.today)

	var results []projectDrawn
	if !o.dryRun {
		// --lang is the language render speaks in, not that of the
		// outputs: those depend on the repository alone, each journey's
		// words on its own lang, so that --lang nl does not make every
		// output of an English journey stale.
		results = pr.drawAll(inputs, plans, journey.Options{DefaultLang: readerLang(o.lang)}, settleFor(o.check))
	}
	orphans, err := pr.orphans(plans)
	if err != nil {
		t.fail(fmt.Errorf("cannot look for orphans: %v", err))
	}

	t.problems(problems)
	var nWritten, nUnchanged, nOutputs int
	// A mistake in a catalogue is listed once, under the catalogue; each
	// journey that includes it keeps the error at its include.
	all := make([]parsed, len(results))
	for i, r := range results {
		all[i] = r.parsed
	}
	checked := cataloguesChecked(all)
	for _, r := range results {
		r.diags = checked.drop(r.parsed)
		if o.lang != "" {
			r.diags = r.diags.In(vocab.Lang(o.lang))
		}
		if !t.parsed(r.parsed) {
			continue
		}
		for _, s := range r.outputs {
			nOutputs++
			switch {
			case s.err != nil:
				t.fail(s.err)
			case s.outcome == written:
				nWritten++
			case s.outcome == unchanged:
				nUnchanged++
			case s.outcome == stale:
				t.outdated(s.target.path, codeStaleOutput, fix)
			case s.outcome == missing:
				t.outdated(s.target.path, codeMissingOutput, fix)
			}
		}
	}
	// What --prune removes, or would, is listed on standard output, unless
	// --format json or github keeps that for its findings.
	listed := cmd.OutOrStdout()
	if format != formatText {
		listed = p.stderr
	}
	nRemoved := 0
	for _, path := range orphans {
		switch {
		case o.check:
			t.outdated(path, codeOrphanOutput, "journeymap render --prune")
		case o.dryRun:
			fmt.Fprintf(listed, "%s: %s\n", displayName(path), p.lang.Word(vocab.OrphanToRemove))
		case o.prune:
			if err := os.Remove(path); err != nil {
				t.fail(ioError(path, vocab.CannotWrite, displayName(path), cause(err)))
				continue
			}
			nRemoved++
			fmt.Fprintf(listed, "%s: %s\n", displayName(path), p.lang.Word(vocab.OrphanRemoved))
		default:
			fmt.Fprintf(p.stderr, "journeymap: %s: %s\n", displayName(path), p.lang.Format(vocab.OrphanRun, "journeymap render --prune"))
		}
	}
	p.finish()
	if !o.quiet {
		fmt.Fprintln(p.stderr, projectSummary(o, nOutputs, nWritten, nUnchanged, nRemoved, len(orphans), t))
	}
	return t.err()
}

// projectSummary is the last line of render without files: "6 outputs
// written, 2 unchanged", "8 outputs up to date", "2 of 8 outputs out of
// date: 1 stale, 1 missing; 2 orphans", "2 orphans removed".
func projectSummary(o *renderOptions, outputs, written, unchanged, removed, orphans int, t tally) string {
	var s string
	switch {
	case o.dryRun:
		return plural(orphans, "orphan") + " to remove"
	case o.check && t.stale+t.missing == 0:
		s = plural(outputs, "output") + " up to date"
	case o.check && t.missing == 0:
		s = fmt.Sprintf("%d of %s stale", t.stale, plural(outputs, "output"))
	case o.check && t.stale == 0:
		s = fmt.Sprintf("%d of %s missing", t.missing, plural(outputs, "output"))
	case o.check:
		s = fmt.Sprintf("%d of %s out of date: %d stale, %d missing", t.stale+t.missing, plural(outputs, "output"), t.stale, t.missing)
	case unchanged == 0:
		s = plural(written, "output") + " written"
	default:
		s = fmt.Sprintf("%s written, %d unchanged", plural(written, "output"), unchanged)
	}
	switch {
	case o.prune:
		s += fmt.Sprintf("; %s removed", plural(removed, "orphan"))
	case orphans > 0:
		s += "; " + plural(orphans, "orphan")
	}
	done := "written"
	if o.check {
		done = "checked"
	}
	return s + t.troubles(done)
}
