package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/render"
	"github.com/spf13/cobra"
)

type matrixOptions struct {
	theme  string
	today  string
	output string
}

func newMatrixCmd() *cobra.Command {
	opts := &matrixOptions{}
	cmd := &cobra.Command{
		Use:   "matrix FILE|-",
		Short: "Draw the action-priority matrix of a journey's improvements as SVG",
		Long: `Matrix draws the action-priority matrix of one journey's improvements:
impact (1 to 5, high at the top) against effort (1 to 5, low on the left),
in four quadrants split where a rating counts as high (3 and above): quick
wins, major projects, fill-ins and thankless tasks. Each improvement is a
card in its cell, with its title, owner and due date; one still open or in
progress after its due date is marked overdue, and one done or dropped is
shown muted with its status. - reads standard input.

The matrix is written next to the journey (maps/quote.yaml gives
maps/quote.matrix.svg), and the matrix of standard input to standard
output. -o names its file, or the folder to put it in when it is an
existing folder or ends in /; -o - writes to standard output. A journey
with errors is not drawn: its problems are printed to standard error as
file:line:col: error|warning: message, and no file is written. The matrix
is written to a temporary file and renamed into place, and a matrix whose
bytes did not change is not rewritten.

Which improvements are overdue depends on the date: --today, else
$SOURCE_DATE_EPOCH, else the system date (UTC). Without either, the same
journey can give another matrix tomorrow; give one of them for a matrix
that is the same on every run, as in CI or for files kept in git.

Exit status: 0 when the matrix was drawn, 1 when the journey is invalid, 2
for usage or I/O errors.`,
		Example: `  journeymap matrix journey.yaml
  journeymap matrix --today 2026-12-10 --theme dark journey.yaml -o matrix.svg
  cat journey.yaml | journeymap matrix - > matrix.svg`,
		Args: oneArg("the journey to draw, such as journey.yaml, or - for standard input", "draws one journey"),
		RunE: opts.run,
	}
	themes := render.ThemeNames()
	cmd.Flags().StringVar(&opts.theme, "theme", themes[0], "the colour scheme: "+strings.Join(themes, ", "))
	cmd.Flags().StringVar(&opts.today, "today", "", "the date improvements are overdue against, as YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else the system date)")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "the matrix's file, or the folder to write it in; - for standard output (default: FILE.matrix.svg next to the journey)")
	_ = cmd.RegisterFlagCompletionFunc("theme", cobra.FixedCompletions(themes, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func (o *matrixOptions) run(cmd *cobra.Command, args []string) error {
	theme, err := render.ThemeNamed(o.theme)
	if err != nil {
		return usageError{fmt.Errorf("--theme: %w", err)}
	}
	today, err := todayDate(o.today)
	if err != nil {
		return err
	}
	if err := checkOutputFlag(cmd, o.output); err != nil {
		return err
	}
	in, err := matrixInput(args[0])
	if err != nil {
		return err
	}
	t, err := matrixTarget(in, o.output)
	if err != nil {
		return err
	}

	p := &printer{format: formatText, text: cmd.ErrOrStderr(), stdout: cmd.OutOrStdout(), stderr: cmd.ErrOrStderr()}
	tl := tally{p: p}
	r := parseOne(in, cmd.InOrStdin(), journey.Options{})
	result := notDone
	if tl.parsed(r) {
		if len(r.journey.Improvements) == 0 {
			fmt.Fprintf(p.stderr, "journeymap: %s has no improvements; the matrix is drawn empty\n", displayName(in.name))
		}
		result, err = drawMatrix(r.journey, t, render.MatrixOptions{Theme: theme, Today: today}, cmd.OutOrStdout())
		if err != nil {
			tl.fail(err)
		}
	}
	if r.err == nil {
		s := "no matrix written"
		switch result {
		case written:
			s = "1 matrix written"
		case unchanged:
			s = "1 matrix unchanged"
		}
		fmt.Fprintln(p.stderr, s+tl.troubles("written"))
	}
	return tl.err()
}

// drawMatrix draws the matrix of a valid journey and writes it where t
// says: to its file, atomically, or to stdout.
func drawMatrix(j *journey.Journey, t target, opts render.MatrixOptions, stdout io.Writer) (outcome, error) {
	svg, err := renderMatrix(j, opts)
	if err != nil {
		return notDone, fileError{file: t.input.name, code: codeInternal,
			err: fmt.Errorf("cannot draw the matrix of %s: %w", displayName(t.input.name), err)}
	}
	if t.path == "" {
		if _, err := stdout.Write(svg); err != nil {
			return notDone, fmt.Errorf("cannot write to standard output: %v", cause(err))
		}
		return written, nil
	}
	return writeTarget(t, svg)
}

// matrixInput is the journey named on the command line: a file, or - for
// standard input. A folder is refused: a matrix is of one journey.
func matrixInput(arg string) (input, error) {
	if arg == "-" {
		return input{name: stdinName, stdin: true}, nil
	}
	info, err := os.Stat(arg)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return input{}, ioError(arg, "%s: no such file or folder", displayName(arg))
	case err != nil:
		return input{}, fileError{file: arg, code: codeIOError, err: err}
	case info.IsDir():
		return input{}, usageError{fmt.Errorf("%s is a folder; matrix draws one journey: name its file", displayName(arg))}
	}
	return input{name: arg}, nil
}

// matrixTarget decides where the matrix goes: next to the journey as
// NAME.matrix.svg, to standard output for standard input or -o -, into
// the folder -o names, or to the file -o names. It refuses a matrix over
// the journey or named like one.
func matrixTarget(in input, output string) (target, error) {
	t := target{input: in}
	switch {
	case output == "":
		if !in.stdin {
			t.path = matrixName(in.name)
		}
	case output == "-":
	case isFolder(output):
		if in.stdin {
			return target{}, usageError{fmt.Errorf("the matrix of standard input (-) has no name to go under -o %s; name its file with -o FILE, or write it to standard output", displayName(output))}
		}
		t.path = filepath.Join(output, matrixName(filepath.Base(in.name)))
		t.mkdir = true
	default:
		t.path = output
	}
	if t.path == "" {
		return t, nil
	}
	if ext := strings.ToLower(filepath.Ext(t.path)); ext == ".yaml" || ext == ".yml" {
		return target{}, usageError{fmt.Errorf("the matrix of %s would be written to %s, which is named like a journey; name the matrix *.svg", displayName(in.name), displayName(t.path))}
	}
	if !in.stdin && samePath(t.path) == samePath(in.name) {
		return target{}, usageError{fmt.Errorf("the matrix of %s would be written over the journey; use -o", displayName(in.name))}
	}
	return t, nil
}

// matrixName is the name of the matrix of the journey at path: its
// extension replaced by .matrix.svg.
func matrixName(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".matrix.svg"
}

// renderMatrix draws the matrix of a valid journey in memory. A panic in
// the renderer becomes an error.
func renderMatrix(j *journey.Journey, opts render.MatrixOptions) (svg []byte, err error) {
	defer func() {
		if v := recover(); v != nil {
			svg, err = nil, fmt.Errorf("internal error: %v", v)
		}
	}()
	var buf bytes.Buffer
	if err := render.RenderMatrix(&buf, j, opts); err != nil {
		return nil, err
	}
	if buf.Len() == 0 {
		return nil, errors.New("internal error: the renderer wrote nothing")
	}
	return buf.Bytes(), nil
}
