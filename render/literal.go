package render

// Literals: URLs, e-mail addresses, paths, file names and numbers, which
// are copied as written, so wrap never hyphenates them and breaks them
// only after their punctuation.

import "strings"

// word is a run of text that wordAt found.
type word struct {
	start, end int
	// literal: a URL, an e-mail address, a path, a file or domain name, an
	// identifier with '_' or a number, which is copied as it is written,
	// and so never hyphenated.
	literal bool
	url     bool
}

// wordAt returns the word that holds p[pos]: the run of ASCII letters,
// digits and URL punctuation around it (see isLiteralByte), a literal or
// not; or, when p[pos] is none of these, p[pos] alone, no literal.
//
// A literal ends where such a run does: at a space, and also at a letter
// that is not ASCII, a CJK character, say. CJK text has no spaces, and
// before, a paragraph of it that held "A/B" or "3.5" was taken for one
// long literal, and broken wherever its lines were full.
func (w *wrapper) wordAt(pos int) word {
	if pos >= w.word.start && pos < w.word.end {
		return w.word
	}
	p := w.p
	if !isLiteralByte(p[pos]) {
		return word{start: pos, end: pos + 1}
	}
	start, end := pos, pos+1
	for start > 0 && isLiteralByte(p[start-1]) {
		start--
	}
	for end < len(p) && isLiteralByte(p[end]) {
		end++
	}
	token := p[start:end]
	url := isURL(token)
	w.word = word{
		start: start, end: end, url: url,
		literal: url || strings.ContainsAny(token, "@/\\_") || isNumberOrName(token),
	}
	return w.word
}

// insideLiteral reports whether a break before p[b] would split a literal:
// the characters on both sides of it belong to the same one.
func (w *wrapper) insideLiteral(b int) bool {
	word := w.wordAt(b - 1)
	return word.literal && b < word.end
}

// isLiteralByte reports whether c may be part of a URL, an e-mail address,
// a path or a number: an ASCII letter or digit, or the punctuation of a URL
// (RFC 3986) or a Windows path.
func isLiteralByte(c byte) bool {
	switch c {
	case '-', '.', '_', '~', ':', '/', '?', '#', '[', ']', '@', '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', '%', '\\':
		return true
	}
	return isAlnum(c)
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
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
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

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isLiteralBreak reports whether a URL or the like may be broken before
// p[b]: after '/', '\' (a Windows path), '.', '-' or '_' (in a URL also
// '?', '&' or '='), but not between two of these, nor at a decimal point.
func isLiteralBreak(p string, b int, url bool) bool {
	isBreak := func(c byte) bool {
		return strings.IndexByte("/\\.-_", c) >= 0 || url && strings.IndexByte("?&=", c) >= 0
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
