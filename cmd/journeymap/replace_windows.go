package main

import (
	"io"
	"os"
	"path/filepath"
)

// replaceFile has write fill a temporary file next to path (named
// .NAME.*.tmp, hidden, and skipped when a folder is searched for journeys),
// makes it writable (0644), and renames it over path. On any failure it
// removes the temporary file and returns the error; path is then
// untouched. As replace.go says, it is not flushed to disk first.
//
// This is the Windows version: Windows files have no mode to keep beyond
// read-only.
func replaceFile(path string, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := write(f); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
