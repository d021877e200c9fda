package journey

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/journeymap/journeymap/journey/vocab"
)

// Characters a reader cannot see can make a text say something else than
// it shows: a bidi control reorders the letters after it ("Trojan Source"),
// an invisible character makes two equal-looking ids or names differ, a tag
// character smuggles text past the eye. Each one written in the file is a
// warning at its line and column, naming it; a bidi control is also left
// out of the map (render's clean), and the warning says so.

// hiddenNames are the Unicode names of the characters warned about, but
// for the tag characters, which are named by the letter they hide.
var hiddenNames = map[rune]string{
	0x202A: "LEFT-TO-RIGHT EMBEDDING",
	0x202B: "RIGHT-TO-LEFT EMBEDDING",
	0x202C: "POP DIRECTIONAL FORMATTING",
	0x202D: "LEFT-TO-RIGHT OVERRIDE",
	0x202E: "RIGHT-TO-LEFT OVERRIDE",
	0x2066: "LEFT-TO-RIGHT ISOLATE",
	0x2067: "RIGHT-TO-LEFT ISOLATE",
	0x2068: "FIRST STRONG ISOLATE",
	0x2069: "POP DIRECTIONAL ISOLATE",

	0x061C: "ARABIC LETTER MARK",
	0x115F: "HANGUL CHOSEONG FILLER",
	0x1160: "HANGUL JUNGSEONG FILLER",
	0x180E: "MONGOLIAN VOWEL SEPARATOR",
	0x200B: "ZERO WIDTH SPACE",
	0x200E: "LEFT-TO-RIGHT MARK",
	0x200F: "RIGHT-TO-LEFT MARK",
	0x2060: "WORD JOINER",
	0x2061: "FUNCTION APPLICATION",
	0x2062: "INVISIBLE TIMES",
	0x2063: "INVISIBLE SEPARATOR",
	0x2064: "INVISIBLE PLUS",
	0x3164: "HANGUL FILLER",
	0xFEFF: "ZERO WIDTH NO-BREAK SPACE",
	0xFFA0: "HALFWIDTH HANGUL FILLER",
}

// isBidiControl reports whether r is an embedding, override or isolate,
// or the end of one: the characters that reorder the text around them.
func isBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// isTag reports whether r is one of the tag characters, which mirror
// ASCII invisibly; within an emoji flag sequence (🏴 followed by tags)
// they belong there.
func isTag(r rune) bool { return r >= 0xE0000 && r <= 0xE007F }

// blackFlag starts the emoji flag sequences that tag characters spell out.
const blackFlag = 0x1F3F4

// hiddenCharacter says what is wrong with r when it is a hidden character
// written as it is in the file, and false when r is none.
func hiddenCharacter(r rune) (vocab.Phrase, bool) {
	if isBidiControl(r) {
		effect := vocab.BidiTurns
		switch r {
		case 0x202E:
			effect = vocab.BidiReverses
		case 0x202D:
			effect = vocab.BidiForcesLeftToRight
		case 0x202C, 0x2069:
			effect = vocab.BidiEnds
		}
		return vocab.Say(vocab.HiddenBidi, r, hiddenNames[r], vocab.Say(effect)), true
	}
	if isTag(r) {
		hides := r - 0xE0000
		if hides < 0x20 || hides > 0x7E {
			hides = utf8.RuneError // the language tag and the cancel tag hide no letter
		}
		return vocab.Say(vocab.HiddenTag, r, string(hides)), true
	}
	if name, ok := hiddenNames[r]; ok {
		return vocab.Say(vocab.HiddenInvisible, r, name, escapeOf(r)), true
	}
	return vocab.Phrase{}, false
}

// escapeOf is r as a YAML double-quoted escape: \u200B.
func escapeOf(r rune) string {
	if r > 0xFFFF {
		return fmt.Sprintf(`"\U%08X"`, r)
	}
	return fmt.Sprintf(`"\u%04X"`, r)
}

// hiddenScanner finds the hidden characters of a file as cleanSource reads
// it, rune by rune, and warns about each, up to MaxDiagnostics of them.
type hiddenScanner struct {
	warn  func(Pos, Code, vocab.Phrase)
	named int
	flag  bool // within an emoji flag sequence
}

func (h *hiddenScanner) see(p Pos, r rune) {
	switch {
	case r < 0x061C: // the first of them: ASCII, Latin, Greek, Cyrillic
		h.flag = false
		return
	case r == blackFlag:
		h.flag = true
		return
	case isTag(r) && h.flag:
		return
	}
	h.flag = false
	what, ok := hiddenCharacter(r)
	if !ok {
		return
	}
	h.named++
	switch {
	case h.named < MaxDiagnostics:
		h.warn(p, CodeHiddenChar, what)
	case h.named == MaxDiagnostics:
		h.warn(p, CodeHiddenChar, vocab.Say(vocab.MoreHiddenCharacters, MaxDiagnostics-1))
	}
}

// isControl reports whether a text may not hold r: a control character
// other than tab and line feed, or a line or paragraph separator. Written
// as they are, cleanSource refuses them; written as escapes ("\x01"),
// text does.
func isControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' || r == 0x7F || r >= 0x80 && r < 0xA0 || r == 0x2028 || r == 0x2029 || isNonCharacter(r)
}

// isNonCharacter reports whether r is U+FFFE or U+FFFF, which XML, and so
// the map, cannot hold; YAML refuses them raw.
func isNonCharacter(r rune) bool { return r == 0xFFFE || r == 0xFFFF }

// checkEscapes reports, at the escape that wrote it, each control
// character (an error) and bidi control (a warning) in the double-quoted
// scalar s. An invisible character written as an escape is meant, and
// gets nothing. It returns false when there was an error.
func (d *decoder) checkEscapes(s *yaml.Node) bool {
	ok := true
	d.escapes(s, func(p Pos, r rune) {
		switch {
		case isNonCharacter(r):
			d.add(p, Error, CodeControlChar, vocab.NotACharacter, r)
			ok = false
		case isControl(r):
			d.add(p, Error, CodeControlChar, vocab.ControlCharacter, r)
			ok = false
		case isBidiControl(r):
			what, _ := hiddenCharacter(r)
			*d.diags = append(*d.diags, Diagnostic{File: d.file, Pos: p, Severity: Warning, Code: CodeHiddenChar, Phrase: what})
		}
	})
	return ok
}

// needsEscapeCheck reports whether a decoded double-quoted value holds a
// character that checkEscapes looks for.
func needsEscapeCheck(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return isControl(r) || isBidiControl(r) }) >= 0
}

// escapes calls each with the position and the character of every escape
// of the double-quoted scalar s, as the source writes it.
func (d *decoder) escapes(s *yaml.Node, each func(Pos, rune)) {
	src := d.src
	i := d.offset(s.Line, s.Column)
	line, col := s.Line, s.Column
	next := func() rune {
		if i >= len(src) {
			return -1
		}
		r, size := utf8.DecodeRune(src[i:])
		i += size
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		return r
	}
	// The node starts at its tag or anchor, if any: find the quote.
	for r := next(); r != '"'; r = next() {
		if r < 0 || r == '\n' {
			return
		}
	}
	for {
		at := Pos{line, col}
		switch r := next(); r {
		case -1, '"':
			return
		case '\\':
			e := next()
			if v, ok := simpleEscapes[e]; ok {
				each(at, v)
				continue
			}
			digits := map[rune]int{'x': 2, 'u': 4, 'U': 8}[e]
			v := rune(0)
			for range digits {
				h := next()
				v = v*16 + rune(hexValue(h))
			}
			if digits > 0 {
				each(at, v)
			}
			// an escaped line break, or an escape YAML refused already
		}
	}
}

// simpleEscapes are YAML's one-letter escapes and what they stand for.
var simpleEscapes = map[rune]rune{
	'0': 0, 'a': 7, 'b': 8, 't': 9, '\t': 9, 'n': 10, 'v': 11, 'f': 12, 'r': 13, 'e': 0x1B,
	' ': ' ', '"': '"', '/': '/', '\\': '\\', 'N': 0x85, '_': 0xA0, 'L': 0x2028, 'P': 0x2029,
}

func hexValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 'a' && r <= 'f':
		return int(r-'a') + 10
	case r >= 'A' && r <= 'F':
		return int(r-'A') + 10
	}
	return 0
}

// offset is the byte offset in the source of line and column (counted in
// characters, from 1).
func (d *decoder) offset(line, col int) int {
	if d.lineStarts == nil {
		d.lineStarts = []int{0}
		for i, b := range d.src {
			if b == '\n' {
				d.lineStarts = append(d.lineStarts, i+1)
			}
		}
	}
	if line < 1 || line > len(d.lineStarts) {
		return len(d.src)
	}
	start := d.lineStarts[line-1]
	end := len(d.src)
	if line < len(d.lineStarts) {
		end = d.lineStarts[line] - 1
	}
	return start + offsetOf(d.src[start:end], col)
}
