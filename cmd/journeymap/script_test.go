package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	// The tests expect English where no journey says otherwise, whatever
	// the locale of the machine they run on; a test that wants Dutch says
	// so. (Run as journeymap by a script, the binary has the script's
	// environment, which sets a locale only when the script does.)
	if filepath.Base(os.Args[0]) != "journeymap" {
		for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
			os.Unsetenv(name)
		}
	}
	testscript.Main(m, map[string]func(){
		"journeymap": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, testClock())) },
	})
}

// TestScripts runs the command-line scenarios in testdata/script: the
// README's commands among them, with their exact output and exit codes.
func TestScripts(t *testing.T) {
	examples, err := filepath.Abs("../../examples")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("EXAMPLES", examples)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"repeat":    cmdRepeat,
			"copydir":   cmdCopyDir,
			"gostring":  cmdGoString,
			"exits":     cmdExits,
			"notmp":     cmdNoTmp,
			"cmpdir":    cmdCmpDir,
			"backdate":  cmdBackdate,
			"backdated": cmdBackdated,
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "readonlydirs":
				return readOnlyDirsBind()
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
	})
}

// readOnlyDirsBind reports whether a folder of mode 0555 refuses new files
// here. It does not for root, and tests run as root in some containers:
// there the tests that need it skip. With JOURNEYMAP_REQUIRE_READONLY=1
// (CI sets it where it runs them as another user) that is an error
// instead, so that they cannot skip unseen.
func readOnlyDirsBind() (bool, error) {
	dir, err := os.MkdirTemp("", "readonly")
	if err != nil {
		return false, err
	}
	defer os.RemoveAll(dir)
	if err := os.Chmod(dir, 0o555); err != nil {
		return false, err
	}
	defer os.Chmod(dir, 0o755)
	f, err := os.Create(filepath.Join(dir, "x"))
	if err != nil {
		return true, nil
	}
	f.Close()
	if os.Getenv("JOURNEYMAP_REQUIRE_READONLY") == "1" {
		return false, errors.New("a read-only folder does not stop this user, and JOURNEYMAP_REQUIRE_READONLY=1 requires it")
	}
	return false, nil
}

// cmdRepeat writes a file holding a line repeated: repeat N LINE FILE.
func cmdRepeat(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: repeat N LINE FILE")
	}
	n, err := strconv.Atoi(args[0])
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[2]), []byte(strings.Repeat(args[1]+"\n", n)), 0o644))
}

// cmdCopyDir copies the files of a folder: copydir FROM TO.
func cmdCopyDir(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: copydir FROM TO")
	}
	copyDir(ts, ts.MkAbs(args[0]), ts.MkAbs(args[1]))
}

// copyDir copies the files of from, and of its folders (the catalogues
// of the examples), into to.
func copyDir(ts *testscript.TestScript, from, to string) {
	entries, err := os.ReadDir(from)
	ts.Check(err)
	ts.Check(os.MkdirAll(to, 0o755))
	for _, e := range entries {
		if e.IsDir() {
			copyDir(ts, filepath.Join(from, e.Name()), filepath.Join(to, e.Name()))
			continue
		}
		data, err := os.ReadFile(filepath.Join(from, e.Name()))
		ts.Check(err)
		ts.Check(os.WriteFile(filepath.Join(to, e.Name()), data, 0o644))
	}
}

// cmdGoString writes a file from a Go string literal, for bytes a script
// cannot hold: gostring FILE LITERAL.
func cmdGoString(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: gostring FILE LITERAL")
	}
	text, err := strconv.Unquote(`"` + args[1] + `"`)
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(text), 0o644))
}

// cmdExits runs a program and checks its exit code, which ! exec cannot
// tell apart: exits CODE PROGRAM [ARGS...]. Its output is kept for stdout
// and stderr as exec's would be.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits CODE PROGRAM [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			ts.Fatalf("%s: %v", args[1], err)
		}
		got = exit.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with %d, want %d", args[1], got, want)
	}
}

// cmdNoTmp fails if a temporary file was left below a folder: a hidden
// file, as every temporary file that writing makes is named after its
// target with a dot before it: notmp DIR...
func cmdNoTmp(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) == 0 {
		ts.Fatalf("usage: notmp DIR...")
	}
	var left []string
	for _, dir := range args {
		ts.Check(filepath.WalkDir(ts.MkAbs(dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasPrefix(d.Name(), ".") {
				left = append(left, path)
			}
			return nil
		}))
	}
	if len(left) > 0 {
		ts.Fatalf("temporary files left behind: %s", strings.Join(left, ", "))
	}
}

// cmdCmpDir compares two folders: the same files below them, with the same
// bytes: cmpdir DIR1 DIR2.
func cmdCmpDir(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: cmpdir DIR1 DIR2")
	}
	files := func(dir string) map[string][]byte {
		m := map[string][]byte{}
		root := ts.MkAbs(dir)
		ts.Check(filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(path)
			rel, _ := filepath.Rel(root, path)
			m[filepath.ToSlash(rel)] = data
			return err
		}))
		return m
	}
	a, b := files(args[0]), files(args[1])
	for name, data := range a {
		other, ok := b[name]
		switch {
		case !ok:
			ts.Fatalf("%s is in %s, not in %s", name, args[0], args[1])
		case !bytes.Equal(data, other):
			ts.Fatalf("%s differs between %s and %s", name, args[0], args[1])
		}
	}
	for name := range b {
		if _, ok := a[name]; !ok {
			ts.Fatalf("%s is in %s, not in %s", name, args[1], args[0])
		}
	}
}

// backdateTime is the modification time that backdate sets.
func backdateTime() time.Time { return time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC) }

// cmdBackdate sets the modification time of files to long ago, so that
// backdated can tell whether they were rewritten: backdate FILE...
func cmdBackdate(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) == 0 {
		ts.Fatalf("usage: backdate FILE...")
	}
	for _, f := range args {
		ts.Check(os.Chtimes(ts.MkAbs(f), backdateTime(), backdateTime()))
	}
}

// cmdBackdated checks that files still have the time backdate gave them
// (with !, that each was rewritten since): [!] backdated FILE...
func cmdBackdated(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) == 0 {
		ts.Fatalf("usage: [!] backdated FILE...")
	}
	for _, f := range args {
		info, err := os.Stat(ts.MkAbs(f))
		ts.Check(err)
		if old := info.ModTime().Equal(backdateTime()); old == neg {
			if neg {
				ts.Fatalf("%s was not rewritten", f)
			}
			ts.Fatalf("%s was rewritten (modified %s)", f, info.ModTime().Format(time.RFC3339))
		}
	}
}

// testClock is the clock of the commands the tests run: the time in
// $JOURNEYMAP_TEST_NOW (RFC 3339, or a date as YYYY-MM-DD, midnight UTC),
// which a script sets with env to move the clock, else the system's. The
// journeymap binary never reads that variable; only the test binary does.
func testClock() clock {
	v := os.Getenv("JOURNEYMAP_TEST_NOW")
	if v == "" {
		return time.Now
	}
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		t, err = time.Parse(time.DateOnly, v)
	}
	if err != nil {
		panic(fmt.Sprintf("JOURNEYMAP_TEST_NOW %q: expected a time as RFC 3339 or a date as YYYY-MM-DD", v))
	}
	return func() time.Time { return t }
}
