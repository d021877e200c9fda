package journey

import (
	"go.yaml.in/yaml/v3"
)

// Options tune validation.
type Options struct {
	// Today is the date that review dates are measured against. The zero
	// value skips the checks that depend on today, so that output depends
	// on the input alone.
	Today Date
}

// Parse decodes and validates one journey file. file is the name used in
// diagnostics. It returns the journey when there are no errors (there may
// be warnings), and every diagnostic sorted by position. Parse never panics
// and its work is bounded by the limits in limits.go.
func Parse(file string, src []byte, opts Options) (*Journey, Diagnostics) {
	var diags Diagnostics
	report := func(p Pos, code Code, msg string) {
		diags = append(diags, Diagnostic{File: file, Pos: p, Severity: Error, Code: code, Message: msg})
	}
	j := parse(file, src, opts, report, &diags)
	diags = diags.sortAndDedupe()
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
	d := &decoder{diags: diags, file: file, today: opts.Today, skip: skip,
		ids: map[idKind]map[string]*yaml.Node{}, badIDs: map[idKind]map[string]bool{}}
	j := &Journey{Pos: posOf(root), Lang: English, Scale: DefaultScale}
	if !object(d, root, "the journey", journeyFields, j) {
		return nil
	}
	validate(d, j)
	return j
}
