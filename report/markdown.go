package report

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// Markdown writes the report of a valid journey as Markdown (CommonMark
// with GitHub's tables), in the journey's language:
//
//   - the journey in one paragraph: persona, scenario, goals, and the
//     phases with their numbers of touchpoints;
//   - the emotion curve: where it is lowest and highest and where it ends,
//     and the average emotion of each phase, with one decimal (a decimal
//     comma in Dutch), rounded half away from zero;
//   - the evidence: how many emotions are backed by evidence, and the
//     touchpoints whose emotion is assumed, in journey order, with the
//     assumptions they name;
//   - the pain points: the touchpoints the map marks as pain points (the
//     lowest of a curve that dips to neutral or below) and every
//     touchpoint that lists pains, lowest emotion first, with their pains
//     and the evidence behind them;
//   - the gaps between the current and the ideal journey, largest first;
//   - the improvements by quadrant of the action-priority matrix: quick
//     wins, major projects, fill-ins, thankless tasks;
//   - the improvements overdue on opts.Today (left out without a date);
//   - the warnings among diags, with their lines.
//
// Values of the scale are written as on the map: with a true minus sign
// (U+2212), and a plus sign when the scale runs through zero. User text
// is escaped so that it is shown as written and cannot start a block,
// break a table, or make a link or HTML. The output ends with a newline,
// has LF line endings, and depends on its arguments alone.
func Markdown(w io.Writer, j *journey.Journey, diags journey.Diagnostics, opts Options) error {
	if j == nil {
		return errors.New("report: no journey")
	}
	s := summarise(j, diags, opts)
	m := &markdown{s: s, lang: j.Lang, sc: j.Scale, diags: diags, opts: opts}
	m.journey()
	m.section(m.word(vocab.EmotionCurve), func() {
		m.add(m.word(vocab.ScaleSentence, value(m.sc.Min, m.sc), value(m.sc.Max, m.sc), m.neutral()))
	}, m.curve)
	m.evidence()
	m.section(m.word(vocab.PainPoints), nil, m.painPoints)
	m.section(m.word(vocab.GapsTitle), nil, m.gaps)
	m.improvements()
	m.overdue()
	m.warnings()
	_, err := io.WriteString(w, strings.Join(m.blocks, "\n\n")+"\n")
	return err
}

// markdown collects the blocks of a report: headings, paragraphs, lists
// and tables, each one or more lines, separated by blank lines.
type markdown struct {
	s      *summary
	lang   vocab.Lang
	sc     journey.Scale
	diags  journey.Diagnostics
	opts   Options
	blocks []string
}

// section writes a section about the curve under its heading: first what
// it says once (intro, when not nil), then body. For a journey of several
// personas, body is written for each, under a heading with its name, from
// the summary of the journey as that persona lives it.
func (m *markdown) section(title string, intro, body func()) {
	m.heading(2, title)
	if intro != nil {
		intro()
	}
	whole := m.s
	if len(whole.j.Personas) < 2 {
		body()
		return
	}
	for i, p := range whole.j.Personas {
		m.heading(3, inline(p.Name))
		m.s = summarise(whole.j.ForPersona(i), m.diags, m.opts)
		body()
	}
	m.s = whole
}

// word is a word in the journey's language; with args, its verbs filled.
func (m *markdown) word(w vocab.Word, args ...any) string {
	if len(args) == 0 {
		return m.lang.Word(w)
	}
	return m.lang.Format(w, args...)
}

// header is the header row of a table: each word capitalised.
func (m *markdown) header(words ...vocab.Word) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = vocab.Capitalise(m.word(w))
	}
	return out
}

func (m *markdown) add(block string) { m.blocks = append(m.blocks, block) }

func (m *markdown) heading(level int, text string) {
	m.add(strings.Repeat("#", level) + " " + text)
}

// table adds a table; right tells which columns are aligned right.
func (m *markdown) table(header []string, right []bool, rows [][]string) {
	var b strings.Builder
	row := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + c + " |")
		}
		b.WriteString("\n")
	}
	row(header)
	rule := make([]string, len(header))
	for i := range rule {
		rule[i] = "---"
		if i < len(right) && right[i] {
			rule[i] = "---:"
		}
	}
	row(rule)
	for _, r := range rows {
		row(r)
	}
	m.add(strings.TrimSuffix(b.String(), "\n"))
}

// journey is the title and the journey in one paragraph.
func (m *markdown) journey() {
	j, lang := m.s.j, m.lang
	m.heading(1, inline(j.Title))
	var p []string
	if cast := j.Cast(); len(cast) > 0 {
		names := make([]string, len(cast))
		for i, c := range cast {
			names[i] = inline(c.Name)
		}
		p = append(p, sentence(m.word(vocab.JourneyFor, lang.List(names))))
	}
	if j.Scenario != "" {
		p = append(p, sentence(inline(j.Scenario)))
	}
	if j.Goals.Customer != "" {
		p = append(p, sentence(m.word(vocab.CustomerGoal)+": "+inline(j.Goals.Customer)))
	}
	if j.Goals.Business != "" {
		p = append(p, sentence(m.word(vocab.BusinessGoal)+": "+inline(j.Goals.Business)))
	}
	phases := lang.Count(len(j.Phases), vocab.PhaseOne, vocab.PhaseMany)
	if len(m.s.stops) == 0 {
		p = append(p, m.word(vocab.JourneyEmpty, phases))
	} else {
		var each []string
		for _, pe := range m.s.phases {
			each = append(each, fmt.Sprintf("%s (%d)", inline(pe.phase.Name), pe.n))
		}
		p = append(p, m.word(vocab.JourneyCounts, phases, lang.Count(len(m.s.stops), vocab.TouchpointOne, vocab.TouchpointMany), lang.List(each)))
	}
	if j.Loop && len(j.Phases) > 0 {
		p = append(p, sentence(m.word(vocab.LoopBack, inline(j.Phases[len(j.Phases)-1].Name), inline(j.Phases[0].Name))))
	}
	if !j.Reviewed.IsZero() {
		p = append(p, m.word(vocab.ReviewedOn, m.longDate(j.Reviewed)))
	}
	m.add(strings.Join(p, " "))
}

// curve is where the curve is lowest and highest and where it ends, and
// the average emotion of each phase.
func (m *markdown) curve() {
	c := m.s.curve
	switch {
	case c == nil:
		m.add(sentence(m.word(vocab.NoTouchpoints)))
		return
	case c.flat():
		m.add(m.word(vocab.Flat, value(c.lowest.tp.Emotion, m.sc)))
	default:
		m.add(strings.Join([]string{
			m.point(m.word(vocab.Lowest), c.lowest, c.nLowest),
			m.point(m.word(vocab.Highest), c.highest, c.nHighest),
			m.point(m.word(vocab.End), c.end, 1),
		}, "\n"))
	}
	// The column of moments only when the journey has moments, in the
	// names it gives them.
	j := m.s.j
	moments := j.HasMoments()
	var rows [][]string
	for _, pe := range m.s.phases {
		avg := noValue
		if t, ok := pe.averageTenths(); ok {
			avg = m.tenths(t)
		}
		row := []string{inline(pe.phase.Name)}
		if moments {
			moment := noValue
			if pe.phase.Moment != "" {
				moment = inline(j.MomentName(pe.phase.Moment))
			}
			row = append(row, moment)
		}
		rows = append(rows, append(row, strconv.Itoa(pe.n), avg))
	}
	if moments {
		m.table(m.header(vocab.PhaseOne, vocab.Moment, vocab.TouchpointMany, vocab.AverageEmotion), []bool{false, false, true, true}, rows)
		return
	}
	m.table(m.header(vocab.PhaseOne, vocab.TouchpointMany, vocab.AverageEmotion), []bool{false, true, true}, rows)
}

// point is one line of the curve's list: the label, the value, the
// touchpoint and its phase, and how many more touchpoints share the value.
func (m *markdown) point(label string, st stop, n int) string {
	s := "- **" + label + ":** " + m.word(vocab.PointAt, value(st.tp.Emotion, m.sc), quoted(st.tp.Name), inline(st.phase.Name))
	switch {
	case n == 2:
		s += m.word(vocab.AndMoreOne, 1)
	case n > 2:
		s += m.word(vocab.AndMoreMany, n-1)
	}
	return s
}

// evidence says how many emotions are backed by evidence, and lists the
// touchpoints whose emotion is assumed, so that they can be checked.
func (m *markdown) evidence() {
	n := len(m.s.stops)
	if n == 0 {
		return
	}
	m.heading(2, m.word(vocab.AssumedTitle))
	backed := n - len(m.s.assumed)
	count := m.word(vocab.BackedOfMany, backed, n)
	if n == 1 {
		count = m.word(vocab.BackedOfOne, backed)
	}
	m.add(sentence(vocab.Capitalise(count)))
	if len(m.s.assumed) == 0 {
		return
	}
	m.add(m.word(vocab.AssumedIntro))
	var lines []string
	for _, a := range m.s.assumed {
		how := m.moods(a.tp)
		lines = append(lines, "- "+m.word(vocab.AssumedLine, quoted(a.tp.Name), inline(a.phase.Name), how))
		if len(a.evidence) == 0 {
			lines = append(lines, "  - "+m.word(vocab.NoEvidence))
		}
		for _, e := range a.evidence {
			lines = append(lines, "  - "+m.word(vocab.EvidenceFrom, m.word(e.Kind.Word()))+": "+inline(e.Source))
		}
	}
	m.add(strings.Join(lines, "\n"))
}

// moods says a touchpoint's emotion, with its feeling: of a journey of
// several personas that do not all feel the same there, each persona's,
// named ("Sanne +1 (curious), Joost −1").
func (m *markdown) moods(tp *journey.Touchpoint) string {
	say := func(emotion int, feeling string) string {
		s := value(emotion, m.sc)
		if feeling != "" {
			s += " (" + inline(feeling) + ")"
		}
		return s
	}
	personas := m.s.j.Personas
	same := true
	for _, md := range tp.Moods {
		same = same && md.Emotion == tp.Emotion && md.Feeling == tp.Feeling
	}
	if len(personas) < 2 || len(tp.Moods) != len(personas) || same {
		return say(tp.Emotion, tp.Feeling)
	}
	each := make([]string, len(personas))
	for i, p := range personas {
		each[i] = inline(p.ShortName()) + " " + say(tp.Moods[i].Emotion, tp.Moods[i].Feeling)
	}
	return strings.Join(each, ", ")
}

// painPoints lists the pain points with their pains and evidence.
func (m *markdown) painPoints() {
	if len(m.s.painPoints) == 0 {
		m.add(m.word(vocab.NoPainPoints))
		return
	}
	m.add(m.word(vocab.PainIntro))
	var lines []string
	for i, pp := range m.s.painPoints {
		marker := strconv.Itoa(i+1) + ". "
		indent := strings.Repeat(" ", len(marker))
		how := value(pp.tp.Emotion, m.sc)
		if pp.tp.Feeling != "" {
			how += " (" + inline(pp.tp.Feeling) + ")"
		}
		if pp.lowest {
			how += " · " + m.word(vocab.LowestPoint)
		}
		if pp.tp.Owner != "" {
			how += " · " + strings.ToLower(m.word(vocab.Owner)) + " " + inline(pp.tp.Owner)
		}
		lines = append(lines, marker+m.word(vocab.PainLine, quoted(pp.tp.Name), inline(pp.phase.Name), how))
		for _, pain := range pp.tp.Pains {
			lines = append(lines, indent+"- "+m.word(vocab.Pain)+": "+inline(pain))
		}
		if len(pp.evidence) == 0 {
			lines = append(lines, indent+"- "+m.word(vocab.NoEvidence))
		}
		for _, e := range pp.evidence {
			src := inline(e.Source)
			if !e.Date.IsZero() {
				src += " (" + m.longDate(e.Date) + ")"
			}
			lines = append(lines, indent+"- "+m.word(vocab.EvidenceFrom, m.word(e.Kind.Word()))+": "+src)
		}
	}
	m.add(strings.Join(lines, "\n"))
}

// gaps ranks the gaps between the current and the ideal journey.
func (m *markdown) gaps() {
	s := m.s
	switch {
	case len(s.gaps) == 0 && s.atIdeal == 0:
		m.add(m.word(vocab.NoIdeals))
		return
	case len(s.gaps) == 0:
		m.add(m.word(vocab.NoGaps))
	default:
		m.add(m.word(vocab.GapIntro))
		var rows [][]string
		for i, g := range s.gaps {
			rows = append(rows, []string{strconv.Itoa(i + 1), inline(g.tp.Name), inline(g.phase.Name),
				value(g.tp.Emotion, m.sc), value(g.ideal, m.sc), withSign(g.diff())})
		}
		m.table(append([]string{"#"}, m.header(vocab.TouchpointOne, vocab.PhaseOne, vocab.Current, vocab.Ideal, vocab.Gap)...),
			[]bool{true, false, false, true, true, true}, rows)
	}
	var after []string
	switch {
	case s.atIdeal == 1:
		after = append(after, m.word(vocab.AtIdealOne))
	case s.atIdeal > 1:
		after = append(after, m.word(vocab.AtIdealMany, s.atIdeal))
	}
	switch {
	case s.noIdeal == 1:
		after = append(after, m.word(vocab.NoIdealOne))
	case s.noIdeal > 1:
		after = append(after, m.word(vocab.NoIdealMany, s.noIdeal))
	}
	if len(after) > 0 && len(s.gaps) > 0 {
		m.add(strings.Join(after, " "))
	}
}

// improvements lists the improvements by quadrant.
func (m *markdown) improvements() {
	m.heading(2, m.word(vocab.Improvements))
	if len(m.s.groups) == 0 {
		m.add(m.word(vocab.NoImprovements))
		return
	}
	m.add(m.word(vocab.MatrixIntro))
	for _, g := range m.s.groups {
		m.heading(3, fmt.Sprintf("%s (%d): %s", m.word(g.quadrant.Heading()), len(g.items), m.word(g.quadrant.About())))
		var rows [][]string
		for _, it := range g.items {
			im := it.im
			due := orDash(im.Due.String())
			if it.overdue {
				due += " (" + m.word(vocab.Overdue) + ")"
			}
			rows = append(rows, []string{inline(im.Title), strconv.Itoa(im.Impact), strconv.Itoa(im.Effort),
				orDash(inline(im.Owner)), due, m.word(im.Status.Word()), m.touchpoints(im)})
		}
		m.table(m.header(vocab.ImprovementOne, vocab.Impact, vocab.Effort, vocab.Owner, vocab.Due, vocab.Status, vocab.TouchpointMany),
			[]bool{false, true, true}, rows)
	}
}

// touchpoints names the touchpoints an improvement addresses, or the whole
// journey when it names none.
func (m *markdown) touchpoints(im *journey.Improvement) string {
	if len(im.Touchpoints) == 0 {
		return m.word(vocab.WholeJourney)
	}
	names := make([]string, len(im.Touchpoints))
	for i, id := range im.Touchpoints {
		if st, ok := m.s.byID[id]; ok {
			names[i] = inline(st.tp.Name)
		} else {
			names[i] = inline(id)
		}
	}
	return strings.Join(names, "; ")
}

// overdue lists the improvements past their due date; without today, it
// says nothing.
func (m *markdown) overdue() {
	s := m.s
	if s.today.IsZero() {
		return
	}
	m.heading(2, m.word(vocab.OverdueTitle))
	today := m.longDate(s.today)
	if len(s.overdue) == 0 {
		m.add(m.word(vocab.NoOverdue, today))
		return
	}
	m.add(m.word(vocab.OverdueIntro, today))
	var rows [][]string
	for _, it := range s.overdue {
		rows = append(rows, []string{inline(it.im.Title), orDash(inline(it.im.Owner)), it.im.Due.String(),
			strconv.Itoa(it.daysLate), m.word(it.im.Status.Word())})
	}
	m.table(m.header(vocab.ImprovementOne, vocab.Owner, vocab.Due, vocab.DaysLate, vocab.Status), []bool{false, false, false, true}, rows)
}

// warnings lists the journey's warnings with their lines.
func (m *markdown) warnings() {
	m.heading(2, m.word(vocab.Warnings))
	if len(m.s.warnings) == 0 {
		m.add(m.word(vocab.NoWarnings))
		return
	}
	var lines []string
	for _, d := range m.s.warnings {
		lines = append(lines, "- "+m.word(vocab.LineNumber, d.Pos.Line)+": "+inline(m.lang.Say(d.Phrase)))
	}
	m.add(strings.Join(lines, "\n"))
}

// neutral is the neutral point of the scale, as a value of it.
func (m *markdown) neutral() string {
	t := int(math.Round(m.sc.Neutral() * 10))
	if t%10 == 0 {
		return value(t/10, m.sc)
	}
	return m.tenths(t)
}

// tenths writes a number given in tenths with one decimal, in the manner
// of value: −0.7, +1.3, 0.0 (never −0.0), with the language's decimal
// separator.
func (m *markdown) tenths(t int) string {
	sign := ""
	switch {
	case t < 0:
		sign = "−"
	case t > 0 && m.sc.Min < 0:
		sign = "+"
	}
	a := abs(t)
	return sign + strconv.Itoa(a/10) + m.word(vocab.DecimalSeparator) + strconv.Itoa(a%10)
}

// value writes a value of the scale as the map does: with a true minus
// sign, and a plus sign for positive values when the scale runs through
// zero.
func value(v int, sc journey.Scale) string {
	switch {
	case v < 0:
		return "−" + strconv.Itoa(-v)
	case v > 0 && sc.Min < 0:
		return "+" + strconv.Itoa(v)
	}
	return strconv.Itoa(v)
}

// withSign writes a difference with its sign, + or −; 0 has none.
func withSign(v int) string {
	switch {
	case v < 0:
		return "−" + strconv.Itoa(-v)
	case v > 0:
		return "+" + strconv.Itoa(v)
	}
	return "0"
}

// longDate writes a date for prose: 22 November 2026, 22 november 2026.
func (m *markdown) longDate(d journey.Date) string {
	t := d.Time()
	return strconv.Itoa(t.Day()) + " " + m.word(vocab.January+vocab.Word(t.Month()-time.January)) + " " + strconv.Itoa(t.Year())
}

// noValue stands in a table's cell for a value there is none of.
const noValue = "–"

func orDash(s string) string {
	if s == "" {
		return noValue
	}
	return s
}

// quoted is a label in typographic quotes, as the map's description has
// it.
func quoted(s string) string { return "“" + inline(s) + "”" }

// sentence ends s with a full stop unless it ends a sentence already,
// perhaps inside closing quotes or brackets.
func sentence(s string) string {
	t := strings.TrimRight(s, `)"'”’»`)
	r, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".!?…", r) {
		return s
	}
	return s + "."
}

// inline makes user text safe to stand anywhere in a line of Markdown: in
// a paragraph, a list item, a heading or a table cell. The text is put on
// one line first (see oneLine). Then:
//
//   - \ ` * _ [ ] | ~ and # are escaped with a backslash, so that the text
//     makes no emphasis, code, link, table cell or heading;
//   - < > and & become &lt; &gt; and &amp;, so that it makes no HTML, no
//     autolink and no character reference;
//   - the : of :// and the . of www. are escaped, so that GitHub makes no
//     link of a web address (it still makes one of an e-mail address,
//     which shows where it leads);
//   - a first character that would start a block (a list item, a
//     heading's underline, an ordered list's 1. or 1)) is escaped.
func inline(s string) string { return EscapeMarkdown(s) }

// EscapeMarkdown makes user text safe to stand anywhere in a line of
// Markdown, as the report writes it; see inline.
func EscapeMarkdown(s string) string {
	s = oneLine(s)
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case strings.ContainsRune("\\`*_[]|~#", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case r == ':' && strings.HasPrefix(s[i:], "://"):
			b.WriteString(`\:`)
		case (r == 'w' || r == 'W') && len(s)-i >= 4 && strings.EqualFold(s[i:i+4], "www.") && wordStart(s, i):
			b.WriteString(s[i:i+3] + `\.`)
			size = 4
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return escapeStart(b.String())
}

// wordStart reports whether s[i] begins a word.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_')
}

// escapeStart escapes the first character of s when a line that starts
// with s would start a block: - + = start a list item or underline a
// heading, and digits followed by . or ) an ordered list. (# > * are
// escaped wherever they are.)
func escapeStart(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '-', '+', '=':
		return `\` + s
	}
	digits := 0
	for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits <= 9 && digits < len(s) && (s[digits] == '.' || s[digits] == ')') {
		return s[:digits] + `\` + s[digits:]
	}
	return s
}

// oneLine puts text on one line, for a label, a cell or a sentence: line
// breaks and tabs become spaces, runs of spaces one space, and the text is
// trimmed. Control characters, the marks that reorder text
// (bidirectional overrides and isolates), and the noncharacters U+FFFE
// and U+FFFF are dropped: they would reach the reader unseen.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029:
			return ' '
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
			return -1
		case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
			return -1
		case r == 0xFFFE || r == 0xFFFF, r == utf8.RuneError:
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' }), " ")
}

// sections are the headings of a report's sections, in order; the
// overdue section is left out of a report without a date.
var sections = []struct {
	heading  vocab.Word
	optional bool // left out when it has nothing to say
}{
	{vocab.EmotionCurve, false}, {vocab.AssumedTitle, true}, {vocab.PainPoints, false}, {vocab.GapsTitle, false},
	{vocab.Improvements, false}, {vocab.OverdueTitle, true}, {vocab.Warnings, false},
}

// IsReport reports whether data reads as a report Markdown wrote: a
// title, then the headings of its sections, in order, in one of the
// languages. Text from the journey never starts a heading, so a file
// written by hand hardly ever reads so. A project's render --prune
// removes only files that do.
func IsReport(data []byte) bool {
	lines := strings.Split(string(data), "\n")
	if !strings.HasPrefix(lines[0], "# ") {
		return false
	}
	var headings []string
	for _, l := range lines[1:] {
		if h, ok := strings.CutPrefix(l, "## "); ok {
			headings = append(headings, h)
		}
	}
	for _, lang := range vocab.Langs {
		if hasSections(headings, lang) {
			return true
		}
	}
	return false
}

// hasSections reports whether headings are those of the sections in lang,
// in order, each optional one there or not.
func hasSections(headings []string, lang vocab.Lang) bool {
	i := 0
	for _, sec := range sections {
		switch {
		case i < len(headings) && headings[i] == lang.Word(sec.heading):
			i++
		case !sec.optional:
			return false
		}
	}
	return i == len(headings)
}
