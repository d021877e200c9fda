package journey

import (
	"bytes"
	"unicode/utf8"
)

// A lineScanner reads YAML a line at a time, as far as explaining a syntax
// error needs: where quoted scalars and flow collections open and close,
// where a line's key, value and comment are, and which lines are the
// content of a block scalar. It is used only when the YAML library has
// refused the file, and its work is linear in the lines it reads.
type lineScanner struct {
	quote        byte // the quote of a scalar that is still open, or 0
	quoteAt      Pos  // where it opened
	quoteLow     int  // the least indentation of the lines it continues on
	quoteIndent  int  // the indentation of the key it is the value of
	flow         []opener
	entryColon   bool // the entry of a flow collection being read has had its ':'
	block        int  // a block scalar's content is indented more than this; -1 outside one
	blockContent int  // the indentation of its first line of text; -1 before it
	blockFirst   int  // the line of its first line of text
	lineNo       int
	lastQuote    multiQuote // the last quoted scalar that went over more than one line
}

// opener is a bracket of a flow collection, or a quote.
type opener struct {
	c  byte
	at Pos
}

// multiQuote is a quoted scalar written over several lines.
type multiQuote struct {
	c        byte
	at       Pos // its opening quote
	closedOn int // the line of its closing quote; 0 while open
	low      int // the least indentation of the lines after the first
	indent   int // the indentation of the key it is the value of
}

// mistaken reports whether the quoted scalar goes on over lines that are
// indented no more than its key: as a key of the same mapping would be,
// so it was meant to end on its first line.
func (q multiQuote) mistaken() bool { return q.at.Line > 0 && q.low <= q.indent }

// lineShape is what a lineScanner saw on one line. Offsets are bytes into
// the line; -1 when absent.
type lineShape struct {
	indent  int  // leading spaces and tabs
	tab     int  // offset of the first tab in the indentation, or -1
	inner   bool // the line continues a quoted scalar, flow collection or block scalar
	blank   bool // nothing but spaces, or a comment
	dash    int  // offset of a leading "- ", or -1
	body    int  // offset of the first token after the indentation and dashes
	key     int  // offset of the ':' that ends the key in block context, or -1
	second  int  // offset of a second ':' that would start a mapping value, or -1
	value   int  // offset of the value after the key's ': ', or -1
	plain   bool // the value (or the item, without a key) is plain text to the end of the line
	comment int  // offset of the '#' of a comment, or -1
	end     int  // offset where the line's content ends: before spaces and a comment
	open    []opener
	badFlow opener // a closing bracket that does not match, or the zero opener
	afterQ  int    // offset of text after a closing quote in block context, or -1
	token   int    // offset of the first character that cannot start a plain scalar (@, `, %), or -1
	shallow int    // block scalar text indented less than its first line, at this line: that line; else 0
}

func newLineScanner() *lineScanner { return &lineScanner{block: -1} }

// open is the quoted scalar that is still open.
func (s *lineScanner) open() multiQuote {
	return multiQuote{c: s.quote, at: s.quoteAt, low: s.quoteLow, indent: s.quoteIndent}
}

// indentOf counts the spaces and tabs a line starts with.
func indentOf(line []byte) int {
	return len(line) - len(bytes.TrimLeft(line, " \t"))
}

// column is the 1-based column, in characters, of byte offset i of line.
func column(line []byte, i int) int { return utf8.RuneCount(line[:min(i, len(line))]) + 1 }

// offsetOf is the byte offset of 1-based column col of line.
func offsetOf(line []byte, col int) int {
	i := 0
	for c := 1; c < col && i < len(line); c++ {
		_, size := utf8.DecodeRune(line[i:])
		i += size
	}
	return i
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' }

// spaceAt reports whether line has a space, a tab or its end at i.
func spaceAt(line []byte, i int) bool { return i >= len(line) || isSpace(line[i]) }

// scan reads the next line and returns its shape.
func (s *lineScanner) scan(line []byte) lineShape {
	s.lineNo++
	sh := lineShape{indent: indentOf(line), tab: -1, dash: -1, key: -1, second: -1, value: -1, comment: -1, afterQ: -1, token: -1}
	if i := bytes.IndexByte(line[:sh.indent], '\t'); i >= 0 {
		sh.tab = i
	}
	sh.body, sh.end = sh.indent, len(bytes.TrimRight(line, " \t"))
	if s.block >= 0 {
		switch {
		case sh.indent == len(line):
			sh.inner = true
			return sh
		case s.blockContent < 0 && sh.indent > s.block:
			s.blockContent, s.blockFirst = sh.indent, s.lineNo
			sh.inner = true
			return sh
		case sh.indent >= s.blockContent && s.blockContent >= 0:
			sh.inner = true
			return sh
		case sh.indent > s.block && newLineScanner().scan(line).key < 0:
			// Text less indented than the text's first line, which
			// sets the indentation of the text: YAML ends the text
			// here.
			sh.inner, sh.shallow = true, s.blockFirst
			return sh
		}
		s.block = -1
	}
	sh.inner = s.quote != 0 || len(s.flow) > 0
	if s.quote != 0 && sh.indent < len(line) {
		s.quoteLow = min(s.quoteLow, sh.indent)
	}
	i := 0
	if s.quote == 0 {
		i = sh.indent
	}
	start := s.quote == 0 // at the start of a node
	closedQuote := false
	for i < len(line) {
		c := line[i]
		if s.quote != 0 {
			switch {
			case s.quote == '"' && c == '\\':
				i += 2
				continue
			case s.quote == '\'' && c == '\'' && i+1 < len(line) && line[i+1] == '\'':
				i += 2
				continue
			case c == s.quote:
				if s.quoteAt.Line != s.lineNo {
					s.lastQuote = multiQuote{c: s.quote, at: s.quoteAt, closedOn: s.lineNo, low: s.quoteLow, indent: s.quoteIndent}
				}
				s.quote = 0
				closedQuote = true
			}
			i++
			continue
		}
		if isSpace(c) {
			i++
			continue
		}
		if c == '#' && (i == 0 || isSpace(line[i-1])) {
			sh.comment = i
			sh.end = len(bytes.TrimRight(line[:i], " \t"))
			break
		}
		if closedQuote && len(s.flow) == 0 && c != ':' && sh.afterQ < 0 {
			sh.afterQ = i
		}
		closedQuote = false
		flow := len(s.flow) > 0
		switch {
		case start && (c == '"' || c == '\''):
			// Its text goes on over lines indented more than its key.
			s.quote, s.quoteAt, s.quoteLow, s.quoteIndent = c, Pos{s.lineNo, column(line, i)}, 1<<30, sh.indent
			if sh.key >= 0 {
				s.quoteIndent = sh.body
			}
			start = false
			i++
		case start && (c == '-' || c == '?') && !flow && spaceAt(line, i+1):
			if c == '-' && sh.dash < 0 && sh.key < 0 {
				sh.dash = i
			}
			i++
			for i < len(line) && isSpace(line[i]) {
				i++
			}
			if sh.key < 0 {
				sh.body = i
			}
		case (start || flow) && (c == '[' || c == '{'):
			s.flow = append(s.flow, opener{c, Pos{s.lineNo, column(line, i)}})
			start, s.entryColon = true, false
			i++
		case flow && (c == ']' || c == '}'):
			top := s.flow[len(s.flow)-1]
			if (top.c == '[') != (c == ']') && sh.badFlow.c == 0 {
				sh.badFlow = top
			}
			s.flow = s.flow[:len(s.flow)-1]
			start = false
			i++
		case flow && c == ',':
			start, s.entryColon = true, false
			i++
		case c == ':' && (spaceAt(line, i+1) || (flow && bytes.IndexByte([]byte(",]}[{"), line[i+1]) >= 0)):
			switch {
			case flow && s.entryColon && sh.second < 0:
				sh.second = i
			case flow:
				s.entryColon = true
			case sh.key < 0:
				sh.key, sh.value, sh.plain = i, -1, false
			case sh.second < 0 && !start:
				sh.second = i
			}
			start = true
			i++
			if sh.key == i-1 {
				for i < len(line) && isSpace(line[i]) {
					i++
				}
				if i < len(line) && line[i] != '#' {
					sh.value = i
				}
			}
		case start && !flow && (c == '|' || c == '>'):
			// A block scalar: its content is indented more than its key.
			s.block, s.blockContent = sh.body, -1
			if sh.dash >= 0 && sh.key < 0 {
				s.block = sh.dash
			}
			i = len(line)
			if j := bytes.Index(line, []byte(" #")); j >= 0 {
				sh.comment = j + 1
			}
		case start && (c == '&' || c == '!' || c == '*'):
			for i < len(line) && !isSpace(line[i]) && (!flow || bytes.IndexByte([]byte(",]}"), line[i]) < 0) {
				i++
			}
			start = c != '*'
		default:
			if start {
				if i == sh.value || (sh.key < 0 && i == sh.body) {
					sh.plain = !flow
				}
				if (c == '@' || c == '`' || c == '%') && sh.token < 0 {
					sh.token = i
				}
			}
			i = plainEnd(line, i, flow)
			start = false
		}
	}
	sh.open = append([]opener(nil), s.flow...)
	if s.quote != 0 {
		sh.open = append(sh.open, opener{s.quote, s.quoteAt})
	}
	if sh.indent == len(line) || sh.comment == sh.indent && !sh.inner {
		sh.blank = true
	}
	return sh
}

// plainEnd returns the offset where a plain scalar starting at i ends: at
// ": ", " #", the end of the line, or in a flow collection at a flow
// indicator. The spaces before the end are not part of it.
func plainEnd(line []byte, i int, flow bool) int {
	for j := i; j < len(line); j++ {
		c := line[j]
		switch {
		case c == ':' && (spaceAt(line, j+1) || (flow && bytes.IndexByte([]byte(",]}[{"), line[j+1]) >= 0)):
			return trimEnd(line, i, j)
		case c == '#' && j > i && isSpace(line[j-1]):
			return j
		case flow && bytes.IndexByte([]byte(",[]{}"), c) >= 0:
			return trimEnd(line, i, j)
		}
	}
	return len(line)
}

// trimEnd moves j back over the spaces before it, not past i.
func trimEnd(line []byte, i, j int) int {
	for j > i && isSpace(line[j-1]) {
		j--
	}
	return j
}
