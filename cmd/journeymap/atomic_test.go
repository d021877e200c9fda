package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// leftovers lists the temporary files in dir: its hidden files, as every
// temporary file that writing makes is named after its target with a dot
// before it (.map.svg and more).
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var tmp []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			tmp = append(tmp, e.Name())
		}
	}
	return tmp
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "map.svg")

	changed, err := writeFile(path, []byte("<svg>1</svg>"))
	if err != nil || !changed {
		t.Fatalf("new file: changed %v, err %v", changed, err)
	}
	if got := mustRead(t, path); got != "<svg>1</svg>" {
		t.Errorf("holds %q", got)
	}

	// The same bytes: not rewritten, modification time kept.
	long := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	if err := os.Chtimes(path, long, long); err != nil {
		t.Fatal(err)
	}
	changed, err = writeFile(path, []byte("<svg>1</svg>"))
	if err != nil || changed {
		t.Fatalf("same bytes: changed %v, err %v", changed, err)
	}
	if info, _ := os.Stat(path); !info.ModTime().Equal(long) {
		t.Errorf("same bytes, but modified at %v", info.ModTime())
	}

	// Other bytes, even of the same length: replaced.
	changed, err = writeFile(path, []byte("<svg>2</svg>"))
	if err != nil || !changed {
		t.Fatalf("other bytes: changed %v, err %v", changed, err)
	}
	if got := mustRead(t, path); got != "<svg>2</svg>" {
		t.Errorf("holds %q", got)
	}
	if tmp := leftovers(t, dir); len(tmp) > 0 {
		t.Errorf("left behind: %v", tmp)
	}
}

// failingWriter writes part of the map, then fails, as a full disk would.
func failingWriter(err error) func(io.Writer) error {
	return func(w io.Writer) error {
		if _, e := io.WriteString(w, "<svg>half a m"); e != nil {
			return e
		}
		return err
	}
}

// TestReplaceFileFailure: a write that fails half-way leaves the old file
// as it was and no temporary file.
func TestReplaceFileFailure(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "map.svg")
	if err := os.WriteFile(path, []byte("<svg>old</svg>"), 0o644); err != nil {
		t.Fatal(err)
	}
	full := errors.New("no space left on device")
	if err := replaceFile(path, failingWriter(full)); !errors.Is(err, full) {
		t.Fatalf("err %v, want %v", err, full)
	}
	if got := mustRead(t, path); got != "<svg>old</svg>" {
		t.Errorf("old file now holds %q", got)
	}
	if tmp := leftovers(t, dir); len(tmp) > 0 {
		t.Errorf("left behind: %v", tmp)
	}
}

// TestReplaceFileTemporaryName: the temporary file is made in the folder of
// the file it replaces, even when $TMPDIR is on the same file system, and
// is hidden, so that a folder searched for journeys skips it.
func TestReplaceFileTemporaryName(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	dir := t.TempDir()
	path := filepath.Join(dir, "map.svg")
	err := replaceFile(path, func(w io.Writer) error {
		f, ok := w.(interface{ Name() string })
		if !ok {
			t.Fatalf("the temporary file %T has no name", w)
		}
		if got := filepath.Dir(f.Name()); got != dir {
			t.Errorf("temporary file in %s, want %s", got, dir)
		}
		if base := filepath.Base(f.Name()); !strings.HasPrefix(base, ".map.svg") || base == ".map.svg" {
			t.Errorf("temporary file named %s, want .map.svg and more", base)
		}
		_, err := io.WriteString(w, "<svg/>")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := mustRead(t, path); got != "<svg/>" {
		t.Errorf("holds %q", got)
	}
}

// TestReplaceFileRenameFails: when the rename fails (here, because a folder
// stands where the file should go), the temporary file is removed.
func TestReplaceFileRenameFails(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "map.svg")
	if err := os.MkdirAll(filepath.Join(path, "inside"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := replaceFile(path, failingWriter(nil)); err == nil {
		t.Fatal("replaced a folder")
	}
	if tmp := leftovers(t, dir); len(tmp) > 0 {
		t.Errorf("left behind: %v", tmp)
	}
}

// TestWriteFileMissingFolder: a target in a folder that does not exist is
// an error, and nothing is created.
func TestWriteFileMissingFolder(t *testing.T) {
	dir := t.TempDir()
	if _, err := writeFile(filepath.Join(dir, "gone", "map.svg"), []byte("<svg/>")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err %v, want one of not existing", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) > 0 {
		t.Errorf("created %v", entries[0].Name())
	}
}

// TestWriteFileReadOnlyFolder: a folder that refuses new files leaves the
// old map as it was. Root is not refused, so there the test is skipped
// (see readOnlyDirsBind).
func TestWriteFileReadOnlyFolder(t *testing.T) {
	bind, err := readOnlyDirsBind()
	if err != nil {
		t.Fatal(err)
	}
	if !bind {
		t.Skip("a read-only folder does not stop this user")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "map.svg")
	if err := os.WriteFile(path, []byte("<svg>old</svg>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	if _, err := writeFile(path, []byte("<svg>new</svg>")); !errors.Is(err, os.ErrPermission) {
		t.Errorf("err %v, want permission denied", err)
	}
	if got := mustRead(t, path); got != "<svg>old</svg>" {
		t.Errorf("old file now holds %q", got)
	}
	if tmp := leftovers(t, dir); len(tmp) > 0 {
		t.Errorf("left behind: %v", tmp)
	}
}

// TestWriteFileFollowsLinks: a link is kept, and the file it leads to
// replaced; a link that leads nowhere is refused.
func TestWriteFileFollowsLinks(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "shared", "map.svg")
	link := filepath.Join(dir, "map.svg")
	if err := os.MkdirAll(filepath.Dir(real), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(real, []byte("<svg>old</svg>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if _, err := writeFile(link, []byte("<svg>new</svg>")); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", info, err)
	}
	if got := mustRead(t, real); got != "<svg>new</svg>" {
		t.Errorf("the file the link leads to holds %q", got)
	}

	dangling := filepath.Join(dir, "dangling.svg")
	if err := os.Symlink(filepath.Join(dir, "nothing"), dangling); err != nil {
		t.Fatal(err)
	}
	if _, err := writeFile(dangling, []byte("<svg/>")); err == nil || !strings.Contains(err.Error(), "leads nowhere") {
		t.Errorf("err %v, want a link that leads nowhere", err)
	}
}

// TestWriteFileRefusesDevices: /dev/null is not replaced by a file, which
// as root it could be.
func TestWriteFileRefusesDevices(t *testing.T) {
	if _, err := os.Stat(os.DevNull); err != nil || os.DevNull != "/dev/null" {
		t.Skip("no /dev/null")
	}
	if _, err := writeFile(os.DevNull, []byte("<svg/>")); !errors.Is(err, errNotRegular) {
		t.Errorf("err %v, want %v", err, errNotRegular)
	}
	if info, err := os.Stat(os.DevNull); err != nil || info.Mode().IsRegular() {
		t.Fatalf("/dev/null is now %v, %v", info, err)
	}
}
