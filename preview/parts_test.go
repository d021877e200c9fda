package preview

import (
	"fmt"
	"net"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/internal/sample"
	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// A diagnostic's line is quoted as the file has it, its word at the
// column marked; what would not read as itself is named by code point.
func TestQuoteLine(t *testing.T) {
	src := []byte("\uFEFFtitle: A\r\nphases:\r\n  - {id: x, name: \u202Eevil\u202C, emotion: yes}\n\tbad: tab\n")
	lines := sourceLines(src)
	tests := []struct {
		pos  journey.Pos
		want *quote
	}{
		{journey.Pos{Line: 1, Column: 1}, &quote{1, "", "title:", " A"}},
		{journey.Pos{Line: 3, Column: 36}, &quote{3, "  - {id: x, name: ⟨U+202E⟩evil⟨U+202C⟩, emotion: ", "yes", "}"}},
		{journey.Pos{Line: 3, Column: 5}, &quote{3, "  - ", "{", "id: x, name: ⟨U+202E⟩evil⟨U+202C⟩, emotion: yes}"}},
		{journey.Pos{Line: 4, Column: 1}, &quote{4, "", "    ", "bad: tab"}},
		{journey.Pos{Line: 0, Column: 0}, nil},
		{journey.Pos{Line: 99, Column: 1}, nil},
	}
	for _, tt := range tests {
		got := quoteLine(lines, tt.pos)
		if (got == nil) != (tt.want == nil) || got != nil && *got != *tt.want {
			t.Errorf("%v: %+v, want %+v", tt.pos, got, tt.want)
		}
	}
	long := []string{strings.Repeat("x", 500) + " word " + strings.Repeat("y", 500)}
	q := quoteLine(long, journey.Pos{Line: 1, Column: 502})
	if q.Mark != "word" || len([]rune(q.Before+q.Mark+q.After)) > maxQuoteRunes+10 || q.Before[:3] != "…" {
		t.Errorf("a long line is quoted as %q + %q + %q", q.Before, q.Mark, q.After)
	}
}

// The language a broken file declares is found on its own top-level line.
func TestDeclaredLang(t *testing.T) {
	for src, want := range map[string]vocab.Lang{
		"title: x\nlang: nl\n":            vocab.Dutch,
		"lang: \"NL\" # Dutch\n":          vocab.Dutch,
		"lang: en\n":                      vocab.English,
		"lang: de\n":                      "",
		"title: x\n  lang: nl\n":          "",
		"title: x\nphases: [\nlang: nl\n": vocab.Dutch,
	} {
		got, _ := declaredLang(sourceLines([]byte(src)))
		if got != want {
			t.Errorf("%q: %q, want %q", src, got, want)
		}
	}
}

// A page's key is its path as given when that is below the working
// folder, else its place below its root, after the root's number.
func TestKeyOf(t *testing.T) {
	abs, _ := filepath.Abs("/srv/maps")
	dir := &root{index: 1, path: abs, dir: true}
	file := &root{index: 0, path: "/x/one.yaml"}
	rel := &root{index: 0, path: "maps", dir: true}
	for _, tt := range []struct {
		name string
		r    *root
		want string
	}{
		{filepath.Join("maps", "sub", "a.yaml"), rel, "maps/sub/a.yaml"},
		{"./maps/a.yaml", rel, "maps/a.yaml"},
		{filepath.Join(abs, "sub", "b.yaml"), dir, "2/sub/b.yaml"},
		{"/x/one.yaml", file, "1/one.yaml"},
		{"../up/c.yml", &root{index: 2, path: "../up", dir: true}, "3/c.yml"},
	} {
		if got := keyOf(tt.name, tt.r); got != tt.want {
			t.Errorf("keyOf(%q): %q, want %q", tt.name, got, tt.want)
		}
	}
	if got := journeyURL("maps/a b?#.yaml"); got != "/j/maps/a%20b%3F%23.yaml" {
		t.Errorf("journeyURL: %q", got)
	}
}

// Each editor's link names the file, the line and the column as its URL
// scheme expects.
func TestEditorLinks(t *testing.T) {
	path := "/home/sanne/journeys/quote request.yaml"
	want := map[string]string{
		"vscode":   "vscode://file/home/sanne/journeys/quote%20request.yaml:12:9",
		"vscodium": "vscodium://file/home/sanne/journeys/quote%20request.yaml:12:9",
		"cursor":   "cursor://file/home/sanne/journeys/quote%20request.yaml:12:9",
		"idea":     "idea://open?column=9&file=%2Fhome%2Fsanne%2Fjourneys%2Fquote+request.yaml&line=12",
		"textmate": "txmt://open?column=9&line=12&url=file%3A%2F%2F%2Fhome%2Fsanne%2Fjourneys%2Fquote%2520request.yaml",
		"macvim":   "mvim://open?column=9&line=12&url=file%3A%2F%2F%2Fhome%2Fsanne%2Fjourneys%2Fquote%2520request.yaml",
	}
	if runtime.GOOS == "windows" {
		t.Skip("POSIX paths")
	}
	for _, name := range EditorNames() {
		e, ok := editorNamed(name)
		if !ok {
			t.Fatalf("%s: not found", name)
		}
		if got := e.link(path, 12, 9); got != want[name] {
			t.Errorf("%s: %s, want %s", name, got, want[name])
		}
	}
	if len(want) != len(EditorNames()) {
		t.Errorf("%d editors, %d links tested", len(EditorNames()), len(want))
	}
	if _, ok := editorNamed("notepad"); ok {
		t.Error("an unknown editor is found")
	}
}

// Listen takes the next free port when asked to and the port is taken.
func TestListenNextFreePort(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	port := taken.Addr().(*net.TCPAddr).Port
	if _, err := Listen(taken.Addr().String(), false); err == nil {
		t.Error("listened on a port that is taken")
	}
	ln, err := Listen(taken.Addr().String(), true)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	if got := ln.Addr().(*net.TCPAddr).Port; got <= port || got > port+100 {
		t.Errorf("listened on port %d; want one after %d", got, port)
	}
	if _, err := Listen("127.0.0.1:"+fmt.Sprint(port), true); err != nil {
		t.Errorf("no free port after %d: %v", port, err)
	}
}

// The page's colour scheme follows its theme's background.
func TestIsDark(t *testing.T) {
	for colour, want := range map[string]bool{"#ffffff": false, "#14181f": true, "#808080": false, "#000000": true, "bad": false} {
		if got := isDark(colour); got != want {
			t.Errorf("isDark(%s) = %v", colour, got)
		}
	}
}

// The same journeys give the same pages, byte for byte, from any server:
// the index, a journey's page, its state and its parts, the page's own
// files and the headers.
func TestPagesAreTheSameEveryTime(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.yaml"), sample.Journey(7))
	writeFile(t, filepath.Join(dir, "broken.yaml"), []byte("title: x\nphases: [\n"))
	paths := []string{"/", "/index.json", "/j/1/a.yaml", "/j/1/a.yaml/state.json?theme=dark", "/j/1/broken.yaml",
		"/j/1/broken.yaml/state.json", "/j/1/a.yaml/map.svg?theme=print", "/j/1/a.yaml/matrix.svg", "/j/1/a.yaml/report.md",
		"/assets/themes.css", "/assets/page.js"}
	var first map[string]string
	for range 2 {
		ts := startServer(t, Options{Paths: []string{dir}, Editor: "idea"})
		got := map[string]string{}
		for _, path := range paths {
			resp, body := ts.get(t, "", path)
			resp.Header.Del("Date")
			got[path] = fmt.Sprint(resp.StatusCode, resp.Header, body)
		}
		if first == nil {
			first = got
			continue
		}
		for _, path := range paths {
			if got[path] != first[path] {
				t.Errorf("%s differs between two servers over the same journeys", path)
			}
		}
	}
}

// The pages speak the reader's language: --lang over every journey's
// lang, and for a file whose lang cannot be read the reader's default.
func TestPagesSpeakTheReadersLanguage(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.yaml"), []byte("title: x\nlang: en\nphases:\n  - name: A\n    touchpoints:\n      - {id: a, name: A, emotion: 9}\n"))
	writeFile(t, filepath.Join(dir, "broken.yaml"), []byte("title: x\nphases: [\n"))
	for _, tt := range []struct {
		opts        Options
		path, wants string
		wantsNot    string
	}{
		{Options{Paths: []string{dir}}, "/j/1/a.yaml/state.json", "outside the scale", "buiten de schaal"},
		{Options{Paths: []string{dir}, Lang: vocab.Dutch}, "/j/1/a.yaml/state.json", "buiten de schaal", "outside the scale"},
		{Options{Paths: []string{dir}, DefaultLang: vocab.Dutch}, "/j/1/a.yaml/state.json", "outside the scale", "buiten de schaal"},
		{Options{Paths: []string{dir}, DefaultLang: vocab.Dutch}, "/j/1/broken.yaml/state.json", "YAML-syntaxis", "YAML syntax"},
		{Options{Paths: []string{dir}}, "/j/1/broken.yaml/state.json", "YAML syntax", "YAML-syntaxis"},
	} {
		ts := startServer(t, tt.opts)
		_, body := ts.get(t, "", tt.path)
		if !strings.Contains(body, tt.wants) || strings.Contains(body, tt.wantsNot) {
			t.Errorf("%s with Lang %q, DefaultLang %q: want %q, not %q, in\n%s", tt.path, tt.opts.Lang, tt.opts.DefaultLang, tt.wants, tt.wantsNot, body)
		}
	}
}
