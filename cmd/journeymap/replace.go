//go:build !windows

package main

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// replaceFile has write fill a temporary file next to path and renames it
// over path: a reader, and a run that is interrupted, see the old file or
// the new one, never part of one. On any failure the temporary file is
// removed and the error returned; path is then untouched.
//
// The temporary file is hidden (named .NAME.DIGITS.tmp), so a folder
// searched for journeys skips it. The new file keeps the mode of the file
// it replaces, so that a map kept private stays private; a new file is
// readable by all (0644) less the umask, as any file the user makes.
//
// The file is not flushed to disk (fsync) before the rename. Outputs are
// made again from the journeys by one command, and flushing each of
// thousands of them made writing a project several times slower. What the
// flush would add is the new bytes surviving a crash of the whole
// machine; without it, a file written just before such a crash may be
// empty or old afterwards, which `journeymap render --check` names and
// `journeymap render` mends.
func replaceFile(path string, write func(io.Writer) error) (err error) {
	perm, replacing := fs.FileMode(0o644), false
	if info, err := os.Lstat(path); err == nil && info.Mode().IsRegular() {
		perm, replacing = info.Mode().Perm(), true
	}
	f, err := createTemp(filepath.Dir(path), filepath.Base(path))
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if replacing {
		// createTemp made it 0644 less the umask; the file it replaces
		// may be more private, or more open.
		if err := f.Chmod(perm); err != nil {
			return err
		}
	}
	if err := write(f); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
