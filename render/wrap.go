package render

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"

	"github.com/journeymap/journeymap/internal/hyphen"
	"github.com/journeymap/journeymap/journey"
)

// wrap breaks text, in the language lang, into lines that measure at most
// width pixels, set by m at size pixels.
//
//   - '\n' (and U+2028, U+2029, U+0085) ends a paragraph. A blank line
//     between two paragraphs stays, as an empty line; blank lines before the
//     first and after the last do not.
//   - Runs of white space collapse to one space, and lines start and end
//     with no space. No-break spaces (U+00A0, U+2007, U+202F) are kept.
//   - A paragraph is filled greedily: each line is the longest that fits
//     and ends where the Unicode line breaking algorithm (UAX #14, from
//     github.com/rivo/uniseg) allows a break: at a space, after a hyphen or
//     U+200B, between CJK characters but not before closing punctuation nor
//     after opening punctuation, and more. A line that ends at a soft
//     hyphen (U+00AD) shows a '-' there. No line is broken inside a
//     grapheme cluster (UAX #29): a letter and its marks, an emoji sequence
//     and a flag stay whole.
//   - A URL, an e-mail address, a path, a file or domain name, an
//     identifier or a number (a run of text without spaces that holds
//     "://", '@', '/', '\', '_', a '.' between two letters or digits, or
//     digits and no letters; or starts with "www.") is copied as it is
//     written: it is not broken where UAX #14 allows, but moves to the next
//     line whole.
//   - When no break that UAX #14 allows fits, the line ends at the last of
//     these that fits: a space (where UAX #14 allows no break, as before
//     '!' or '/'); in a URL or the like, after '/', '.', '-' or '_' (in a
//     URL also '?', '&' or '='), but not between two of them nor at a
//     decimal point, and with no hyphen; in any other word, where the TeX
//     hyphenation patterns of the language allow a hyphen in a run of
//     letters (en: American English, nl: Dutch; no hyphens in other
//     languages), with a hyphen.
//   - When none fits, the line ends after the last grapheme cluster that
//     fits, with no hyphen: the patterns allowed none there.
//   - A line holds something with a width: it does not end where it holds
//     only a soft hyphen, a zero-width space, a mark and the like. A
//     cluster wider than width on its own is a line of its own, with the
//     characters of no width before it.
//
// Empty or blank text has no lines. Lines are measured as they grow: with
// DejaVu, quickly, in font units; another Measurer is asked for the width
// of each line it might take.
func wrap(m Measurer, text string, size float64, bold bool, width float64, lang journey.Lang) []string {
	w := wrapper{mt: meter{m: m, size: size, bold: bold, width: width}, lang: lang}
	if d, ok := m.(dejaVu); ok {
		w.mt.f = d.face(bold)
		w.mt.limit = w.mt.f.limit(size, width)
	}
	// A paragraph, normalised. When normalising changed nothing but spaces
	// at its ends, it is text[start:end], and its lines are slices of
	// text, with no copying.
	var stack [1024]byte
	para := stack[:0]
	start, end := 0, 0
	verbatim := true
	space, oneSpace := false, false // para ends with a space; which was one ' '
	for i := 0; i < len(text); {
		if c := text[i]; c > ' ' && c < 0x7F {
			// Printable ASCII, quickly.
			switch {
			case space:
				verbatim = verbatim && oneSpace
				space = false
			case len(para) == 0:
				start = i
			}
			para = append(para, c)
			i++
			end = i
			continue
		}
		at := i
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch {
		case r == '\n' || r == 0x2028 || r == 0x2029 || r == 0x85:
			w.paragraph(para, text[start:end], verbatim, space)
			para, verbatim, space = para[:0], true, false
		case isSpace(r):
			if len(para) > 0 && !space {
				para = append(para, ' ')
				space, oneSpace = true, r == ' '
			} else {
				oneSpace = false
			}
		default:
			switch {
			case space:
				verbatim = verbatim && oneSpace
				space = false
			case len(para) == 0:
				start = at
			}
			if r == utf8.RuneError && n == 1 {
				verbatim = false // an invalid byte, as U+FFFD
			}
			para = utf8.AppendRune(para, r)
			end = i
		}
	}
	w.paragraph(para, text[start:end], verbatim, space)
	return w.lines
}

// isSpace reports whether r is white space that collapses: all Unicode
// white space but the no-break spaces.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\v', '\f':
		return true
	case 0xA0, 0x2007, 0x202F:
		return false
	}
	return r > 0x7F && unicode.IsSpace(r)
}

// softHyphen may break a word, and shows as a hyphen only there.
const softHyphen = "\u00ad"

// wrapper fills lines.
type wrapper struct {
	mt    meter
	lang  journey.Lang
	lines []string
	blank int // blank lines since the last paragraph with text

	// The paragraph being wrapped, and what is known of it so far, so that
	// no part of it is looked at again for every line.
	p      string
	breaks lineBreaks // UAX #14 on the line being filled, and perhaps beyond
	next   lineBreaks // UAX #14 where that line ends, when at a break
	word   word       // the word found last
	run    [2]int     // the run of letters hyphenated last, p[run[0]:run[1]]
	points []int      // where the patterns allow a hyphen in it, in p
}

// paragraph wraps a paragraph, para, with no hard breaks and no runs of
// spaces, and perhaps a space at the end; text is para when verbatim.
func (w *wrapper) paragraph(para []byte, text string, verbatim, space bool) {
	if space {
		para = para[:len(para)-1]
	}
	if len(para) == 0 {
		if len(w.lines) > 0 {
			w.blank++
		}
		return
	}
	for ; w.blank > 0; w.blank-- {
		w.lines = append(w.lines, "")
	}
	p := text
	if !verbatim {
		p = string(para)
	}
	w.p = p
	w.breaks = lineBreaks{p: p, last: 0, done: 0, state: -1}
	w.next = w.breaks
	w.word = word{}
	w.run, w.points = [2]int{}, w.points[:0]
	for pos := 0; pos < len(p); {
		end, withHyphen := w.line(pos)
		line := strings.TrimSuffix(p[pos:end], " ")
		if withHyphen {
			line = strings.TrimSuffix(line, softHyphen) + "-"
		}
		if w.lines == nil {
			w.lines = make([]string, 0, 4)
		}
		w.lines = append(w.lines, line)
		pos = end
		if pos < len(p) && p[pos] == ' ' {
			pos++
		}
	}
}

// line returns where the line that starts at pos ends, and whether it
// takes a hyphen there.
func (w *wrapper) line(pos int) (end int, withHyphen bool) {
	p, mt := w.p, &w.mt
	over := mt.overAt(p[pos:])
	if over < 0 {
		return len(p), false // the last line
	}
	mt.reset()
	end = -1
	a := pos
	// The segmentation goes on from where it is, when the line starts in
	// or after the last segment found (which holds no break), or from where
	// the line before ended, at a break that UAX #14 allows; else it starts
	// afresh.
	switch {
	case w.breaks.last <= pos:
	case w.next.done == pos:
		w.breaks = w.next
	default:
		w.breaks = lineBreaks{p: p, last: pos, done: pos, state: -1}
	}
	r := -1
	if mt.f != nil { // with another Measurer, over is the end
		r = w.breaks.skipTo(pos, pos+over)
	}
	if r > pos {
		// The line up to r is not segmented, and was measured by overAt.
		body := r
		if p[r-1] == ' ' {
			body--
		}
		if body == pos+mt.spaceAt {
			mt.sh = mt.beforeSpace
		} else {
			mt.addString(p[pos:body])
		}
		if mt.visible() && mt.fits(false) && (body < r || !w.wordAt(body-1).literal) {
			end, w.next = body, w.breaks
			// UAX #14 allows no break inside a run of ASCII letters and
			// digits (LB23, LB25, LB28): when the line goes over in one,
			// r is the last break that fits.
			if isAlnumRun(p[r : pos+over]) {
				return end, false
			}
		}
		if body < r {
			mt.add(' ')
		}
		a = r
	}
	state := -1
	for a < len(p) {
		var b int
		b, state = nextCluster(p, a, state)
		body := b // the cluster without a space that ends it
		if p[b-1] == ' ' {
			body--
		}
		mt.addString(p[a:body])
		if w.breaks.allowed(b) {
			soft := p[a:b] == softHyphen
			// Inside a URL or the like, only the space after it is a
			// break.
			if mt.visible() && mt.fits(soft) && (body < b || !w.wordAt(a).literal) {
				end, withHyphen, w.next = body, soft, w.breaks
			}
		}
		if body < b {
			mt.add(' ')
		}
		if mt.over() {
			break
		}
		a = b
	}
	if end < 0 {
		return w.breakWord(pos)
	}
	return end, withHyphen
}

// breakWord returns where to end the line that starts at pos, when no
// break that UAX #14 allows fits, and whether a hyphen is added: at the
// last space, break in a URL or the like, or place the patterns allow
// that fits, or else after the last cluster that fits.
func (w *wrapper) breakWord(pos int) (end int, withHyphen bool) {
	p, mt := w.p, &w.mt
	mt.reset()
	word := w.wordAt(pos)
	patterns := hyphenation(w.lang)
	split, fit, first := -1, -1, -1
	state := -1
	for a := pos; a < len(p); {
		var b int
		b, state = nextCluster(p, a, state)
		body := b // the cluster without a space that ends it
		if p[b-1] == ' ' {
			body--
		}
		mt.addString(p[a:body])
		if first < 0 && body > pos && (body < b || mt.visible()) {
			first = body // a space, or the first cluster with a width
		}
		if mt.visible() && mt.fits(false) {
			fit = body
			switch {
			case body < b:
				// A space where UAX #14 allows no break (before '/' or
				// '!', say) is still better than inside a word.
				split, withHyphen = body, false
			case word.literal:
				if b < word.end && isLiteralBreak(p, b, word.url) {
					split, withHyphen = b, false
				}
			case patterns != nil && w.isPoint(a, b, patterns) && mt.fits(true):
				split, withHyphen = b, true
			}
		}
		if body < b {
			mt.add(' ')
			word = w.wordAt(b)
		}
		if mt.over() {
			break
		}
		a = b
	}
	switch {
	case split > 0:
		return split, withHyphen
	case fit > 0:
		return fit, false
	case first > 0:
		return first, false
	}
	return len(p), false // nothing with a width
}

// nextCluster returns where the grapheme cluster that starts at a in p
// ends, given uniseg's state after the one before, and its state after
// this one.
func nextCluster(p string, a, state int) (b, newState int) {
	// UAX #29 puts a boundary between any two ASCII characters but CR LF,
	// which a paragraph does not hold: uniseg is asked only when a
	// character that is not ASCII is next.
	if p[a] < utf8.RuneSelf && (a+1 == len(p) || p[a+1] < utf8.RuneSelf) {
		return a + 1, -1
	}
	cluster, _, _, state := uniseg.FirstGraphemeClusterInString(p[a:], state)
	return a + len(cluster), state
}

// lineBreaks finds, with uniseg, the places where UAX #14 allows a line of
// a paragraph to break, a segment (the text between two of them) at a
// time, as far as asked.
type lineBreaks struct {
	p     string
	last  int // where the last segment found starts
	done  int // p is segmented up to done, where a line may break
	state int // uniseg's state there
}

// skipTo moves the segmentation on to the last place in p[from:to] where
// it can start afresh, when that is beyond what is segmented, so that the
// line before it need not be segmented at all, and returns that place, or
// -1. Such a place follows a printable ASCII character (no bracket nor
// quote) and a space, or a CJK ideograph: the rules of UAX #14 decide the
// breaks after these by what follows alone (TestLineBreaksSkip). Whether
// a line may break at the place itself is asked of uniseg (a space allows
// no break before ')' or '!', say); when it may not, there is no skipping.
func (lb *lineBreaks) skipTo(from, to int) int {
	p := lb.p
	for i := to - 2; i >= from && i+2 > lb.done; i-- {
		var c, r int // the last character before r, where the line may break
		switch {
		case p[i+1] == ' ' && isPlain(p[i]) && i+2 < len(p):
			c, r = i+1, i+2
			if isAlnum(p[r]) {
				// The common case, without asking: a space allows a
				// break before a letter or digit (LB18).
				lb.last, lb.done, lb.state = r, r, -1
				return r
			}
		case p[i] >= 0xE4 && p[i] <= 0xE9 && i+3 < to && isIdeograph(p[i:]):
			c, r = i, i+3
		default:
			continue
		}
		segment, _, _, state := uniseg.FirstLineSegmentInString(p[i:], -1)
		if i+len(segment) != r {
			return -1 // no break there
		}
		if b, _ := nextCluster(p, c, -1); b != r {
			return -1 // a mark after it
		}
		lb.last, lb.done, lb.state = r, r, state
		return r
	}
	return -1
}

// isPlain reports whether UAX #14 decides the breaks after c and a space
// by what follows alone: c is printable ASCII, but no bracket or quote
// (LB14 to LB17 look back across spaces to those).
func isPlain(c byte) bool {
	return c > ' ' && c < 0x7F && strings.IndexByte("([{}])\"'", c) < 0
}

// isIdeograph reports whether s starts with a CJK unified ideograph.
func isIdeograph(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x4E00 && r <= 0x9FFF
}

// allowed reports whether a line may break before p[k]. Each k asked is
// beyond the one before.
func (lb *lineBreaks) allowed(k int) bool {
	for lb.done < k {
		var segment string
		segment, _, _, lb.state = uniseg.FirstLineSegmentInString(lb.p[lb.done:], lb.state)
		lb.last = lb.done
		lb.done += len(segment)
	}
	return lb.done == k && k < len(lb.p)
}

// isPoint reports whether the patterns allow a hyphen after the cluster
// p[a:b]: inside a run of letters, where they place one.
func (w *wrapper) isPoint(a, b int, patterns *hyphen.Patterns) bool {
	p := w.p
	if a < w.run[0] || a >= w.run[1] {
		r, n := utf8.DecodeRuneInString(p[a:])
		if !unicode.IsLetter(r) {
			return false
		}
		// A new run: hyphenate it whole.
		start := a
		for start > 0 {
			r, n := utf8.DecodeLastRuneInString(p[:start])
			if !unicode.IsLetter(r) {
				break
			}
			start -= n
		}
		end := a + n
		for end < len(p) {
			r, n := utf8.DecodeRuneInString(p[end:])
			if !unicode.IsLetter(r) {
				break
			}
			end += n
		}
		w.run = [2]int{start, end}
		if w.points == nil {
			w.points = make([]int, 0, 16)
		}
		w.points = patterns.Hyphenate(w.points[:0], p[start:end])
		for i := range w.points {
			w.points[i] += start
		}
	}
	_, found := slices.BinarySearch(w.points, b)
	return found
}

// hyphenation returns the hyphenation patterns of a language, or nil.
func hyphenation(lang journey.Lang) *hyphen.Patterns {
	switch lang {
	case journey.English:
		return hyphen.English()
	case journey.Dutch:
		return hyphen.Dutch()
	}
	return nil
}

// word is a run of text without spaces.
type word struct {
	start, end int
	// literal: a URL, an e-mail address, a path, a file or domain name, an
	// identifier with '_' or a number, which is copied as it is written,
	// and so never hyphenated.
	literal bool
	url     bool
}

// wordAt returns the word that holds p[pos], which is no space.
func (w *wrapper) wordAt(pos int) word {
	if pos >= w.word.start && pos < w.word.end {
		return w.word
	}
	p := w.p
	start := strings.LastIndexByte(p[:pos], ' ') + 1
	end := strings.IndexByte(p[pos:], ' ')
	if end < 0 {
		end = len(p)
	} else {
		end += pos
	}
	token := p[start:end]
	url := isURL(token)
	w.word = word{
		start: start, end: end, url: url,
		literal: url || strings.ContainsAny(token, "@/\\_") || isNumberOrName(token),
	}
	return w.word
}

// isNumberOrName reports whether token is a number (digits and no
// letters), or has a '.' between two letters or digits: a file or domain
// name, or a decimal point.
func isNumberOrName(token string) bool {
	digits, letters := false, false
	for i := 0; i < len(token); i++ {
		c := token[i]
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c >= utf8.RuneSelf || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters = true
		case c == '.' && i > 0 && i+1 < len(token) && isAlnum(token[i-1]) && isAlnum(token[i+1]):
			return true
		}
	}
	return digits && !letters
}

// isURL reports whether token is a URL: it has a scheme, or starts with
// "www.".
func isURL(token string) bool {
	return strings.Contains(token, "://") || len(token) > 4 && strings.EqualFold(token[:4], "www.")
}

// isAlnumRun reports whether s is ASCII letters and digits.
func isAlnumRun(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlnum(s[i]) {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isLiteralBreak reports whether a URL or the like may be broken before
// p[b]: after '/', '.', '-' or '_' (in a URL also '?', '&' or '='), but
// not between two of these, nor at a decimal point.
func isLiteralBreak(p string, b int, url bool) bool {
	isBreak := func(c byte) bool {
		return strings.IndexByte("/.-_", c) >= 0 || url && strings.IndexByte("?&=", c) >= 0
	}
	c, next := p[b-1], p[b]
	switch {
	case !isBreak(c), isBreak(next):
		return false
	case c == '.' && b >= 2 && isDigit(p[b-2]) && isDigit(next):
		return false
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// meter measures a line as it grows: with the widths of DejaVu in f,
// quickly, or else by asking m for the width of the line.
type meter struct {
	m     Measurer
	size  float64
	bold  bool
	width float64
	f     *face
	limit int // with f: the most units that fit in width
	sh    shaper
	buf   []byte
	// overAt's last space, where in s it is and the line before it, or
	// -1.
	spaceAt     int
	beforeSpace shaper
}

// limit is the most units that fit in width at size: the largest u with
// f.px(u, size) <= width, so that comparing units with it is comparing
// the width a line measures; -1 when not even 0 fits.
func (f *face) limit(size, width float64) int {
	switch {
	case !(f.px(0, size) <= width):
		return -1 // a width below 0, or not a number
	case size <= 0 || math.IsInf(width, 1):
		return math.MaxInt
	}
	t := math.Floor(width * f.em / size)
	if t >= 1<<50 {
		return math.MaxInt // beyond any text
	}
	u := int(t)
	for f.px(u+1, size) <= width {
		u++
	}
	for u >= 0 && f.px(u, size) > width {
		u--
	}
	return u
}

func (mt *meter) reset() {
	mt.sh = shaper{}
	mt.buf = mt.buf[:0]
}

func (mt *meter) add(r rune) {
	if mt.f != nil {
		mt.sh.add(mt.f, r)
		return
	}
	mt.buf = utf8.AppendRune(mt.buf, r)
}

func (mt *meter) addString(s string) {
	if mt.f == nil {
		mt.buf = append(mt.buf, s...)
		return
	}
	for _, r := range s {
		mt.sh.add(mt.f, r)
	}
}

// overAt returns -1 when s fits on a line of its own, or else where in s
// the line is over: with DejaVu, the end of the rune that makes any line
// that starts with s[:over] too wide; with another Measurer, len(s). With
// DejaVu, it keeps the line before the last space it passed.
func (mt *meter) overAt(s string) int {
	if mt.f == nil {
		if mt.m.Width(s, mt.size, mt.bold) <= mt.width {
			return -1
		}
		return len(s)
	}
	var sh shaper
	mt.spaceAt = -1
	for i, r := range s {
		if r == ' ' {
			mt.spaceAt, mt.beforeSpace = i, sh
		}
		sh.add(mt.f, r)
		if sh.floor() > mt.limit {
			return i + utf8.RuneLen(r)
		}
	}
	if sh.units <= mt.limit {
		return -1
	}
	return len(s)
}

// fits reports whether the line, with a hyphen added if asked, fits.
func (mt *meter) fits(withHyphen bool) bool {
	if mt.f != nil {
		if !withHyphen {
			return mt.sh.units <= mt.limit
		}
		sh := mt.sh
		sh.add(mt.f, '-')
		return sh.units <= mt.limit
	}
	s := string(mt.buf)
	if withHyphen {
		s += "-"
	}
	return mt.m.Width(s, mt.size, mt.bold) <= mt.width
}

// visible reports whether the line has a width: not only marks, format
// characters and the like.
func (mt *meter) visible() bool {
	if mt.f != nil {
		return mt.sh.units > 0
	}
	return mt.m.Width(string(mt.buf), mt.size, mt.bold) > 0
}

// over reports whether no line that starts with the runes added so far
// can fit.
func (mt *meter) over() bool {
	if mt.f != nil {
		return mt.sh.floor() > mt.limit
	}
	return mt.m.Width(string(mt.buf), mt.size, mt.bold) > mt.width
}
