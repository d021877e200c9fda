package journey

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/journeymap/journeymap/journey/vocab"
)

// A journey may include catalogues (include: [../catalogue.yaml]), and a
// catalogue others. Their files are read through an Includer, which keeps
// them inside the repository: a path is relative to the file that names
// it, must not be absolute, must not lead outside the root by .. or
// through a symbolic link, and must name a .yaml or .yml file. The parse
// bounds the rest: at most MaxIncludes files, no cycle (catalogue.go).

// An Includer reads the file that path names, as the file from (a name an
// earlier Include returned, or the journey's) writes it. The error is an
// *IncludeError for a path that breaks a rule or cannot be read.
type Includer interface {
	Include(from, path string) (Included, error)
}

// Included is a file read through an Includer: the name its diagnostics
// give it, a key that is the same for every path to the same file (for
// cycles), and its bytes.
type Included struct {
	Name, Key string
	Src       []byte
}

// IncludeError is why an include cannot be read: a diagnostic at the path
// in the file that names it.
type IncludeError struct {
	Code   Code
	Phrase vocab.Phrase
}

func (e *IncludeError) Error() string { return English.Say(e.Phrase) }

// Root is the folder the includes of the journey file at path must stay
// in: the nearest folder above it (or its own) holding .git or
// .journeymap.yaml, else its own folder.
func Root(path string) (string, error) {
	abs, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return "", err
	}
	for dir := abs; ; {
		for _, marker := range []string{".git", ".journeymap.yaml"} {
			if _, err := os.Lstat(filepath.Join(dir, marker)); err == nil {
				return dir, nil
			}
		}
		up := filepath.Dir(dir)
		if up == dir {
			return abs, nil
		}
		dir = up
	}
}

// FileIncluder reads included files from the file system, inside Root.
// It serves one journey (or catalogue checked on its own).
type FileIncluder struct {
	root     string            // absolute
	realRoot string            // with symbolic links resolved
	rootName string            // as diagnostics name it: relative to the journey's name, so that they depend on no machine
	paths    map[string]string // the path of each file, by the name its diagnostics give it
	read     []string          // the files read, with symbolic links resolved
}

// Files lists the files read so far, with symbolic links resolved: what a
// watcher watches to know when the journey's catalogues change.
func (fi *FileIncluder) Files() []string { return slices.Clone(fi.read) }

// NewFileIncluder makes the Includer of the journey file at path, which
// its diagnostics call name, confined to Root(path).
func NewFileIncluder(name, path string) (*FileIncluder, error) {
	root, err := Root(path)
	if err != nil {
		return nil, err
	}
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		return nil, err
	}
	rootName := root
	if dir, err := filepath.Abs(filepath.Dir(path)); err == nil {
		if rel, err := filepath.Rel(dir, root); err == nil {
			rootName = filepath.ToSlash(filepath.Clean(filepath.Join(filepath.Dir(name), rel)))
		}
	}
	return &FileIncluder{root: root, realRoot: real, rootName: rootName, paths: map[string]string{name: path}}, nil
}

// Include reads the file that path, written in the file from, names.
func (fi *FileIncluder) Include(from, path string) (Included, error) {
	fail := func(code Code, w vocab.Word, args ...any) (Included, error) {
		return Included{}, &IncludeError{Code: code, Phrase: vocab.Say(w, args...)}
	}
	if filepath.IsAbs(path) || strings.HasPrefix(path, "/") || strings.HasPrefix(path, `\`) || filepath.VolumeName(path) != "" || driveLetter(path) {
		return fail(CodeIncludeAbsolute, vocab.IncludeAbsolute, quote(path))
	}
	// A journey reads the same on every system: a backslash separates
	// folders, as on Windows, and is never part of a name.
	slashed := strings.ReplaceAll(path, `\`, "/")
	if ext := filepath.Ext(slashed); ext != ".yaml" && ext != ".yml" {
		return fail(CodeIncludeNotYAML, vocab.IncludeNotYAML, quote(path))
	}
	fromPath, ok := fi.paths[from]
	if !ok {
		fromPath = from
	}
	fromDir, err := filepath.Abs(filepath.Dir(fromPath))
	if err != nil {
		return fail(CodeIncludeMissing, vocab.IncludeUnreadable, quote(path), err.Error())
	}
	target := filepath.Join(fromDir, filepath.FromSlash(slashed))
	rel, err := filepath.Rel(fi.root, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fail(CodeIncludeOutside, vocab.IncludeOutside, quote(path), quote(fi.rootName))
	}
	// Every folder on the way, and the file, must stay inside the root
	// once symbolic links are followed.
	at := fi.root
	for _, part := range strings.Split(rel, string(filepath.Separator)) {
		at = filepath.Join(at, part)
		info, err := os.Lstat(at)
		if errors.Is(err, fs.ErrNotExist) {
			return fail(CodeIncludeMissing, vocab.IncludeMissing, quote(path))
		}
		if err != nil {
			return fail(CodeIncludeMissing, vocab.IncludeUnreadable, quote(path), errText(err))
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			continue
		}
		real, err := filepath.EvalSymlinks(at)
		if err != nil {
			return fail(CodeIncludeMissing, vocab.IncludeUnreadable, quote(path), errText(err))
		}
		if r, err := filepath.Rel(fi.realRoot, real); err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
			return fail(CodeIncludeOutside, vocab.IncludeSymlinkOutside, quote(path), quote(fi.rootName))
		}
	}
	real, err := filepath.EvalSymlinks(target)
	if err != nil {
		return fail(CodeIncludeMissing, vocab.IncludeUnreadable, quote(path), errText(err))
	}
	// Only a regular file: opening a named pipe or a device could block
	// or never end.
	if info, err := os.Stat(real); err != nil || !info.Mode().IsRegular() {
		return fail(CodeIncludeMissing, vocab.IncludeNotFile, quote(path))
	}
	// Read through os.Root too, which refuses to leave the root whatever
	// changes between the checks above and the read.
	r, err := os.OpenRoot(fi.root)
	if err != nil {
		return fail(CodeIncludeMissing, vocab.IncludeUnreadable, quote(path), errText(err))
	}
	defer r.Close()
	f, err := r.Open(rel)
	if err != nil {
		return fail(CodeIncludeOutside, vocab.IncludeUnreadable, quote(path), errText(err))
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return fail(CodeIncludeMissing, vocab.IncludeNotFile, quote(path))
	}
	src, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return fail(CodeIncludeMissing, vocab.IncludeUnreadable, quote(path), errText(err))
	}
	name := filepath.ToSlash(filepath.Join(filepath.Dir(from), filepath.FromSlash(slashed)))
	fi.paths[name] = target
	fi.read = append(fi.read, real)
	return Included{Name: name, Key: real, Src: src}, nil
}

// driveLetter reports whether path starts with a Windows drive (C: or
// c:/), absolute on Windows, and so refused on every system.
func driveLetter(path string) bool {
	return len(path) >= 2 && path[1] == ':' && ('a' <= path[0] && path[0] <= 'z' || 'A' <= path[0] && path[0] <= 'Z')
}

// errText is what went wrong, without the path the error repeats.
func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// ParseFile reads the journey file at path and parses it as Parse does,
// with the catalogues it includes read by a FileIncluder; its diagnostics
// name it path. The error is one of reading the file.
func ParseFile(path string, opts Options) (*Journey, Diagnostics, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	if inc, err := NewFileIncluder(path, path); err == nil {
		opts.Includer = inc
	}
	j, diags := Parse(path, src, opts)
	return j, diags, nil
}
