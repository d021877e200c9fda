package formula

import "testing"

func TestGuard(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1", "'+1"},
		{"-2", "'-2"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"a=1", "a=1"},
		{"'quoted", "'quoted"},
		{"'=already guarded", "''=already guarded"},
		{"''-twice", "'''-twice"},
	} {
		got := Guard(tt.in)
		if got != tt.want {
			t.Errorf("Guard(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if back := Unguard(got); back != tt.in {
			t.Errorf("Unguard(Guard(%q)) = %q", tt.in, back)
		}
	}
	if got := Unguard("'plain"); got != "'plain" {
		t.Errorf("Unguard kept no ' before plain text: %q", got)
	}
}
