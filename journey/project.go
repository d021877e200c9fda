package journey

import (
	"path"
	"strings"

	"github.com/journeymap/journeymap/journey/vocab"
	"go.yaml.in/yaml/v3"
)

// ProjectFileName is the name of a project file: it says which journeys a
// repository keeps and which outputs it commits for each. It is hidden, so
// that a folder of journeys never reads it as one.
const ProjectFileName = ".journeymap.yaml"

// The outputs a project may keep of each journey.
const (
	OutputSVG    = "svg"    // the map
	OutputMatrix = "matrix" // the action-priority matrix, as SVG
	OutputReport = "report" // the Markdown report
	OutputCSV    = "csv"    // the report's CSV of improvements
	OutputPDF    = "pdf"    // the map as PDF
	OutputPNG    = "png"    // the map as PNG
)

// OutputKinds lists the outputs, in the order a project writes them.
var OutputKinds = []string{OutputSVG, OutputMatrix, OutputReport, OutputCSV, OutputPDF, OutputPNG}

// A Project is a project file read: what a repository keeps. Paths are
// written with / and relative to the project file's folder, and lead
// nowhere outside it.
type Project struct {
	File     string
	Journeys []string // journey files and folders, as render takes them
	// JourneysAt is where each of Journeys is written in the file, for
	// what is found wrong with it later: a path that does not exist.
	JourneysAt []Pos
	Outputs    []string // of OutputKinds, each once, in the order written
	Theme      string   // "" for the default
	Out        string   // the folder outputs go to; "" for beside each journey
	PDF        PDFSettings
	PNG        PNGSettings
}

// PDFSettings are the flags of render for the PDF of a project's journeys.
type PDFSettings struct {
	Page       string
	Pages      string
	WithMatrix bool
}

// PNGSettings are the flags of render for the PNG of a project's journeys.
type PNGSettings struct {
	Scale int // 0 for the default
}

// ProjectWords are the words of a project file that packages above this
// one own: the names of themes, papers and page modes, and the largest
// scale of a PNG.
type ProjectWords struct {
	Themes    []string
	Papers    []string
	PageModes []string
	MaxScale  int
}

// Has reports whether the project keeps the output kind.
func (p *Project) Has(kind string) bool {
	for _, o := range p.Outputs {
		if o == kind {
			return true
		}
	}
	return false
}

const projectDoc = "The project file of a repository that keeps customer journeys: which journeys it holds, and which outputs of each it commits, so that journeymap render writes them all and journeymap render --check checks them all."

func projectFields(w ProjectWords) []field[Project] {
	pathDoc := "A journey file or a folder of journeys, relative to the project file's folder, with /."
	return []field[Project]{
		custom("journeys", "The journey files and folders of the repository, relative to the project file's folder; a folder stands for every *.yaml and *.yml file below it, hidden ones skipped.", true,
			arrayShape(textShape(MaxLabelRunes, true).described(pathDoc), 1, MaxListItems), func(d *decoder, n *yaml.Node, p *Project) {
				d.list(n, "journeys", MaxListItems, func(e *yaml.Node) {
					if v, ok := projectPath(d, e, "journeys"); ok {
						p.Journeys = append(p.Journeys, v)
						p.JourneysAt = append(p.JourneysAt, posOf(resolve(e)))
					}
				})
				if r := resolve(n); len(r.Content) == 0 && (r.Kind == yaml.SequenceNode || r.Tag == "!!null") {
					d.errorf(r, CodeMissing, vocab.ProjectNoJourneys)
				}
			}),
		custom("outputs", "What render writes of each journey: svg (the map), matrix (the action-priority matrix), report (Markdown), csv (the improvements), pdf and png (the map).", false,
			arrayShape(enumShape(OutputKinds), 1, len(OutputKinds)), func(d *decoder, n *yaml.Node, p *Project) {
				seen := map[string]bool{}
				d.list(n, "outputs", len(OutputKinds)*2, func(e *yaml.Node) {
					v, ok := d.enum(e, "outputs", OutputKinds)
					switch {
					case !ok:
					case seen[v]:
						d.warnf(resolve(e), CodeBadValue, vocab.ProjectOutputTwice, v)
					default:
						seen[v] = true
						p.Outputs = append(p.Outputs, v)
					}
				})
			}).withDefault([]string{OutputSVG}),
		enumField("theme", "The colour scheme of the maps and matrices.", false, w.Themes, func(p *Project) *string { return &p.Theme }).withDefault(w.Themes[0]),
		custom("out", "The folder every output goes to, relative to the project file's folder, mirroring the journeys' folders as render -o does; without it, each output goes beside its journey.", false,
			textShape(MaxLabelRunes, true), func(d *decoder, n *yaml.Node, p *Project) {
				if v, ok := projectPath(d, n, "out"); ok {
					p.Out = v
				}
			}),
		mapping("pdf", "How the PDF of each map is printed, as the flags of render: page, pages, with-matrix.", vocab.ThePDFSettings, pdfFields(w), func(p *Project) *PDFSettings { return &p.PDF }),
		mapping("png", "How the PNG of each map is drawn, as the flag of render: scale.", vocab.ThePNGSettings, pngFields(w), func(p *Project) *PNGSettings { return &p.PNG }),
	}
}

func pdfFields(w ProjectWords) []field[PDFSettings] {
	return []field[PDFSettings]{
		enumField("page", "The paper, landscape; without it, one page the size of the map.", false, w.Papers, func(s *PDFSettings) *string { return &s.Page }),
		enumField("pages", "With page, how the map goes onto the paper: fit on one page, or split between phases.", false, w.PageModes, func(s *PDFSettings) *string { return &s.Pages }),
		custom("with-matrix", "Whether the action-priority matrix is the PDF's last page.", false, booleanShape(), func(d *decoder, n *yaml.Node, s *PDFSettings) {
			s.WithMatrix, _ = d.boolean(n, "with-matrix")
		}).withDefault(false),
	}
}

func pngFields(w ProjectWords) []field[PNGSettings] {
	return []field[PNGSettings]{
		custom("scale", "The PNG's pixels for each pixel of the map, a whole number.", false, integerShape(1, w.MaxScale), func(d *decoder, n *yaml.Node, s *PNGSettings) {
			v, ok := d.integer(n, "scale")
			if !ok {
				return
			}
			if v < 1 || v > w.MaxScale {
				d.errorf(resolve(n), CodeOutOfRange, vocab.ProjectScaleRange, v, w.MaxScale)
				return
			}
			s.Scale = v
		}),
	}
}

// projectPath decodes a path of a project file: relative, with /, and
// leading nowhere outside the project's folder. It is returned cleaned.
func projectPath(d *decoder, n *yaml.Node, what string) (string, bool) {
	v, ok := d.text(n, what, MaxLabelRunes)
	if !ok {
		return "", false
	}
	r := resolve(n)
	switch {
	case isBlank(v):
		d.errorf(r, CodeEmptyValue, vocab.EmptyValue, what)
		return "", false
	case strings.Contains(v, `\`):
		d.errorf(r, CodeProjectPath, vocab.ProjectPathBackslash, what, quote(v))
		return "", false
	case path.IsAbs(v) || len(v) > 1 && v[1] == ':':
		d.errorf(r, CodeProjectPath, vocab.ProjectPathAbsolute, what, quote(v))
		return "", false
	}
	clean := path.Clean(v)
	if clean == ".." || strings.HasPrefix(clean, "../") {
		d.errorf(r, CodeProjectPath, vocab.ProjectPathOutside, what, quote(v))
		return "", false
	}
	return clean, true
}

// ParseProject decodes and validates a project file, as Parse does a
// journey: file is the name used in diagnostics, and every problem is
// reported at its line and column, in the language of opts.Lang, else
// opts.DefaultLang. words are the names the packages above this one own.
// It returns the project when there are no errors.
func ParseProject(file string, src []byte, words ProjectWords, opts Options) (*Project, Diagnostics) {
	var diags Diagnostics
	report := func(p Pos, code Code, msg vocab.Phrase) {
		diags = append(diags, Diagnostic{File: file, Pos: p, Severity: Error, Code: code, Phrase: msg})
	}
	warn := func(p Pos, code Code, msg vocab.Phrase) {
		diags = append(diags, Diagnostic{File: file, Pos: p, Severity: Warning, Code: code, Phrase: msg})
	}
	lang := opts.Lang
	if lang == "" {
		lang = opts.DefaultLang
	}
	if lang == "" {
		lang = English
	}
	p := decodeProject(file, src, words, report, warn, &diags)
	diags = diags.In(lang).Sorted()
	if diags.HasErrors() {
		return nil, diags
	}
	return p, diags
}

func decodeProject(file string, src []byte, words ProjectWords, report, warn func(Pos, Code, vocab.Phrase), diags *Diagnostics) *Project {
	text, ok := cleanSource(src, report, warn)
	if !ok {
		return nil
	}
	// What parseYAML says of a file that is empty or holds more than one
	// document, it says of a journey file: said here of a project file.
	reportYAML := func(p Pos, code Code, msg vocab.Phrase) {
		switch {
		case code == CodeEmpty:
			msg = vocab.Say(vocab.ProjectEmpty)
		case code == CodeMultiDoc && msg.Word == vocab.SecondDocument:
			msg = vocab.Say(vocab.ProjectSecondDocument)
		case code == CodeMultiDoc && msg.Word == vocab.TextAfterDocument:
			msg = vocab.Say(vocab.ProjectTextAfterDocument)
		}
		report(p, code, msg)
	}
	root, skip, rec, ok := parseYAML(file, text, reportYAML, warn)
	if !ok {
		rec.finish(diags, nil)
		return nil
	}
	d := &decoder{diags: diags, file: file, src: text, skip: skip, misspelt: map[string]bool{}, aliasDups: map[*yaml.Node]bool{},
		ids: map[idKind]map[string]*yaml.Node{}, badIDs: map[idKind]map[string]bool{}}
	p := &Project{File: file}
	ok = object(d, root, vocab.TheProject, projectFields(words), p)
	rec.finish(diags, root)
	if !ok {
		return nil
	}
	if len(p.Outputs) == 0 {
		p.Outputs = []string{OutputSVG}
	}
	pdfKey, pdf := projectEntry(root, "pdf")
	pngKey, _ := projectEntry(root, "png")
	if p.PDF != (PDFSettings{}) && !p.Has(OutputPDF) {
		d.add(posOf(pdfKey), Warning, CodeProjectUnused, vocab.ProjectUnused, "pdf")
	}
	if p.PNG != (PNGSettings{}) && !p.Has(OutputPNG) {
		d.add(posOf(pngKey), Warning, CodeProjectUnused, vocab.ProjectUnused, "png")
	}
	if p.PDF.Pages != "" && p.PDF.Page == "" {
		pagesKey, _ := projectEntry(pdf, "pages")
		d.add(posOf(pagesKey), Error, CodeMissing, vocab.ProjectPagesNoPage)
	}
	return p
}

// projectEntry is the key and the value of key in the mapping n, for a problem
// to be reported at the key; n itself, twice, when it holds no such key.
func projectEntry(n *yaml.Node, key string) (k, v *yaml.Node) {
	n = resolve(n)
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				return n.Content[i], n.Content[i+1]
			}
		}
	}
	return n, n
}

// ProjectSchema returns the JSON Schema (draft 2020-12) of a project file,
// as indented JSON ending in a newline, the same bytes on every call.
func ProjectSchema(words ProjectWords) []byte {
	b, err := marshalIndent(schemaDoc{
		Schema: draft202012,
		ID:     ProjectSchemaID,
		Title:  "journeymap project",
		shape:  objectShape(projectDoc, projectFields(words)),
	})
	if err != nil {
		panic("journey: the project schema does not marshal: " + err.Error()) // a bug, caught by the tests
	}
	return b
}
