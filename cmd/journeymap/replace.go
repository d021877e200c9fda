//go:build !windows

package main

import (
	"io"
	"path/filepath"

	"github.com/google/renameio/v2"
)

// replaceFile has write fill a temporary file next to path, flushes it to
// disk, and renames it over path. The temporary file is hidden (named
// .NAME and digits), so a folder searched for journeys skips it. The new
// file keeps the mode of the file it replaces, so that a map kept private
// stays private; a new file is readable by all (0644) less the umask, as
// any file the user makes. On any failure the temporary file is removed
// and the error returned; path is then untouched.
//
// Without WithTempDir, renameio would put the temporary file in $TMPDIR
// when that is on the same file system, and try so by making and removing
// a file next to path on every call: the temporary file belongs next to
// path, and nowhere else.
func replaceFile(path string, write func(io.Writer) error) error {
	f, err := renameio.NewPendingFile(path,
		renameio.WithTempDir(filepath.Dir(path)),
		renameio.WithPermissions(0o644),
		renameio.WithExistingPermissions(),
	)
	if err != nil {
		return err
	}
	defer f.Cleanup()
	if err := write(f); err != nil {
		return err
	}
	return f.CloseAtomicallyReplace()
}
