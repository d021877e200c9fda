//go:build unix

package render

// Real-browser layout checks: journey maps are loaded in headless Chromium,
// which lays out their text in real fonts, and a script in the page
// (testdata/browsercheck.js) asserts that every text lies inside its box,
// that no two touchpoint cards overlap and that nothing lies outside the
// canvas.
//
// The tests skip when no browser is installed, unless
// JOURNEYMAP_BROWSER_TEST=required. JOURNEYMAP_CHROMIUM names the browser
// to use instead of chromium, chromium-browser or google-chrome (see
// internal/browsertest).

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"maps"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/journeymap/journeymap/internal/browsertest"
	"github.com/journeymap/journeymap/internal/sample"
	"github.com/journeymap/journeymap/journey"
)

const (
	// browserBatchSize is how many maps one page, and so one browser run,
	// holds.
	browserBatchSize = 40
	// browserTimeout bounds one browser run.
	browserTimeout = 60 * time.Second
)

// browserMapReport is what the page found for one map.
type browserMapReport struct {
	Name     string   `json:"name"`
	Boxes    int      `json:"boxes"`    // <g> with a <rect> first and <text> children
	Texts    int      `json:"texts"`    // texts checked against their box
	Cards    int      `json:"cards"`    // touchpoint cards checked for overlaps
	Elements int      `json:"elements"` // drawn elements checked against the canvas
	Failures []string `json:"failures"`
	More     int      `json:"more"` // failures left out of Failures
	// TextBoxes are where the browser put each text, by textboxes.js.
	TextBoxes [][4]float64 `json:"textBoxes,omitempty"`
}

// browserReport is the JSON the page writes into <pre id="report">.
type browserReport struct {
	UserAgent string             `json:"userAgent"`
	Error     string             `json:"error"`
	Maps      []browserMapReport `json:"maps"`
}

// TestMapsInBrowser checks the rendered example maps in a real browser.
func TestMapsInBrowser(t *testing.T) {
	svgs := map[string][]byte{}
	paths, err := filepath.Glob("../examples/*.svg")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		svgs["examples/"+filepath.Base(p)] = data
	}
	if len(svgs) == 0 {
		t.Fatal("no ../examples/*.svg to check")
	}
	for name, src := range stressJourneys() {
		j := mustParse(t, name, []byte(src))
		for _, theme := range themes {
			svgs["stress/"+name+"-"+theme.Name+".svg"] = renderSVG(t, j, Options{Theme: theme})
		}
	}
	for name, src := range matrixStressJourneys() {
		j := mustParse(t, name, []byte(src))
		for _, theme := range themes {
			svgs["matrix/"+name+"-"+theme.Name+".svg"] = renderMatrixSVG(t, j, MatrixOptions{Theme: theme, Today: matrixToday})
		}
	}
	svgs["sample/56.svg"] = renderSVG(t, mustParse(t, "sample", sample.Journey(56)), Options{})
	svgs["sample/most.svg"] = renderSVG(t, mustParse(t, "sample", sample.Journey(journey.MaxTouchpoints)), Options{})
	// Journeys at every limit, their texts cut to fit.
	for _, filler := range []string{"onderzoek", "W"} {
		j := largestJourney(filler, 12, "t0")
		svgs["largest/"+filler+".svg"] = renderSVG(t, j, Options{})
		svgs["largest/"+filler+".matrix.svg"] = renderMatrixSVG(t, j, MatrixOptions{Today: matrixToday})
	}
	svgs["testdata/compare.svg"] = compareSVG(t, themes[0])
	checkInBrowser(t, svgs)
}

// TestBrowserChecksCatchFaults proves the in-page checker on hand-made
// maps: it passes a correct map and finds each planted fault.
func TestBrowserChecksCatchFaults(t *testing.T) {
	svgs := map[string][]byte{}
	for name, f := range browserFixtures {
		svgs[name] = []byte(f.svg)
	}
	reports := runBrowserCheck(t, svgs)
	byName := map[string]browserMapReport{}
	for _, r := range reports {
		byName[r.Name] = r
	}

	good := byName["good"]
	if len(good.Failures) != 0 {
		t.Errorf("the correct map fails:\n%s", strings.Join(good.Failures, "\n"))
	}
	if good.Boxes != 5 || good.Texts != 6 || good.Cards != 3 || good.Elements != 16 {
		t.Errorf("the correct map: checked %d boxes, %d texts, %d cards, %d elements; want 5, 6, 3, 16",
			good.Boxes, good.Texts, good.Cards, good.Elements)
	}

	for _, name := range slices.Sorted(maps.Keys(browserFixtures)) {
		f := browserFixtures[name]
		if name == "good" {
			continue
		}
		r := byName[name]
		if len(r.Failures) == 0 {
			t.Errorf("%s: the checker found nothing; want a failure with %q", name, f.want)
			continue
		}
		for _, msg := range r.Failures {
			t.Logf("%s: %s", name, msg)
			if !strings.Contains(msg, f.want) {
				t.Errorf("%s: unexpected failure %q; want only failures with %q", name, msg, f.want)
			}
		}
		if f.count > 0 && len(r.Failures) != f.count {
			t.Errorf("%s: %d failures, want %d", name, len(r.Failures), f.count)
		}
		for _, s := range f.mentions {
			if !strings.Contains(strings.Join(r.Failures, "\n"), s) {
				t.Errorf("%s: the failures do not mention %q", name, s)
			}
		}
	}
}

// browserFixture is a hand-made map and what the checker must find in it.
type browserFixture struct {
	svg      string
	want     string   // every failure contains this; none for "good"
	count    int      // the number of failures, when > 0
	mentions []string // strings the failures must mention
}

// The fixtures use DejaVu Sans at 12px, whose text boxes are about 14px
// high and 7px per character wide; each fits or misses by a wide margin,
// so that another sans-serif font would do as well.
var browserFixtures = map[string]browserFixture{
	// A correct map: transforms, tspans, anchors, cards that touch, a
	// box in a <marker>, hidden and empty texts, and a style of its own.
	// It also proves that maps are kept apart: text-styled-too-big's
	// style would make its labels overflow.
	"good": {svg: `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" class="journey-map light" width="400" height="300" viewBox="0 0 400 300" font-family="DejaVu Sans, sans-serif" font-size="12">
  <title>A correct map</title>
  <style>.label { font-weight: bold; }</style>
  <defs>
    <marker id="arrow" markerWidth="10" markerHeight="10" refX="5" refY="5" orient="auto">
      <g><rect x="-500" y="-500" width="10" height="10"/><text x="-500" y="-500">not drawn here</text></g>
      <path d="M0,0 L10,5 L0,10 z"/>
    </marker>
  </defs>
  <rect class="background" width="400" height="300" fill="white"/>
  <g class="phase">
    <rect x="0" y="0" width="400" height="40"/>
    <text x="200" y="25" text-anchor="middle" class="phase-name">Discover</text>
  </g>
  <g class="lane" transform="translate(20,60)">
    <g class="touchpoint" transform="translate(0,0)">
      <rect width="160" height="80" rx="6"/>
      <text x="10" y="24" class="label"><tspan x="10">Compare</tspan><tspan x="10" dy="16">prices</tspan></text>
      <text x="150" y="68" text-anchor="end" class="channel">web</text>
    </g>
    <g class="touchpoint" transform="translate(160,0)">
      <rect width="160" height="80" rx="6"/>
      <text x="10" y="24" class="label">Ask a friend</text>
    </g>
  </g>
  <g class="touchpoint">
    <rect x="20" y="140" width="160" height="60"/>
    <text x="30" y="165" class="label">Call the shop</text>
    <g class="cue"><circle cx="165" cy="155" r="6"/></g>
  </g>
  <g class="cell" transform="translate(200 140) scale(2)">
    <rect width="80" height="30"/>
    <text x="5" y="20" font-size="8">Scaled</text>
  </g>
  <path d="M20 230 C 100 210, 300 270, 380 230" fill="none" stroke="black" marker-end="url(#arrow)"/>
  <line x1="0" y1="300" x2="400" y2="300" stroke="black"/>
  <text x="20" y="290" class="legend">A label in no box</text>
  <text x="200" y="290"></text>
  <g class="hidden" style="display: none"><rect x="-100" y="-100" width="10" height="10"/><text x="-100" y="-90">hidden</text></g>
</svg>
`},
	"text-overflows-right": {
		svg: browserFixtureMap(`<g class="touchpoint"><rect x="20" y="20" width="120" height="40"/>` +
			`<text x="30" y="45" class="label">A label far too long for its card</text></g>`),
		want: "text overflows its box", count: 1,
		mentions: []string{`g.touchpoint > text.label "A label far too long for its card"`, "right by"},
	},
	"text-overflows-bottom": {
		svg: browserFixtureMap(`<g class="cell"><rect x="20" y="20" width="200" height="30"/>` +
			`<text x="30" y="40"><tspan x="30">one</tspan><tspan x="30" dy="16">two</tspan><tspan x="30" dy="16">three</tspan></text></g>`),
		want: "text overflows its box", count: 1,
		mentions: []string{`"one two three"`, "bottom by"},
	},
	// The text's own transform moves it out of the rect.
	"text-transformed-out": {
		svg: browserFixtureMap(`<g class="touchpoint" transform="translate(10,10)"><rect width="100" height="40"/>` +
			`<text x="10" y="25" transform="translate(150,0)">Moved</text></g>`),
		want: "text overflows its box", count: 1,
		mentions: []string{`"Moved"`, "right by"},
	},
	// The map's own style makes the text too big for its box.
	"text-styled-too-big": {
		svg: browserFixtureMap(`<style>.label { font-size: 40px; }</style>` +
			`<g class="touchpoint"><rect x="20" y="20" width="200" height="40"/><text x="30" y="45" class="label">Compare</text></g>`),
		want: "text overflows its box", count: 1,
	},
	// The cards' rects coincide only once the groups' transforms apply.
	"cards-overlap": {
		svg: browserFixtureMap(`<g class="touchpoint" transform="translate(20,20)"><rect width="120" height="60"/><text x="10" y="20">First</text></g>` +
			`<g class="touchpoint" transform="translate(100,40)"><rect width="120" height="60"/><text x="10" y="20">Second</text></g>`),
		want: "touchpoint cards overlap", count: 1,
		mentions: []string{"overlap by 40x40px", `"First"`, `"Second"`},
	},
	"card-without-rect": {
		svg:  browserFixtureMap(`<g class="touchpoint"><text x="30" y="45">No rect</text><rect x="20" y="20" width="200" height="40"/></g>`),
		want: "has no <rect> as its first child", count: 1,
	},
	"outside-canvas": {
		svg: browserFixtureMap(`<circle class="cue" cx="395" cy="100" r="20"/>` +
			`<text x="20" y="4" class="title">Cut at the top</text>` +
			`<g transform="translate(0,290)"><path class="curve" d="M10 0 L 100 20"/></g>`),
		want: "outside the canvas", count: 3,
		mentions: []string{"circle.cue", "right by 15px", `text.title "Cut at the top"`, "path.curve", "bottom by 10px"},
	},
	"texts-overlap": {
		svg: browserFixtureMap(`<text x="20" y="40" class="feeling">Overlapping words</text>` +
			`<text x="60" y="44" class="marker-label">Pain point</text>` +
			`<text x="20" y="100" class="feeling">Apart</text><text x="20" y="114" class="feeling">Just below</text>`),
		want: "texts overlap", count: 1,
		mentions: []string{`text.feeling "Overlapping words"`, `text.marker-label "Pain point"`},
	},
	"no-boxes": {
		svg: `<svg xmlns="http://www.w3.org/2000/svg" class="journey-map" width="400" height="300" viewBox="0 0 400 300">` +
			`<rect width="100" height="50"/><text x="10" y="200">Free text</text><g><text x="10" y="250">No rect</text></g></svg>`,
		want: "no text inside a box was checked", count: 1,
	},
	"viewbox-mismatch": {
		svg: `<svg xmlns="http://www.w3.org/2000/svg" class="journey-map" width="400" height="300" viewBox="0 0 800 600">` +
			`<g><rect x="20" y="20" width="200" height="40"/><text x="30" y="45">Fine</text></g></svg>`,
		want: "viewBox", count: 1,
	},
}

// browserFixtureMap wraps content in a 400x300 map that also holds one
// correct box, so that only the planted fault fails.
func browserFixtureMap(content string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" class="journey-map" width="400" height="300" viewBox="0 0 400 300" font-family="DejaVu Sans, sans-serif" font-size="12">
<g class="phase"><rect x="0" y="240" width="400" height="60"/><text x="10" y="270">A correct box</text></g>
` + content + "\n</svg>\n"
}

// checkInBrowser loads the SVG maps in a headless browser and fails t for
// every text outside its box, every pair of overlapping touchpoint cards
// and every element outside the canvas. It skips t when there is no
// browser, unless JOURNEYMAP_BROWSER_TEST=required.
func checkInBrowser(t *testing.T, svgs map[string][]byte) {
	t.Helper()
	failures := browserFailures(t, svgs)
	for _, name := range slices.Sorted(maps.Keys(failures)) {
		for _, msg := range failures[name] {
			t.Errorf("%s: %s", name, msg)
		}
	}
}

// browserFailures loads the maps in a headless browser and returns the
// layout failures of each map that has any. It fails t only when the
// check itself cannot run.
func browserFailures(t *testing.T, svgs map[string][]byte) map[string][]string {
	t.Helper()
	failures := map[string][]string{}
	for _, r := range runBrowserCheck(t, svgs) {
		if len(r.Failures) > 0 {
			failures[r.Name] = r.Failures
		}
		if r.More > 0 {
			failures[r.Name] = append(failures[r.Name], fmt.Sprintf("and %d more failures", r.More))
		}
	}
	return failures
}

// runBrowserCheck loads the maps in a headless browser, one page and one
// browser run per batch of maps, and returns what the page found for each
// map, in the order of their names.
func runBrowserCheck(t *testing.T, svgs map[string][]byte) []browserMapReport {
	t.Helper()
	return runBrowserScript(t, svgs, "browsercheck.js")
}

// runBrowserScript loads the maps in a headless browser with the script
// testdata/name, and returns what it reported for each map. args are
// more flags for the browser.
func runBrowserScript(t *testing.T, svgs map[string][]byte, name string, args ...string) []browserMapReport {
	t.Helper()
	if len(svgs) == 0 {
		t.Fatal("no maps to check in the browser")
	}
	browser := browsertest.Binary(t)
	script, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(bytes.ToLower(script), []byte("</script")) {
		t.Fatalf("testdata/%s must not contain </script", name)
	}

	names := slices.Sorted(maps.Keys(svgs))
	dir := t.TempDir()
	var reports []browserMapReport
	var total browserMapReport
	for start := 0; start < len(names); start += browserBatchSize {
		batch := names[start:min(start+browserBatchSize, len(names))]
		page, err := browserPage(batch, svgs, script)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(dir, fmt.Sprintf("batch%d.html", start/browserBatchSize+1))
		if err := os.WriteFile(file, page, 0o644); err != nil {
			t.Fatal(err)
		}
		report, took, err := browserRun(t, browser, file, args)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		browserName := report.UserAgent
		if m := browserChromeVersion.FindString(browserName); m != "" {
			browserName = m
		}
		t.Logf("%s: %s checked %d maps in %v", filepath.Base(file), browserName, len(batch), took.Round(time.Millisecond))

		got := map[string]browserMapReport{}
		for _, r := range report.Maps {
			got[r.Name] = r
		}
		for _, name := range batch {
			r, ok := got[name]
			if !ok {
				t.Fatalf("the browser's report has no map %q", name)
			}
			t.Logf("%s: checked %d boxes, %d texts, %d cards, %d elements; %d failures",
				name, r.Boxes, r.Texts, r.Cards, r.Elements, len(r.Failures)+r.More)
			total.Boxes += r.Boxes
			total.Texts += r.Texts
			total.Cards += r.Cards
			total.Elements += r.Elements
			reports = append(reports, r)
		}
	}
	t.Logf("in all: checked %d boxes, %d texts, %d cards, %d elements in %d maps",
		total.Boxes, total.Texts, total.Cards, total.Elements, len(names))
	if total.Texts == 0 {
		// The page already fails each map without texts; this guards the
		// guard.
		t.Error("no text inside a box was checked in any map")
	}
	return reports
}

// browserChromeVersion picks the browser and its version out of a user agent.
var browserChromeVersion = regexp.MustCompile(`\S*Chrom\S+`)

// browserSVGProlog matches what may precede the root <svg> of an SVG file: a byte
// order mark, the XML declaration, comments and a doctype.
var browserSVGProlog = regexp.MustCompile(`^(?:\x{FEFF}|\s+|<\?xml[^>]*\?>|<!--(?s:.*?)-->|<!DOCTYPE[^>\[]*(?:\[[^\]]*\])?\s*>)*`)

// browserPage returns an HTML page that holds the named maps, each in the
// shadow root of its own <div class="map">, so that the styles and ids of
// one map do not reach another, followed by the checking script.
func browserPage(names []string, svgs map[string][]byte, script []byte) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>journey map layout check</title></head>\n<body>\n<pre id=\"report\"></pre>\n")
	for _, name := range names {
		svg := browserSVGProlog.ReplaceAll(svgs[name], nil)
		if !bytes.HasPrefix(svg, []byte("<svg")) {
			return nil, fmt.Errorf("%s: does not start with <svg", name)
		}
		if bytes.Contains(bytes.ToLower(svg), []byte("</template")) {
			return nil, fmt.Errorf("%s: contains </template, which would end its shadow root", name)
		}
		fmt.Fprintf(&b, "<div class=\"map\" data-name=\"%s\"><template shadowrootmode=\"open\">\n", html.EscapeString(name))
		b.Write(svg)
		b.WriteString("\n</template></div>\n")
	}
	b.WriteString("<script>\n")
	b.Write(script)
	b.WriteString("\n</script>\n</body></html>\n")
	return b.Bytes(), nil
}

// browserRun loads the page in a headless browser and returns the report
// its script wrote and how long the browser ran. A run that ends without
// a report, as when the browser crashes, is tried once more.
func browserRun(t *testing.T, browser, page string, args []string) (browserReport, time.Duration, error) {
	t.Helper()
	var report browserReport
	var took time.Duration
	var err error
	for try := 1; try <= 2; try++ {
		report, took, err = browserRunOnce(t, browser, page, args)
		if err == nil || errors.Is(err, context.DeadlineExceeded) {
			break
		}
		if try == 1 {
			t.Logf("the browser failed, trying again: %v", err)
		}
	}
	return report, took, err
}

func browserRunOnce(t *testing.T, browser, page string, args []string) (browserReport, time.Duration, error) {
	t.Helper()
	// The profile and the config and cache dirs, where Chromium also keeps
	// crash dumps, live apart from the page's dir and are removed at best
	// effort: a lingering helper process must not fail t's cleanup.
	home, err := os.MkdirTemp("", "journeymap-chromium-*")
	if err != nil {
		return browserReport{}, 0, err
	}
	defer os.RemoveAll(home)

	ctx, cancel := context.WithTimeout(t.Context(), browserTimeout)
	defer cancel()
	flags := append(browsertest.Flags(),
		"--user-data-dir="+filepath.Join(home, "profile"),
		// Without it, the DOM is dumped at the load event, before the
		// script has waited for the fonts and written its report.
		"--virtual-time-budget=5000",
		"--dump-dom",
	)
	flags = append(flags, args...)
	cmd := exec.CommandContext(ctx, browser, append(flags, browserFileURL(page))...)
	cmd.Env = append(os.Environ(),
		"XDG_CONFIG_HOME="+filepath.Join(home, "config"),
		"XDG_CACHE_HOME="+filepath.Join(home, "cache"),
	)
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	// Chromium starts helper processes; on timeout, kill them all.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second

	start := time.Now()
	runErr := cmd.Run()
	took := time.Since(start)
	if cmd.Process != nil {
		// Helpers left behind by a crash; ESRCH when there are none.
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	if ctx.Err() != nil {
		return browserReport{}, took, fmt.Errorf("%s timed out after %v: %w\n%s", browser, browserTimeout, ctx.Err(), browserTail(stderr.String()))
	}

	report, err := parseBrowserReport(stdout.String())
	if err != nil {
		if runErr != nil {
			err = fmt.Errorf("%s: %v; %v", browser, runErr, err)
		}
		return browserReport{}, took, fmt.Errorf("%v\nbrowser stderr:\n%s", err, browserTail(stderr.String()))
	}
	if report.Error != "" {
		return browserReport{}, took, fmt.Errorf("the checking script failed: %s", report.Error)
	}
	return report, took, nil
}

// browserFileURL returns the file: URL of a local path.
func browserFileURL(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

// parseBrowserReport finds the report in the DOM the browser dumped.
func parseBrowserReport(dom string) (browserReport, error) {
	const open = `<pre id="report">`
	i := strings.Index(dom, open)
	if i < 0 {
		return browserReport{}, errors.New("no <pre id=\"report\"> in the dumped page")
	}
	rest := dom[i+len(open):]
	j := strings.Index(rest, "</pre>")
	if j < 0 {
		return browserReport{}, errors.New("no </pre> after the report")
	}
	text := strings.TrimSpace(html.UnescapeString(rest[:j]))
	if text == "" {
		return browserReport{}, errors.New("the report is empty: the checking script did not finish")
	}
	var report browserReport
	if err := json.Unmarshal([]byte(text), &report); err != nil {
		return browserReport{}, fmt.Errorf("the report is not JSON: %v: %.200s", err, text)
	}
	return report, nil
}

// browserTail returns the last lines of the browser's stderr, for errors.
func browserTail(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > 20 {
		lines = lines[len(lines)-20:]
	}
	return strings.Join(lines, "\n")
}
