package render

import (
	"bytes"
	"encoding/xml"
	"testing"
)

// Text content is escaped as encoding/xml escapes it.
func TestAppendEscapedAsEncodingXML(t *testing.T) {
	for _, s := range []string{"", "plain", `a"b'c&d<e>f`, "tab\there\nnew\rline", "\x00\x1b bad \xff\xfe", "\uFFFE\uFFFF\U0010FFFF", "émoji 😀 日本"} {
		var want bytes.Buffer
		if err := xml.EscapeText(&want, []byte(s)); err != nil {
			t.Fatal(err)
		}
		if got := appendEscaped(nil, s); string(got) != want.String() {
			t.Errorf("appendEscaped(%q) = %q, want %q", s, got, want.String())
		}
	}
}

func FuzzAppendEscaped(f *testing.F) {
	f.Add("a<b>&\"'\t\n\r\xff\uFFFE")
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		_ = xml.EscapeText(&want, []byte(s))
		if got := appendEscaped(nil, s); string(got) != want.String() {
			t.Errorf("appendEscaped(%q) = %q, want %q", s, got, want.String())
		}
	})
}
