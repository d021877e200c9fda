package render

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"
)

// fpdf writes two things a printed map must not have, and finishPDF
// mends them in its output:
//
//   - a creation and a modification date, always, from the clock unless
//     told one: they are taken out, so that the same journey gives the
//     same bytes, or set to the date SOURCE_DATE_EPOCH asks for, in UTC;
//   - font names without the tag PDF gives a subset font ("ABCDEF+"),
//     which tells readers and pdffonts that only some glyphs are there:
//     each is named with a tag made from the font and its glyphs (see
//     subsetTag).
//
// Both are in plain dictionaries, outside streams. The edits change the
// length of the file, so the offsets of the cross-reference table, which
// fpdf writes as one section in the classic form, are moved with them.

// errPDFShape is the error when fpdf's output is not as finishPDF knows it.
var errPDFShape = errors.New("internal error: the PDF is not shaped as expected")

// finishPDF returns doc with the fonts renamed (names maps fpdf's name to
// the new one) and the dates fpdf was given (reserved) taken out, or set
// to date when it is not zero.
func finishPDF(doc []byte, names map[string]string, reserved, date time.Time) ([]byte, error) {
	// The cross-reference table: "xref\n0 N\n", then N entries of 20
	// bytes; the first is the free entry.
	sx := bytes.LastIndex(doc, []byte("startxref\n"))
	if sx < 0 {
		return nil, errPDFShape
	}
	rest := doc[sx+len("startxref\n"):]
	xref, end, ok := numberLine(rest)
	if !ok || xref >= sx || !bytes.HasPrefix(doc[xref:], []byte("xref\n0 ")) {
		return nil, errPDFShape
	}
	count, nl, ok := numberLine(doc[xref+len("xref\n0 "):])
	entries := xref + len("xref\n0 ") + nl + 1
	if !ok || count < 1 || entries+20*count > sx {
		return nil, errPDFShape
	}
	offsets := make([]int, count)
	for i := 1; i < count; i++ {
		e := doc[entries+20*i : entries+20*i+20]
		off, err := strconv.Atoi(string(e[:10]))
		if e[17] != 'n' || err != nil || off >= xref {
			return nil, errPDFShape
		}
		offsets[i] = off
	}

	// The edits, found in the dictionaries of the objects: what comes
	// before a stream, if the object has one.
	type edit struct {
		at, n int // the bytes replaced
		with  []byte
	}
	var edits []edit
	starts := slices.Sorted(slices.Values(offsets[1:]))
	stamp := func(t time.Time) string { return "(D:" + t.Format("20060102150405") + ")" }
	dates := 0
	for i, start := range starts {
		stop := xref
		if i+1 < len(starts) {
			stop = starts[i+1]
		}
		dict := doc[start:stop]
		if s := bytes.Index(dict, []byte("\nstream\n")); s >= 0 {
			dict = dict[:s]
		}
		for _, key := range []string{"/CreationDate ", "/ModDate "} {
			line := []byte(key + stamp(reserved) + "\n")
			if j := bytes.Index(dict, line); j >= 0 {
				var with []byte
				if !date.IsZero() {
					with = []byte(key + "(D:" + date.UTC().Format("20060102150405") + "Z)\n")
				}
				edits = append(edits, edit{start + j, len(line), with})
				dates++
			}
		}
		for old, name := range names {
			token := []byte("/" + old)
			for j := 0; ; {
				k := bytes.Index(dict[j:], token)
				if k < 0 {
					break
				}
				at := j + k
				after := at + len(token)
				j = after
				if after < len(dict) && !isPDFDelimiter(dict[after]) {
					continue // a longer name, such as fpdf's bold beside its regular
				}
				edits = append(edits, edit{start + at, len(token), []byte("/" + name)})
			}
		}
	}
	if dates != 2 {
		return nil, errPDFShape
	}
	slices.SortFunc(edits, func(a, b edit) int { return a.at - b.at })

	// The document with the edits, its objects moved by the bytes the
	// edits before them added or took away.
	var out bytes.Buffer
	out.Grow(len(doc))
	moved := func(off int) int {
		shift := 0
		for _, e := range edits {
			if e.at >= off {
				break
			}
			shift += len(e.with) - e.n
		}
		return off + shift
	}
	last := 0
	for _, e := range edits {
		out.Write(doc[last:e.at])
		out.Write(e.with)
		last = e.at + e.n
	}
	out.Write(doc[last:xref])
	newXref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n", count)
	out.Write(doc[entries : entries+20]) // the free entry
	for i := 1; i < count; i++ {
		fmt.Fprintf(&out, "%010d%s", moved(offsets[i]), doc[entries+20*i+10:entries+20*i+20])
	}
	out.Write(doc[entries+20*count : sx])
	fmt.Fprintf(&out, "startxref\n%d\n", newXref)
	out.Write(rest[end+1:])
	return out.Bytes(), nil
}

// numberLine reads the number a line starts b with, and where the line
// ends.
func numberLine(b []byte) (n, end int, ok bool) {
	end = bytes.IndexByte(b, '\n')
	if end < 0 {
		return 0, 0, false
	}
	n, err := strconv.Atoi(string(b[:end]))
	return n, end, err == nil && n >= 0
}

// isPDFDelimiter reports whether c ends a name in PDF syntax.
func isPDFDelimiter(c byte) bool {
	return bytes.IndexByte([]byte(" \t\r\n\f\x00()<>[]{}/%"), c) >= 0
}
