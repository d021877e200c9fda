package journey

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/journeymap/journeymap/journey/vocab"
	"go.yaml.in/yaml/v3"
)

// decoder turns checked YAML nodes into the model. It reports every problem
// it meets and goes on, so that one run shows them all. What can only be
// checked once the whole file is read (references, the emotion scale) is
// recorded here and checked by validate.
type decoder struct {
	diags      *Diagnostics
	file       string
	src        []byte // the text parsed, for what the YAML nodes do not keep
	lineStarts []int  // byte offsets of the lines of src, made when needed
	today      Date
	badScale   bool                // the scale was given but is wrong
	langRead   bool                // the journey's lang was given, and is right
	langBad    bool                // the journey's lang was given but is wrong
	truncated  bool                // a list was cut at its limit: references may be missing
	misspelt   map[string]bool     // keys an unknown key was probably meant to be
	via        *yaml.Node          // the alias being decoded through, if any
	aliasDups  map[*yaml.Node]bool // aliases reported for repeating ids
	notSlugs   []notSlug           // ids to report once every id is known
	skip       map[*yaml.Node]bool

	// badIDs holds ids that were reported as not being slugs, as written
	// and as suggested, so that references to them are not reported again.
	badIDs      map[idKind]map[string]bool
	suggestions int // did-you-mean lookups made; capped to bound the work

	// personasNode is the list of personas:, when the journey has one.
	personasNode *yaml.Node
	// personaLost: a persona could not be read, so values per persona
	// may name it: they are not checked.
	personaLost bool
	// includeFailed: a catalogue could not be read, so references are
	// not checked.
	includeFailed bool
	// personaRefs are the items of personas: that name a persona of a
	// catalogue by its id; ownerRefs the owners of touchpoints and
	// improvements; includes the paths of include.
	personaRefs []reference
	ownerRefs   []reference
	includes    []includeAt

	ids         map[idKind]map[string]*yaml.Node
	included    map[idKind]map[string]bool // the ids of the catalogues included
	refs        []reference
	emotions    []emotionAt
	touchpoints int
}

// idKind is a namespace of ids: ids are unique within their kind.
type idKind string

// word is the kind in words, for messages.
func (k idKind) word() vocab.Word {
	switch k {
	case channelID:
		return vocab.KindChannel
	case phaseID:
		return vocab.KindPhase
	case evidenceID:
		return vocab.KindEvidence
	case improvementID:
		return vocab.KindImprovement
	case personaID:
		return vocab.KindPersona
	case ownerID:
		return vocab.KindOwner
	}
	return vocab.KindTouchpoint
}

const (
	channelID     idKind = "channel"
	phaseID       idKind = "phase"
	touchpointID  idKind = "touchpoint"
	evidenceID    idKind = "evidence"
	improvementID idKind = "improvement"
	personaID     idKind = "persona"
	ownerID       idKind = "owner"
)

// reference is an id written where an id of another kind must exist.
type reference struct {
	kind idKind
	id   string
	node *yaml.Node
}

// emotionAt is an emotion value to check against the journey's scale.
type emotionAt struct {
	value int
	key   string
	node  *yaml.Node
}

// add reports a diagnostic: the word of its message, with the values of
// its verbs. Messages are said in the reader's language once it is known,
// at the end of Parse.
func (d *decoder) add(p Pos, sev Severity, code Code, w vocab.Word, args ...any) {
	*d.diags = append(*d.diags, Diagnostic{File: d.file, Pos: p, Severity: sev, Code: code, Phrase: vocab.Say(w, args...)})
}

func (d *decoder) errorf(n *yaml.Node, code Code, w vocab.Word, args ...any) {
	d.add(posOf(n), Error, code, w, args...)
}

func (d *decoder) warnf(n *yaml.Node, code Code, w vocab.Word, args ...any) {
	d.add(posOf(n), Warning, code, w, args...)
}

// maxSuggestions bounds the did-you-mean lookups of one file: each compares
// against every candidate, and hostile input could ask for millions.
const maxSuggestions = MaxDiagnostics

// didYouMean is the hint that names the candidate word was probably
// meant to be, or "" when none is close.
func (d *decoder) didYouMean(word string, candidates []string) any {
	if s := d.suggest(word, candidates); s != "" {
		return vocab.Say(vocab.HintDidYouMean, quote(s))
	}
	return ""
}

func (d *decoder) suggest(word string, candidates []string) string {
	if d.suggestions >= maxSuggestions {
		return ""
	}
	d.suggestions++
	return suggest(word, candidates)
}

// resolve follows an alias to the node it names.
func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// describe names what a node is, for "expected X, found Y" messages.
func describe(n *yaml.Node) vocab.Phrase {
	n = resolve(n)
	switch n.Kind {
	case yaml.MappingNode:
		return vocab.Say(vocab.FoundMapping)
	case yaml.SequenceNode:
		return vocab.Say(vocab.FoundList)
	}
	switch n.Tag {
	case "!!null":
		return vocab.Say(vocab.FoundNoValue)
	case "!!bool":
		return vocab.Say(vocab.FoundBoolean, n.Value)
	case "!!int", "!!float":
		return vocab.Say(vocab.FoundNumber, n.Value)
	case "!!timestamp":
		return vocab.Say(vocab.FoundDate, n.Value)
	}
	return vocab.Say(vocab.FoundText, quote(n.Value))
}

// pair is one key and its value, after merge keys are applied.
// pair is one entry of a mapping; via is the alias it was merged through
// (<<: *defaults), nil for an entry written in the mapping.
type pair struct{ key, value, via *yaml.Node }

// alias is the alias the value comes through: the one merged through, or
// the value itself when it is an alias; nil when it is written out.
func (p pair) alias() *yaml.Node {
	if p.via != nil {
		return p.via
	}
	return p.value
}

// pairs lists the entries of a mapping with YAML merge keys (<<) applied:
// keys written in the mapping win over merged ones, and among merged
// mappings the first one wins.
//
// Keys that are not text, and repeated keys, were reported when the
// document was checked; they are skipped here (the first of repeated keys
// counts), so that one mistake gives one message.
func (d *decoder) pairs(n *yaml.Node) []pair {
	own := make([]pair, 0, len(n.Content)/2)
	var merged []pair
	seen := make(map[string]bool, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind != yaml.ScalarNode || seen[k.Value]:
		case k.Tag == "!!merge":
			from := len(merged)
			merged = append(merged, d.mergeSources(v)...)
			for i := from; i < len(merged); i++ {
				if merged[i].via == nil && v.Kind == yaml.AliasNode {
					merged[i].via = v
				}
			}
		default:
			seen[k.Value] = true
			own = append(own, pair{key: k, value: v})
		}
	}
	out := own
	for _, p := range merged {
		if !seen[p.key.Value] {
			seen[p.key.Value] = true
			out = append(out, p)
		}
	}
	return out
}

func (d *decoder) mergeSources(v *yaml.Node) []pair {
	v = resolve(v)
	switch v.Kind {
	case yaml.MappingNode:
		return d.pairs(v)
	case yaml.SequenceNode:
		var out []pair
		for _, e := range v.Content {
			if e = resolve(e); e.Kind != yaml.MappingNode {
				d.errorf(e, CodeBadMerge, vocab.BadMergeItem, describe(e))
				continue
			}
			out = append(out, d.pairs(e)...)
		}
		return out
	}
	d.errorf(v, CodeBadMerge, vocab.BadMerge, describe(v))
	return nil
}

// extensionPrefix starts keys that journeymap ignores: a place for anchors
// that merge keys refer to (x-defaults: &defaults), or for other tools.
const extensionPrefix = "x-"

// object decodes a mapping into T with the given fields, reporting unknown
// keys and missing required ones. It returns false when n is no mapping.
func object[T any](d *decoder, n *yaml.Node, what vocab.Word, fields []field[T], into *T) bool {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, CodeWrongType, vocab.NotMapping, what, describe(n))
		return false
	}
	// seen marks the fields given; meant marks those an unknown key was
	// probably meant to be, which are then not reported missing as well.
	seen := make([]bool, len(fields))
	meant := make([]bool, len(fields))
	var missing []string
	keys := make([]string, len(fields))
	for k, f := range fields {
		keys[k] = f.key
	}
	pairs := d.pairs(n)
	given := func(key string) bool {
		return slices.ContainsFunc(pairs, func(p pair) bool { return p.key.Value == key })
	}
	for _, p := range pairs {
		if strings.HasPrefix(p.key.Value, extensionPrefix) {
			continue
		}
		i := fieldIndex(fields, p.key.Value)
		if i >= 0 {
			seen[i] = true
			if !d.skip[resolve(p.value)] {
				d.through(p.alias(), func() { fields[i].decode(d, p.value, into) })
			}
			continue
		}
		hint, s := d.unknownKey(p.key.Value, keys)
		d.errorf(p.key, CodeUnknownKey, vocab.UnknownKey, quote(p.key.Value), what, hint)
		if s == "" {
			continue
		}
		// The key was probably meant to be s: it is not missing, and its
		// value is checked as s's, so that one run reports the problems
		// inside it (unless s is given too, or meant already).
		k := fieldIndex(fields, s)
		d.misspelt[s] = true
		if !given(s) && !meant[k] && !d.skip[resolve(p.value)] {
			fields[k].decode(d, p.value, into)
		}
		meant[k] = true
	}
	for i, f := range fields {
		if f.required && !seen[i] && !meant[i] {
			missing = append(missing, quote(f.key))
		}
	}
	if len(missing) > 0 {
		d.errorf(n, CodeMissing, vocab.MissingKey, what, orList(missing))
	}
	return true
}

// unknownKey is the hint for an unknown key, and the key it was probably
// meant to be ("" when none): a key with a Cyrillic or Greek letter that
// poses as a Latin one names the letter; a misspelt key is suggested;
// else the hint lists the keys.
func (d *decoder) unknownKey(key string, keys []string) (hint vocab.Phrase, meant string) {
	if l, ok := findLookAlike(key); ok {
		meant = l.fixed
		if !slices.Contains(keys, meant) {
			meant = d.suggest(meant, keys)
		}
		if meant != "" {
			return l.hint(meant), meant
		}
	}
	if meant = d.suggest(key, keys); meant != "" {
		return vocab.Say(vocab.HintDidYouMean, quote(meant)), meant
	}
	return vocab.Say(vocab.HintExpectedOneOf, strings.Join(keys, ", ")), ""
}

func fieldIndex[T any](fields []field[T], key string) int {
	for i, f := range fields {
		if f.key == key {
			return i
		}
	}
	return -1
}

// list decodes a sequence, calling each for every element. No value counts
// as an empty list.
func (d *decoder) list(n *yaml.Node, what string, limit int, each func(e *yaml.Node)) {
	n = resolve(n)
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, CodeWrongType, vocab.NotList, what, describe(n))
		return
	}
	for i, e := range n.Content {
		if i == limit {
			d.errorf(e, CodeTooMany, vocab.TooManyItems, what, limit)
			d.truncated = true
			return
		}
		if !d.skip[resolve(e)] {
			d.through(e, func() { each(e) })
		}
	}
}

// through runs decode with n as the alias the values come through, when n
// is an alias and no outer one is: a duplicate id that an alias creates is
// reported at the alias, once.
func (d *decoder) through(n *yaml.Node, decode func()) {
	if n == nil || n.Kind != yaml.AliasNode || d.via != nil {
		decode()
		return
	}
	d.via = n
	decode()
	d.via = nil
}

// scalar returns n as a scalar, or reports that a single value belongs here.
func (d *decoder) scalar(n *yaml.Node, what any, expected vocab.Phrase) (*yaml.Node, bool) {
	n = resolve(n)
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, CodeWrongType, vocab.WrongType, what, expected, describe(n))
		return nil, false
	}
	return n, true
}

// text decodes a text value as written: a number, a date or a word like yes
// is kept as the characters the user typed. No value is the empty text.
func (d *decoder) text(n *yaml.Node, what any, limit int) (string, bool) {
	s, ok := d.scalar(n, what, vocab.Say(vocab.ExpectedText))
	if !ok {
		return "", false
	}
	if s.Tag == "!!null" {
		return "", true
	}
	if s.Style&yaml.DoubleQuotedStyle != 0 && needsEscapeCheck(s.Value) && !d.checkEscapes(s) {
		return "", false
	}
	if c := utf8.RuneCountInString(s.Value); c > limit {
		d.errorf(s, CodeTooLong, vocab.TooLong, what, c, limit)
		return "", false
	}
	return s.Value, true
}

var (
	decimal    = lazyRegexp(`^[-+]?(0|[1-9][0-9]*)$`)
	leadZero   = lazyRegexp(`^[-+]?0[0-9]+$`)
	floatLike  = lazyRegexp(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)
	yaml11Bool = map[string]bool{"yes": true, "no": true, "on": true, "off": true, "y": true, "n": true}
)

// integer decodes a whole number written in plain decimal. Everything YAML
// would read as something else is refused with the reason.
func (d *decoder) integer(n *yaml.Node, what any) (int, bool) {
	s, ok := d.scalar(n, what, vocab.Say(vocab.ExpectedWholeNumber))
	if !ok {
		return 0, false
	}
	v := s.Value
	bad := func(why vocab.Word, args ...any) (int, bool) {
		d.errorf(s, CodeBadValue, vocab.NotWholeNumber, what, vocab.Say(why, args...))
		return 0, false
	}
	switch {
	case s.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0:
		return bad(vocab.FoundQuotedText, quote(v))
	case s.Tag == "!!null":
		return bad(vocab.Found, vocab.FoundNoValue)
	case leadZero().MatchString(v):
		return bad(vocab.FoundLeadingZero, v)
	case s.Tag != "!!int" && s.Style&yaml.TaggedStyle != 0:
		return bad(vocab.FoundTagged, quote(v), s.Tag)
	case decimal().MatchString(v):
		i, err := strconv.Atoi(v)
		if err != nil {
			return bad(vocab.NumberTooLarge, v)
		}
		return i, true
	case s.Tag == "!!int":
		return bad(vocab.FoundNotDecimal, v)
	case strings.EqualFold(v, ".nan") || strings.HasSuffix(strings.ToLower(v), ".inf"):
		return bad(vocab.FoundSpecialFloat, v)
	case floatLike().MatchString(v):
		return bad(vocab.FoundFraction, v)
	case s.Tag == "!!bool" || yaml11Bool[strings.ToLower(v)]:
		return bad(vocab.FoundYAMLBoolean, v)
	case s.Tag == "!!timestamp":
		return bad(vocab.Found, vocab.Say(vocab.FoundDate, v))
	}
	return bad(vocab.Found, vocab.Say(vocab.FoundText, quote(v)))
}

// boolean decodes true or false. YAML 1.1's yes, no, on and off are refused
// because readers disagree on them.
func (d *decoder) boolean(n *yaml.Node, what string) (bool, bool) {
	s, ok := d.scalar(n, what, vocab.Say(vocab.ExpectedTrueOrFalse))
	if !ok {
		return false, false
	}
	quoted := s.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0
	if s.Tag == "!!bool" && !quoted {
		switch strings.ToLower(s.Value) {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	}
	why := vocab.Say(vocab.Found, describe(s))
	switch {
	case quoted:
		why = vocab.Say(vocab.FoundQuoted, describe(s))
	case yaml11Bool[strings.ToLower(s.Value)]:
		why = vocab.Say(vocab.FoundOldBoolean, s.Value)
	}
	d.errorf(s, CodeBadValue, vocab.NotBoolean, what, why)
	return false, false
}

// date decodes a calendar date written as YYYY-MM-DD.
func (d *decoder) date(n *yaml.Node, what string) (Date, bool) {
	s, ok := d.scalar(n, what, vocab.Say(vocab.ExpectedDate))
	if !ok {
		return Date{}, false
	}
	if s.Tag == "!!null" {
		return Date{}, true
	}
	if date, ok := ParseDate(s.Value); ok {
		return date, true
	}
	why := vocab.Say(vocab.Found, describe(s))
	if dateTime().MatchString(s.Value) {
		why = vocab.Say(vocab.FoundDateTime, s.Value, s.Value[:10])
	} else if m := looseDate().FindStringSubmatch(s.Value); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		day, _ := strconv.Atoi(m[3])
		if written := fmt.Sprintf("%04d-%02d-%02d", y, mo, day); written != s.Value {
			why = vocab.Say(vocab.FoundLooseDate, s.Value, written)
		} else {
			why = vocab.Say(vocab.NoSuchDay, s.Value)
		}
	}
	d.errorf(s, CodeBadValue, vocab.NotDate, what, why)
	return Date{}, false
}

var (
	looseDate = lazyRegexp(`^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$`)
	dateTime  = lazyRegexp(`^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ]`)
)

// orList joins words as "a", "a or b", or "a, b or c".
func orList(words []string) string {
	if len(words) == 1 {
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// enum decodes one of a fixed set of words.
func (d *decoder) enum(n *yaml.Node, what string, allowed []string) (string, bool) {
	s, ok := d.scalar(n, what, vocab.Say(vocab.ExpectedOneOf, strings.Join(allowed, ", ")))
	if !ok {
		return "", false
	}
	for _, a := range allowed {
		if s.Value == a {
			return a, true
		}
	}
	hint := d.didYouMean(strings.ToLower(s.Value), allowed)
	if meant, ok := translated(s.Value, allowed); ok {
		hint = vocab.Say(vocab.HintEnglishValue, quote(meant))
	}
	if l, ok := findLookAlike(s.Value); ok && slices.Contains(allowed, l.fixed) {
		hint = l.hint(l.fixed)
	}
	d.errorf(s, CodeBadValue, vocab.NotOneOf, what, strings.Join(allowed, ", "), describe(s), hint)
	return "", false
}

// translated finds the value among allowed that typed names in another
// language: a Dutch journey's labels are Dutch, and its values may be
// written in Dutch by mistake (moment: voor).
func translated(typed string, allowed []string) (string, bool) {
	for _, a := range allowed {
		w, ok := valueWord(a)
		if !ok {
			continue
		}
		for _, l := range vocab.Langs {
			// Not the value itself in other letters: crm for CRM.
			if l != vocab.English && l.Means(typed, w) && !l.Means(a, w) {
				return a, true
			}
		}
	}
	return "", false
}

// slug is the pattern of an id.
var slug = lazyRegexp(`^[a-z0-9]+([-_][a-z0-9]+)*$`)

// id decodes an id of the given kind and checks that it is unique. An id
// that is not a slug is reported once the whole file is read
// (reportBadIDs), so that the slug it suggests is free.
func (d *decoder) id(n *yaml.Node, kind idKind) (string, bool) {
	what := vocab.Say(vocab.IDOf, kind.word())
	v, ok := d.slugText(n, what)
	if ok && !slug().MatchString(v) {
		d.notSlugs = append(d.notSlugs, notSlug{node: resolve(n), kind: kind, what: what, value: v})
		ok = false
	}
	if !ok || v == "" {
		if s := resolve(n); s.Kind == yaml.ScalarNode && s.Value != "" {
			bad := d.badIDs[kind]
			if bad == nil {
				bad = map[string]bool{}
				d.badIDs[kind] = bad
			}
			bad[s.Value], bad[slugify(s.Value)] = true, true
		}
		return "", false
	}
	s := resolve(n)
	seen := d.ids[kind]
	if seen == nil {
		seen = map[string]*yaml.Node{}
		d.ids[kind] = seen
	}
	if first, dup := seen[v]; dup {
		switch {
		case first == s && d.via != nil:
			// The alias repeats a block with ids: one error, at the alias.
			if !d.aliasDups[d.via] {
				d.aliasDups[d.via] = true
				d.errorf(d.via, CodeDuplicateID, vocab.AliasRepeatsIDs, "*"+d.via.Value, kind.word(), quote(v), s.Line)
			}
		case first == s:
			d.errorf(s, CodeDuplicateID, vocab.DuplicateIDAlias, kind.word(), quote(v))
		default:
			d.errorf(s, CodeDuplicateID, vocab.DuplicateID, kind.word(), quote(v), first.Line, first.Column)
		}
		return v, true
	}
	seen[v] = s
	return v, true
}

// ref decodes an id that must name something of another kind; whether it
// does is checked once the whole file is read.
func (d *decoder) ref(n *yaml.Node, kind idKind, what any) (string, bool) {
	v, ok := d.slug(n, what)
	if ok && v != "" {
		d.refs = append(d.refs, reference{kind: kind, id: v, node: resolve(n)})
	}
	return v, ok
}

func (d *decoder) slug(n *yaml.Node, what any) (string, bool) {
	v, ok := d.slugText(n, what)
	if ok && !slug().MatchString(v) {
		d.notSlug(resolve(n), what, v, slugify(v))
		return "", false
	}
	return v, ok
}

// slugText decodes the text of an id, which must not be empty.
func (d *decoder) slugText(n *yaml.Node, what any) (string, bool) {
	v, ok := d.text(n, what, MaxIDRunes)
	if !ok {
		return "", false
	}
	if isBlank(v) {
		d.errorf(resolve(n), CodeEmptyValue, vocab.EmptyValue, what)
		return "", false
	}
	return v, true
}

// notSlug reports the id v, which is not a slug, suggesting one; a letter
// that poses as a Latin one is named.
func (d *decoder) notSlug(s *yaml.Node, what any, v, suggestion string) {
	if l, ok := findLookAlike(v); ok {
		d.errorf(s, CodeBadID, vocab.NotSlugLookAlike, what, quote(v), vocab.Say(l.script()), string(l.letter), l.letter, string(l.latin), quote(suggestion))
		return
	}
	d.errorf(s, CodeBadID, vocab.NotSlug, what, quote(v), quote(suggestion))
}

// notSlug is an id, written where an item is named, that is not a slug.
type notSlug struct {
	node  *yaml.Node
	kind  idKind
	what  vocab.Phrase
	value string
}

// reportBadIDs reports the ids that are not slugs, each suggesting a slug
// that no other item of its kind has, and that no other suggestion takes:
// "awareness-2" when "awareness" is taken.
func (d *decoder) reportBadIDs() {
	taken := map[idKind]map[string]bool{}
	for _, b := range d.notSlugs {
		if taken[b.kind] == nil {
			taken[b.kind] = map[string]bool{}
		}
		suggestion := UniqueSlug(slugify(b.value), func(id string) bool { return d.ids[b.kind][id] != nil || taken[b.kind][id] })
		taken[b.kind][suggestion] = true
		d.badIDs[b.kind][suggestion] = true
		d.notSlug(b.node, b.what, b.value, suggestion)
	}
}

// slugify suggests a slug for a value that is not one.
func slugify(s string) string {
	if slug := Slug(s); slug != "" {
		return slug
	}
	return "my-id"
}

// Slug makes an id from a name: lower case, accents dropped (Oriëntatie
// gives orientatie), look-alike letters read as the Latin ones they pose
// as, and every run of other characters one dash between words, at most
// MaxIDRunes long. It is "" when the name has no letter or digit to keep.
// The validator suggests ids with it, and imports make ids with it.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		plain := unaccented(r)
		if plain != "" {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteString(plain)
			dash = false
		} else {
			dash = true
		}
		if b.Len() >= MaxIDRunes {
			break
		}
	}
	return strings.TrimRight(b.String()[:min(b.Len(), MaxIDRunes)], "-_")
}

// UniqueSlug is slug when taken says it is free, else the first of
// slug-2, slug-3, … that is, shortened to stay within MaxIDRunes.
func UniqueSlug(slug string, taken func(string) bool) string {
	id := slug
	for i := 2; taken(id); i++ {
		suffix := "-" + strconv.Itoa(i)
		id = strings.TrimRight(slug[:min(len(slug), MaxIDRunes-len(suffix))], "-_") + suffix
	}
	return id
}

// unaccentedLatin maps accented Latin letters, common in Dutch, German,
// French and the Nordic languages, to the letters of an id: Oriëntatie
// gives orientatie. It is "" for any other rune.
func unaccentedLatin(r rune) string {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å':
		return "a"
	case 'æ':
		return "ae"
	case 'ç':
		return "c"
	case 'è', 'é', 'ê', 'ë':
		return "e"
	case 'ì', 'í', 'î', 'ï':
		return "i"
	case 'ñ':
		return "n"
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø':
		return "o"
	case 'ù', 'ú', 'û', 'ü':
		return "u"
	case 'ý', 'ÿ':
		return "y"
	case 'ß':
		return "ss"
	case 'œ':
		return "oe"
	case 'ĳ':
		return "ij"
	}
	return ""
}

// unaccented is r as letters of an id, or "" when r has no place in one;
// a Cyrillic or Greek letter that looks like a Latin one is that letter.
func unaccented(r rune) string {
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return string(r)
	}
	if latin, ok := lookAlikes[r]; ok {
		return strings.ToLower(string(latin))
	}
	return unaccentedLatin(r)
}

// isBlank reports whether text shows nothing: only spaces and invisible
// format characters such as a zero-width space.
func isBlank(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) }) < 0
}

// lazyRegexp is a regular expression compiled on first use, so that a
// command that reads no journey does not pay for it.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
