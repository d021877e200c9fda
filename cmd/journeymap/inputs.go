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
)

// stdinName names standard input in diagnostics.
const stdinName = "<stdin>"

// input is one journey file named on the command line or found in a folder.
type input struct {
	name  string // as shown in diagnostics
	stdin bool
}

// collectInputs expands the arguments: a file stands for itself, a folder
// for every *.yaml and *.yml file below it (hidden folders skipped, in
// lexical order), and "-" for standard input.
func collectInputs(args []string) ([]input, error) {
	var inputs []input
	stdinSeen := false
	for _, arg := range args {
		if arg == "-" {
			if stdinSeen {
				return nil, usageError{fmt.Errorf("standard input (-) may be named once")}
			}
			stdinSeen = true
			inputs = append(inputs, input{name: stdinName, stdin: true})
			continue
		}
		info, err := os.Stat(arg)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file or folder", arg)
		} else if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			inputs = append(inputs, input{name: arg})
			continue
		}
		found, err := journeysIn(arg)
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("no journeys (*.yaml, *.yml) in %s", arg)
		}
		inputs = append(inputs, found...)
	}
	return inputs, nil
}

func journeysIn(dir string) ([]input, error) {
	var found []input
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if ext := strings.ToLower(filepath.Ext(path)); ext == ".yaml" || ext == ".yml" {
			found = append(found, input{name: path})
		}
		return nil
	})
	return found, err
}

// read returns the bytes of an input, at most one byte past the size limit
// so that an oversized file is reported without being read whole.
func (in input) read(stdin io.Reader) ([]byte, error) {
	r := stdin
	if !in.stdin {
		f, err := os.Open(in.name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	return io.ReadAll(io.LimitReader(r, journey.MaxFileBytes+1))
}

// parsed is the outcome of reading and parsing one input.
type parsed struct {
	input   input
	journey *journey.Journey
	diags   journey.Diagnostics
	err     error // reading failed
}

// parseAll reads and parses every input, using every core, and returns the
// results in input order so that output does not depend on scheduling.
func parseAll(inputs []input, stdin io.Reader, opts journey.Options) []parsed {
	results := make([]parsed, len(inputs))
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(inputs)) {
		wg.Go(func() {
			for i := range work {
				results[i] = parseOne(inputs[i], stdin, opts)
			}
		})
	}
	for i := range inputs {
		work <- i
	}
	close(work)
	wg.Wait()
	return results
}

func parseOne(in input, stdin io.Reader, opts journey.Options) parsed {
	src, err := in.read(stdin)
	if err != nil {
		return parsed{input: in, err: err}
	}
	j, diags := journey.Parse(in.name, src, opts)
	return parsed{input: in, journey: j, diags: diags}
}
