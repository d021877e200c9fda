package render

import (
	"bytes"
	"encoding/xml"
	"math"
	"strconv"
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

// Numbers read as strconv writes them: with two decimals, or in their
// shortest form once rounded to hundredths.
func TestAppendHundredths(t *testing.T) {
	values := []float64{0, 1, -1, 0.5, 0.05, 0.005, 0.015, 1.005, -0.004, -0.006, 123.45, 3936, 1343.68, -7.1,
		0.1 + 0.2, 1e15, -1e16, 12345678.91, math.Copysign(0, -1), math.Inf(1), math.NaN(), 1.0 / 3}
	for i := -100000; i <= 100000; i += 7 {
		values = append(values, float64(i)/100, float64(i)*1.001/100)
	}
	for _, v := range values {
		if got, want := string(appendHundredths(nil, v, false)), strconv.FormatFloat(v, 'f', 2, 64); got != want {
			t.Errorf("%v with two decimals: %q, want %q", v, got, want)
		}
		if r := round(v); !math.IsNaN(r) {
			if got, want := string(appendHundredths(nil, r, true)), strconv.FormatFloat(r, 'f', -1, 64); got != want {
				t.Errorf("%v rounded, shortest: %q, want %q", v, got, want)
			}
		}
	}
}
