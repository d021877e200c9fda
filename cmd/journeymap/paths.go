package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
)

// sameFile reports whether the paths a and b name one file (see fileKey).
func sameFile(a, b string) bool { return fileKey(a) == fileKey(b) }

// fileKey is what two paths to one file share, and two paths to different
// files do not, so that a file named twice (one.yaml and ./one.yaml, an
// absolute path, a link to it) is known as one everywhere: the file's
// identity on its device when it exists and the system tells it (which
// also knows two hard links as one), else its absolute path with the
// links in it resolved as far as they exist (a file still to be written).
func fileKey(path string) string { return newFileKeys().key(path) }

// fileKeys tells the fileKey of many paths. It remembers the key of each
// path and each folder with its links resolved: the outputs of a thousand
// journeys, not yet written, lie in a few folders, and resolving the links
// of every folder of their paths again for each of them took longer than
// drawing them.
type fileKeys struct {
	cwd     string            // the current folder; "" when it cannot be told
	paths   map[string]string // path: its key
	folders map[string]string // absolute folder: with its links resolved
}

func newFileKeys() *fileKeys {
	cwd, _ := os.Getwd()
	return &fileKeys{cwd: cwd, paths: map[string]string{}, folders: map[string]string{}}
}

// key is the fileKey of path.
func (k *fileKeys) key(path string) string {
	if key, ok := k.paths[path]; ok {
		return key
	}
	key := k.find(path)
	k.paths[path] = key
	return key
}

func (k *fileKeys) find(path string) string {
	if info, err := os.Stat(path); err == nil {
		if id, ok := fileIdentity(info); ok {
			return id
		}
	}
	abs := path
	if !filepath.IsAbs(path) {
		if k.cwd == "" {
			return "path " + filepath.Clean(path)
		}
		abs = filepath.Join(k.cwd, path)
	}
	if _, err := os.Lstat(abs); err == nil {
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			return "path " + real
		}
	}
	dir, base := filepath.Split(abs)
	return "path " + filepath.Join(k.folder(dir), base)
}

// folder is the absolute folder dir with the links in it resolved, or as
// it is when they cannot be.
func (k *fileKeys) folder(dir string) string {
	if real, ok := k.folders[dir]; ok {
		return real
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		real = dir
	}
	k.folders[dir] = real
	return real
}

// isJourneyName reports whether path is named like a journey: *.yaml or
// *.yml, in any case. Folders are searched for such files, and no output
// may take such a name.
func isJourneyName(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".yaml" || ext == ".yml"
}

// isFolder reports whether the -o path names a folder: one that exists,
// or one that ends in a path separator.
func isFolder(path string) bool {
	if path != "" && os.IsPathSeparator(path[len(path)-1]) {
		return true
	}
	return isDir(path)
}

// isDir reports whether path is a folder, or a link to one.
func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// displayName makes a path safe to print: control characters, which could
// forge lines of output, are shown escaped.
func displayName(path string) string {
	if !strings.ContainsFunc(path, unicode.IsControl) {
		return path
	}
	q := strconv.Quote(path)
	return q[1 : len(q)-1]
}
