package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// stdinName names standard input in diagnostics.
const stdinName = "<stdin>"

// input is one journey file named on the command line or found in a folder.
type input struct {
	name  string // the path, as shown in diagnostics
	dir   string // the folder argument it was found in; "" for a file argument or stdin
	stdin bool
}

// collectInputs expands the arguments: a file stands for itself, a folder
// for every *.yaml and *.yml regular file below it (hidden files and folders
// skipped, in lexical order), and "-" for standard input. A file named twice
// is read once. An argument that cannot be used is returned as a problem,
// and the others are still collected.
func collectInputs(args []string) ([]input, []error) {
	var (
		inputs    []input
		problems  []error
		seen      = map[string]int{} // by file, where in inputs
		keys      = newFileKeys()
		stdinSeen bool
	)
	add := func(in input) {
		if in.stdin {
			inputs = append(inputs, in)
			return
		}
		key := keys.key(in.name) // one.yaml, ./one.yaml, /x/one.yaml and a link to it are one file
		i, dup := seen[key]
		switch {
		case !dup:
			seen[key] = len(inputs)
			inputs = append(inputs, in)
		case in.dir != "" && inputs[i].dir != "" && isLink(inputs[i].name) && !isLink(in.name):
			// A folder holds the file and a link to it: the map is named
			// after the file, whichever name sorts first.
			inputs[i] = in
		}
	}
	for _, arg := range args {
		if arg == "-" {
			if stdinSeen {
				problems = append(problems, usageError{fmt.Errorf("standard input (-) may be named once")})
				continue
			}
			stdinSeen = true
			add(input{name: stdinName, stdin: true})
			continue
		}
		info, err := statArg(arg)
		switch {
		case err != nil:
			problems = append(problems, err)
		case !info.IsDir():
			add(input{name: arg}) // named on purpose: read even if not a regular file
		default:
			found, errs := journeysIn(arg)
			problems = append(problems, errs...)
			if len(found) == 0 && len(errs) == 0 {
				problems = append(problems, ioError(arg, vocab.NoJourneysIn, displayName(arg)))
			}
			for _, in := range found {
				add(in)
			}
		}
	}
	return inputs, problems
}

// statArg stats a file or folder named on the command line; one that does
// not exist or cannot be told is a problem naming it.
func statArg(arg string) (fs.FileInfo, error) {
	info, err := os.Stat(arg)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, ioError(arg, vocab.NoSuchFile, displayName(arg))
	case err != nil:
		return nil, ioError(arg, vocab.CannotRead, displayName(arg), cause(err))
	}
	return info, nil
}

// isLink reports whether path is a symbolic link.
func isLink(path string) bool {
	info, err := os.Lstat(path)
	return err == nil && info.Mode()&fs.ModeSymlink != 0
}

// journeysIn lists the journey files below dir. Files that are not regular
// (pipes, devices, links to folders or to nothing) are skipped: reading
// them could block or fail for reasons that have nothing to do with
// journeys. A folder that cannot be read is a problem; the rest is still
// listed.
func journeysIn(dir string) ([]input, []error) {
	var found []input
	var problems []error
	// With a separator at its end the folder is entered even when it is a
	// link to a folder, which WalkDir would not follow; the paths it gives
	// are the same.
	if !strings.HasSuffix(dir, string(filepath.Separator)) {
		dir += string(filepath.Separator)
	}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			problems = append(problems, err)
			return nil // WalkDir skips the folder it could not read
		}
		if path != dir && isDirEntryHidden(d) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !isJourneyName(path) {
			return nil
		}
		if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
			found = append(found, input{name: path, dir: dir})
		}
		return nil
	})
	if err != nil {
		problems = append(problems, err)
	}
	return found, problems
}

// read returns the bytes of an input, at most one byte past the size limit
// so that an oversized file is reported without being read whole.
func (in input) read(stdin io.Reader) ([]byte, error) {
	return in.readAtMost(stdin, journey.MaxFileBytes+1)
}

// readAtMost reads the input, up to limit bytes.
func (in input) readAtMost(stdin io.Reader, limit int64) ([]byte, error) {
	r := stdin
	if !in.stdin {
		f, err := os.Open(in.name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	return io.ReadAll(io.LimitReader(r, limit))
}

// oneJourney is the journey named by arg, for a command (named command)
// that reads one: a file, or - for standard input. A folder is refused.
func oneJourney(command, arg string) (input, error) {
	if arg == "-" {
		return input{name: stdinName, stdin: true}, nil
	}
	info, err := statArg(arg)
	switch {
	case err != nil:
		return input{}, err
	case info.IsDir():
		return input{}, usageError{fmt.Errorf("%s is a folder; %s reads one journey: name its file", displayName(arg), command)}
	}
	return input{name: arg}, nil
}

// parsed is the outcome of reading and parsing one input.
type parsed struct {
	input   input
	journey *journey.Journey
	diags   journey.Diagnostics
	err     error // reading failed
	// catalogue: the file is a catalogue (no title, no phases), checked
	// as one; it has no journey and no map.
	catalogue bool
}

// parseAll reads and parses every input, using every core, and returns the
// results in input order so that output does not depend on scheduling.
func parseAll(inputs []input, stdin io.Reader, opts journey.Options) []parsed {
	results := make([]parsed, len(inputs))
	inParallel(len(inputs), func(i int) {
		results[i] = parseOne(inputs[i], stdin, opts)
		results[i].journey = nil // the report needs the diagnostics only
	})
	return results
}

// inParallel calls do(i) for every i in [0, n) on a few workers per core,
// and returns when every call has returned. Callers store what do(i) finds
// at index i and print it afterwards, in order, so that output does not
// depend on scheduling; they keep only what the report needs, so that
// memory does not grow with the number of inputs. All the work for one
// input (reading, parsing, rendering, writing) belongs in one call. There
// are twice as many workers as cores, so that a core stays busy while a
// worker waits for the disk.
func inParallel(n int, do func(i int)) {
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(2*runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := range work {
				do(i)
			}
		})
	}
	for i := range n {
		work <- i
	}
	close(work)
	wg.Wait()
}

func parseOne(in input, stdin io.Reader, opts journey.Options) parsed {
	src, err := in.read(stdin)
	if err != nil {
		return parsed{input: in, err: ioError(in.name, vocab.CannotRead, displayName(in.name), cause(err))}
	}
	opts.Includer = includerOf(in)
	if !in.stdin && journey.IsCatalogue(src) {
		copts := opts
		if copts.DefaultLang == "" {
			copts.DefaultLang = opts.Lang
		}
		if diags, ok := journey.ParseCatalogue(displayName(in.name), src, copts); ok {
			return parsed{input: in, diags: diags, catalogue: true}
		}
	}
	j, diags := journey.Parse(displayName(in.name), src, opts)
	return parsed{input: in, journey: j, diags: diags}
}

// includerOf reads the catalogues the journey of in includes, inside its
// repository; nil for standard input, which includes nothing.
func includerOf(in input) journey.Includer {
	if in.stdin {
		return nil
	}
	inc, err := journey.NewFileIncluder(displayName(in.name), in.name)
	if err != nil {
		return nil // the journey's include is reported as unreadable
	}
	return inc
}

// catalogueSet holds the names of the catalogues a run checks on their
// own.
type catalogueSet map[string]bool

// cataloguesChecked are the catalogues among results.
func cataloguesChecked(results []parsed) catalogueSet {
	set := catalogueSet{}
	for _, r := range results {
		if r.catalogue {
			set[displayName(r.input.name)] = true
		}
	}
	return set
}

// drop returns the diagnostics of a journey without those inside a
// catalogue the run checks on its own, which are listed once, under it:
// the journey keeps the error at its include (include-invalid).
func (set catalogueSet) drop(r parsed) journey.Diagnostics {
	if r.catalogue || len(set) == 0 {
		return r.diags
	}
	var out journey.Diagnostics
	for _, d := range r.diags {
		if !set[d.File] {
			out = append(out, d)
		}
	}
	return out
}
