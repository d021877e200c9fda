package render

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/journeymap/journeymap/journey"
	"github.com/rivo/uniseg"
)

// wrap breaks text, in the language lang, into lines that measure at most
// width pixels, set by m at size pixels.
//
//   - '\n' (and U+2028, U+2029, U+0085) ends a paragraph. A blank line
//     between two paragraphs stays, as an empty line; blank lines before the
//     first and after the last do not.
//   - Runs of white space collapse to one space, and lines start and end
//     with no space. No-break spaces (U+00A0, U+2007, U+202F) are kept. A
//     word of no width (a soft hyphen, a zero-width space, a mark and the
//     like, between spaces) counts as white space.
//   - A paragraph is filled greedily: each line is the longest that fits
//     and ends where the Unicode line breaking algorithm (UAX #14, from
//     github.com/rivo/uniseg) allows a break: at a space, after a hyphen or
//     U+200B, between CJK characters but not before closing punctuation nor
//     after opening punctuation, and more. A line that ends at a soft
//     hyphen (U+00AD) shows a '-' there. No line is broken inside a
//     grapheme cluster (UAX #29): a letter and its marks, an emoji sequence
//     and a flag stay whole.
//   - A URL, an e-mail address, a path, a file or domain name, an
//     identifier or a number is copied as it is written: it is not broken
//     where UAX #14 allows, but moves to the next line whole. It is a run
//     of ASCII letters, digits and URL punctuation (see isLiteralByte)
//     that holds "://", '@', '/', '\', '_', a '.' between two letters or
//     digits, or digits and no letters; or starts with "www.". Anything
//     else ends it, a space or a CJK character, so that in CJK text, which
//     has no spaces, the text around "A/B" or "3.5" still breaks where
//     UAX #14 allows. Letters glued to it (as in ".../wiki/Überweisung")
//     are not hyphenated.
//   - When no break that UAX #14 allows fits, the line ends at the last of
//     these that fits: a space (where UAX #14 allows no break, as before
//     '!' or '/'); in a URL or the like, after '/', '\', '.', '-' or '_'
//     (in a URL also '?', '&' or '='), but not between two of them nor at
//     a decimal point, and with no hyphen; in any other word, where the TeX
//     hyphenation patterns of the language allow a hyphen in a run of
//     letters (en: American English, nl: Dutch; no hyphens in other
//     languages), with a hyphen.
//   - When none fits, the line ends after the last grapheme cluster that
//     fits, with no hyphen: the patterns allowed none there.
//   - Every line has a width at both ends, so that none draws as a blank
//     line, or as a space where it starts or ends: a line ends inside a
//     word only where both parts of the word have a width. A line that
//     ends at a soft hyphen shows a '-' there: where the '-' does not fit,
//     the line ends before the soft hyphen. A cluster wider than width on
//     its own is a line of its own, with the characters of no width around
//     it in its word.
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
	noWidth := false                // a word of para starts with a rune of no width
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
			w.paragraph(para, text[start:end], verbatim, noWidth, space)
			para, verbatim, noWidth, space = para[:0], true, false, false
		case isSpace(r):
			if len(para) > 0 && !space {
				para = append(para, ' ')
				space, oneSpace = true, r == ' '
			} else {
				oneSpace = false
			}
		default:
			if (space || len(para) == 0) && !w.mt.hasWidth(r) {
				noWidth = true // perhaps a word of no width, to drop
			}
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
	w.paragraph(para, text[start:end], verbatim, noWidth, space)
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

	// The paragraph being wrapped, and what is known of it, so that no
	// part of it is looked at again for every line.
	p        string
	breaks   []int   // where UAX #14 allows a line to break, in order; nil until asked
	breakBuf [32]int // holds breaks when they are few
	word     word    // the word found last
	run      [2]int  // the run of letters hyphenated last, p[run[0]:run[1]]
	points   []int   // where the patterns allow a hyphen in it, in p
	seen     seen    // what widthFrom found last
}

// seen is what widthFrom found last: no rune of p[from:to] has a width or
// is a space; at is to when p[to] is a rune with a width, and -1 when it
// is a space or the end of p.
type seen struct{ from, to, at int }

// paragraph wraps a paragraph, para, with no hard breaks and no runs of
// spaces, and perhaps a space at the end; text is para when verbatim.
// Unless noWidth, no word of para starts with a rune of no width, and so
// none has no width.
func (w *wrapper) paragraph(para []byte, text string, verbatim, noWidth, space bool) {
	if space {
		para = para[:len(para)-1]
	}
	p := ""
	if len(para) > 0 {
		p = text
		if !verbatim {
			p = string(para)
		}
	}
	if noWidth {
		p = w.dropNoWidth(p)
	}
	if p == "" {
		if len(w.lines) > 0 {
			w.blank++
		}
		return
	}
	for ; w.blank > 0; w.blank-- {
		w.lines = append(w.lines, "")
	}
	w.p, w.breaks, w.word, w.seen = p, nil, word{}, seen{from: 1, to: 0}
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

// dropNoWidth returns p without its words of no width: soft hyphens,
// zero-width spaces, marks and the like between spaces, which count as
// white space. Kept, such a word drew as a blank line of its own, or as a
// space where a line started or ended, or as two in a row.
func (w *wrapper) dropNoWidth(p string) string {
	w.p, w.seen = p, seen{from: 1, to: 0}
	var kept []byte // nil while nothing is dropped
	for start := 0; start < len(p); {
		end := strings.IndexByte(p[start:], ' ')
		if end < 0 {
			end = len(p)
		} else {
			end += start
		}
		if w.widthFrom(start) < 0 {
			if kept == nil { // the first word dropped: keep those before it
				kept = append(make([]byte, 0, len(p)), strings.TrimSuffix(p[:start], " ")...)
			}
		} else if kept != nil {
			if len(kept) > 0 {
				kept = append(kept, ' ')
			}
			kept = append(kept, p[start:end]...)
		}
		start = end + 1
	}
	if kept == nil {
		return p
	}
	return string(kept)
}

// canBreak reports whether a line may end at body, and the next start at
// b, past the space when the line ends at one. The line's last word must
// have a width before body (its first rune with a width is at tailWidth,
// as widthFrom found it), so that the line is not blank and does not end
// in a space behind a soft hyphen or the like. When the line ends inside a
// word, so must the rest of the word, for the same reasons on the next
// line.
func (w *wrapper) canBreak(tailWidth, body, b int) bool {
	return tailWidth >= 0 && tailWidth < body && (body < b || b == len(w.p) || w.widthFrom(b) >= 0)
}

// widthFrom returns where the first rune with a width is in p[from:], up
// to its first space: -1 when there is none, when the word is only soft
// hyphens, zero-width spaces, marks and the like. Asked again for a place
// further on in the same run of characters of no width, it answers from
// what it found, so that a long run of them is not read again for each.
func (w *wrapper) widthFrom(from int) int {
	p := w.p
	if from < len(p) && p[from] > ' ' && p[from] < 0x7F {
		return from // printable ASCII, which has a width in any font, quickly
	}
	if from >= w.seen.from && from <= w.seen.to {
		return w.seen.at
	}
	w.seen = seen{from: from, to: len(p), at: -1}
	for i, r := range p[from:] {
		if r == ' ' {
			w.seen.to = from + i
			break
		}
		if w.mt.hasWidth(r) {
			w.seen.to, w.seen.at = from+i, from+i
			break
		}
	}
	return w.seen.at
}

// line returns where the line that starts at pos ends, and whether it
// takes a hyphen there: at the last break UAX #14 allows that fits, or
// else where breakWord says.
func (w *wrapper) line(pos int) (end int, withHyphen bool) {
	p, mt := w.p, &w.mt
	if mt.fitsWhole(p[pos:]) {
		return len(p), false // the last line
	}
	mt.reset()
	end = -1
	from := pos
	tailWidth := w.widthFrom(pos) // where the line's last word has a width
	breaks := w.lineBreaks()
	i, _ := slices.BinarySearch(breaks, pos+1)
	for _, b := range breaks[i:] {
		body := b // the segment without the space that ends it
		if p[b-1] == ' ' {
			body--
		}
		mt.addString(p[from:body])
		if mt.over() {
			// Neither this break nor a later one fits. (And the segment,
			// a long word, perhaps, was not measured to its end; or, past
			// a space that did not fit, hardly begun.)
			break
		}
		if i := strings.LastIndexByte(p[from:body], ' '); i >= 0 {
			tailWidth = w.widthFrom(from + i + 1) // a space where UAX #14 allows no break
		}
		soft := strings.HasSuffix(p[from:b], softHyphen)
		// Inside a URL or the like, UAX #14's breaks are not used; a space
		// is never inside one.
		if b < len(p) && mt.fits(soft) && (body < b || !w.insideLiteral(b)) && w.canBreak(tailWidth, body, b) {
			end, withHyphen = body, soft
		}
		if body < b {
			mt.add(' ')
			if b < len(p) {
				tailWidth = w.widthFrom(b)
			}
		}
		from = b
	}
	if end < 0 {
		return w.breakWord(pos)
	}
	return end, withHyphen
}

// lineBreaks returns where UAX #14 allows a line of the paragraph to break,
// in order, and its end: found with uniseg, or, for plain prose, by the
// rule UAX #14 gives there (see plainBreaks). The paragraph is segmented
// the first time a line of it does not fit.
func (w *wrapper) lineBreaks() []int {
	if w.breaks == nil {
		w.breaks = make([]int, 0, 16)
		if !plainBreaks(w.p, &w.breaks) {
			w.breaks = w.breaks[:0]
			state := -1
			for done := 0; done < len(w.p); {
				var segment string
				segment, _, _, state = uniseg.FirstLineSegmentInString(w.p[done:], state)
				done += len(segment)
				w.breaks = append(w.breaks, done)
			}
		}
	}
	return w.breaks
}

// plainBreaks appends to breaks where a line of p may break, and reports
// true, when p is plain prose: ASCII letters, digits and single spaces,
// with the punctuation . , ; : ! ? only at the end of a word. There UAX #14
// allows a break after each space that punctuation does not follow, and
// nowhere else (rules LB13, LB18, LB23, LB28 and LB29); TestPlainBreaks
// checks this against uniseg. Most labels are plain prose, and this is
// several times faster than segmenting them.
func plainBreaks(p string, breaks *[]int) bool {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if strings.IndexByte(".,;:!?", c) >= 0 && (i+1 == len(p) || p[i+1] == ' ') {
			continue
		}
		if !isAlnum(c) && c != ' ' {
			return false
		}
	}
	for i := 0; i+1 < len(p); i++ {
		if p[i] == ' ' && strings.IndexByte(".,;:!?", p[i+1]) < 0 {
			*breaks = append(*breaks, i+1)
		}
	}
	*breaks = append(*breaks, len(p))
	return true
}

// breakWord returns where to end the line that starts at pos, when no
// break that UAX #14 allows fits, and whether a hyphen is added: at the
// last space, break in a URL or the like, soft hyphen with its '-', or
// place the patterns allow that fits, or else after the last cluster that
// fits, but never where canBreak says no nor just after a soft hyphen
// that shows no '-'.
func (w *wrapper) breakWord(pos int) (end int, withHyphen bool) {
	p, mt := w.p, &w.mt
	mt.reset()
	patterns := hyphenation(w.lang)
	split, fit, first := -1, -1, -1
	tailWidth := w.widthFrom(pos) // where the line's last word has a width
	state := -1
	for a := pos; a < len(p); {
		var b int
		b, state = nextCluster(p, a, state)
		body := b // the cluster without a space that ends it
		if p[b-1] == ' ' {
			body--
		}
		mt.addString(p[a:body])
		if first < 0 && mt.visible() {
			// The first cluster with a width, and the rest of its word
			// when that has none.
			first = body
			if body == b && b < len(p) && w.widthFrom(b) < 0 {
				first = len(p)
				if i := strings.IndexByte(p[b:], ' '); i >= 0 {
					first = b + i
				}
			}
		}
		// A line that ends at a soft hyphen shows a hyphen.
		soft := body == b && p[a:b] == softHyphen
		if mt.fits(false) && w.canBreak(tailWidth, body, b) {
			if !soft {
				fit = body
			}
			word := w.wordAt(a)
			switch {
			case body < b:
				// A space where UAX #14 allows no break (before '/' or
				// '!', say) is still better than inside a word.
				split, withHyphen = body, false
			case soft:
				if mt.fits(true) {
					split, withHyphen = b, true
				}
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
			if b < len(p) {
				tailWidth = w.widthFrom(b)
			}
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
