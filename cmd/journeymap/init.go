package main

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// starters holds the starter journeys that init writes, one per model and
// language, as starters/MODEL.LANG.yaml.
//
//go:embed starters/*.yaml
var starters embed.FS

// projectStarters holds the commented project files that init --project
// writes, one per language, as starters/project/LANG.yaml.
//
//go:embed starters/project/*.yaml
var projectStarters embed.FS

// The phase models and languages of the starters; the first of each is the
// default.
var (
	starterModels = []string{"five", "seven", "service"}
	starterLangs  = vocab.LangCodes()
)

type initOptions struct {
	model   string
	lang    string
	project bool
}

func newInitCmd() *cobra.Command {
	opts := &initOptions{}
	cmd := &cobra.Command{
		Use:   "init [--model five|seven|service] [--lang en|nl] FILE",
		Short: "Write a commented starter journey to fill in",
		Long: `Init writes a starter journey to FILE: a generic skeleton with comments that
explain every key, which validates without errors or warnings and renders
as it is. Fill it in with what you learn from customers.

--model five (the default) gives the classic five phases: awareness,
consideration, purchase, service and loyalty. --model seven gives the
seven-phase loop Discover, Engage, Research, Buy, Experience, Bond, Talk,
with loop: true. --model service gives a journey that is not a purchase,
such as a patient's, an employee's or a citizen's: five phases from need
to follow-up, with moments it names itself (moments: before, during,
after). --lang picks the language of the labels and comments:
en (the default) or nl.

FILE must be named *.yaml or *.yml, so that validate and render find it in
a folder; - writes the journey to standard output. Init never overwrites a
file, not even one created while it runs, and creates no folders. The
journey is written to a temporary file first, so that it appears whole.
The output does not depend on the date: set reviewed: yourself when you
check the map against reality.

--project writes a commented project file instead: .journeymap.yaml in
the current folder, or at FILE when it is named .journeymap.yaml, or with
- on standard output. It lists journeys/ and keeps the map, the matrix and
the report of each journey; journeymap render then writes them all, and
journeymap render --check checks them. --lang picks the language of its
comments.

Exit status: 0 when the journey was written, 2 for usage or I/O errors.`,
		Example: `  journeymap init journey.yaml
  journeymap init --model seven --lang nl maps/klantreis.yaml
  journeymap init --model service onboarding.yaml
  journeymap init - > journey.yaml
  journeymap init --project`,
		Args:              opts.args,
		ValidArgsFunction: cobra.FixedCompletions([]string{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt),
		RunE:              opts.run,
	}
	addChoiceFlag(cmd, &opts.model, "model", "model", starterModels, "the phases: five (awareness to loyalty), seven (the loop Discover to Talk) or service (need to follow-up, not a purchase)")
	addChoiceFlag(cmd, &opts.lang, "lang", "language", starterLangs, "the language of the labels and comments: en or nl")
	cmd.Flags().BoolVar(&opts.project, "project", false, "write a commented project file, "+journey.ProjectFileName+", instead of a journey")
	return cmd
}

// args takes the file to write: one, or with --project at most one.
func (o *initOptions) args(cmd *cobra.Command, args []string) error {
	if o.project && len(args) == 0 {
		return nil
	}
	return oneArg("the file to write, such as journey.yaml, or - for standard output", "writes one file")(cmd, args)
}

func (o *initOptions) run(cmd *cobra.Command, args []string) error {
	if o.project {
		return o.runProject(cmd, args)
	}
	data, err := starter(o.model, o.lang)
	if err != nil {
		return err
	}
	path := args[0]
	if path == "-" {
		_, err := writeOutput(target{}, data, cmd.OutOrStdout())
		return err
	}
	if err := createFile(path, data); err != nil {
		return err
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s; next: edit it, then run journeymap render %s\n", displayName(path), shellWord(path))
	return nil
}

// runProject writes the commented project file, at the path args name (a
// file named .journeymap.yaml, or -), else in the current folder.
func (o *initOptions) runProject(cmd *cobra.Command, args []string) error {
	if cmd.Flags().Changed("model") {
		return usageError{errors.New("--model is the phases of a journey; --project writes a project file, which has none")}
	}
	path := journey.ProjectFileName
	if len(args) == 1 {
		path = args[0]
	}
	if path != "-" && filepath.Base(path) != journey.ProjectFileName {
		return usageError{fmt.Errorf("%s: name the project file %s, so that render finds it", displayName(path), journey.ProjectFileName)}
	}
	data, err := projectStarters.ReadFile("starters/project/" + o.lang + ".yaml")
	if err != nil {
		return fmt.Errorf("internal error: no project file for --lang %s: %v", o.lang, err)
	}
	if path == "-" {
		_, err := writeOutput(target{}, data, cmd.OutOrStdout())
		return err
	}
	if err := createFile(path, data); err != nil {
		return err
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s; next: list your journeys in it, then run journeymap render\n", displayName(path))
	return nil
}

// starter returns the starter journey of a model in a language.
func starter(model, lang string) ([]byte, error) {
	data, err := starters.ReadFile("starters/" + model + "." + lang + ".yaml")
	if err != nil {
		return nil, fmt.Errorf("internal error: no starter for --model %s --lang %s: %v", model, lang, err)
	}
	return data, nil
}

// errExists refuses to write over a file, or anything else, that is there.
var errExists = errors.New("it already exists, and init never overwrites a file; choose another name or remove it first")

// createFile creates the file at path holding data, and refuses when
// anything (a file, a folder, a link, even one that leads nowhere) is at
// path already, also when it appears while data is being written. The
// folder must exist. The errors name the path.
func createFile(path string, data []byte) error {
	name := displayName(path)
	if info, err := os.Lstat(path); err == nil {
		if info.IsDir() {
			return fmt.Errorf("%s is a folder; name the file to write, such as %s", name, displayName(filepath.Join(path, "journey.yaml")))
		}
		return fmt.Errorf("cannot write %s: %w", name, errExists)
	}
	if !isJourneyName(path) {
		return usageError{fmt.Errorf("%s: name the journey *.yaml or *.yml, so that validate and render find it in a folder", name)}
	}
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("cannot write %s: the folder %s does not exist; create it first", name, displayName(dir))
	case err != nil:
		return fmt.Errorf("cannot write %s: %v", name, cause(err))
	case !info.IsDir():
		return fmt.Errorf("cannot write %s: %s is not a folder", name, displayName(dir))
	}
	err = createLinked(path, data)
	switch {
	case errors.Is(err, fs.ErrExist):
		return fmt.Errorf("cannot write %s: %w", name, errExists)
	case err != nil:
		return fmt.Errorf("cannot write %s: %v", name, cause(err))
	}
	return nil
}

// createLinked writes data to a temporary file next to path (named
// .NAME.*.tmp: hidden, as replaceFile's are, and made 0644 less the
// umask, as any new file), flushes it to disk, and gives
// it the name path with a hard link, which fails when path exists: unlike
// a rename, a link never replaces a file. Readers see no file, or all of
// it. The temporary name is removed in every case. When the file system
// makes no hard links, it falls back on createExclusive.
func createLinked(path string, data []byte) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := createTemp(dir, base)
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := fillAndClose(f, data); err != nil {
		return err
	}
	err = os.Link(f.Name(), path)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, fs.ErrExist):
		// Over NFS, a link made but whose reply was lost is retried and
		// reports that it exists: the file at path may be this one.
		if sameFile(f.Name(), path) {
			return nil
		}
		return err
	}
	// No hard links here (FAT, some network and FUSE file systems). Creating
	// the file exclusively never replaces one either.
	return createExclusive(path, data)
}

// createExclusive creates path, failing when it exists, and writes data
// into it: for file systems without hard links. A reader may see the file
// before it is whole; on failure the file is removed.
func createExclusive(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if err := fillAndClose(f, data); err != nil {
		os.Remove(path)
		return err
	}
	return nil
}

// createTemp creates a new file in dir named .BASE.NUMBER.tmp, with the
// mode a new file gets (0644 less the umask), unlike os.CreateTemp, whose
// files are private (0600).
func createTemp(dir, base string) (*os.File, error) {
	for range 10000 {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(uint64(rand.Uint32()), 10)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, fmt.Errorf("cannot create a temporary file in %s", displayName(dir))
}

// fillAndClose writes data to f, flushes it to disk and closes it.
func fillAndClose(f *os.File, data []byte) error {
	_, err := f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// shellWord is path as a shell reads it back (see shellQuote), with ./
// before a leading - so that it is not read as a flag.
func shellWord(path string) string {
	if strings.HasPrefix(path, "-") {
		path = "./" + path
	}
	return shellQuote(path)
}
