package journey

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// bom is the UTF-8 byte order mark, which some editors write at the start.
var bom = []byte{0xEF, 0xBB, 0xBF}

// cleanSource runs the checks that come before YAML parsing: the size cap,
// valid UTF-8, no control characters, no tab indentation. It returns the
// text with a leading BOM removed and CRLF line ends turned into LF, which
// keeps every line and column the same.
func cleanSource(src []byte, report func(Pos, Code, string)) ([]byte, bool) {
	if len(src) > MaxFileBytes {
		report(Pos{1, 1}, CodeTooLarge, fmt.Sprintf("the file is %d bytes; a journey may be at most %d bytes", len(src), MaxFileBytes))
		return nil, false
	}
	src = bytes.TrimPrefix(src, bom)
	problems := 0
	line, col := 1, 1
	lineStart := true // still in the leading whitespace of the line
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			report(Pos{line, col}, CodeEncoding, fmt.Sprintf("invalid UTF-8 byte 0x%02X; save the file as UTF-8", src[i]))
			return nil, false
		case r == '\r' && i+1 < len(src) && src[i+1] == '\n':
			// CRLF: the LF that follows ends the line.
		case r == '\n':
			line, col, lineStart = line+1, 0, true
		case r == '\t':
			if lineStart && !blankRest(src[i:]) {
				report(Pos{line, col}, CodeTabIndent, "tab used for indentation; YAML indents with spaces only")
				problems++
				lineStart = false
			}
		case r == ' ':
		case r == 0:
			report(Pos{line, col}, CodeControlChar, "NUL byte in the file; is it a binary file?")
			return nil, false
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
			report(Pos{line, col}, CodeControlChar, fmt.Sprintf("control character %U is not allowed in a journey", r))
			problems++
		default:
			lineStart = false
		}
		if problems == MaxDiagnostics {
			return nil, false // enough to show; the rest would only be noise
		}
		i += size
		col++
	}
	if problems > 0 {
		return nil, false
	}
	return bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n")), true
}

// blankRest reports whether the rest of the line is only spaces and tabs.
func blankRest(b []byte) bool {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\r':
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}
