package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps the messages of Errorf and Fatalf
// instead of failing the test that uses it.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatalf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

// check runs Check of got against a golden file holding want, and returns
// what it reported.
func check(t *testing.T, want, got string) []string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "map.svg")
	if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &recorder{TB: t}
	Check(r, path, []byte(got), false, "./render")
	return r.errors
}

// numbered is n lines, "line 1" to "line n", each ended by a newline.
func numbered(n int) []string {
	lines := make([]string, n)
	for i := range lines {
		lines[i] = fmt.Sprintf("line %d\n", i+1)
	}
	return lines
}

func TestCheckSame(t *testing.T) {
	if errs := check(t, "<svg/>\n", "<svg/>\n"); len(errs) > 0 {
		t.Errorf("same bytes, but reported %q", errs)
	}
}

// TestCheckShowsFirstDifference: a stale golden file is reported with the
// lines where it first differs from the output, numbered, a few unchanged
// lines before them, and the command that updates it.
func TestCheckShowsFirstDifference(t *testing.T) {
	want := numbered(20)
	got := numbered(20)
	got[11] = "line twelve\n"
	errs := check(t, strings.Join(want, ""), strings.Join(got, ""))
	if len(errs) != 1 {
		t.Fatalf("reported %d messages, want 1: %q", len(errs), errs)
	}
	msg := errs[0]
	for _, s := range []string{
		"is stale",
		"first difference at line 12, column 6 (- want, + got)",
		"     11  line 11\n",
		"-    12  line 12\n",
		"+    12  line twelve\n",
		"go test ./render -update",
	} {
		if !strings.Contains(msg, s) {
			t.Errorf("message lacks %q:\n%s", s, msg)
		}
	}
	if strings.Contains(msg, "line 5\n") {
		t.Errorf("message shows more than a few lines before the difference:\n%s", msg)
	}
}

// TestCheckShowsEnds: a file that ends early, or without its last newline,
// says so.
func TestCheckShowsEnds(t *testing.T) {
	for _, tc := range []struct{ want, got, says string }{
		{"a\nb\n", "a\n", "-     2  b\n+     2  (end of file)\n"},
		{"a\n", "a\nb\n", "-     2  (end of file)\n+     2  b\n"},
		{"a\nb\n", "a\nb", "-     2  b\n+     2  b (no newline at end of file)\n"},
		{"a\r\n", "a\n", "-     1  \"a\\r\"\n+     1  a\n"},
	} {
		errs := check(t, tc.want, tc.got)
		if len(errs) != 1 || !strings.Contains(errs[0], tc.says) {
			t.Errorf("want %q, got %q: reported %q, want it to say %q", tc.want, tc.got, errs, tc.says)
		}
	}
}

// TestCheckBounded: a large file that differs everywhere, on long lines,
// gives a message of a few lines of bounded width, around the column where
// the lines differ.
func TestCheckBounded(t *testing.T) {
	long := strings.Repeat("x", 5000)
	want := strings.Repeat(long+"A"+long+"\n", 1000)
	got := strings.Repeat(long+"B"+long+"\n", 1000)
	errs := check(t, want, got)
	if len(errs) != 1 {
		t.Fatalf("reported %d messages, want 1", len(errs))
	}
	msg := errs[0]
	if len(msg) > 2000 {
		t.Errorf("message of %d bytes:\n%s", len(msg), msg)
	}
	for _, s := range []string{"line 1, column 5001", "xA", "xB", "go test ./render -update"} {
		if !strings.Contains(msg, s) {
			t.Errorf("message lacks %q:\n%s", s, msg)
		}
	}
}
