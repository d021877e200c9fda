package preview

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"net/http"
	"strings"

	"github.com/journeymap/journeymap/render"
)

// The page's own files, in the binary: the page works without a network.
//
//go:embed assets/page.html assets/page.css assets/picture.css assets/page.js assets/icon.svg
var assetFiles embed.FS

// asset is one of the page's files as served.
type asset struct {
	data        []byte
	contentType string
	etag        string
}

// makeAssets makes the page's files: those in the binary, and the
// colours of the themes as CSS variables, taken from the themes
// themselves.
func makeAssets() map[string]asset {
	out := map[string]asset{}
	add := func(name, contentType string, data []byte) {
		sum := sha256.Sum256(data)
		out[name] = asset{data: data, contentType: contentType, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
	}
	for name, contentType := range map[string]string{
		"page.css":    "text/css; charset=utf-8",
		"picture.css": "text/css; charset=utf-8",
		"page.js":     "text/javascript; charset=utf-8",
		"icon.svg":    "image/svg+xml",
	} {
		data, err := assetFiles.ReadFile("assets/" + name)
		if err != nil {
			panic(err) // embedded above
		}
		add(name, contentType, data)
	}
	add("themes.css", "text/css; charset=utf-8", []byte(themesCSS()))
	return out
}

// themesCSS gives each theme's colours to the page as CSS variables, on
// <html data-theme="NAME">.
func themesCSS() string {
	var b strings.Builder
	b.WriteString("/* The colours of journeymap's themes, for the page around the maps. */\n")
	for _, name := range render.ThemeNames() {
		t, _ := render.ThemeNamed(name)
		p := t.Palette()
		fmt.Fprintf(&b, "html[data-theme=%q] {\n", name)
		for _, v := range []struct{ name, value string }{
			{"bg", p.Background}, {"ink", p.Ink}, {"muted", p.Muted}, {"line", p.Line}, {"card", p.Card},
			{"band", p.Band}, {"accent", p.Accent}, {"good", p.Good}, {"pain", p.Pain}, {"warn", p.Warn},
		} {
			fmt.Fprintf(&b, "  --%s: %s;\n", v.name, v.value)
		}
		scheme := "light"
		if isDark(p.Background) {
			scheme = "dark" // the browser's own controls and scroll bars follow
		}
		fmt.Fprintf(&b, "  color-scheme: %s;\n}\n", scheme)
	}
	return b.String()
}

// parsePages parses the page templates.
func parsePages() (*template.Template, error) {
	return template.ParseFS(assetFiles, "assets/page.html")
}

// serveAsset answers one of the page's files; they change only with the
// binary, so a browser asks again with the ETag it has.
func (s *Server) serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	a, ok := s.assets[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", a.contentType)
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("ETag", a.etag)
	if r.Header.Get("If-None-Match") == a.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if r.Method != http.MethodHead {
		_, _ = w.Write(a.data)
	}
}

// isDark reports whether a colour (#rrggbb) is dark: its relative
// luminance, roughly, is below the middle.
func isDark(colour string) bool {
	var r, g, b int
	if _, err := fmt.Sscanf(colour, "#%02x%02x%02x", &r, &g, &b); err != nil {
		return false
	}
	return 299*r+587*g+114*b < 128*1000
}
