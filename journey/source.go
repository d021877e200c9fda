package journey

import (
	"bytes"
	"unicode/utf8"

	"github.com/journeymap/journeymap/journey/vocab"
)

// bom is the UTF-8 byte order mark, which some editors write at the start.
var bom = []byte{0xEF, 0xBB, 0xBF}

// cleanSource runs the checks that come before YAML parsing: the size cap,
// valid UTF-8, no control characters; and it warns about each hidden
// character (hidden.go). It returns the text with a leading
// BOM removed, CRLF line ends turned into LF and a %YAML 1.2 directive
// turned into a comment, which keeps every line and column the same.
func cleanSource(src []byte, report, warn func(Pos, Code, vocab.Phrase)) ([]byte, bool) {
	if len(src) > MaxFileBytes {
		report(Pos{1, 1}, CodeTooLarge, vocab.Say(vocab.FileTooLarge, MaxFileBytes))
		return nil, false
	}
	src = bytes.TrimPrefix(src, bom)
	problems := 0
	hidden := hiddenScanner{warn: warn}
	line, col := 1, 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			report(Pos{line, col}, CodeEncoding, vocab.Say(vocab.BadUTF8, src[i]))
			return nil, false
		case r == '\r' && i+1 < len(src) && src[i+1] == '\n':
			// CRLF: the LF that follows ends the line.
		case r == '\n':
			line, col = line+1, 0
		case r == '\t' || r == ' ':
			// Tabs are checked only when the YAML does not parse: inside a
			// block scalar a tab after the indentation is text.
		case r == '\r':
			report(Pos{line, col}, CodeControlChar, vocab.Say(vocab.LoneCarriageReturn))
			return nil, false
		case r == '\u2028' || r == '\u2029':
			report(Pos{line, col}, CodeControlChar, vocab.Say(vocab.LineSeparator, r))
			problems++
		case r == 0:
			report(Pos{line, col}, CodeControlChar, vocab.Say(vocab.NulByte))
			return nil, false
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
			report(Pos{line, col}, CodeControlChar, vocab.Say(vocab.ControlCharacter, r))
			problems++
		default:
			hidden.see(Pos{line, col}, r)
		}
		if problems == MaxDiagnostics {
			report(Pos{line, col}, CodeControlChar, vocab.Say(vocab.MoreControlCharacters))
			return nil, false
		}
		i += size
		col++
	}
	if problems > 0 {
		return nil, false
	}
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	return commentVersionDirective(src), true
}

var versionDirective = lazyRegexp(`(?m)\A((?:[ \t]*(?:#.*)?\n)*)%YAML[ \t]+1\.[0-2][ \t]*(#.*)?$`)

// commentVersionDirective turns a leading "%YAML 1.x" line into a comment.
// The YAML library refuses any version but 1.1, while journeys are YAML 1.2
// documents that may say so.
func commentVersionDirective(src []byte) []byte {
	m := versionDirective().FindSubmatchIndex(src)
	if m == nil {
		return src
	}
	out := bytes.Clone(src)
	out[m[3]] = '#' // the % right after the leading comments
	return out
}
