package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/journeymap/journeymap/journey/vocab"
)

// An output is what a command makes of a journey: a map, a matrix, a
// report.
type output struct {
	noun   string // for messages: "map"
	suffix string // of its file next to the journey: ".svg"
	beside bool   // without -o it goes next to its journey; else to standard output
}

// pictureOutput is the output of render (the map: NAME.svg) or matrix
// (the matrix: NAME.matrix.svg) in a picture's format. The report's
// depends on its format.
func pictureOutput(noun, infix, format string) output {
	return output{noun: noun, suffix: infix + "." + format, beside: true}
}

// A target is one journey and where its output goes.
type target struct {
	input input
	path  string // the output's file; "" for standard output
	mkdir bool   // create the file's folder when missing: -o named a folder
}

// name is the file of the output of the journey at path, next to it: its
// extension replaced by the output's suffix.
func (o output) name(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + o.suffix
}

// underFolder is the target of the output of in under the folder dir, at
// rel (the journey's path below the folder it was found in, or its name).
func (o output) underFolder(in input, dir, rel string) (target, error) {
	if in.stdin {
		return target{}, usageError{fmt.Errorf("the %s of standard input (-) has no name to go under -o %s; name its file with -o FILE, or write it to standard output", o.noun, displayName(dir))}
	}
	return target{input: in, path: filepath.Join(dir, o.name(rel)), mkdir: true}, nil
}

// single decides where the output of one journey goes: with no -o (output
// ""), next to the journey or to standard output (see beside), and for a
// journey from standard input to standard output; with -o -, to standard
// output; into the folder -o names, created when missing; else to the
// file -o names. It refuses a target that refuse refuses.
func (o output) single(in input, output string) (target, error) {
	t := target{input: in}
	switch {
	case output == "":
		if o.beside && !in.stdin {
			t.path = o.name(in.name)
		}
	case output == "-":
	case isFolder(output):
		var err error
		if t, err = o.underFolder(in, output, filepath.Base(in.name)); err != nil {
			return target{}, err
		}
	default:
		t.path = output
	}
	return t, o.refuse(t, newFileKeys(), nil)
}

// refuse refuses, before anything is written, an output to a file named
// like a journey, or over its own journey or any of others (by their
// keys).
func (o output) refuse(t target, keys *fileKeys, others map[string]string) error {
	if t.path == "" {
		return nil
	}
	if isJourneyName(t.path) {
		return usageError{fmt.Errorf("the %s of %s would be written to %s, which is named like a journey; name the %s *%s",
			o.noun, displayName(t.input.name), displayName(t.path), o.noun, filepath.Ext(o.suffix))}
	}
	if !t.input.stdin && keys.key(t.path) == keys.key(t.input.name) {
		return usageError{fmt.Errorf("the %s of %s would be written over the journey itself; name another file with -o",
			o.noun, displayName(t.input.name))}
	}
	if other, ok := others[keys.key(t.path)]; ok {
		return usageError{fmt.Errorf("the %s of %s would be written over the journey %s; name another file with -o",
			o.noun, displayName(t.input.name), displayName(other))}
	}
	return nil
}

// outcome is what became of an output.
type outcome int

const (
	notDone   outcome = iota // not made: the journey is invalid, or something failed
	written                  // the file was written, or the output printed
	unchanged                // the file held these bytes already: with --check, up to date
	stale                    // --check: the file holds other bytes
	missing                  // --check: there is no file
)

// writeOutput puts data where t says: on stdout, or in its file (see
// writeFile), creating the file's folder when -o named a folder.
func writeOutput(t target, data []byte, stdout io.Writer) (outcome, error) {
	if t.path == "" {
		if _, err := stdout.Write(data); err != nil {
			return notDone, fileProblem("", codeIOError, vocab.CannotWriteStdout, cause(err))
		}
		return written, nil
	}
	dir := filepath.Dir(t.path)
	if t.mkdir {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return notDone, ioError(dir, vocab.CannotCreateFolder, displayName(dir), cause(err))
		}
	}
	changed, err := writeFile(t.path, data)
	switch {
	case err != nil && !isDir(dir):
		return notDone, ioError(t.path, vocab.CannotWriteNoFolder, displayName(t.path), displayName(dir))
	case err != nil:
		return notDone, ioError(t.path, vocab.CannotWrite, displayName(t.path), cause(err))
	case changed:
		return written, nil
	}
	return unchanged, nil
}

// checkOutput compares data with the file of t and writes nothing: it is
// up to date (unchanged), stale or missing. Where writeOutput would fail
// (the file is not a regular file, or -o FILE names a folder that does
// not exist, which it does not create), so does the check.
func checkOutput(t target, data []byte) (outcome, error) {
	out, err := compareFile(t.path, data)
	if err != nil {
		return notDone, ioError(t.path, vocab.CannotCheck, displayName(t.path), cause(err))
	}
	if out == missing && !t.mkdir {
		if dir := filepath.Dir(t.path); !isDir(dir) {
			return notDone, ioError(t.path, vocab.CannotCheckNoFolder, displayName(t.path), displayName(dir))
		}
	}
	return out, nil
}

// drawInMemory has draw write an output into memory and returns it. A
// panic in draw becomes an error, for this output alone.
func drawInMemory(draw func(io.Writer) error) (data []byte, err error) {
	defer func() {
		if v := recover(); v != nil {
			data, err = nil, fmt.Errorf("internal error: %v", v)
		}
	}()
	var buf bytes.Buffer
	if err := draw(&buf); err != nil {
		return nil, err
	}
	if buf.Len() == 0 {
		return nil, errors.New("internal error: nothing was drawn")
	}
	return buf.Bytes(), nil
}
