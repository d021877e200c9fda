package report

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/journeymap/journeymap/journey"
)

// Markdown writes the report of a valid journey as Markdown (CommonMark
// with GitHub's tables), in the journey's language:
//
//   - the journey in one paragraph: persona, scenario, goals, and the
//     phases with their numbers of touchpoints;
//   - the emotion curve: where it is lowest and highest and where it ends,
//     and the average emotion of each phase, with one decimal (a decimal
//     comma in Dutch), rounded half away from zero;
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
	m := &markdown{s: s, w: wordsFor(j.Lang), sc: j.Scale}
	m.journey()
	m.curve()
	m.painPoints()
	m.gaps()
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
	w      *words
	sc     journey.Scale
	blocks []string
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
	j, w := m.s.j, m.w
	m.heading(1, inline(j.Title))
	var p []string
	if j.Persona.Name != "" {
		p = append(p, sentence(fmt.Sprintf(w.journeyFor, inline(j.Persona.Name))))
	}
	if j.Scenario != "" {
		p = append(p, sentence(inline(j.Scenario)))
	}
	if j.Goals.Customer != "" {
		p = append(p, sentence(fmt.Sprintf(w.customerGoal, inline(j.Goals.Customer))))
	}
	if j.Goals.Business != "" {
		p = append(p, sentence(fmt.Sprintf(w.businessGoal, inline(j.Goals.Business))))
	}
	phases := count(len(j.Phases), w.phaseOne, w.phaseMany)
	if len(m.s.stops) == 0 {
		p = append(p, fmt.Sprintf(w.countsEmpty, phases))
	} else {
		var each []string
		for _, pe := range m.s.phases {
			each = append(each, fmt.Sprintf("%s (%d)", inline(pe.phase.Name), pe.n))
		}
		p = append(p, fmt.Sprintf(w.counts, phases, count(len(m.s.stops), w.touchpointOne, w.touchpointMany), w.list(each)))
	}
	if j.Loop && len(j.Phases) > 0 {
		p = append(p, fmt.Sprintf(w.loops, inline(j.Phases[len(j.Phases)-1].Name), inline(j.Phases[0].Name)))
	}
	if !j.Reviewed.IsZero() {
		p = append(p, fmt.Sprintf(w.reviewed, w.longDate(j.Reviewed)))
	}
	m.add(strings.Join(p, " "))
}

// curve is where the curve is lowest and highest and where it ends, and
// the average emotion of each phase.
func (m *markdown) curve() {
	w, c := m.w, m.s.curve
	m.heading(2, w.curveTitle)
	m.add(fmt.Sprintf(w.scale, value(m.sc.Min, m.sc), value(m.sc.Max, m.sc), m.neutral()))
	switch {
	case c == nil:
		m.add(w.noTouchpoint)
		return
	case c.flat():
		m.add(fmt.Sprintf(w.flat, value(c.lowest.tp.Emotion, m.sc)))
	default:
		m.add(strings.Join([]string{
			m.point(w.lowest, c.lowest, c.nLowest),
			m.point(w.highest, c.highest, c.nHighest),
			m.point(w.end, c.end, 1),
		}, "\n"))
	}
	var rows [][]string
	for _, pe := range m.s.phases {
		avg := w.noAverage
		if t, ok := pe.averageTenths(); ok {
			avg = m.tenths(t)
		}
		rows = append(rows, []string{inline(pe.phase.Name), w.moments[pe.phase.Moment], strconv.Itoa(pe.n), avg})
	}
	m.table(w.phaseHeader, []bool{false, false, true, true}, rows)
}

// point is one line of the curve's list: the label, the value, the
// touchpoint and its phase, and how many more touchpoints share the value.
func (m *markdown) point(label string, st stop, n int) string {
	s := "- **" + label + ":** " + fmt.Sprintf(m.w.at, value(st.tp.Emotion, m.sc), quoted(st.tp.Name), inline(st.phase.Name))
	switch {
	case n == 2:
		s += fmt.Sprintf(m.w.more, 1)
	case n > 2:
		s += fmt.Sprintf(m.w.moreMany, n-1)
	}
	return s
}

// painPoints lists the pain points with their pains and evidence.
func (m *markdown) painPoints() {
	w := m.w
	m.heading(2, w.painTitle)
	if len(m.s.painPoints) == 0 {
		m.add(w.noPainPoints)
		return
	}
	m.add(w.painIntro)
	var lines []string
	for i, pp := range m.s.painPoints {
		marker := strconv.Itoa(i+1) + ". "
		indent := strings.Repeat(" ", len(marker))
		how := value(pp.tp.Emotion, m.sc)
		if pp.tp.Feeling != "" {
			how += " (" + inline(pp.tp.Feeling) + ")"
		}
		if pp.lowest {
			how += " · " + w.lowestPoint
		}
		if pp.tp.Owner != "" {
			how += " · " + fmt.Sprintf(w.owner, inline(pp.tp.Owner))
		}
		lines = append(lines, marker+fmt.Sprintf(w.painLine, quoted(pp.tp.Name), inline(pp.phase.Name), how))
		for _, pain := range pp.tp.Pains {
			lines = append(lines, indent+"- "+w.pain+": "+inline(pain))
		}
		if len(pp.evidence) == 0 {
			lines = append(lines, indent+"- "+w.noSource)
		}
		for _, e := range pp.evidence {
			src := inline(e.Source)
			if !e.Date.IsZero() {
				src += " (" + w.longDate(e.Date) + ")"
			}
			lines = append(lines, indent+"- "+fmt.Sprintf(w.source, w.kind(e.Kind))+": "+src)
		}
	}
	m.add(strings.Join(lines, "\n"))
}

// gaps ranks the gaps between the current and the ideal journey.
func (m *markdown) gaps() {
	w, s := m.w, m.s
	m.heading(2, w.gapTitle)
	switch {
	case len(s.gaps) == 0 && s.atIdeal == 0:
		m.add(w.noIdeals)
		return
	case len(s.gaps) == 0:
		m.add(w.noGaps)
	default:
		m.add(w.gapIntro)
		var rows [][]string
		for i, g := range s.gaps {
			rows = append(rows, []string{strconv.Itoa(i + 1), inline(g.tp.Name), inline(g.phase.Name),
				value(g.tp.Emotion, m.sc), value(g.ideal, m.sc), withSign(g.diff())})
		}
		m.table(w.gapHeader, []bool{true, false, false, true, true, true}, rows)
	}
	var after []string
	switch {
	case s.atIdeal == 1:
		after = append(after, w.atIdealOne)
	case s.atIdeal > 1:
		after = append(after, fmt.Sprintf(w.atIdeal, s.atIdeal))
	}
	switch {
	case s.noIdeal == 1:
		after = append(after, w.noIdealOne)
	case s.noIdeal > 1:
		after = append(after, fmt.Sprintf(w.noIdeal, s.noIdeal))
	}
	if len(after) > 0 && len(s.gaps) > 0 {
		m.add(strings.Join(after, " "))
	}
}

// improvements lists the improvements by quadrant.
func (m *markdown) improvements() {
	w := m.w
	m.heading(2, w.improvementsTitle)
	if len(m.s.groups) == 0 {
		m.add(w.noImprovements)
		return
	}
	m.add(w.matrix)
	for _, g := range m.s.groups {
		m.heading(3, fmt.Sprintf(w.quadrants[g.quadrant], len(g.items)))
		var rows [][]string
		for _, it := range g.items {
			im := it.im
			due := orDash(im.Due.String())
			if it.overdue {
				due += " (" + w.overdueMark + ")"
			}
			rows = append(rows, []string{inline(im.Title), strconv.Itoa(im.Impact), strconv.Itoa(im.Effort),
				orDash(inline(im.Owner)), due, w.status(im.Status), m.touchpoints(im)})
		}
		m.table(w.itemHeader, []bool{false, true, true}, rows)
	}
}

// touchpoints names the touchpoints an improvement addresses, or the whole
// journey when it names none.
func (m *markdown) touchpoints(im *journey.Improvement) string {
	if len(im.Touchpoints) == 0 {
		return m.w.wholeJourney
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
	w, s := m.w, m.s
	if s.today.IsZero() {
		return
	}
	m.heading(2, w.overdueTitle)
	today := w.longDate(s.today)
	if len(s.overdue) == 0 {
		m.add(fmt.Sprintf(w.noOverdue, today))
		return
	}
	m.add(fmt.Sprintf(w.overdueIntro, today))
	var rows [][]string
	for _, it := range s.overdue {
		rows = append(rows, []string{inline(it.im.Title), orDash(inline(it.im.Owner)), it.im.Due.String(),
			strconv.Itoa(it.daysLate), w.status(it.im.Status)})
	}
	m.table(w.overdueHeader, []bool{false, false, false, true}, rows)
}

// warnings lists the journey's warnings with their lines.
func (m *markdown) warnings() {
	w := m.w
	m.heading(2, w.warningsTitle)
	if len(m.s.warnings) == 0 {
		m.add(w.noWarnings)
		return
	}
	var lines []string
	for _, d := range m.s.warnings {
		lines = append(lines, "- "+fmt.Sprintf(w.line, d.Pos.Line)+": "+inline(d.Message))
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
	return sign + strconv.Itoa(a/10) + m.w.decimal + strconv.Itoa(a%10)
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

func (w *words) status(s journey.Status) string {
	if s == "" {
		s = journey.Open
	}
	if t, ok := w.statuses[s]; ok {
		return t
	}
	return inline(string(s))
}

func (w *words) kind(k journey.EvidenceKind) string {
	if t, ok := w.kinds[k]; ok {
		return t
	}
	return inline(string(k))
}

// list joins items as "a, b and c".
func (w *words) list(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + w.and + " " + items[len(items)-1]
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func itoa(n int) string { return strconv.Itoa(n) }

func orDash(s string) string {
	if s == "" {
		return "–"
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
