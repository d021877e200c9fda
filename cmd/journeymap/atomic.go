package main

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// errNotRegular refuses to replace what is not a regular file: putting a
// file in the place of /dev/null or of a named pipe would do harm.
var errNotRegular = errors.New("not a regular file")

// writeFile makes the file at path hold data, and reports whether it
// changed. A file that holds data already is left alone, modification time
// and all, so that make and git see no change. Otherwise data goes to a
// temporary file in the same folder, which is renamed over path: a reader
// sees the old file or the new one, never part of one. On failure the old
// file is left as it was and the temporary file is removed. A link is
// followed, and the file it leads to replaced. The file keeps its mode; a
// new one is readable by all (0644) less the umask.
func writeFile(path string, data []byte) (changed bool, err error) {
	path, err = regularFile(path)
	if err != nil {
		return false, err
	}
	if holds(path, data) {
		return false, nil
	}
	err = replaceFile(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	return err == nil, err
}

// regularFile returns the file that writing to path would replace: path
// itself, or where the link at path leads. It need not exist; if it does,
// it must be a regular file.
func regularFile(path string) (string, error) {
	info, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return path, nil
	}
	if err != nil {
		return "", err
	}
	if info.Mode()&fs.ModeSymlink != 0 {
		if path, err = filepath.EvalSymlinks(path); err != nil {
			return "", errors.New("a link that leads nowhere")
		}
		if info, err = os.Stat(path); err != nil {
			return "", err
		}
	}
	if !info.Mode().IsRegular() {
		return "", errNotRegular
	}
	return path, nil
}

// compareFile tells, without writing anything, what writeFile(path, data)
// would find: a file that holds data already (unchanged), one that holds
// something else (stale), or none (missing). It follows a link as
// writeFile does, and fails where writeFile would refuse to replace.
func compareFile(path string, data []byte) (outcome, error) {
	path, err := regularFile(path)
	if err != nil {
		return notDone, err
	}
	return contents(path, data)
}

// holds reports whether the file at path holds exactly data.
func holds(path string, data []byte) bool {
	out, err := contents(path, data)
	return err == nil && out == unchanged
}

// contents compares the file at path with data: unchanged when it holds
// exactly data, stale when it holds something else, missing when there
// is none. A file of another size is not read.
func contents(path string, data []byte) (outcome, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return missing, nil
	case err != nil:
		return notDone, err
	case info.Size() != int64(len(data)):
		return stale, nil
	}
	old, err := os.ReadFile(path)
	switch {
	case err != nil:
		return notDone, err
	case bytes.Equal(old, data):
		return unchanged, nil
	}
	return stale, nil
}

// cause strips the operation and path that an error from package os
// carries, for a message that names the path already.
func cause(err error) error {
	switch e := err.(type) {
	case *fs.PathError:
		return e.Err
	case *os.LinkError:
		return e.Err
	case *os.SyscallError:
		return e.Err
	}
	return err
}
