package journey

import (
	"github.com/journeymap/journeymap/journey/vocab"
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
	// Lang, when set, is the language of the journey's words (its map,
	// matrix and report) and of its diagnostics, whatever its lang says.
	Lang Lang
	// DefaultLang is the language of the diagnostics of a file whose lang
	// cannot be read, such as one that is no YAML: the reader's. English
	// when empty.
	DefaultLang Lang
	// Competitor reads the journey as a competitor's, as competitor: true
	// does: render --compare reads the journeys it compares with so.
	Competitor bool
	// AsOfReview, when Today is zero, measures due dates against the
	// journey's own reviewed date, as its committed matrix and report do,
	// so that what is said depends on the file alone.
	AsOfReview bool
	// Includer reads the catalogues the journey includes (include:); a
	// journey that includes any is an error without one (as one read
	// from standard input is).
	Includer Includer
}

// Parse decodes and validates one journey file. file is the name used in
// diagnostics. It returns the journey when there are no errors (there may
// be warnings; with opts.Strict every warning is an error), and every
// diagnostic sorted by position. Parse never panics and its work is bounded
// by the limits in limits.go.
func Parse(file string, src []byte, opts Options) (*Journey, Diagnostics) {
	var diags Diagnostics
	report := func(p Pos, code Code, msg vocab.Phrase) {
		diags = append(diags, Diagnostic{File: file, Pos: p, Severity: Error, Code: code, Phrase: msg})
	}
	j, lang := parse(file, src, opts, report, &diags)
	if opts.Strict {
		for i := range diags {
			diags[i].Severity = Error
		}
	}
	diags = diags.In(lang).Sorted()
	if diags.HasErrors() {
		return nil, diags
	}
	return j, diags
}

// parse reads the journey and returns it with the language to say its
// diagnostics in: opts.Lang, else the journey's lang when it could be
// read, else opts.DefaultLang, else English.
func parse(file string, src []byte, opts Options, report func(Pos, Code, vocab.Phrase), diags *Diagnostics) (*Journey, Lang) {
	lang := opts.Lang
	if lang == "" {
		lang = opts.DefaultLang
	}
	if lang == "" {
		lang = English
	}
	warn := func(p Pos, code Code, msg vocab.Phrase) {
		*diags = append(*diags, Diagnostic{File: file, Pos: p, Severity: Warning, Code: code, Phrase: msg})
	}
	text, ok := cleanSource(src, report, warn)
	if !ok {
		return nil, lang
	}
	root, skip, rec, ok := parseYAML(file, text, report, warn)
	if !ok {
		rec.finish(diags, nil)
		return nil, lang
	}
	d := newDecoder(diags, file, text, skip)
	d.today = opts.Today
	j := &Journey{File: file, Pos: posOf(root), Lang: English, Scale: DefaultScale, Competitor: opts.Competitor}
	if !object(d, root, vocab.TheJourney, journeyFields(), j) {
		rec.finish(diags, root)
		return nil, lang
	}
	switch {
	case opts.Lang != "":
		j.Lang = opts.Lang
	case d.langRead:
		lang = j.Lang
	case !d.langBad:
		lang = English // the language of a journey that names none
	}
	// The catalogues it includes: read, and merged into it.
	l := &includeLoader{inc: opts.Includer, journey: file, diags: diags, seen: map[string]bool{}}
	l.load(file, d.includes, []string{file}, nil)
	mergeCatalogues(d, j, l)
	validate(d, j)
	// After a syntax error: the diagnostics the recovery caused are
	// dropped, and the syntax errors added, so there is no advice.
	rec.finish(diags, root)
	*diags = append(*diags, l.extra...)
	if !diags.HasErrors() {
		if opts.Today.IsZero() && opts.AsOfReview {
			opts.Today = j.Reviewed
		}
		rules(d, j, root, opts)
	}
	return j, lang
}

// newDecoder makes the decoder of the file named file, whose text is src;
// skip holds the nodes not to decode (see parseYAML).
func newDecoder(diags *Diagnostics, file string, src []byte, skip map[*yaml.Node]bool) *decoder {
	return &decoder{diags: diags, file: file, src: src, skip: skip, misspelt: map[string]bool{}, aliasDups: map[*yaml.Node]bool{},
		ids: map[idKind]map[string]*yaml.Node{}, badIDs: map[idKind]map[string]bool{}, included: map[idKind]map[string]bool{}}
}

// ParseCatalogue checks a catalogue file on its own, with the catalogues
// it includes: every diagnostic, sorted, said in opts.DefaultLang (else
// English). It reports whether the file is a catalogue: a file with a
// title or phases is a journey, and is not checked here.
func ParseCatalogue(file string, src []byte, opts Options) (Diagnostics, bool) {
	var diags Diagnostics
	l := &includeLoader{inc: opts.Includer, diags: &diags, seen: map[string]bool{}, warnings: true}
	c, ok := l.readCatalogue(Included{Name: file, Key: "\x00" + file, Src: src})
	if !ok {
		return nil, false
	}
	if c != nil {
		l.load(file, c.includes, []string{file}, []string{"\x00" + file})
		l.read = append([]*catalogue{c}, l.read...)
		d := newDecoder(&diags, file, src, nil)
		mergeCatalogues(d, &Journey{}, l)
	}
	lang := opts.DefaultLang
	if lang == "" {
		lang = English
	}
	diags = append(diags, l.extra...)
	if opts.Strict {
		for i := range diags {
			diags[i].Severity = Error
		}
	}
	return diags.In(lang).Sorted(), true
}
