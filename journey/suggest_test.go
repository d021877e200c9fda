package journey

import (
	"fmt"
	"strings"
	"testing"
)

func TestSuggest(t *testing.T) {
	tests := []struct{ word, want string }{
		{"nmae", "name"},      // swapped neighbours
		{"touchpoint", ""},    // too far from every candidate
		{"ofline", "offline"}, // a tie: the longer shared start wins
		{"emotions", "emotion"},
		{"x", ""},
	}
	candidates := []string{"name", "emotion", "online", "offline", "owner"}
	for _, tt := range tests {
		if got := suggest(tt.word, candidates); got != tt.want {
			t.Errorf("suggest(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// BenchmarkUnresolvedReferences: the did-you-mean search on a journey at
// the limits, with long ids and many references that resolve to nothing.
func BenchmarkUnresolvedReferences(b *testing.B) {
	var src strings.Builder
	src.WriteString("title: T\npersona: P\nphases:\n")
	id := func(i int) string { return fmt.Sprintf("%s-%04d", strings.Repeat("t", 59), i) }
	for p := range 20 {
		fmt.Fprintf(&src, "  - id: p%d\n    name: P\n    moment: after\n    touchpoints:\n", p)
		for k := range 100 {
			fmt.Fprintf(&src, "      - {id: %s, name: T, emotion: 0}\n", id(p*100+k))
		}
	}
	src.WriteString("improvements:\n")
	for i := range 500 {
		fmt.Fprintf(&src, "  - {id: i%d, title: I, impact: 1, effort: 1, touchpoints: [%s]}\n", i, strings.Repeat("u", 59)+fmt.Sprintf("-%04d", i))
	}
	data := []byte(src.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, diags := Parse("s.yaml", data, Options{}); len(diags) != 500 {
			b.Fatalf("%d diagnostics", len(diags))
		}
	}
}
