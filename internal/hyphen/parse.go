package hyphen

import (
	"strconv"
	"strings"
)

// parse reads a pattern file of hyph-utf8: the hyphenmins from its header,
// the patterns in \patterns{...} and the exceptions in \hyphenation{...}.
//
// The patterns are not copied: the table holds where each one is in src.
// Finding them and filling the table is all the work there is on first use
// (BenchmarkParse).
func parse(src string) *Patterns {
	p := &Patterns{src: src, leftMin: 2, rightMin: 3} // TeX's defaults
	if v, ok := headerNumber(src, "left"); ok {
		p.leftMin = v
	}
	if v, ok := headerNumber(src, "right"); ok {
		p.rightMin = v
	}

	// Where each pattern starts, with the hash of its letters.
	type entry struct{ start, hash uint32 }
	body := blockStart(src, `\patterns{`)
	entries := make([]entry, 0, strings.Count(src[body:], "\n")+1)
	for i := body; i < len(src); {
		switch c := src[i]; {
		case c == '}':
			i = len(src) // the end of the block
		case c == '%':
			i = skipLine(src, i)
		case endsPattern[c]:
			i++
		default:
			start := i
			h := uint32(offset32)
			letters := 0
			for ; i < len(src) && !endsPattern[src[i]]; i++ {
				c := src[i]
				if isLevel(c) {
					continue
				}
				h = (h ^ uint32(c)) * prime32
				if c < 0x80 || c >= 0xC0 {
					letters++ // the first byte of a letter
				}
			}
			entries = append(entries, entry{uint32(start), h})
			p.longest = max(p.longest, letters)
		}
	}
	size := 1
	for size < 2*len(entries) {
		size *= 2 // at most half full, so that probes are short
	}
	p.table = make([]uint32, size)
	mask := uint32(size - 1)
	for _, e := range entries {
		i := e.hash & mask
		for p.table[i] != 0 {
			i = (i + 1) & mask
		}
		p.table[i] = e.start + 1
	}

	p.exceptions = map[string][]int{}
	for i := blockStart(src, `\hyphenation{`); i < len(src); {
		line := src[i:skipLine(src, i)]
		i += len(line)
		line, _, _ = strings.Cut(line, "%")
		line, _, closed := strings.Cut(line, "}")
		for _, word := range strings.Fields(line) {
			var at []int
			n := 0
			for _, r := range word {
				if r == '-' {
					at = append(at, n)
				} else {
					n++
				}
			}
			p.exceptions[strings.ReplaceAll(word, "-", "")] = at
		}
		if closed {
			break
		}
	}
	return p
}

// blockStart returns where the body of a block starts in src: just after
// command (such as `\patterns{`) at the start of a line; len(src) when src
// has no such block.
func blockStart(src, command string) int {
	if strings.HasPrefix(src, command) {
		return len(command)
	}
	if i := strings.Index(src, "\n"+command); i >= 0 {
		return i + 1 + len(command)
	}
	return len(src)
}

// skipLine returns where the line after the one at i starts.
func skipLine(src string, i int) int {
	if next := strings.IndexByte(src[i:], '\n'); next >= 0 {
		return i + next + 1
	}
	return len(src)
}

// FNV-1a, the hash of the table, over the bytes of a pattern's letters.
const (
	offset32 = 2166136261
	prime32  = 16777619
)

func isLevel(c byte) bool { return c >= '0' && c <= '9' }

// endsPattern marks the bytes that end a pattern: white space, a comment
// or the end of the block.
var endsPattern = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '%': true, '}': true}

// headerNumber finds a hyphenmin, "left" or "right", in the header of a
// pattern file:
//
//	% hyphenmins:
//	%     typesetting:
//	%         left: 2
//	%         right: 3
func headerNumber(src, name string) (int, bool) {
	_, header, ok := strings.Cut(src, "% hyphenmins:\n")
	if !ok {
		return 0, false
	}
	for line := range strings.Lines(header) {
		field, ok := strings.CutPrefix(line, "%")
		if !ok || !strings.HasPrefix(field, "     ") {
			break // the end of the hyphenmins
		}
		key, value, ok := strings.Cut(strings.TrimSpace(field), ":")
		if ok && key == name {
			v, err := strconv.Atoi(strings.TrimSpace(value))
			return v, err == nil && v >= 1
		}
	}
	return 0, false
}
