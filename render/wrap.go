package render

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wrap breaks text into lines that measure at most width pixels, set by m
// at size pixels. A line wider than width holds a single character (with
// its combining marks) that is wider than width on its own.
//
//   - '\n' (and U+2028, U+2029, U+0085) breaks the line. A blank line
//     between two paragraphs stays, as an empty line; blank lines before the
//     first and after the last do not.
//   - Runs of white space collapse to one space, and lines start and end
//     with no space. No-break spaces (U+00A0, U+2007, U+202F) are kept and
//     never broken at.
//   - Lines are filled greedily, breaking at spaces, after U+200B (zero
//     width space), and between CJK characters (ideographs, kana, Hangul,
//     fullwidth forms, emoji), or between one and a letter, except before
//     closing punctuation (、。，」』）！？ and more, small kana, ー) and after
//     opening punctuation: such a character moves to the next line with
//     the one next to it.
//   - A word too long for a line of its own is broken after '-', '/', '_',
//     '.', '‐' or '–' inside it, or at a soft hyphen (U+00AD), which
//     becomes a '-', or else after the last character that fits: with a '-'
//     added between two letters of a script that hyphenates (Latin, Greek,
//     Cyrillic, Armenian, Georgian), at a syllable boundary when one is
//     near, and leaving at least two letters on either side when it can.
//
// Empty or blank text has no lines. Lines are measured as they grow: with
// DejaVu, quickly, in font units; another Measurer is asked for the width
// of each line it might take.
func wrap(m Measurer, text string, size float64, bold bool, width float64) []string {
	w := wrapper{mt: meter{m: m, size: size, bold: bold, width: width}}
	if d, ok := m.(dejaVu); ok {
		w.mt.f = d.face(bold)
		w.mt.limit = w.mt.f.limit(size, width)
	}
	// A paragraph: its runes, normalised. When normalising changed nothing
	// but spaces at its ends, it is text[start:end], and its lines are
	// slices of text, with no copying.
	var stack [256]rune
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
			para = append(para, rune(c))
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
		case r == ' ' || r == '\t' || r == '\r' || r == '\v' || r == '\f' || r >= 0x80 && isSpace(r):
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
			para = append(para, r)
			end = i
		}
	}
	w.paragraph(para, text[start:end], verbatim, space)
	return w.lines
}

// isSpace reports whether r is white space that collapses and may be
// broken at: all Unicode white space but the no-break spaces.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\v', '\f':
		return true
	case 0xA0, 0x2007, 0x202F:
		return false
	}
	return r > 0x7F && unicode.IsSpace(r)
}

// wrapper fills lines.
type wrapper struct {
	mt    meter
	lines []string
	// The last places, up to len(cands), where a word may be broken: the
	// i-th is cands[i%len(cands)], for i below ncands.
	cands  [16]candidate
	ncands int
	blank  int // blank lines since the last paragraph with text
}

// candidate is a place in a word where a line can end, and whether a
// hyphen is added there.
type candidate struct {
	k      int
	hyphen bool
}

// paragraph wraps the runes of a paragraph, rs, with no hard breaks and no
// runs of spaces, and perhaps a space at the end; text is rs as UTF-8 when
// verbatim.
func (w *wrapper) paragraph(rs []rune, text string, verbatim, space bool) {
	if space {
		rs = rs[:len(rs)-1]
	}
	if len(rs) == 0 {
		if len(w.lines) > 0 {
			w.blank++
		}
		return
	}
	for ; w.blank > 0; w.blank-- {
		w.lines = append(w.lines, "")
	}
	if !verbatim {
		text = string(rs)
	}
	n := len(rs)
	wordEnd := 0 // the end of the unbreakable run found last
	at := 0      // where rs[pos] starts in text
	for pos := 0; pos < n; {
		end, hyphen := w.fill(rs, pos)
		if end < 0 {
			if wordEnd <= pos {
				wordEnd = nextBreak(rs, pos)
			}
			end, hyphen = w.breakWord(rs, pos, wordEnd)
		}
		to := at
		for _, r := range rs[pos:end] {
			if r < utf8.RuneSelf {
				to++
			} else {
				to += utf8.RuneLen(r)
			}
		}
		w.emit(text[at:to], hyphen)
		pos, at = end, to
		if pos < n && rs[pos] == ' ' {
			pos, at = pos+1, at+1
		}
	}
}

// emit adds a line.
func (w *wrapper) emit(line string, hyphen bool) {
	if w.lines == nil {
		w.lines = make([]string, 0, 4)
	}
	if hyphen {
		// A soft hyphen where the line breaks shows as a hyphen.
		line = strings.TrimSuffix(line, "\u00ad") + "-"
	}
	w.lines = append(w.lines, line)
}

// fill returns the end of the longest line from pos that ends at a break
// and fits, or -1 when the first word from pos does not fit.
func (w *wrapper) fill(rs []rune, pos int) (end int, hyphen bool) {
	mt := &w.mt
	mt.reset()
	end = -1
	for k := pos + 1; k <= len(rs); k++ {
		mt.add(rs[k-1])
		if k == len(rs) || rs[k] == ' ' || (rs[k-1] >= 0x1100 || rs[k] >= 0x1100) && canBreak(rs, k) {
			if mt.fits(false) {
				end = k
			} else if mt.over() {
				break
			}
		} else if mt.f != nil && mt.over() {
			break
		}
	}
	return end, false
}

// nextBreak is the end of the unbreakable run that starts at pos.
func nextBreak(rs []rune, pos int) int {
	for k := pos + 1; k < len(rs); k++ {
		if rs[k] == ' ' || (rs[k-1] >= 0x1100 || rs[k] >= 0x1100) && canBreak(rs, k) {
			return k
		}
	}
	return len(rs)
}

// breakWord breaks the run rs[pos:end], which is too long for a line.
func (w *wrapper) breakWord(rs []rune, pos, end int) (int, bool) {
	mt := &w.mt
	mt.reset()
	w.ncands = 0
	split := -1 // the last break after '-', '/', '_' or '.' that fits
	for k := pos + 1; k < end; k++ {
		mt.add(rs[k-1])
		if isContinuation(rs, k) {
			continue
		}
		if c := rs[k-1]; k-1 > pos && (isSplitter(c) && !isSplitter(rs[k]) && !(c == '.' && isDigit(rs[k-2]) && isDigit(rs[k])) || c == 0xAD) {
			if mt.fits(c == 0xAD) {
				split = k
			}
		}
		if split < 0 {
			h := hyphenates(rs, k) || rs[k-1] == 0xAD
			if mt.fits(h) {
				w.cands[w.ncands%len(w.cands)] = candidate{k, h}
				w.ncands++
			}
		}
		if mt.over() {
			break
		}
	}
	switch {
	case split > 0:
		return split, rs[split-1] == 0xAD
	case w.ncands == 0:
		// Not even one character fits: it stands alone.
		k := pos + 1
		for k < end && isContinuation(rs, k) {
			k++
		}
		return k, false
	}
	var buf [len(w.cands)]candidate
	cands := buf[:0] // in order
	for i := max(0, w.ncands-len(w.cands)); i < w.ncands; i++ {
		cands = append(cands, w.cands[i%len(w.cands)])
	}
	c := chooseBreak(rs, pos, end, cands)
	return c.k, c.hyphen
}

// chooseBreak picks where to break a word that must be broken, from the
// candidates that fit, in order: the last, unless a syllable boundary, or
// at least a place that leaves two letters on either side, is near it.
func chooseBreak(rs []rune, pos, end int, cands []candidate) candidate {
	last := cands[len(cands)-1]
	if !last.hyphen {
		return last
	}
	// Give up at most a third of the line for a better break.
	lo := pos + (last.k-pos)*2/3
	for i := len(cands) - 1; i >= 0 && cands[i].k >= lo; i-- {
		c := cands[i]
		if !c.hyphen || c.k-pos >= 2 && end-c.k >= 3 && syllableBreak(rs, pos, c.k, end) {
			return c
		}
	}
	for i := len(cands) - 1; i >= 0 && cands[i].k >= lo; i-- {
		if c := cands[i]; c.k-pos >= 2 && end-c.k >= 2 {
			return c
		}
	}
	return last
}

// canBreak reports whether a line may end between rs[k-1] and rs[k]
// without breaking a word: at a space (which is dropped), after a zero
// width space, or next to a CJK character.
func canBreak(rs []rune, k int) bool {
	a, b := rs[k-1], rs[k]
	switch {
	case b == ' ':
		return true
	case a == ' ':
		return false
	case a == 0x200B:
		return !isContinuation(rs, k)
	case a < 0x1100 && b < 0x1100:
		return false // no CJK: the common case
	case !isCJK(a) && !isCJK(b):
		return false
	case isContinuation(rs, k), isGlue(a), isGlue(b):
		return false
	}
	return !noBreakBefore(b) && !noBreakAfter(a)
}

// isCJK reports whether a line may break before and after r, as between
// the characters of Chinese and Japanese, and between emoji.
func isCJK(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3040 && r <= 0x30FF:
		return true
	case r >= 0xFF61 && r <= 0xFFDC, r >= 0xFFE8 && r <= 0xFFEE: // halfwidth forms
		return true
	case r >= 0x1F000 && r <= 0x1FAFF:
		return unicode.Is(unicode.So, r)
	}
	return isWide(r)
}

// isGlue reports whether r joins the characters on either side of it.
func isGlue(r rune) bool {
	return r == 0xA0 || r == 0x2007 || r == 0x202F || r == 0x2060 || r == 0xFEFF
}

// noBreakBefore reports whether r may not start a line: closing brackets
// and quotes, punctuation that follows a word, small kana and marks of
// iteration and prolonged sound.
func noBreakBefore(r rune) bool {
	switch r {
	case ')', ']', '}', ',', '.', ':', ';', '!', '?', '%',
		'、', '。', '，', '．', '：', '；', '！', '？', '）', '］', '｝', '」', '』', '】', '〕', '〉', '》', '〙', '〗', '〛', '〟',
		'’', '”', '｠', '»', '›', '‥', '…', '‼', '⁇', '⁈', '⁉', '・', 'ー', '゠', '〜', '～', 'ゝ', 'ゞ', 'ヽ', 'ヾ', '々', '〻',
		'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ', 'っ', 'ゃ', 'ゅ', 'ょ', 'ゎ', 'ゕ', 'ゖ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ッ', 'ャ', 'ュ', 'ョ', 'ヮ', 'ヵ', 'ヶ',
		'｡', '｣', '､', '･', 'ｰ', 'ｧ', 'ｨ', 'ｩ', 'ｪ', 'ｫ', 'ｬ', 'ｭ', 'ｮ', 'ｯ', '％', '‰', '℃', '°':
		return true
	}
	return r >= 0x31F0 && r <= 0x31FF // small katakana for Ainu
}

// noBreakAfter reports whether r may not end a line: opening brackets and
// quotes.
func noBreakAfter(r rune) bool {
	switch r {
	case '(', '[', '{', '（', '［', '｛', '「', '『', '【', '〔', '〈', '《', '〘', '〖', '〚', '〝', '‘', '“', '｟', '«', '‹', '｢':
		return true
	}
	return false
}

// isContinuation reports whether rs[k] belongs to the character before
// it: a combining mark, a variation selector, a joiner or what follows
// one, an emoji modifier or tag, the second letter of a flag.
func isContinuation(rs []rune, k int) bool {
	a, b := rs[k-1], rs[k]
	switch {
	case a == 0x200D || b == 0x200D:
		return true
	case isRegional(a) && isRegional(b):
		// Flags are pairs of regional indicators.
		n := 1
		for i := k - 2; i >= 0 && isRegional(rs[i]); i-- {
			n++
		}
		return n%2 == 1
	case b < 0x0300, b >= 0x30A0 && b <= 0xA66E, b >= 0xAC00 && b <= 0xD7A3:
		return false // no marks in Latin-1, nor from katakana to CJK ideographs and Yi, nor in Hangul
	case b >= 0x1F3FB && b <= 0x1F3FF, b >= 0xE0020 && b <= 0xE007F:
		return true
	}
	return unicode.In(b, unicode.Mn, unicode.Me, unicode.Mc)
}

func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// isSplitter reports whether a long word may be broken after r.
func isSplitter(r rune) bool {
	return r == '-' || r == '/' || r == '_' || r == '.' || r == 0x2010 || r == 0x2013
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// hyphenates reports whether a word broken between rs[k-1] (with the
// marks before it) and rs[k] takes a hyphen: between two letters of a
// script that hyphenates.
func hyphenates(rs []rune, k int) bool {
	i := k - 1
	for i > 0 && isContinuation(rs, i) {
		i--
	}
	return hyphenLetter(rs[i]) && hyphenLetter(rs[k])
}

// hyphenLetter reports whether r is a letter of a script whose words are
// hyphenated when broken: Latin, Greek, Cyrillic, Armenian and Georgian.
func hyphenLetter(r rune) bool {
	switch {
	case r < 0x0590, r >= 0x10A0 && r <= 0x10FF, r >= 0x1C80 && r <= 0x1CBF,
		r >= 0x1D00 && r <= 0x1FFF, r >= 0x2C00 && r <= 0x2DFF,
		r >= 0xA640 && r <= 0xA69F, r >= 0xA720 && r <= 0xA7FF,
		r >= 0xAB30 && r <= 0xAB6F, r >= 0xFB00 && r <= 0xFB17:
		return unicode.IsLetter(r)
	}
	return false
}

// syllableBreak reports whether breaking the word rs[pos:end] at k looks
// like a break between syllables: both parts have a vowel, and the second
// starts with the consonants before a vowel (te-vreden, klant-te, on-der).
// It is a heuristic for Dutch, English, German and their like, with no
// dictionary; a compound is often broken where its parts meet.
func syllableBreak(rs []rune, pos, k, end int) bool {
	at := func(i int) rune {
		if i < pos || i >= end {
			return 0
		}
		return unicode.ToLower(rs[i])
	}
	if !hasVowel(rs[pos:k]) || !hasVowel(rs[k:end]) {
		return false
	}
	a, b, c, d := at(k-1), at(k), at(k+1), at(k+2)
	switch {
	case !unicode.IsLetter(a) || !unicode.IsLetter(b) || isVowel(b):
		return false
	case a == 'i' && b == 'j', a == 's' && b == 'c' && c == 'h':
		return false
	case b == 's' && c == 'c' && d == 'h':
		return true
	case isVowel(c):
		return isVowel(a) || !onset(a, b)
	}
	return onset(b, c) && isVowel(d)
}

// onset reports whether a syllable may start with the consonants a, b.
func onset(a, b rune) bool {
	if b == 'l' || b == 'r' {
		return strings.ContainsRune("bcdfgkptvw", a)
	}
	return b == 'h' && strings.ContainsRune("cpst", a)
}

func hasVowel(rs []rune) bool {
	for _, r := range rs {
		if isVowel(unicode.ToLower(r)) {
			return true
		}
	}
	return false
}

// isVowel reports whether the lower-case letter r is a vowel.
func isVowel(r rune) bool {
	return strings.ContainsRune("aeiouyàáâãäåæèéêëìíîïòóôõöøœùúûüýÿāăąēĕėęěīĭįıōŏőūŭůűųаеёиоуыэюяіїєαεηιουωάέήίόύώ", r)
}

// meter measures a line as it grows, one rune at a time: with the widths
// of DejaVu in f, quickly, or else by asking m for the width of the line.
type meter struct {
	m     Measurer
	size  float64
	bold  bool
	width float64
	f     *face
	limit int // with f: the most units that fit in width
	sh    shaper
	buf   []rune
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
	mt.buf = append(mt.buf, r)
}

// fits reports whether the line, with a hyphen added if asked, fits.
func (mt *meter) fits(hyphen bool) bool {
	if mt.f != nil {
		if !hyphen {
			return mt.sh.units <= mt.limit
		}
		sh := mt.sh
		sh.add(mt.f, '-')
		return sh.units <= mt.limit
	}
	s := string(mt.buf)
	if hyphen {
		s += "-"
	}
	return mt.m.Width(s, mt.size, mt.bold) <= mt.width
}

// over reports whether no line that starts with the runes added so far
// can fit.
func (mt *meter) over() bool {
	if mt.f != nil {
		return mt.sh.floor() > mt.limit
	}
	return mt.m.Width(string(mt.buf), mt.size, mt.bold) > mt.width
}
