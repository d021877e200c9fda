package interop

import (
	"bytes"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"go.yaml.in/yaml/v3"
)

// MermaidOptions tune the import of a Mermaid journey diagram.
type MermaidOptions struct {
	// Title is the journey's title when the diagram has none (no title,
	// no front matter title, no accTitle): the file's name, say.
	Title string
	// Lang is the language of the journey written, and of the words the
	// import adds (the comments); English when empty.
	Lang vocab.Lang
	// Moments spreads the phases over before, during and after, in
	// order; without it phases get no moment.
	Moments bool
	// Block picks the journey block of a Markdown file, from 1; 0 when
	// there must be one.
	Block int
}

// mermaidScale is the range of a Mermaid task's score.
var mermaidScale = journey.Scale{Min: 1, Max: 5}

// The rules of Mermaid's journey lexer (its journey.jison), tried in
// this order at the start of every token, as Jison does: the first that
// matches wins. They are case-insensitive.
var (
	reComment   = regexp.MustCompile(`^(?:%[^{\n][^\n]*|%$|%\n|[^}\n]%%[^\n]*|#[^\n]*)`)
	reJourney   = regexp.MustCompile(`^journey\b`) // in lower case: Mermaid detects the diagram so
	reTitle     = regexp.MustCompile(`(?i)^title\s[^#\n;]+`)
	reAccTitle  = regexp.MustCompile(`(?i)^acctitle\s*:\s*`)
	reAccDescr  = regexp.MustCompile(`(?i)^accdescr\s*:\s*`)
	reAccBlock  = regexp.MustCompile(`(?i)^accdescr\s*\{\s*`)
	reSection   = regexp.MustCompile(`(?i)^section\s[^#:\n;]+`)
	reTaskName  = regexp.MustCompile(`^[^#:\n;]+`)
	reTaskData  = regexp.MustCompile(`^:[^#\n;]+`)
	reLineBreak = regexp.MustCompile(`(?i)<br\s*/?>`)
)

// mermaidReader reads one diagram, keeping positions in the file it is
// part of.
type mermaidReader struct {
	p     *problems
	src   string
	pos   int // byte offset in src
	line  int // of pos, in the file
	col   int // of pos, in characters from 1
	opts  MermaidOptions
	im    *Imported
	title string // from front matter or title, the last one given
	descr string
	seen  bool // a journey header was read
	tasks int

	// Where the title, the accTitle and the description were given, for
	// the errors about them.
	titleAt, accTitleAt, descrAt journey.Pos
	// noHeader: the missing journey header was reported, at the first
	// statement.
	noHeader bool
	// implicit: the first phase holds the tasks before any section, and
	// is named after the title once the whole diagram is read.
	implicit bool

	phase    *journey.Phase // the section tasks go into; nil before any
	phaseIDs map[string]bool
	tpIDs    map[string]bool
}

// Mermaid reads a Mermaid journey diagram, or the journey block of a
// Markdown file, as a journey on the scale [1, 5]: sections become
// phases, tasks touchpoints, a task's score its emotion and its first
// actor its owner. file names it in diagnostics. It returns the journey
// when there are no errors, and every diagnostic, said in lang.
func Mermaid(file string, src []byte, opts MermaidOptions, lang vocab.Lang) (*Imported, journey.Diagnostics) {
	p := &problems{file: file}
	text, ok := cleanText(p, src)
	if !ok {
		return nil, p.said(lang)
	}
	offset := 0
	if isMarkdown(file, text) {
		block, line, ok := markdownBlock(p, text, opts.Block)
		if !ok {
			return nil, p.said(lang)
		}
		text, offset = block, line-1
	}
	return p.result(readMermaid(p, text, offset, opts), lang)
}

// cleanText checks what every imported text file must be: at most
// MaxFileBytes, UTF-8, without control characters; a byte order mark is
// dropped and CRLF line ends read as LF.
func cleanText(p *problems, src []byte) (string, bool) {
	if len(src) > journey.MaxFileBytes {
		p.errorf(journey.Pos{}, journey.CodeTooLarge, vocab.ImportTooLarge, journey.MaxFileBytes)
		return "", false
	}
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	line, col := 1, 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			p.errorf(journey.Pos{Line: line, Column: col}, journey.CodeEncoding, vocab.BadUTF8, src[i])
			return "", false
		case r == '\n':
			line, col = line+1, 0
		case r == '\r' && i+1 < len(src) && src[i+1] == '\n':
			col--
		default:
			if _, bad := badRune(string(r)); bad {
				p.errorf(journey.Pos{Line: line, Column: col}, journey.CodeControlChar, vocab.ControlCharacterIn, r)
				return "", false
			}
		}
		i += size
		col++
	}
	return strings.ReplaceAll(string(src), "\r\n", "\n"), true
}

func readMermaid(p *problems, text string, lineOffset int, opts MermaidOptions) *Imported {
	if opts.Lang == "" {
		opts.Lang = vocab.English
	}
	j := &journey.Journey{File: p.file, Lang: opts.Lang, Scale: mermaidScale}
	r := &mermaidReader{p: p, src: text, line: 1 + lineOffset, col: 1, opts: opts,
		im: &Imported{Journey: j, Actors: map[string][]string{}}, phaseIDs: map[string]bool{}, tpIDs: map[string]bool{}}
	start := journey.Pos{Line: 1 + lineOffset, Column: 1}
	r.titleAt, r.accTitleAt, r.descrAt = start, start, start
	r.frontMatter()
	r.statements()
	if !r.seen {
		if !r.noHeader {
			p.errorf(start, CodeMermaidSyntax, vocab.MermaidNoHeader)
		}
		return nil
	}
	j.Title = firstOf(r.title, r.im.AccTitle, opts.Title)
	titleAt := r.titleAt
	if r.title == "" {
		titleAt = r.accTitleAt
	}
	if r.im.AccTitle == j.Title {
		r.im.AccTitle = ""
	}
	j.Scenario = r.descr
	r.checkLength(titleAt, "title", j.Title, journey.MaxLabelRunes)
	r.checkLength(r.descrAt, "scenario", j.Scenario, journey.MaxTextRunes)
	if r.implicit {
		first := &j.Phases[0]
		delete(r.phaseIDs, first.ID)
		first.Name = firstOf(j.Title, "Journey")
		first.ID = uniqueID(first.Name, "phase", r.phaseIDs)
	}
	if len(j.Phases) == 0 && !p.diags.HasErrors() {
		p.errorf(journey.Pos{Line: 1 + lineOffset, Column: 1}, CodeMermaidSyntax, vocab.MermaidNoTasks)
	}
	if opts.Moments {
		spreadMoments(j.Phases)
	}
	return r.im
}

// firstOf is the first of texts that is not empty.
func firstOf(texts ...string) string {
	for _, s := range texts {
		if s != "" {
			return s
		}
	}
	return ""
}

// spreadMoments gives phases the moments before, during and after, a
// third of them each, in order.
func spreadMoments(phases []journey.Phase) {
	moments := []journey.Moment{journey.Before, journey.During, journey.After}
	for i := range phases {
		phases[i].Moment = moments[i*3/len(phases)]
	}
}

// frontMatter reads the YAML between --- lines at the start, as Mermaid
// does, for its title.
func (r *mermaidReader) frontMatter() {
	rest, ok := strings.CutPrefix(r.src, "---\n")
	if !ok {
		return
	}
	off := 0
	for _, l := range strings.SplitAfter(rest, "\n") {
		if strings.TrimRight(l, " \t\n") != "---" {
			off += len(l)
			continue
		}
		var fm struct {
			Title string `yaml:"title"`
		}
		if err := yaml.Unmarshal([]byte(rest[:off]), &fm); err != nil {
			line, why := yamlProblem(err)
			r.p.errorf(journey.Pos{Line: r.line + line, Column: 1}, CodeMermaidSyntax, vocab.MermaidFrontMatterBad, why)
		}
		r.title = strings.TrimSpace(fm.Title)
		r.titleAt = journey.Pos{Line: r.line + 1, Column: 1}
		r.skip(4 + off + len(l))
		return
	}
	r.p.errorf(journey.Pos{Line: r.line, Column: 1}, CodeMermaidSyntax, vocab.MermaidFrontMatterOpen)
	r.skip(len(r.src))
}

// reYAMLProblem finds the line and the reason in an error of the YAML
// decoder: "yaml: line 2: mapping values are not allowed in this context",
// or "yaml: unmarshal errors:\n  line 5: cannot unmarshal !!seq into string".
var reYAMLProblem = regexp.MustCompile(`line (\d+): ([^\n]*)`)

// yamlProblem is the line (from 1) and the reason of an error of the YAML
// decoder; line 1 and the whole error when it names no line.
func yamlProblem(err error) (int, string) {
	m := reYAMLProblem.FindStringSubmatch(err.Error())
	if m == nil {
		return 1, strings.TrimPrefix(err.Error(), "yaml: ")
	}
	line, _ := strconv.Atoi(m[1])
	return max(line, 1), m[2]
}

// skip moves past n bytes of the source, counting lines and columns.
func (r *mermaidReader) skip(n int) {
	n = min(n, len(r.src)-r.pos)
	for _, c := range r.src[r.pos : r.pos+n] {
		if c == '\n' {
			r.line, r.col = r.line+1, 1
		} else {
			r.col++
		}
	}
	r.pos += n
}

func (r *mermaidReader) here() journey.Pos { return journey.Pos{Line: r.line, Column: r.col} }

// statements reads the diagram token by token, as Mermaid's lexer does,
// and each statement as its grammar does. A statement that is not
// Mermaid's is reported and the rest of its line skipped, so that every
// problem is reported at once.
func (r *mermaidReader) statements() {
	for r.pos < len(r.src) {
		rest := r.src[r.pos:]
		switch c := rest[0]; {
		case c == '\n' || c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r':
			r.skip(1)
			continue
		}
		if m := reComment.FindString(rest); m != "" {
			r.skip(len(m))
			continue
		}
		at := r.here()
		if m := reJourney.FindString(rest); m != "" {
			if r.seen {
				r.unknown(at, rest)
				continue
			}
			r.seen = true
			r.skip(len(m))
			continue
		}
		if !r.seen {
			r.p.errorf(at, CodeMermaidSyntax, vocab.MermaidNoHeader)
			r.noHeader = true
			r.skip(len(r.src))
			return
		}
		switch {
		case reTitle.MatchString(rest):
			m := reTitle.FindString(rest)
			r.title, r.titleAt = untab(m[6:]), at
			r.skip(len(m))
		case reAccTitle.MatchString(rest):
			r.skip(len(reAccTitle.FindString(rest)))
			r.im.AccTitle, r.accTitleAt = untab(r.restOfLine()), at
		case reAccDescr.MatchString(rest):
			r.skip(len(reAccDescr.FindString(rest)))
			r.descr, r.descrAt = strings.TrimSpace(r.restOfLine()), at
		case reAccBlock.MatchString(rest):
			r.descrAt = at
			r.skip(len(reAccBlock.FindString(rest)))
			end := strings.IndexByte(r.src[r.pos:], '}')
			if end < 0 {
				r.p.errorf(at, CodeMermaidSyntax, vocab.MermaidDescrOpen)
				r.skip(len(r.src))
				return
			}
			r.descr = trimLines(r.src[r.pos : r.pos+end])
			r.skip(end + 1)
		case reSection.MatchString(rest):
			m := reSection.FindString(rest)
			r.skip(len(m))
			r.section(at, m[8:])
		case reTaskName.MatchString(rest):
			name := reTaskName.FindString(rest)
			r.skip(len(name))
			data := reTaskData.FindString(r.src[r.pos:])
			if data == "" {
				r.unknown(at, rest)
				continue
			}
			dataAt := r.here()
			r.skip(len(data))
			r.task(at, name, dataAt, data)
		default:
			r.unknown(at, rest)
		}
	}
}

// restOfLine returns the text up to the end of the line and moves past it.
func (r *mermaidReader) restOfLine() string {
	rest := r.src[r.pos:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	r.skip(len(rest))
	return rest
}

// unknown reports a statement that is not Mermaid's, and skips its line.
func (r *mermaidReader) unknown(at journey.Pos, rest string) {
	line, _, _ := strings.Cut(rest, "\n")
	r.p.errorf(at, CodeMermaidSyntax, vocab.MermaidUnknown, quote(strings.TrimSpace(line)))
	r.restOfLine()
}

// section starts a phase. A section named again later starts a phase of
// its own, as Mermaid draws it again.
func (r *mermaidReader) section(at journey.Pos, name string) {
	name = mermaidText(name)
	if name == "" {
		r.p.errorf(at, journey.CodeEmptyValue, vocab.MermaidNoSectionName)
	}
	r.checkLength(at, "name", name, journey.MaxLabelRunes)
	r.addPhase(at, name)
}

func (r *mermaidReader) addPhase(at journey.Pos, name string) {
	j := r.im.Journey
	if len(j.Phases) == journey.MaxPhases {
		r.p.errorf(at, journey.CodeTooMany, vocab.TooManyItems, "phases", journey.MaxPhases)
	}
	id := uniqueID(name, "phase", r.phaseIDs)
	j.Phases = append(j.Phases, journey.Phase{Pos: at, ID: id, Name: name})
	r.phase = &j.Phases[len(j.Phases)-1]
}

// task adds a touchpoint to the current phase: name: score: actors.
func (r *mermaidReader) task(at journey.Pos, name string, dataAt journey.Pos, data string) {
	name = mermaidText(name)
	if name == "" {
		r.p.errorf(at, journey.CodeEmptyValue, vocab.MermaidNoTaskName)
	}
	r.checkLength(at, "name", name, journey.MaxLabelRunes)
	score, actors, _ := strings.Cut(data[1:], ":")
	scoreAt := journey.Pos{Line: dataAt.Line, Column: dataAt.Column + 1 + utf8.RuneCountInString(score) - utf8.RuneCountInString(strings.TrimLeft(score, " \t"))}
	score = strings.TrimSpace(score)
	emotion, ok := 0, true
	switch n, whole := wholeNumber(score); {
	case score == "":
		r.p.errorf(scoreAt, CodeBadScore, vocab.MermaidNoScore, quote(name))
		ok = false
	case !whole:
		r.p.errorf(scoreAt, CodeBadScore, vocab.MermaidScoreNotWhole, quote(name), quote(score))
		ok = false
	case !mermaidScale.Contains(n):
		r.p.errorf(scoreAt, CodeBadScore, vocab.MermaidScoreOutside, quote(name), n)
		ok = false
	default:
		emotion = n
	}
	var people []string
	for _, a := range strings.Split(actors, ",") {
		if a = mermaidText(a); a != "" {
			people = append(people, a)
		}
	}
	if len(people) > 0 {
		r.checkLength(at, "owner", people[0], journey.MaxLabelRunes)
	}
	if r.phase == nil {
		r.addPhase(at, "Journey") // named after the title at the end
		r.implicit = true
	}
	r.tasks++
	if r.tasks == journey.MaxTouchpoints+1 {
		r.p.errorf(at, journey.CodeTooMany, vocab.TooManyItems, "touchpoints", journey.MaxTouchpoints)
	}
	if !ok {
		return
	}
	id := uniqueID(name, "touchpoint", r.tpIDs)
	t := journey.Touchpoint{Pos: at, ID: id, Name: name, Emotion: emotion}
	if len(people) > 0 {
		t.Owner = people[0]
		if len(people) > 1 {
			r.im.Actors[id] = people[1:]
		}
	}
	r.phase.Touchpoints = append(r.phase.Touchpoints, t)
}

// checkLength reports text longer than limit characters.
func (r *mermaidReader) checkLength(at journey.Pos, what string, s string, limit int) {
	if n := utf8.RuneCountInString(s); n > limit {
		r.p.errorf(at, journey.CodeTooLong, vocab.TooLong, what, n, limit)
	}
}

// trimLines is text without the spaces around it and around each line,
// as Mermaid shows a description.
func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// mermaidText is a name as Mermaid shows it: its line breaks (<br>) as
// new lines, a tab as a space (as an export writes one), without the
// spaces around each line.
func mermaidText(s string) string {
	return trimLines(untab(reLineBreak.ReplaceAllString(s, "\n")))
}

// untab is one line of text with a space for each tab, and none around
// it.
func untab(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, "\t", " "))
}

// wholeNumber reads a whole number, also written as a spreadsheet or
// Mermaid (which reads a score as a JavaScript number) may write one:
// 3.0, 3e0.
func wholeNumber(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f != math.Trunc(f) || math.Abs(f) > 1e6 {
		return 0, false
	}
	return int(f), true
}

// uniqueID makes an id from a name that no id in taken has, and takes
// it: the name's slug, with -2, -3 when it is taken; fallback when the
// name has nothing to make a slug of.
func uniqueID(name, fallback string, taken map[string]bool) string {
	slug := journey.Slug(name)
	if slug == "" {
		slug = fallback
	}
	id := journey.UniqueSlug(slug, func(id string) bool { return taken[id] })
	taken[id] = true
	return id
}

// quote renders user text for a message: Go-quoted, so that control
// characters never reach a terminal raw, and shortened.
func quote(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) > max {
		s = string([]rune(s)[:max]) + "…"
	}
	return strconv.Quote(s)
}
