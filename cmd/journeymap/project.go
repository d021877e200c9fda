package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/journeymap/journeymap/render"
	"github.com/journeymap/journeymap/report"
)

// findProject looks for the project file in the current folder and in
// each folder above it, as editors look for .editorconfig. It returns its
// path from the current folder ("" when there is none).
func findProject() (string, error) {
	cwd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("cannot tell the current folder: %v", cause(err))
	}
	for dir := cwd; ; dir = filepath.Dir(dir) {
		info, err := os.Stat(filepath.Join(dir, journey.ProjectFileName))
		if err == nil && info.Mode().IsRegular() {
			rel, err := filepath.Rel(cwd, dir)
			if err != nil {
				rel = dir
			}
			return filepath.Join(rel, journey.ProjectFileName), nil
		}
		if filepath.Dir(dir) == dir {
			return "", nil
		}
	}
}

// projectWords are the names of themes, papers and page modes a project
// file may use: render's own.
func projectWords() journey.ProjectWords {
	return journey.ProjectWords{
		Themes:    render.ThemeNames(),
		Papers:    render.PaperNames(),
		PageModes: render.PageModes(),
		MaxScale:  int(render.MaxPNGScale),
	}
}

// readProject reads and validates the project file at path.
func readProject(path string, jopts journey.Options) (*journey.Project, journey.Diagnostics, error) {
	src, err := input{name: path}.read(nil)
	if err != nil {
		return nil, nil, ioError(path, vocab.CannotRead, displayName(path), cause(err))
	}
	p, diags := journey.ParseProject(displayName(path), src, projectWords(), jopts)
	return p, diags, nil
}

// projectOutput is one kind of output a project keeps of each journey:
// where its file goes and how it is made.
type projectOutput struct {
	kind string // one of journey.OutputKinds
	out  output
}

// projectOutputs are the outputs the project keeps, in its order.
func projectOutputs(p *journey.Project) []projectOutput {
	var outs []projectOutput
	for _, kind := range p.Outputs {
		outs = append(outs, projectOutput{kind: kind, out: outputOfKind(kind)})
	}
	return outs
}

// outputOfKind is the file an output kind is written to.
func outputOfKind(kind string) output {
	switch kind {
	case journey.OutputMatrix:
		return pictureOutput("matrix", ".matrix", pictureSVG)
	case journey.OutputReport:
		return reportOutputs["markdown"]
	case journey.OutputCSV:
		return reportOutputs["csv"]
	case journey.OutputPDF:
		return pictureOutput("map", "", picturePDF)
	case journey.OutputPNG:
		return pictureOutput("map", "", picturePNG)
	}
	return pictureOutput("map", "", pictureSVG)
}

// A project is a project file read, ready to draw: its folder, as a path
// from the current folder, and how each output is drawn.
type project struct {
	file    string // the project file, as a path from the current folder
	root    string // its folder
	p       *journey.Project
	theme   *render.Theme
	given   journey.Date // --today or SOURCE_DATE_EPOCH; zero for each journey's reviewed date
	pdf     picturePlan
	png     picturePlan
	outputs []projectOutput
}

// newProject prepares the drawing of the project p, read from file.
func newProject(file string, p *journey.Project, given journey.Date) (*project, error) {
	name := p.Theme
	if name == "" {
		name = render.ThemeNames()[0]
	}
	theme, err := render.ThemeNamed(name)
	if err != nil {
		return nil, err
	}
	pr := &project{file: file, root: filepath.Dir(file), p: p, theme: theme, given: given, outputs: projectOutputs(p)}
	pr.pdf = picturePlan{format: picturePDF, pdf: render.PDFOptions{Paper: p.PDF.Page, Pages: p.PDF.Pages}, withMatrix: p.PDF.WithMatrix, today: given}
	if pr.pdf.pdf.Date, err = sourceDate(); err != nil {
		return nil, err
	}
	pr.png = picturePlan{format: picturePNG, png: render.PNGOptions{Scale: render.DefaultPNGScale}}
	if p.PNG.Scale > 0 {
		pr.png.png.Scale = float64(p.PNG.Scale)
	}
	return pr, nil
}

// path is a path of the project file (with /, relative to its folder) as
// a path from the current folder.
func (pr *project) path(p string) string {
	return filepath.Join(pr.root, filepath.FromSlash(p))
}

// journeyArgs are the project's journeys as render would take them on
// its command line.
func (pr *project) journeyArgs() []string {
	args := make([]string, len(pr.p.Journeys))
	for i, j := range pr.p.Journeys {
		args[i] = pr.path(j)
	}
	return args
}

// missingJourneys are the errors of the project's journeys that do not
// exist, each at its place in the project file, said in lang.
func (pr *project) missingJourneys(lang vocab.Lang) journey.Diagnostics {
	var out journey.Diagnostics
	for i, j := range pr.p.Journeys {
		if _, err := os.Stat(pr.path(j)); errors.Is(err, fs.ErrNotExist) {
			out = append(out, journey.NewDiagnostic(displayName(pr.file), pr.p.JourneysAt[i], journey.Error, journey.CodeProjectPath, lang,
				vocab.Say(vocab.ProjectPathMissing, "journeys", strconv.Quote(j))))
		}
	}
	return out
}

// projectTarget is one output of one journey of a project.
type projectTarget struct {
	kind string
	out  output
	target
}

// plan decides where every output of every input goes, and refuses,
// before anything is written, two outputs to one file or an output over a
// journey.
func (pr *project) plan(inputs []input) ([][]projectTarget, error) {
	keys := newFileKeys()
	journeys := map[string]string{}
	for _, in := range inputs {
		journeys[keys.key(in.name)] = in.name
	}
	taken := map[string]string{} // by file: the journey whose output goes there
	plans := make([][]projectTarget, len(inputs))
	for i, in := range inputs {
		for _, o := range pr.outputs {
			t := target{input: in, path: o.out.name(in.name)}
			if pr.p.Out != "" {
				rel := filepath.Base(in.name)
				if in.dir != "" {
					if r, err := filepath.Rel(in.dir, in.name); err == nil {
						rel = r
					}
				}
				var err error
				if t, err = o.out.underFolder(in, pr.path(pr.p.Out), rel); err != nil {
					return nil, err
				}
			}
			if err := o.out.refuse(t, keys, journeys); err != nil {
				return nil, err
			}
			key := keys.key(t.path)
			if other, ok := taken[key]; ok {
				return nil, usageError{fmt.Errorf("%s and %s would both be written to %s; rename one of the journeys", displayName(other), displayName(in.name), displayName(t.path))}
			}
			taken[key] = in.name
			plans[i] = append(plans[i], projectTarget{kind: o.kind, out: o.out, target: t})
		}
	}
	return plans, nil
}

// projectDrawn is what became of one journey of a project and each of its
// outputs.
type projectDrawn struct {
	parsed
	outputs []projectSettled
}

// projectSettled is what became of one output: written, unchanged, or
// with --check stale or missing.
type projectSettled struct {
	target  target
	outcome outcome
	err     error
}

// drawAll reads every journey once, draws each of its outputs in memory
// and settles it (writes it, or compares it with its file), using every
// core: all of one journey in one worker. The results are in input order.
func (pr *project) drawAll(inputs []input, plans [][]projectTarget, jopts journey.Options, settle settleFunc) []projectDrawn {
	defer collectLessOften()()
	results := make([]projectDrawn, len(inputs))
	jopts.Today, jopts.AsOfReview = pr.given, true
	inParallel(len(inputs), func(i int) {
		r := projectDrawn{parsed: parseOne(inputs[i], nil, jopts)}
		if r.parsed.err == nil && !r.diags.HasErrors() && r.journey != nil {
			parseDiags := r.diags
			for _, t := range plans[i] {
				s := projectSettled{target: t.target}
				data, err := drawInMemory(func(w io.Writer) error {
					cut, err := pr.draw(w, t.kind, r.journey, parseDiags)
					r.diags = append(r.diags, cut...)
					return err
				})
				if err != nil {
					s.err = fileProblem(inputs[i].name, codeInternal, vocab.CannotDraw, displayName(inputs[i].name), err)
				} else {
					s.outcome, s.err = settle(t.target, data)
				}
				r.outputs = append(r.outputs, s)
			}
			r.diags = r.diags.Sorted()
		}
		r.journey = nil
		results[i] = r
	})
	return results
}

// collectLessOften lets the heap grow to five times what is live before
// the garbage collector runs, instead of twice, unless $GOGC says
// otherwise, and returns what sets it back. Drawing a journey keeps little
// (a few megabytes for all the workers) but makes much garbage, so that
// with the default the collector ran hundreds of times for a thousand
// journeys and took a quarter of the time; the cost is some tens of
// megabytes more.
func collectLessOften() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(400)
	return func() { debug.SetGCPercent(old) }
}

// draw draws one output of a valid journey: byte for byte what render,
// matrix and report write with the project's settings. diags are the
// journey's, for the report's warnings.
func (pr *project) draw(w io.Writer, kind string, j *journey.Journey, diags journey.Diagnostics) (journey.Diagnostics, error) {
	switch kind {
	case journey.OutputMatrix:
		return render.RenderMatrix(w, j, render.MatrixOptions{Theme: pr.theme, Today: asOf(pr.given, j)})
	case journey.OutputReport:
		return nil, report.Markdown(w, j, diags, report.Options{Today: asOf(pr.given, j)})
	case journey.OutputCSV:
		return nil, report.CSV(w, j, report.Options{Today: asOf(pr.given, j)})
	case journey.OutputPDF:
		return pr.pdf.drawMap(w, j, render.Options{Theme: pr.theme})
	case journey.OutputPNG:
		return pr.png.drawMap(w, j, render.Options{Theme: pr.theme})
	}
	return render.Render(w, j, render.Options{Theme: pr.theme})
}

// fixCommand is the command that brings every output of the project up to
// date: render without files, with --today when it was given.
func (pr *project) fixCommand(today string) string {
	if today != "" {
		return "journeymap render --today " + shellQuote(today)
	}
	return "journeymap render"
}

// errNoProject is render without files where no project file is found.
func errNoProject() error {
	return usageError{errors.New(vocab.English.Format(vocab.NoProject, journey.ProjectFileName))}
}

// isDirEntryHidden reports whether a folder entry is hidden, as folder
// scans skip it.
func isDirEntryHidden(d fs.DirEntry) bool { return len(d.Name()) > 0 && d.Name()[0] == '.' }
