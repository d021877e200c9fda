//go:build unix

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// withUmask runs f with the process's umask set to mask. The umask belongs
// to the whole process; the tests that call this are not parallel, so no
// other test writes files while it is changed.
func withUmask(mask int, f func()) {
	old := syscall.Umask(mask)
	defer syscall.Umask(old)
	f()
}

func modeOf(t *testing.T, path string) os.FileMode {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info.Mode().Perm()
}

// TestWriteFileKeepsMode: a map drawn again keeps the mode of the file it
// replaces, whatever the umask, so that a map kept private stays private;
// through a link, the file the link leads to keeps its mode.
func TestWriteFileKeepsMode(t *testing.T) {
	dir := t.TempDir()
	withUmask(0o027, func() {
		for _, mode := range []os.FileMode{0o600, 0o640, 0o644, 0o664, 0o444} {
			path := filepath.Join(dir, fmt.Sprintf("%o.svg", mode))
			if err := os.WriteFile(path, []byte("<svg>old</svg>"), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(path, mode); err != nil {
				t.Fatal(err)
			}
			if _, err := writeFile(path, []byte("<svg>new</svg>")); err != nil {
				t.Fatal(err)
			}
			if got := mustRead(t, path); got != "<svg>new</svg>" {
				t.Errorf("%#o: holds %q", mode, got)
			}
			if got := modeOf(t, path); got != mode {
				t.Errorf("a %#o map drawn again is %#o", mode, got)
			}
		}

		real := filepath.Join(dir, "private.svg")
		link := filepath.Join(dir, "link.svg")
		if err := os.WriteFile(real, []byte("<svg>old</svg>"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(real, link); err != nil {
			t.Fatal(err)
		}
		if _, err := writeFile(link, []byte("<svg>new</svg>")); err != nil {
			t.Fatal(err)
		}
		if got := modeOf(t, real); got != 0o600 {
			t.Errorf("a 0600 map drawn again through a link is %#o", got)
		}
	})
	if tmp := leftovers(t, dir); len(tmp) > 0 {
		t.Errorf("left behind: %v", tmp)
	}
}

// TestWriteFileNewMode: a new map is readable by all (0644), less what the
// umask takes away, as any file the user makes.
func TestWriteFileNewMode(t *testing.T) {
	for _, tc := range []struct {
		umask int
		want  os.FileMode
	}{
		{0o022, 0o644},
		{0o002, 0o644},
		{0o027, 0o640},
		{0o077, 0o600},
	} {
		path := filepath.Join(t.TempDir(), "map.svg")
		withUmask(tc.umask, func() {
			if _, err := writeFile(path, []byte("<svg/>")); err != nil {
				t.Fatal(err)
			}
		})
		if got := modeOf(t, path); got != tc.want {
			t.Errorf("umask %#o: a new map is %#o, want %#o", tc.umask, got, tc.want)
		}
	}
}

// TestInitNewMode: a starter journey is made as a new map is: 0644 less
// the umask.
func TestInitNewMode(t *testing.T) {
	for _, tc := range []struct {
		umask int
		want  os.FileMode
	}{
		{0o022, 0o644},
		{0o027, 0o640},
		{0o077, 0o600},
	} {
		path := filepath.Join(t.TempDir(), "journey.yaml")
		withUmask(tc.umask, func() {
			if err := createFile(path, []byte("title: T\n")); err != nil {
				t.Fatal(err)
			}
		})
		if got := modeOf(t, path); got != tc.want {
			t.Errorf("umask %#o: a new journey is %#o, want %#o", tc.umask, got, tc.want)
		}
		if tmp := leftovers(t, filepath.Dir(path)); len(tmp) > 0 {
			t.Errorf("left behind: %v", tmp)
		}
	}
}
