package journey

import (
	"go.yaml.in/yaml/v3"
)

// Options tune validation.
type Options struct {
	// Today is the date that review and due dates are measured against.
	// The zero value skips the checks that depend on today, so that output
	// depends on the input alone.
	Today Date
	// Strict makes every warning an error, with the same code, and adds the
	// checks that are too demanding for advice: every touchpoint names its
	// evidence (no-evidence) and the journey has a reviewed date (no-review).
	Strict bool
}

// Parse decodes and validates one journey file. file is the name used in
// diagnostics. It returns the journey when there are no errors (there may
// be warnings; with opts.Strict every warning is an error), and every
// diagnostic sorted by position. Parse never panics and its work is bounded
// by the limits in limits.go.
func Parse(file string, src []byte, opts Options) (*Journey, Diagnostics) {
	var diags Diagnostics
	report := func(p Pos, code Code, msg string) {
		diags = append(diags, Diagnostic{File: file, Pos: p, Severity: Error, Code: code, Message: msg})
	}
	j := parse(file, src, opts, report, &diags)
	if opts.Strict {
		for i := range diags {
			diags[i].Severity = Error
		}
	}
	diags = diags.Sorted()
	if diags.HasErrors() {
		return nil, diags
	}
	return j, diags
}

func parse(file string, src []byte, opts Options, report func(Pos, Code, string), diags *Diagnostics) *Journey {
	text, ok := cleanSource(src, report)
	if !ok {
		return nil
	}
	root, skip, ok := parseYAML(text, report)
	if !ok {
		return nil
	}
	d := &decoder{diags: diags, file: file, today: opts.Today, skip: skip, misspelt: map[string]bool{},
		ids: map[idKind]map[string]*yaml.Node{}, badIDs: map[idKind]map[string]bool{}}
	j := &Journey{File: file, Pos: posOf(root), Lang: English, Scale: DefaultScale}
	if !object(d, root, "the journey", journeyFields(), j) {
		return nil
	}
	validate(d, j)
	if !diags.HasErrors() {
		rules(d, j, root, opts)
	}
	return j
}
