package journey

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/journeymap/journeymap/journey/vocab"
	"go.yaml.in/yaml/v3"
)

// A catalogue is a file of building blocks that several journeys share:
// channels, personas, evidence and owners, and the catalogues it includes
// in turn. It has no title and no phases, and it is never drawn. A
// journey that includes it has its channels, evidence and owners as its
// own, and draws the personas of it that its personas list names. An
// entry of the journey's own wins over a catalogue's with the same id,
// with a warning (catalogue-override); two catalogues with one id are an
// error naming both places. Diagnostics inside a catalogue point into it,
// and say which journey included it.

// catalogueKeys are the keys of a catalogue, in the order of the journey's.
var catalogueKeys = []string{"include", "channels", "personas", "evidence", "owners"}

// catalogueFields are the fields of a catalogue: the journey's, of those
// keys.
var catalogueFields = sync.OnceValue(func() []field[Journey] {
	var out []field[Journey]
	for _, f := range journeyFields() {
		if slices.Contains(catalogueKeys, f.key) {
			out = append(out, f)
		}
	}
	return out
})

// catalogue is a catalogue file read: its name and what it defines.
type catalogue struct {
	name     string
	defines  *Journey // its channels, personas, evidence and owners
	includes []includeAt
}

// includeLoader reads the catalogues a journey (or a catalogue checked on
// its own) includes, and those they include, each file once.
type includeLoader struct {
	inc      Includer
	journey  string       // the journey's name; "" when a catalogue is checked on its own
	diags    *Diagnostics // of the journey's file
	extra    Diagnostics  // of the catalogues' files
	seen     map[string]bool
	read     []*catalogue // in the order first read
	files    int
	tooMany  bool
	failed   bool // an include could not be read: what it defines is missing
	warnings bool // keep the catalogues' warnings (a catalogue checked on its own)
}

// report adds a diagnostic about the file named: the journey's, or a
// catalogue's, whose message then says which journey included it.
func (l *includeLoader) report(file string, p Pos, sev Severity, code Code, phrase vocab.Phrase) {
	if file == l.journey || l.journey == "" {
		*l.diags = append(*l.diags, Diagnostic{File: file, Pos: p, Severity: sev, Code: code, Phrase: phrase})
		return
	}
	l.extra = append(l.extra, Diagnostic{File: file, Pos: p, Severity: sev, Code: code, Phrase: vocab.Say(vocab.IncludedBy, phrase, l.journey)})
}

// load reads the catalogues that the file from includes (incs); chain is
// the names of the files that led to it, the journey first, and keys the
// keys of the catalogues among them.
func (l *includeLoader) load(from string, incs []includeAt, chain, keys []string) {
	for _, in := range incs {
		at := posOf(in.node)
		fail := func(code Code, phrase vocab.Phrase) {
			l.report(from, at, Error, code, phrase)
			l.failed = true
		}
		if l.inc == nil {
			fail(CodeIncludeMissing, vocab.Say(vocab.IncludeNoFile))
			continue
		}
		got, err := l.inc.Include(from, in.path)
		var ie *IncludeError
		if errors.As(err, &ie) {
			fail(ie.Code, ie.Phrase)
			continue
		}
		if err != nil {
			fail(CodeIncludeMissing, vocab.Say(vocab.IncludeUnreadable, quote(in.path), err.Error()))
			continue
		}
		if slices.Contains(keys, got.Key) {
			fail(CodeIncludeCycle, vocab.Say(vocab.IncludeCycle, quote(in.path), strings.Join(append(slices.Clone(chain), got.Name), " → ")))
			continue
		}
		if l.seen[got.Key] {
			continue // read already: two catalogues include it
		}
		if l.files == MaxIncludes {
			if !l.tooMany {
				fail(CodeTooMany, vocab.Say(vocab.IncludeTooMany, quote(in.path), MaxIncludes))
			}
			l.tooMany = true
			continue
		}
		l.files++
		l.seen[got.Key] = true
		c, ok := l.readCatalogue(got)
		if !ok {
			fail(CodeIncludeNotCatalogue, vocab.Say(vocab.IncludeNotCatalogue, quote(in.path)))
			continue
		}
		if c == nil {
			// Its problems are reported at its lines; this says why the
			// journey is invalid where a run checks the catalogue apart.
			fail(CodeIncludeInvalid, vocab.Say(vocab.IncludeInvalid, quote(in.path)))
			continue
		}
		l.read = append(l.read, c)
		l.load(c.name, c.includes, append(slices.Clone(chain), c.name), append(slices.Clone(keys), got.Key))
	}
}

// readCatalogue reads an included file as a catalogue. It is not one (ok
// false) when it has a title or phases; it is nil when it could not be
// read, with its problems reported.
func (l *includeLoader) readCatalogue(got Included) (c *catalogue, ok bool) {
	var own Diagnostics
	report := func(p Pos, code Code, msg vocab.Phrase) {
		own = append(own, Diagnostic{File: got.Name, Pos: p, Severity: Error, Code: code, Phrase: msg})
	}
	warn := func(p Pos, code Code, msg vocab.Phrase) {
		own = append(own, Diagnostic{File: got.Name, Pos: p, Severity: Warning, Code: code, Phrase: msg})
	}
	defer func() {
		for _, d := range own {
			if d.Severity == Error || l.warnings {
				l.report(d.File, d.Pos, d.Severity, d.Code, d.Phrase)
			}
		}
	}()
	text, good := cleanSource(got.Src, report, warn)
	if !good {
		return nil, true
	}
	root, skip, rec, good := parseYAML(got.Name, text, report, warn)
	if !good {
		rec.finish(&own, nil)
		return nil, true
	}
	if isJourney(root) {
		own = nil
		return nil, false
	}
	d := newDecoder(&own, got.Name, text, skip)
	c = &catalogue{name: got.Name, defines: &Journey{File: got.Name, Pos: posOf(root)}}
	if !object(d, root, vocab.TheCatalogue, catalogueFields(), c.defines) {
		rec.finish(&own, root)
		return nil, true
	}
	d.reportBadIDs()
	for _, r := range d.personaRefs {
		d.errorf(r.node, CodeWrongType, vocab.NotMapping, vocab.APersona, describe(r.node))
	}
	rec.finish(&own, root)
	c.includes = d.includes
	if own.HasErrors() {
		return nil, true
	}
	return c, true
}

// isJourney tells whether a document is a journey: its mapping has a
// title or phases. Any other file is read as a catalogue.
func isJourney(root *yaml.Node) bool {
	return root.Kind == yaml.MappingNode && (hasKey(root, "title") || hasKey(root, "phases"))
}

// IsCatalogue tells whether src is a catalogue rather than a journey: a
// YAML mapping without title and phases that has a key of a catalogue
// (include, channels, personas, evidence, owners) and none that only a
// journey has (persona, scenario, goals and the like). Folder scans check
// such files as catalogues and draw no map of them; any other file is
// checked as a journey.
//
// A file the YAML library refuses is judged by the keys its lines start
// with (topKeys), so that a catalogue with a syntax error is still
// checked as a catalogue, once, and not as a journey without phases.
func IsCatalogue(src []byte) bool {
	if len(src) > MaxFileBytes || namesJourneyKey(src) {
		return false // a journey, known without reading the YAML
	}
	var keys []string
	var doc yaml.Node
	switch err := yaml.Unmarshal(src, &doc); {
	case err != nil:
		keys = topKeys(src)
	case len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode:
		return false
	default:
		root := doc.Content[0]
		for i := 0; i+1 < len(root.Content); i += 2 {
			keys = append(keys, root.Content[i].Value)
		}
	}
	shared := false
	for _, k := range keys {
		switch {
		case k == "title" || k == "phases":
			return false
		case slices.Contains(catalogueKeys, k):
			shared = true
		case fieldIndex(journeyFields(), k) >= 0:
			return false // a journey's key: a journey being written
		}
	}
	return shared
}

// topKeys are the keys of the top-level mapping of a file that is not
// valid YAML, as far as its lines show them: those written at the start
// of a line, outside quoted text, flow collections and block scalars; and
// title or phases at the start of any line, which only a journey has,
// even where a quote or a bracket left open swallows them.
func topKeys(src []byte) []string {
	var keys []string
	s := newLineScanner()
	for _, line := range bytes.Split(src, []byte("\n")) {
		line = bytes.TrimSuffix(line, []byte("\r"))
		sh := s.scan(line)
		if k, ok := journeyKey(line); ok {
			keys = append(keys, k)
		}
		if sh.inner || sh.blank || sh.indent > 0 || sh.dash >= 0 || sh.key < 0 {
			continue
		}
		keys = append(keys, strings.Trim(string(line[sh.body:sh.key]), `"' `))
	}
	return keys
}

// journeyKey is title or phases when line starts with it as a key: a key
// only a journey has.
func journeyKey(line []byte) (string, bool) {
	for _, k := range []string{"title", "phases"} {
		if bytes.HasPrefix(line, []byte(k)) && bytes.HasPrefix(bytes.TrimLeft(line[len(k):], " \t"), []byte(":")) {
			return k, true
		}
	}
	return "", false
}

// namesJourneyKey reports whether a line of src starts with title or
// phases as a key, as every journey written in block style does: src is
// then no catalogue, which the folder scans know without parsing it twice.
func namesJourneyKey(src []byte) bool {
	for len(src) > 0 {
		line, rest, _ := bytes.Cut(src, []byte("\n"))
		if _, ok := journeyKey(line); ok {
			return true
		}
		src = rest
	}
	return false
}

// definition is where an id of a catalogue is defined.
type definition struct {
	file string
	pos  Pos
}

func (df definition) String() string {
	return fmt.Sprintf("%s:%d:%d", df.file, df.pos.Line, df.pos.Column)
}

// mergeCatalogues gives the journey the channels, evidence and owners of
// the catalogues it includes, and the personas its personas list names.
func mergeCatalogues(d *decoder, j *Journey, l *includeLoader) {
	if l.failed {
		// References to what a catalogue not read defines would mislead.
		d.includeFailed = true
	}
	defined := map[idKind]map[string]definition{}
	// define records an id of a catalogue; false when another catalogue
	// defines it too, which is reported at this one.
	define := func(kind idKind, id string, c *catalogue, p Pos) bool {
		if defined[kind] == nil {
			defined[kind] = map[string]definition{}
		}
		if first, dup := defined[kind][id]; dup {
			if first.file != c.name {
				l.report(c.name, p, Error, CodeDuplicateID, vocab.Say(vocab.CatalogueDuplicate, kind.word(), quote(id), first.String()))
			}
			return false
		}
		defined[kind][id] = definition{c.name, p}
		return true
	}
	// own tells whether the journey defines the id itself, and warns
	// that its entry wins.
	own := func(kind idKind, id string) bool {
		n := d.ids[kind][id]
		if n == nil {
			return false
		}
		d.warnf(n, CodeCatalogueOverride, vocab.CatalogueOverride, kind.word(), quote(id), defined[kind][id].String())
		return true
	}
	include := func(kind idKind, id string) {
		if d.included[kind] == nil {
			d.included[kind] = map[string]bool{}
		}
		d.included[kind][id] = true
	}
	personas := map[string]Persona{}
	for _, c := range l.read {
		for _, ch := range c.defines.Channels {
			if define(channelID, ch.ID, c, ch.Pos) && !own(channelID, ch.ID) {
				j.Channels = append(j.Channels, ch)
				include(channelID, ch.ID)
			}
		}
		for _, e := range c.defines.Evidence {
			if define(evidenceID, e.ID, c, e.Pos) && !own(evidenceID, e.ID) {
				j.Evidence = append(j.Evidence, e)
				include(evidenceID, e.ID)
			}
		}
		for _, o := range c.defines.Owners {
			if define(ownerID, o.ID, c, o.Pos) && !own(ownerID, o.ID) {
				j.Owners = append(j.Owners, o)
				include(ownerID, o.ID)
			}
		}
		for _, p := range c.defines.Personas {
			if define(personaID, p.ID, c, p.Pos) {
				personas[p.ID] = p
			}
		}
	}
	refs := map[*yaml.Node]bool{}
	for _, r := range d.personaRefs {
		refs[r.node] = true
	}
	for id := range personas {
		if d.ids[personaID][id] != nil {
			own(personaID, id)
		}
	}
	known := make([]string, 0, len(personas))
	for id := range personas {
		known = append(known, id)
	}
	slices.Sort(known)
	for _, r := range d.personaRefs {
		i := slices.IndexFunc(j.Personas, func(p Persona) bool { return p.Pos == posOf(r.node) && p.Name == "" })
		p, ok := personas[r.id]
		switch {
		case ok && i >= 0:
			j.Personas[i].Name, j.Personas[i].About = p.Name, p.About
		case d.includeFailed:
			d.personaLost = true
		case !ok:
			d.personaLost = true // values per persona may name it
			hint := d.didYouMean(r.id, known)
			if hint == "" && len(known) == 0 {
				hint = vocab.Say(vocab.HintNoCataloguePersonas)
			}
			d.errorf(r.node, CodeUnresolved, vocab.Unresolved, vocab.Say(vocab.KindPersona), quote(r.id), hint)
		}
	}
}

// checkOwners checks, when the journey has owners, that each owner of a
// touchpoint or an improvement names one by its id or name (the map then
// shows the name).
func checkOwners(d *decoder, j *Journey) {
	if len(j.Owners) == 0 || d.truncated || d.includeFailed {
		return
	}
	names := map[string]string{}
	var candidates []string
	for _, o := range j.Owners {
		names[o.ID], names[o.Name] = o.Name, o.Name
		candidates = append(candidates, o.ID, o.Name)
	}
	slices.Sort(candidates)
	for _, r := range d.ownerRefs {
		if _, ok := names[r.id]; !ok {
			d.errorf(r.node, CodeUnresolved, vocab.Unresolved, vocab.Say(vocab.KindOwner), quote(r.id), d.didYouMean(r.id, candidates))
		}
	}
	for _, t := range j.Touchpoints() {
		if name, ok := names[t.Owner]; ok {
			t.Owner = name
		}
	}
	for i := range j.Improvements {
		if name, ok := names[j.Improvements[i].Owner]; ok {
			j.Improvements[i].Owner = name
		}
	}
}
