package render

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	goldenfile "github.com/journeymap/journeymap/internal/golden"
	"github.com/journeymap/journeymap/journey"
)

var update = flag.Bool("update", false, "rewrite the golden files: render/testdata/*.scene.json and examples/*.svg")

// examples returns the example journeys, by name.
func examples(t testing.TB) map[string]*journey.Journey {
	t.Helper()
	paths, err := filepath.Glob("../examples/*.yaml")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	out := map[string]*journey.Journey{}
	for _, p := range paths {
		out[strings.TrimSuffix(filepath.Base(p), ".yaml")] = mustParse(t, p, readFile(t, p))
	}
	return out
}

// mustParse parses a journey that must be valid; one named by the path of
// its file reads the catalogues it includes.
func mustParse(t testing.TB, name string, src []byte) *journey.Journey {
	t.Helper()
	opts := journey.Options{}
	if inc, err := journey.NewFileIncluder(name, name); err == nil && fileExists(name) {
		opts.Includer = inc
	}
	j, diags := journey.Parse(name, src, opts)
	if j == nil {
		t.Fatalf("%s: %v", name, diags)
	}
	return j
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func renderSVG(t testing.TB, j *journey.Journey, opts Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, err := Render(&b, j, opts); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// golden compares got with the golden file at path (see internal/golden).
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	goldenfile.Check(t, path, got, *update, "./render")
}

// TestGoldenScenes: the scene of every example, as JSON.
func TestGoldenScenes(t *testing.T) {
	for name, j := range examples(t) {
		scene := Layout(j, DejaVu)
		got, err := json.MarshalIndent(scene, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		golden(t, filepath.Join("testdata", name+".scene.json"), append(got, '\n'))
		checkScene(t, name, scene, DejaVu)
	}
}

// TestGoldenSVGs: the committed map of every example is what a fresh
// render writes; examples/NAME.svg is the golden file.
func TestGoldenSVGs(t *testing.T) {
	for name, j := range examples(t) {
		got := renderSVG(t, j, Options{})
		checkSVG(t, name, got)
		golden(t, filepath.Join("..", "examples", name+".svg"), got)
		if len(got) > 150_000 {
			t.Errorf("%s: the map is %d bytes; keep an example map under 150 KB", name, len(got))
		}
	}
}

func TestThemes(t *testing.T) {
	j := examples(t)["quote-request"]
	seen := map[string]bool{}
	for _, theme := range themes {
		svg := renderSVG(t, j, Options{Theme: theme})
		checkSVG(t, theme.Name, svg)
		if !bytes.Contains(svg, []byte(`class="journey-map theme-`+theme.Name+`"`)) {
			t.Errorf("%s: no theme class", theme.Name)
		}
		seen[string(svg)] = true
	}
	if len(seen) != len(themes) {
		t.Errorf("themes do not differ")
	}
	if _, err := ThemeNamed("neon"); err == nil || err.Error() != `unknown theme "neon"; expected light, dark or print` {
		t.Errorf("unknown theme: %v", err)
	}
	if th, err := ThemeNamed("dark"); err != nil || th != themes[1] {
		t.Errorf("dark: %v, %v", th, err)
	}
	if got, want := renderSVG(t, j, Options{}), renderSVG(t, j, Options{Theme: themes[0]}); !bytes.Equal(got, want) {
		t.Errorf("without a theme, the map is not drawn in the first")
	}
}

// TestDeterministic: the same journey gives the same bytes, however often
// and however concurrently it is rendered.
func TestDeterministic(t *testing.T) {
	for name, j := range examples(t) {
		first := renderSVG(t, j, Options{})
		var wg sync.WaitGroup
		results := make([][]byte, 8)
		for i := range results {
			wg.Go(func() {
				var b bytes.Buffer
				if _, err := Render(&b, mustParse(t, "../examples/"+name+".yaml", readFile(t, "../examples/"+name+".yaml")), Options{}); err == nil {
					results[i] = b.Bytes()
				}
			})
		}
		wg.Wait()
		for i, r := range results {
			if !bytes.Equal(first, r) {
				t.Fatalf("%s: render %d differs", name, i)
			}
		}
	}
}

// allowedElements are the only elements a map may hold.
var allowedElements = map[string]bool{
	"svg": true, "title": true, "desc": true, "style": true, "defs": true, "marker": true, "g": true,
	"rect": true, "circle": true, "line": true, "path": true, "text": true, "tspan": true,
}

// checkSVG parses an SVG strictly as XML and checks the rules every map
// holds: only drawing elements, no event handlers, no links, no entities.
func checkSVG(t testing.TB, name string, svg []byte) {
	t.Helper()
	if bytes.Contains(svg, []byte("<!DOCTYPE")) || bytes.Contains(svg, []byte("<!ENTITY")) {
		t.Errorf("%s: a DOCTYPE or entity", name)
	}
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = true
	root := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: not well-formed XML: %v", name, err)
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = el.Name.Local
		}
		if !allowedElements[el.Name.Local] {
			t.Errorf("%s: element <%s>", name, el.Name.Local)
		}
		for _, a := range el.Attr {
			v := strings.ToLower(a.Value)
			if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") || a.Name.Local == "href" ||
				strings.Contains(v, "javascript:") || strings.Contains(v, "data:") {
				t.Errorf("%s: attribute %s=%q on <%s>", name, a.Name.Local, a.Value, el.Name.Local)
			}
		}
	}
	if root != "svg" {
		t.Errorf("%s: root element %q", name, root)
	}
}

// hostile are labels pasted from anywhere: markup, quotes, CDATA ends,
// control characters, bidi overrides, characters XML does not allow.
var hostile = []string{
	`</text><script>alert(1)</script>`,
	`" onload="alert(1)" x="`,
	`' onmouseover='alert(1)`,
	`]]><foreignObject><iframe src="javascript:alert(1)"/></foreignObject>`,
	`<![CDATA[ x ]]> <!ENTITY e "x"> &amp; &e; &#0;`,
	"\u202Eevil\u202C text \u2066isolate\u2069",
	`javascript:alert(1) data:text/html,<b>x</b>`,
	"א עברית and العربية mixed",
}

// hostileJourney puts a hostile label in every text of a journey, with
// the escapes of characters that are warned about but read: a bidi
// override, which the map leaves out, and a zero width space, which it
// keeps. (Control characters, raw or escaped, are refused when the file
// is read; TestCompareHostile draws them from a journey built in Go.)
func hostileJourney(label string) string {
	q := func(extra string) string {
		s := strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(label + extra)
		return `"` + s + ` \u202E\u200B"`
	}
	return fmt.Sprintf(`title: %s
persona: {name: %s, about: %s}
scenario: %s
goals: {customer: %s, business: %s}
channels:
  - {id: web, name: %s, kind: online}
phases:
  - id: one
    name: %s
    moment: before
    scenario: %s
    metrics: [%s]
    touchpoints:
      - id: a
        name: %s
        channel: web
        owner: %s
        emotion: -2
        ideal: 1
        feeling: %s
        thinks: %s
        pains: [%s]
        gains: [%s]
      - id: b
        name: %s
        channel: web
        emotion: 2
improvements:
  - {id: fix, title: %s, touchpoints: [a], impact: 4, effort: 2, owner: %s, due: 2027-01-31}
  - {id: all, title: %s, impact: 2, effort: 4, owner: %s}
`, q("1"), q("2"), q("3"), q("4"), q("5"), q("6"), q("7"), q("8"), q("9"), q("10"), q("11"), q("12"),
		q("13"), q("14"), q("15"), q("16"), q("17"), q("18"), q("19"), q("20"), q("21"))
}

// TestHostileLabels: whatever the labels hold, the map is well-formed SVG
// with the labels as text, and nothing from them reaches markup.
func TestHostileLabels(t *testing.T) {
	for i, label := range hostile {
		j := mustParse(t, "hostile.yaml", []byte(hostileJourney(label)))
		for _, theme := range themes {
			svg := renderSVG(t, j, Options{Theme: theme})
			name := fmt.Sprintf("hostile %d %s", i, theme)
			checkHostileSVG(t, name, svg, label)
		}
	}
}

// checkHostileSVG checks an SVG drawn from hostileJourney(label): it is
// well-formed and safe (checkSVG), nothing of the label reached markup raw,
// and the first hostile label is shown as text.
func checkHostileSVG(t *testing.T, name string, svg []byte, label string) {
	t.Helper()
	checkSVG(t, name, svg)
	// Attributes are checked by checkSVG; as text, "onload=" is harmless.
	for _, bad := range []string{"<script", "<iframe", "<foreignObject", "<!ENTITY", "\u202E", "\uFFFE", "\x1b", "\a"} {
		if bytes.Contains(svg, []byte(bad)) {
			t.Errorf("%s: %q reached the SVG", name, bad)
		}
	}
	if label == hostile[0] && !bytes.Contains(svg, []byte("&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;")) {
		t.Errorf("%s: the label is not shown as text", name)
	}
}

// TestAccessible: the map is an image with a name and a description that
// says in words where the curve is lowest and highest and how it ends.
func TestAccessible(t *testing.T) {
	j := examples(t)["washing-machine"]
	svg := string(renderSVG(t, j, Options{}))
	for _, want := range []string{
		`role="img"`,
		`<title id="`, "I replace my broken washing machine</title>",
		"Customer journey map: I replace my broken washing machine. For Mark, 41, father of two. 5 phases and 18 touchpoints.",
		"The emotion curve is lowest (1) at “Machine stops mid-cycle and leaks onto the floor” in “Awareness”",
		", highest (5) at ",
		", and ends at 5 at “Recommends the shop to his neighbour over the fence”.",
		"The ideal journey is drawn dashed; the largest gap is at",
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("the map lacks %q", want)
		}
	}
	nl := examples(t)["quote-request"]
	if desc := Layout(nl, DejaVu).Desc; !strings.Contains(desc, "De emotiecurve is het laagst (−2) bij") {
		t.Errorf("Dutch description: %s", desc)
	}
}

func fileExists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}
