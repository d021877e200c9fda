package preview

import (
	"crypto/sha256"
	"errors"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// maxGone bounds the journeys the server remembers after their files were
// deleted, so that a page open on one can say so; older ones are
// forgotten, and memory stays flat however many files come and go.
const maxGone = 256

// A root is a file or folder named on the command line.
type root struct {
	index int    // its place on the command line, from 0
	path  string // as given
	abs   string // absolute
	real  string // absolute, links resolved: what the folder's journeys must lie in
	dir   bool
}

// An entry is one journey being served: a file named on the command line,
// or found in a folder by Options.List.
type entry struct {
	key  string // the page's address below /j/
	name string // the path as given or found; diagnostics name the file so
	abs  string // absolute, for the watcher's events and the editor's link
	real string // links resolved, for events on a link's target
	root *root
	snap atomic.Pointer[snapshot]
}

// A snapshot is one version of a journey as the server read it. It never
// changes once made: the watcher makes a new one, and a request uses the
// one it found from start to end.
type snapshot struct {
	version int
	src     []byte              // the file's bytes, for quoting its lines
	sum     [sha256.Size]byte   // of src, to skip a save that changed nothing
	diags   journey.Diagnostics // the journey's, then what its map and matrix cut to fit; sorted
	readErr error               // the file could not be read
	drawErr error               // the journey is valid, but could not be drawn
	gone    bool                // the file no longer exists
	good    *drawing            // the last version without errors, nil if none
	lang    vocab.Lang          // of the last version that told it
	title   string              // of the last version without errors
	// includes are the catalogues the journey includes, as files with
	// links resolved: a change in one reads the journey again.
	includes []string
	// sources are the lines of the catalogues read for this version, by
	// the name their diagnostics give them, to quote those lines.
	sources map[string][]string
	// catalogue: the file is a catalogue (no title, no phases), checked
	// as one; it has no map.
	catalogue bool
}

// valid reports whether this version has no errors: the map shown is its
// own, not an earlier version's.
func (s *snapshot) valid() bool {
	return s.good != nil && s.good.version == s.version
}

// counts returns the errors and warnings of this version.
func (s *snapshot) counts() (errs, warns int) {
	if s.readErr != nil || s.drawErr != nil || s.gone {
		errs = 1
	}
	if s.readErr != nil || s.gone {
		return errs, 0
	}
	e, w := s.diags.Count()
	return errs + e, w
}

// A library is the set of journeys being served, in the order of the
// command line and, within a folder, of Options.List.
type library struct {
	roots []*root

	mu      sync.RWMutex
	list    []*entry
	byKey   map[string]*entry
	gone    map[string]*entry // deleted journeys, by key, for pages still open on them
	goneAge []string          // their keys, oldest first
	version int               // of the index: any change to the list or to a journey
}

// newLibrary makes the roots of the paths named on the command line. A
// path that does not exist is an error: the command line checks them
// first.
func newLibrary(paths []string) (*library, error) {
	lib := &library{byKey: map[string]*entry{}, gone: map[string]*entry{}}
	for i, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		real, err := filepath.EvalSymlinks(abs)
		if err != nil {
			return nil, err
		}
		lib.roots = append(lib.roots, &root{index: i, path: p, abs: abs, real: real, dir: info.IsDir()})
	}
	return lib, nil
}

// entries returns the journeys being served, in order.
func (lib *library) entries() []*entry {
	lib.mu.RLock()
	defer lib.mu.RUnlock()
	return slices.Clone(lib.list)
}

// lookup returns the journey with the page key, and whether it is served
// or was, until its file was deleted.
func (lib *library) lookup(key string) *entry {
	lib.mu.RLock()
	defer lib.mu.RUnlock()
	if e, ok := lib.byKey[key]; ok {
		return e
	}
	return lib.gone[key]
}

// indexVersion is the version of the index.
func (lib *library) indexVersion() int {
	lib.mu.RLock()
	defer lib.mu.RUnlock()
	return lib.version
}

// bump counts a change of the index.
func (lib *library) bump() {
	lib.mu.Lock()
	lib.version++
	lib.mu.Unlock()
}

// found is a journey file a scan found: its path as found, in a root.
type found struct {
	name string
	root *root
}

// scan lists the journeys of the roots: a file root stands for itself,
// even when it is missing now (it may come back); a folder root for what
// list finds below it, leaving out files whose links lead out of the
// folder. Problems are the ones list met.
func (lib *library) scan(list func(dir string) ([]string, []error)) ([]found, []error) {
	var out []found
	var problems []error
	for _, r := range lib.roots {
		if !r.dir {
			out = append(out, found{name: r.path, root: r})
			continue
		}
		names, errs := list(r.path)
		problems = append(problems, errs...)
		for _, name := range names {
			if within(r.real, name) {
				out = append(out, found{name: name, root: r})
			}
		}
	}
	return out, problems
}

// within reports whether the file name, its links resolved, lies in the
// folder dir (itself resolved): a journey that links out of a served
// folder is not served.
func within(dir, name string) bool {
	real, err := filepath.EvalSymlinks(name)
	if err != nil {
		return false
	}
	if real, err = filepath.Abs(real); err != nil {
		return false
	}
	rel, err := filepath.Rel(dir, real)
	return err == nil && filepath.IsLocal(rel)
}

// update makes the list of journeys what a scan found: new files become
// entries (returned, to be read), and entries whose files are no longer
// found are forgotten (returned too, to tell their pages). A file found
// twice (through two roots, or two paths to it) is served once. An entry
// keeps its key while it is served; a new one gets its own (see keyOf),
// with underscores in front while another entry has it.
func (lib *library) update(files []found) (added, removed []*entry) {
	lib.mu.Lock()
	defer lib.mu.Unlock()
	old := map[string]*entry{}
	for _, e := range lib.list {
		old[e.abs] = e
	}
	list := make([]*entry, 0, len(files))
	byKey := map[string]*entry{}
	seen := map[string]bool{}
	for _, f := range files {
		abs, err := filepath.Abs(f.name)
		if err != nil {
			continue
		}
		real, err := filepath.EvalSymlinks(abs)
		if err != nil {
			real = abs // a file root that is missing now
		}
		if seen[real] {
			continue
		}
		seen[real] = true
		if e, ok := old[abs]; ok && e.real == real {
			delete(old, abs)
			byKey[e.key] = e
			list = append(list, e)
			continue
		}
		e := &entry{name: f.name, abs: abs, real: real, root: f.root}
		added = append(added, e)
		list = append(list, e)
	}
	for _, e := range added {
		e.key = keyOf(e.name, e.root)
		for byKey[e.key] != nil {
			e.key = "_" + e.key
		}
		byKey[e.key] = e
		if _, ok := lib.gone[e.key]; ok {
			delete(lib.gone, e.key)
			lib.goneAge = slices.DeleteFunc(lib.goneAge, func(k string) bool { return k == e.key })
		}
	}
	for _, e := range lib.list {
		if old[e.abs] == e {
			removed = append(removed, e)
			lib.forget(e)
		}
	}
	lib.list, lib.byKey = list, byKey
	if len(added) > 0 || len(removed) > 0 {
		lib.version++
	}
	return added, removed
}

// forget keeps a deleted journey's entry for pages still open on it, at
// most maxGone of them.
func (lib *library) forget(e *entry) {
	if _, ok := lib.gone[e.key]; !ok {
		lib.goneAge = append(lib.goneAge, e.key)
	}
	lib.gone[e.key] = e
	for len(lib.goneAge) > maxGone {
		delete(lib.gone, lib.goneAge[0])
		lib.goneAge = lib.goneAge[1:]
	}
}

// keyOf is the page key of a journey: its path as found, with forward
// slashes, when it is a path below the working folder; else its place
// below its root, after the root's number on the command line.
func keyOf(name string, r *root) string {
	if filepath.IsLocal(name) {
		return filepath.ToSlash(filepath.Clean(name))
	}
	rel := filepath.Base(name)
	if r.dir {
		if p, err := filepath.Rel(r.path, name); err == nil && filepath.IsLocal(p) {
			rel = p
		}
	}
	return strconv.Itoa(r.index+1) + "/" + filepath.ToSlash(rel)
}

// readJourney reads a journey file, at most one byte past the size limit
// so that an oversized file is reported without being read whole.
func readJourney(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, journey.MaxFileBytes+1))
}

// isGone reports whether a read failed because the file is not there.
func isGone(err error) bool { return errors.Is(err, fs.ErrNotExist) }

// watchedFolders lists the folders the watcher watches: every folder
// below a folder root that List would search (hidden ones left out), and
// for a file root its folder and, when it is a link, its target's folder,
// since editors save by writing a new file and renaming it over the old.
//
// The folders of the catalogues the journeys include are watched too.
func (lib *library) watchedFolders() []string {
	set := map[string]bool{}
	for _, e := range lib.entries() {
		if snap := e.snap.Load(); snap != nil {
			for _, f := range snap.includes {
				set[filepath.Dir(f)] = true
			}
		}
	}
	for _, r := range lib.roots {
		if !r.dir {
			set[filepath.Dir(r.abs)] = true
			if real, err := filepath.EvalSymlinks(r.abs); err == nil {
				set[filepath.Dir(real)] = true
			}
			continue
		}
		set[r.abs] = true
		_ = filepath.WalkDir(r.abs+string(filepath.Separator), func(path string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return nil
			}
			path = filepath.Clean(path)
			if path != r.abs && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			set[path] = true
			return nil
		})
	}
	return slices.Sorted(maps.Keys(set))
}
