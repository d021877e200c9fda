package preview

import (
	"encoding/json"
	"fmt"
	"html/template"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/journeymap/journeymap/render"
)

// words are the page's own words, in its language, for the templates.
type words struct {
	Map, Matrix, Report, Theme              string
	Journeys, AllJourneys, Journey, Persona string
	Touchpoints, Status, Problems, Download string
	ZoomIn, ZoomOut, ZoomFit, ZoomActual    string
	KeysHint, IndexKeys, Disconnected       string
	WrittenAt                               string // a pattern: %s is file:line
}

func wordsIn(l vocab.Lang) words {
	return words{
		Map: l.Word(vocab.MapView), Matrix: l.Word(vocab.MatrixView), Report: l.Word(vocab.ReportView),
		Theme: l.Word(vocab.Theme), Journeys: l.Word(vocab.Journeys), AllJourneys: l.Word(vocab.AllJourneys),
		Journey: l.Word(vocab.Journey), Persona: l.Word(vocab.Persona),
		Touchpoints: vocab.Capitalise(l.Word(vocab.TouchpointMany)), Status: l.Word(vocab.Status),
		Problems: l.Word(vocab.Problems), Download: l.Word(vocab.Download),
		ZoomIn: l.Word(vocab.ZoomIn), ZoomOut: l.Word(vocab.ZoomOut), ZoomFit: l.Word(vocab.ZoomFit),
		ZoomActual: l.Word(vocab.ZoomActual), KeysHint: l.Word(vocab.KeysHint), IndexKeys: l.Word(vocab.IndexKeys),
		Disconnected: l.Word(vocab.Disconnected), WrittenAt: l.Word(vocab.WrittenAt),
	}
}

// themeLabel names a theme for people, in the language l; a theme it does
// not know is shown by its name.
func themeLabel(l vocab.Lang, name string) string {
	switch name {
	case "light":
		return l.Word(vocab.ThemeLight)
	case "dark":
		return l.Word(vocab.ThemeDark)
	case "print":
		return l.Word(vocab.ThemePrint)
	}
	return name
}

// themeChoice is a button of the theme switch.
type themeChoice struct {
	Name, Label string
	Current     bool
}

func themeChoices(l vocab.Lang, current *render.Theme) []themeChoice {
	var out []themeChoice
	for _, name := range render.ThemeNames() {
		out = append(out, themeChoice{Name: name, Label: themeLabel(l, name), Current: name == current.Name})
	}
	return out
}

// badge is the state of a journey in a word or two: valid, 2 warnings,
// 3 errors.
type badge struct{ Class, Text string }

func badgeOf(snap *snapshot, l vocab.Lang) badge {
	errs, warns := snap.counts()
	switch {
	case snap.gone:
		return badge{"is-gone", l.Word(vocab.Gone)}
	case errs > 0:
		return badge{"has-errors", l.Count(errs, vocab.ErrorOne, vocab.ErrorMany)}
	case warns > 0:
		return badge{"has-warnings", l.Count(warns, vocab.WarningOne, vocab.WarningMany)}
	}
	return badge{"is-valid", l.Word(vocab.Valid)}
}

// head is the top of a journey's page: its title, state and file.
type head struct {
	Title string
	Badge badge
	File  string
}

// note is a line above the diagnostics: what the page shows and why.
type note struct{ Class, Text string }

// quote is the line of the source a diagnostic points at, with the word
// at its column marked.
type quote struct {
	Number              int
	Before, Mark, After string
}

// problem is one diagnostic as the page shows it: file:line:col: message,
// and the line quoted.
type problem struct {
	Severity string
	At       string
	Message  string
	Quote    *quote
}

// problems is everything the page says about what is wrong: notes about
// the file above the diagnostics, and about the map below them.
type problems struct {
	Notes, MapNotes          []note
	Errors, Warnings         []problem
	MoreErrors, MoreWarnings string
	WarningsTitle            string
}

// problemsOf lists the notes and diagnostics of a journey's version;
// compared names the journeys drawn over the maps.
func problemsOf(e *entry, snap *snapshot, l vocab.Lang, compared []string) problems {
	var p problems
	switch {
	case snap.gone:
		p.Notes = append(p.Notes, note{"error", l.Format(vocab.FileGone, shown(e.name))})
	case snap.readErr != nil:
		p.Notes = append(p.Notes, note{"error", l.Format(vocab.FileUnread, shown(e.name), cause(snap.readErr))})
	case snap.drawErr != nil:
		p.Notes = append(p.Notes, note{"error", fmt.Sprintf("internal error: cannot draw %s: %v", shown(e.name), snap.drawErr)})
	}
	lines := map[string][]string{shown(e.name): sourceLines(snap.src)}
	for name, ls := range snap.sources {
		if _, own := lines[name]; !own {
			lines[name] = ls
		}
	}
	var errs, warns journey.Diagnostics
	for _, d := range snap.diags {
		if d.Severity == journey.Error {
			errs = append(errs, d)
		} else {
			warns = append(warns, d)
		}
	}
	p.Errors, p.MoreErrors = problemList(errs, lines, l)
	p.Warnings, p.MoreWarnings = problemList(warns, lines, l)
	if len(warns) > 0 {
		p.WarningsTitle = vocab.Capitalise(l.Count(len(warns), vocab.WarningOne, vocab.WarningMany))
	}
	// Without a map, the page says so where the map would be.
	if (len(errs) > 0 || snap.readErr != nil || snap.drawErr != nil || snap.gone) && snap.good != nil {
		p.MapNotes = append(p.MapNotes, note{"stale", l.Word(vocab.HasErrors)})
	}
	if snap.good != nil && snap.good.notice != "" {
		p.MapNotes = append(p.MapNotes, note{"warning", l.Format(vocab.NotCompared, l.List(compared), snap.good.notice)})
	}
	return p
}

// problemList turns diagnostics into problems said in l, the page's
// language, at most
// journey.MaxDiagnostics of them, and says how many more there are.
func problemList(diags journey.Diagnostics, lines map[string][]string, l vocab.Lang) ([]problem, string) {
	var out []problem
	for i, d := range diags {
		if i == journey.MaxDiagnostics {
			return out, l.Format(vocab.MoreProblems, len(diags)-i)
		}
		out = append(out, problem{
			Severity: string(d.Severity),
			At:       fmt.Sprintf("%s:%d:%d:", d.File, d.Pos.Line, d.Pos.Column),
			Message:  l.Say(d.Phrase),
			Quote:    quoteLine(lines[d.File], d.Pos), // the lines of the file it points into
		})
	}
	return out, ""
}

// cause is the reason of an I/O error without the path it names.
func cause(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 {
		return s[i+2:]
	}
	return s
}

// shown makes a path safe to show: control characters, which could forge
// lines of a message, are shown escaped.
func shown(path string) string {
	if !strings.ContainsFunc(path, unicode.IsControl) {
		return path
	}
	q := strconv.Quote(path)
	return q[1 : len(q)-1]
}

// touchpoint is what a touchpoint's card tells when clicked: its name,
// where it is written, and the link that opens the editor there.
type touchpoint struct {
	Name string `json:"name"`
	At   string `json:"at"`
	Link string `json:"link,omitempty"`
}

// touchpointsOf lists the touchpoints of the map drawn from d, in the
// order of their cards (journey order, which the map keeps), as JSON.
func (s *Server) touchpointsOf(e *entry, d *drawing) string {
	if d == nil {
		return "[]"
	}
	var out []touchpoint
	for _, p := range d.j.Phases {
		for _, tp := range p.Touchpoints {
			t := touchpoint{Name: tp.Name, At: fmt.Sprintf("%s:%d", shown(e.name), tp.Pos.Line)}
			if s.editor != nil {
				t.Link = s.editor.link(e.abs, tp.Pos.Line, tp.Pos.Column)
			}
			out = append(out, t)
		}
	}
	data, _ := json.Marshal(out)
	return string(data)
}

// comparedTitles are the titles of the journeys drawn over the maps, in
// quotes.
func (s *Server) comparedTitles() []string {
	var out []string
	for _, j := range s.opts.Compare {
		out = append(out, "“"+j.Title+"”")
	}
	return out
}

// pageLang is the language of a journey's page.
func (s *Server) pageLang(snap *snapshot) vocab.Lang {
	switch {
	case s.opts.Lang != "":
		return s.opts.Lang
	case snap != nil && snap.lang != "":
		return snap.lang
	case s.opts.DefaultLang != "":
		return s.opts.DefaultLang
	}
	return vocab.English
}

// titleOf is a journey's title, from its last version without errors, or
// its file's name.
func titleOf(e *entry, snap *snapshot) string {
	if snap != nil && snap.title != "" {
		return snap.title
	}
	return filepath.Base(shown(e.name))
}

// journeyPage is what the page of a journey shows.
type journeyPage struct {
	Lang, Theme, Title string
	W                  words
	Themes             []themeChoice
	Index              bool // there is an index to go back to
	Key                string
	Version            int
	StateURL           string
	EventsURL          string
	DownloadURL        string
	OpenIn             string
	Touchpoints        string
	Head               head
	Problems           problems
	Stale              bool
	NoPicture          string // what the views say where there is no picture
	Map, Matrix        template.HTML
	Report             template.HTML
}

// state is what a page fetches when its journey changed: the parts of
// the page that change, as HTML, and the version they show.
type state struct {
	Version     int    `json:"version"`
	Lang        string `json:"lang"`
	Title       string `json:"title"`
	Head        string `json:"head"`
	Problems    string `json:"problems"`
	Stale       bool   `json:"stale"`
	NoPicture   string `json:"noPicture"`
	Map         string `json:"map"`
	Matrix      string `json:"matrix"`
	Report      string `json:"report"`
	Touchpoints string `json:"touchpoints"`
}

// journeyPage makes the page of a journey in a theme.
func (s *Server) journeyPage(e *entry, snap *snapshot, theme *render.Theme) (*journeyPage, error) {
	l := s.pageLang(snap)
	p := &journeyPage{
		Lang: string(l), Theme: theme.Name, Title: titleOf(e, snap), W: wordsIn(l),
		Themes: themeChoices(l, theme), Index: !s.single(), Key: e.key, Version: snap.version,
		StateURL: journeyURL(e.key) + "/state.json", EventsURL: "/events?j=" + url.QueryEscape(e.key),
		DownloadURL: journeyURL(e.key) + "/map.svg?theme=" + theme.Name,
		Head:        head{Title: titleOf(e, snap), Badge: badgeOf(snap, l), File: shown(e.name)},
		Problems:    problemsOf(e, snap, l, s.comparedTitles()),
		Stale:       !snap.valid(),
		Touchpoints: s.touchpointsOf(e, snap.good),
	}
	if s.editor != nil {
		p.OpenIn = l.Format(vocab.OpenInEditor, s.editor.label)
	}
	p.NoPicture = l.Word(vocab.NoMapYet)
	if snap.catalogue {
		p.NoPicture, p.Stale = l.Word(vocab.CatalogueMap), false
	}
	if snap.gone {
		p.NoPicture = l.Format(vocab.FileGone, shown(e.name))
	}
	if d := snap.good; d != nil {
		for _, part := range []struct {
			kind pictureKind
			to   *template.HTML
		}{{mapPicture, &p.Map}, {matrixPicture, &p.Matrix}, {reportPicture, &p.Report}} {
			data, err := s.picture(d, theme, part.kind)
			if err != nil {
				return nil, err
			}
			*part.to = template.HTML(data) // drawn by render and goldmark, every text escaped
		}
		if strings.Contains(strings.ToLower(string(p.Map)+string(p.Matrix)), "</template") {
			return nil, fmt.Errorf("the map of %s cannot stand in a <template>", shown(e.name))
		}
	}
	return p, nil
}

// stateOf is the state a page fetches, made with the page's templates.
func (s *Server) stateOf(p *journeyPage) (*state, error) {
	var headHTML, problemsHTML strings.Builder
	if err := s.pages.ExecuteTemplate(&headHTML, "head", p.Head); err != nil {
		return nil, err
	}
	if err := s.pages.ExecuteTemplate(&problemsHTML, "problems", p.Problems); err != nil {
		return nil, err
	}
	return &state{
		Version: p.Version, Lang: p.Lang, Title: p.Title, Head: headHTML.String(), Problems: problemsHTML.String(),
		Stale: p.Stale, NoPicture: p.NoPicture, Map: string(p.Map), Matrix: string(p.Matrix), Report: string(p.Report), Touchpoints: p.Touchpoints,
	}, nil
}

// indexRow is a journey on the index.
type indexRow struct {
	URL, Title, File, Persona string
	Kind                      string // "Catalogue" for a catalogue, empty for a journey
	Touchpoints               string
	Badge                     badge
}

// indexPage is what the index shows.
type indexPage struct {
	Lang, Theme, Title string
	W                  words
	Themes             []themeChoice
	Version            int
	Folders            string
	Rows               []indexRow
	Empty              string
}

// indexPage makes the index of the journeys being served.
func (s *Server) indexPage(theme *render.Theme) *indexPage {
	version := s.lib.indexVersion()
	entries := s.lib.entries()
	l := s.opts.Lang
	if l == "" {
		l = sharedLang(entries)
	}
	p := &indexPage{Lang: string(l), Theme: theme.Name, Title: l.Word(vocab.Journeys), W: wordsIn(l),
		Themes: themeChoices(l, theme), Version: version}
	var folders []string
	for _, r := range s.lib.roots {
		folders = append(folders, shown(r.path))
	}
	p.Folders = strings.Join(folders, ", ")
	p.Empty = l.Format(vocab.NoJourneys, p.Folders)
	for _, e := range entries {
		snap := e.snap.Load()
		if snap == nil {
			continue
		}
		row := indexRow{URL: journeyURL(e.key), Title: titleOf(e, snap), File: shown(e.name), Badge: badgeOf(snap, l),
			Persona: "—", Touchpoints: "—"}
		if d := snap.good; d != nil {
			if cast := d.j.Cast(); len(cast) > 0 {
				names := make([]string, len(cast))
				for i, c := range cast {
					names[i] = c.Name
				}
				row.Persona = l.List(names)
			}
			row.Touchpoints = strconv.Itoa(len(d.j.Touchpoints()))
		}
		if snap.catalogue {
			row.Kind = l.Word(vocab.Catalogue)
		}
		p.Rows = append(p.Rows, row)
	}
	return p
}

// sharedLang is the language the journeys share, or English.
func sharedLang(entries []*entry) vocab.Lang {
	var lang vocab.Lang
	for _, e := range entries {
		snap := e.snap.Load()
		if snap == nil || snap.lang == "" {
			continue
		}
		if lang != "" && snap.lang != lang {
			return vocab.English
		}
		lang = snap.lang
	}
	if lang == "" {
		return vocab.English
	}
	return lang
}
