package preview

import (
	"bytes"
	"encoding/json"
	"mime"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/journeymap/journeymap/render"
)

// requestTimeout bounds the writing of one response (the event streams
// set their own deadlines).
const requestTimeout = 30 * time.Second

// The addresses of the server. A journey's page is /j/KEY, where KEY is
// its path (see keyOf), and its parts are below it; since every key ends
// in .yaml or .yml, /j/KEY/state.json cannot be another journey's page.
// Nothing is ever read from disk by the path of a URL: a key is looked up
// among the journeys being served, and anything else is not found.
const journeyPrefix = "/j/"

// The parts of a journey below its page.
var journeyParts = [...]string{"/state.json", "/map.svg", "/matrix.svg", "/report.md"}

// journeyURL is the address of the page of the journey with the key.
func journeyURL(key string) string {
	parts := strings.Split(key, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return journeyPrefix + strings.Join(parts, "/")
}

// ServeHTTP answers a request: after the checks every request passes
// (its Host names this server; GET or HEAD), the index or the single
// journey's page at /, a journey's page and its parts below /j/, the
// event streams at /events, and the page's own files below /assets/.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	secure(w.Header(), s.csp)
	if !s.hosts.allowed(r.Host) {
		http.Error(w, "journeymap serve answers only requests to its own address", http.StatusForbidden)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "journeymap serve only reads", http.StatusMethodNotAllowed)
		return
	}
	path := r.URL.Path
	if path != "/events" {
		_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(requestTimeout))
	}
	switch {
	case path == "/":
		if s.single() {
			s.serveJourney(w, r, s.lib.entries()[0], "")
			return
		}
		s.serveIndex(w, r, false)
	case path == "/index.json" && !s.single():
		s.serveIndex(w, r, true)
	case path == "/events":
		s.serveEvents(w, r)
	case strings.HasPrefix(path, "/assets/"):
		s.serveAsset(w, r, strings.TrimPrefix(path, "/assets/"))
	case strings.HasPrefix(path, journeyPrefix):
		key, part := path[len(journeyPrefix):], ""
		for _, p := range journeyParts {
			if strings.HasSuffix(key, p) {
				key, part = strings.TrimSuffix(key, p), p
				break
			}
		}
		e := s.lib.lookup(key)
		if e == nil {
			http.NotFound(w, r)
			return
		}
		s.serveJourney(w, r, e, part)
	default:
		http.NotFound(w, r)
	}
}

// single reports whether the server serves one journey file, named on
// the command line: its page is the server's first page, and there is no
// index.
func (s *Server) single() bool {
	return len(s.lib.roots) == 1 && !s.lib.roots[0].dir
}

// themeOf is the theme a request asks for (?theme=dark), or the server's.
func (s *Server) themeOf(r *http.Request) *render.Theme {
	if t, err := render.ThemeNamed(r.URL.Query().Get("theme")); err == nil {
		return t
	}
	return s.theme
}

// serveJourney answers a journey's page, or one of its parts.
func (s *Server) serveJourney(w http.ResponseWriter, r *http.Request, e *entry, part string) {
	snap := e.snap.Load()
	if snap == nil {
		http.NotFound(w, r)
		return
	}
	theme := s.themeOf(r)
	switch part {
	case "/map.svg", "/matrix.svg", "/report.md":
		s.serveDownload(w, r, e, snap, theme, part)
		return
	}
	p, err := s.journeyPage(e, snap, theme)
	if err != nil {
		http.Error(w, "internal error: "+err.Error(), http.StatusInternalServerError)
		return
	}
	if part == "/state.json" {
		st, err := s.stateOf(p)
		if err != nil {
			http.Error(w, "internal error: "+err.Error(), http.StatusInternalServerError)
			return
		}
		writeJSON(w, r, st)
		return
	}
	s.writePage(w, r, "page", p)
}

// serveDownload answers the map or the matrix as an SVG file, or the
// report as Markdown: of the last version without errors.
func (s *Server) serveDownload(w http.ResponseWriter, r *http.Request, e *entry, snap *snapshot, theme *render.Theme, part string) {
	d := snap.good
	if d == nil {
		http.Error(w, "no version of this journey is without errors yet", http.StatusNotFound)
		return
	}
	var data []byte
	var err error
	base := strings.TrimSuffix(filepath.Base(e.abs), filepath.Ext(e.abs))
	name, contentType := base+".svg", "image/svg+xml"
	switch part {
	case "/map.svg":
		data, err = s.picture(d, theme, mapPicture)
	case "/matrix.svg":
		name = base + ".matrix.svg"
		data, err = s.picture(d, theme, matrixPicture)
	case "/report.md":
		name, contentType = base+".report.md", "text/markdown; charset=utf-8"
		var b bytes.Buffer
		err = reportMarkdown(&b, d)
		data = b.Bytes()
	}
	if err != nil {
		http.Error(w, "internal error: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	write(w, r, contentType, data)
}

// serveIndex answers the index, as a page or, for a page that updates
// itself, its rows as JSON.
func (s *Server) serveIndex(w http.ResponseWriter, r *http.Request, asJSON bool) {
	p := s.indexPage(s.themeOf(r))
	if !asJSON {
		s.writePage(w, r, "index", p)
		return
	}
	var rows strings.Builder
	if err := s.pages.ExecuteTemplate(&rows, "rows", p); err != nil {
		http.Error(w, "internal error: "+err.Error(), http.StatusInternalServerError)
		return
	}
	writeJSON(w, r, map[string]any{"version": p.Version, "rows": rows.String()})
}

// writePage writes a page made from a template.
func (s *Server) writePage(w http.ResponseWriter, r *http.Request, name string, data any) {
	var b bytes.Buffer
	if err := s.pages.ExecuteTemplate(&b, name, data); err != nil {
		http.Error(w, "internal error: "+err.Error(), http.StatusInternalServerError)
		return
	}
	write(w, r, "text/html; charset=utf-8", b.Bytes())
}

// write answers with data, which is made for this request: no cache keeps
// it.
func write(w http.ResponseWriter, r *http.Request, contentType string, data []byte) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Cache-Control", "no-store")
	if r.Method != http.MethodHead {
		_, _ = w.Write(data)
	}
}

// writeJSON writes v as JSON. Its HTML is not escaped further: JSON served
// as application/json, with nosniff, is never read as HTML, and the page
// puts it where the server's own pages put the same HTML.
func writeJSON(w http.ResponseWriter, r *http.Request, v any) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		http.Error(w, "internal error: "+err.Error(), http.StatusInternalServerError)
		return
	}
	write(w, r, "application/json", b.Bytes())
}
