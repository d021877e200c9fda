package preview

// Real-browser tests: the pages of the server open in headless Chromium,
// driven with chromedp, while the tests save, break, fix, add and delete
// journey files on disk, and check what the page shows. They skip without
// a browser, unless JOURNEYMAP_BROWSER_TEST=required (see
// internal/browsertest).

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/journeymap/journeymap/internal/browsertest"
	"github.com/journeymap/journeymap/internal/sample"
	"github.com/journeymap/journeymap/journey"
)

// TestMain stops the shared browser once the tests are done.
func TestMain(m *testing.M) {
	code := m.Run()
	closeBrowser()
	os.Exit(code)
}

// The shared browser: one headless Chromium for all tests, with a tab per
// test.
var shared struct {
	once    sync.Once
	browser context.Context
	cancel  []context.CancelFunc
	dir     string
	err     error
}

// newTab opens a tab in the shared browser, skipping t when there is no
// browser (or failing it, with JOURNEYMAP_BROWSER_TEST=required). The tab
// closes when the test ends; every action in it must finish within
// timeout.
func newTab(t testing.TB, timeout time.Duration) context.Context {
	t.Helper()
	bin := browsertest.Binary(t)
	shared.once.Do(func() {
		shared.dir, shared.err = os.MkdirTemp("", "journeymap-chromium-*")
		if shared.err != nil {
			return
		}
		opts := []chromedp.ExecAllocatorOption{
			chromedp.ExecPath(bin),
			chromedp.UserDataDir(filepath.Join(shared.dir, "profile")),
			chromedp.WindowSize(1440, 900),
			chromedp.Env("XDG_CONFIG_HOME="+filepath.Join(shared.dir, "config"), "XDG_CACHE_HOME="+filepath.Join(shared.dir, "cache")),
		}
		for _, f := range browsertest.Flags() {
			opts = append(opts, chromedp.Flag(strings.TrimPrefix(f, "--"), true))
		}
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		browser, cancelBrowser := chromedp.NewContext(alloc)
		shared.browser = browser
		shared.cancel = []context.CancelFunc{cancelBrowser, cancelAlloc}
		shared.err = chromedp.Do(browser)
	})
	if shared.err != nil {
		t.Fatalf("cannot start the browser: %v", shared.err)
	}
	tab, cancelTab := chromedp.NewContext(shared.browser)
	ctx, cancelTimeout := context.WithTimeout(tab, timeout)
	t.Cleanup(func() {
		cancelTimeout()
		cancelTab()
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("cannot open a tab: %v", err)
	}
	return ctx
}

// closeBrowser stops the shared browser, if it was started.
func closeBrowser() {
	for _, cancel := range shared.cancel {
		cancel()
	}
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
}

// instrument is run in every page before its own scripts: it records what
// the tests check and the page does not show: the Content-Security-Policy
// violations, the versions painted, and the links the page opened.
const instrument = `
window.__jm = {violations: [], paints: [], opened: []};
const click = HTMLAnchorElement.prototype.click;
HTMLAnchorElement.prototype.click = function () { window.__jm.opened.push(this.href); return click.call(this); };
document.addEventListener('securitypolicyviolation', (e) =>
  window.__jm.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
window.addEventListener('journeymap:painted', (e) => window.__jm.paints.push(e.detail));
`

// browserPage is a page of the server open in a tab.
type browserPage struct {
	t       testing.TB
	ctx     context.Context
	mu      sync.Mutex
	dialogs []string // JavaScript dialogs the page opened
	logs    []string // the browser's log entries
}

// openPage opens path on the server in a new tab and waits until it has
// painted its first version.
func openPage(t testing.TB, ts *testServer, path string) *browserPage {
	t.Helper()
	p := &browserPage{t: t, ctx: newTab(t, 2*time.Minute)}
	if _, err := chromedp.Call(p.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: instrument}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(p.ctx, log.Enable, struct{}{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Listen(p.ctx, func(ev any) {
		p.mu.Lock()
		defer p.mu.Unlock()
		switch ev := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			p.dialogs = append(p.dialogs, ev.Message)
		case *log.EventEntryAdded:
			p.logs = append(p.logs, ev.Entry.Text)
		}
	}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(p.ctx, chromedp.Navigate(ts.url+path)); err != nil {
		t.Fatal(err)
	}
	p.waitPainted(0)
	return p
}

// js evaluates an expression in the page.
func js[T any](p *browserPage, expr string) T {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		p.t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// poll waits until a JavaScript expression is truthy in the page, and
// returns its value.
func poll[T any](p *browserPage, what, expr string) T {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Poll[T](expr, chromedp.WithPollingTimeout(20*time.Second), chromedp.WithPollingInterval(5*time.Millisecond)))
	if err != nil {
		p.t.Fatalf("waiting for %s: %v", what, err)
	}
	return v
}

// waitPainted waits until the page has painted a version after the
// version after, and returns it.
func (p *browserPage) waitPainted(after int) int {
	p.t.Helper()
	return poll[int](p, fmt.Sprintf("a version after %d to be painted", after),
		fmt.Sprintf(`Number(document.documentElement.dataset.painted || 0) > %d && Number(document.documentElement.dataset.painted)`, after))
}

// repaintAfter does act, and waits until the page has painted once more.
func (p *browserPage) repaintAfter(act func()) {
	p.t.Helper()
	n := js[int](p, `window.__jm.paints.length`)
	act()
	p.waitUntil("a repaint", fmt.Sprintf(`window.__jm.paints.length > %d`, n))
}

// waitUntil waits until a JavaScript condition holds in the page.
func (p *browserPage) waitUntil(what, cond string) {
	p.t.Helper()
	poll[bool](p, what, cond)
}

// key presses a key in the page.
func (p *browserPage) key(k string) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, chromedp.KeyEvent(k)); err != nil {
		p.t.Fatal(err)
	}
}

// checkClean fails the test for every Content-Security-Policy violation
// and every dialog the page opened.
func (p *browserPage) checkClean() {
	p.t.Helper()
	if v := js[[]string](p, `window.__jm.violations`); len(v) > 0 {
		p.t.Errorf("Content-Security-Policy violations: %q", v)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.dialogs) > 0 {
		p.t.Errorf("the page opened dialogs: %q", p.dialogs)
	}
}

// The expressions that read what the page shows.
const (
	mapSVG      = `document.getElementById('map-host').shadowRoot.querySelector('.svg > svg')`
	cardNames   = `[...` + mapSVG + `.querySelectorAll('g.touchpoint .touchpoint-name')].map((t) => [...t.childNodes].map((n) => n.textContent).join(' '))`
	problemText = `document.getElementById('problems').innerText`
	mapIsStale  = `document.getElementById('view-map').classList.contains('stale')`
)

// jsString quotes s for JavaScript.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// firstCardIs is true in the page once the map's first card is name.
func firstCardIs(name string) string {
	return `(` + cardNames + `)[0] === ` + jsString(name)
}

// A page follows its journey on disk: a save in place and a save by
// rename redraw the map without a reload, keeping the scroll position and
// the zoom; a broken file shows its diagnostic with its line quoted over
// the old map, dimmed; the fixed file brings the map back.
func TestBrowserFollowsSaves(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "renewal.yaml")
	writeFile(t, file, sampleWith(24, "Reads the renewal letter"))
	ts := startServer(t, Options{Paths: []string{file}})
	p := openPage(t, ts, "/")
	if got := js[[]string](p, cardNames); len(got) != 24 || got[0] != "Reads the renewal letter" {
		t.Fatalf("the map's cards are %q", got)
	}

	// Zoom in, scroll, and mark the page: a reload would lose all three.
	p.key("1")
	p.key("+")
	js[bool](p, `(() => { const v = document.getElementById('view-map'); v.scrollLeft = 900; v.scrollTop = 120; window.__notReloaded = true; return true })()`)
	view := func() string {
		return js[string](p, `(() => { const v = document.getElementById('view-map'); return v.scrollLeft + ',' + v.scrollTop + ',' + document.querySelector('.zoom-level').textContent + ',' + (window.__notReloaded === true) })()`)
	}
	before := view()
	if !strings.HasSuffix(before, ",true") || !strings.HasPrefix(before, "900,120,") {
		t.Fatalf("scroll, zoom and marker before the save: %s", before)
	}

	for _, save := range []struct {
		how  string
		save func(testing.TB, string, []byte)
		name string
	}{
		{"in place", writeFile, "Opens the renewal letter"},
		{"by rename", saveByRename, "Tears open the renewal letter"},
	} {
		save.save(t, file, sampleWith(24, save.name))
		p.waitUntil("the saved map", firstCardIs(save.name))
		if got := js[[]string](p, cardNames); got[0] != save.name {
			t.Errorf("after a save %s, the first card is %q, want %q", save.how, got[0], save.name)
		}
		if after := view(); after != before {
			t.Errorf("a save %s moved the view: scroll, zoom, not reloaded were %s, are %s", save.how, before, after)
		}
	}

	// Broken: an emotion off the scale.
	broken := bytes.Replace(sampleWith(24, "Tears open the renewal letter"), []byte("emotion: 2\n"), []byte("emotion: 7\n"), 1)
	line := lineOf(broken, "emotion: 7")
	writeFile(t, file, broken)
	p.waitUntil("the diagnostic", problemText+`.includes(`+jsString(fmt.Sprintf(":%d:", line))+`)`)
	problems := js[string](p, problemText)
	at := fmt.Sprintf("%s:%d:18:", file, line)
	if !strings.Contains(problems, at) || !strings.Contains(problems, "emotion: 7") {
		t.Errorf("the problems do not show %q with its line quoted:\n%s", at, problems)
	}
	if !strings.Contains(problems, strconv.Itoa(line)) {
		t.Errorf("the quoted line has no number %d:\n%s", line, problems)
	}
	if !js[bool](p, mapIsStale) {
		t.Error("the map of a broken file is not dimmed")
	}
	if got := js[[]string](p, cardNames); len(got) != 24 || got[0] != "Tears open the renewal letter" {
		t.Errorf("the broken file's page does not keep the last map: %q", got)
	}
	if badge := js[string](p, `document.querySelector('#head .badge').textContent`); badge != "1 error" {
		t.Errorf("the badge says %q", badge)
	}

	writeFile(t, file, sampleWith(24, "Reads the letter again"))
	p.waitUntil("the fixed map", firstCardIs("Reads the letter again"))
	if js[bool](p, mapIsStale) || js[string](p, problemText) != "" {
		t.Errorf("the fixed file's page is still dimmed or shows problems: %q", js[string](p, problemText))
	}
	if got := js[[]string](p, cardNames); got[0] != "Reads the letter again" {
		t.Errorf("after the fix, the first card is %q", got[0])
	}

	// Deleted, the journey's page says so and keeps its map, dimmed;
	// written again, it is back.
	if err := os.Remove(file); err != nil {
		t.Fatal(err)
	}
	p.waitUntil("the page to say the file is gone", problemText+`.includes('no longer exists')`)
	if !js[bool](p, mapIsStale) || js[[]string](p, cardNames)[0] != "Reads the letter again" {
		t.Error("the page of a deleted journey does not keep its last map, dimmed")
	}
	if badge := js[string](p, `document.querySelector('#head .badge').textContent`); badge != "gone" {
		t.Errorf("the badge of a deleted journey says %q", badge)
	}
	writeFile(t, file, sampleWith(24, "Back again"))
	p.waitUntil("the journey back", firstCardIs("Back again"))
	if js[bool](p, mapIsStale) {
		t.Error("the journey written again is still dimmed")
	}
	p.checkClean()
}

// A burst of saves is drawn once. The server here waits longer for a
// burst to settle than it does outside tests, so that the five saves of
// the test land within it however busy the machine is.
func TestBrowserDrawsABurstOnce(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "renewal.yaml")
	writeFile(t, file, sampleWith(12, "Before the burst"))
	ts := startServer(t, Options{Paths: []string{file}}, func(s *Server) { s.settle = 150 * time.Millisecond })
	p := openPage(t, ts, "/")
	v := p.waitPainted(0)
	version := ts.versionOf(ts.lib.entries()[0].key)
	paints := len(js[[]int](p, `window.__jm.paints`))
	for i := range 5 {
		writeFile(t, file, sampleWith(12, fmt.Sprintf("Burst %d", i)))
	}
	p.waitPainted(v)
	time.Sleep(400 * time.Millisecond) // a second redraw would come by now
	if got := js[[]string](p, cardNames); got[0] != "Burst 4" {
		t.Errorf("after a burst, the first card is %q", got[0])
	}
	if got := ts.versionOf(ts.lib.entries()[0].key); got != version+1 {
		t.Errorf("a burst of five saves made %d versions, want 1", got-version)
	}
	if got := len(js[[]int](p, `window.__jm.paints`)) - paints; got != 1 {
		t.Errorf("a burst of five saves was painted %d times, want 1", got)
	}
	p.checkClean()
}

// A served folder's index follows the folder: files added, deleted,
// broken and fixed.
func TestBrowserIndexFollowsFolder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.yaml"), sampleWith(3, "A"))
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "sub", "b.yaml"), sampleWith(5, "B"))
	ts := startServer(t, Options{Paths: []string{dir}})
	p := openPage(t, ts, "/")
	rowsExpr := `[...document.querySelectorAll('.journeys tbody tr')].map((r) => [...r.cells].map((c) => c.innerText.replace(/\s+/g, ' ').trim()).join(' | ')).join('\n')`
	rows := func() string { return js[string](p, rowsExpr) }
	name := func(rel string) string { return filepath.Join(dir, rel) }
	want := fmt.Sprintf("I renew my home insurance %s | Sanne, 34 | 3 | valid\nI renew my home insurance %s | Sanne, 34 | 5 | valid", name("a.yaml"), name("sub/b.yaml"))
	if got := rows(); got != want {
		t.Fatalf("the index:\n%s\nwant:\n%s", got, want)
	}

	// A new folder with a new journey, and a broken one.
	if err := os.Mkdir(filepath.Join(dir, "new"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "new", "c.yml"), sampleWith(7, "C"))
	writeFile(t, filepath.Join(dir, "broken.yaml"), []byte("title: Broken\nphases: [\n"))
	for _, s := range []string{"broken.yaml | — | — | 1 error", name("new/c.yml") + " | Sanne, 34 | 7 | valid"} {
		p.waitUntil(fmt.Sprintf("the index to show %q", s), rowsExpr+`.includes(`+jsString(s)+`)`)
	}
	if n := js[int](p, `document.querySelectorAll('.journeys tbody tr').length`); n != 4 {
		t.Errorf("the index has %d rows, want 4:\n%s", n, rows())
	}

	// Deleted: a journey and a whole folder.
	if err := os.Remove(name("a.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(name("sub")); err != nil {
		t.Fatal(err)
	}
	p.waitUntil("two rows", `document.querySelectorAll('.journeys tbody tr').length === 2`)
	if got := rows(); strings.Contains(got, "a.yaml") || strings.Contains(got, "b.yaml") {
		t.Errorf("the index still lists deleted journeys:\n%s", got)
	}

	// Fixed.
	writeFile(t, name("broken.yaml"), sampleWith(2, "Fixed"))
	p.waitUntil("the fixed journey", rowsExpr+`.includes(`+jsString(name("broken.yaml")+" | Sanne, 34 | 2 | valid")+`)`)
	p.checkClean()
}

// click clicks, with the mouse, the middle of what a JavaScript
// expression finds.
func (p *browserPage) click(expr string) {
	p.t.Helper()
	xy := js[[]float64](p, `(() => { const r = (`+expr+`).getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2] })()`)
	if err := chromedp.Do(p.ctx, chromedp.MouseClickXY(xy[0], xy[1])); err != nil {
		p.t.Fatal(err)
	}
}

// Clicking a touchpoint's card shows where it is written; with an editor,
// it opens the editor there, through the editor's URL scheme.
func TestBrowserTouchpointShowsItsLine(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "renewal.yaml")
	src := sample.Journey(6)
	writeFile(t, file, src)
	j, diags := journey.Parse(file, src, journey.Options{})
	if j == nil {
		t.Fatal(diags)
	}
	third := j.Touchpoints()[2]
	for _, editor := range []string{"", "vscode"} {
		t.Run("editor="+editor, func(t *testing.T) {
			ts := startServer(t, Options{Paths: []string{file}, Editor: editor})
			p := openPage(t, ts, "/")
			p.click(mapSVG + `.querySelectorAll('g.touchpoint')[2].querySelector('rect')`)
			p.waitUntil("the touchpoint's line", `!document.getElementById('touchpoint').hidden`)
			if got, want := js[string](p, `document.querySelector('#touchpoint .tp-name').textContent`), third.Name; got != want {
				t.Errorf("the clicked card is %q, want %q", got, want)
			}
			if got, want := js[string](p, `document.querySelector('#touchpoint .tp-at').textContent`), fmt.Sprintf("Written at %s:%d", file, third.Pos.Line); got != want {
				t.Errorf("the card says %q, want %q", got, want)
			}
			if js[bool](p, `document.getElementById('map-host').shadowRoot.querySelector('.selection').hidden`) {
				t.Error("the clicked card is not marked")
			}
			link := js[string](p, `document.querySelector('#touchpoint .tp-open').hidden ? '' : document.querySelector('#touchpoint .tp-open').href`)
			if editor == "" {
				if link != "" {
					t.Errorf("without an editor, the card links to %q", link)
				}
				return
			}
			want := fmt.Sprintf("vscode://file%s:%d:%d", filepath.ToSlash(file), third.Pos.Line, third.Pos.Column)
			if link != want {
				t.Errorf("the editor's link is %q, want %q", link, want)
			}
			// The click opened the link, which the browser hands to the
			// editor that registered its scheme.
			if opened := js[[]string](p, `window.__jm.opened`); len(opened) != 1 || opened[0] != want {
				t.Errorf("the click opened %q, want %q", opened, want)
			}
			p.key(kb.Escape)
			if !js[bool](p, `document.getElementById('touchpoint').hidden`) {
				t.Error("Escape does not close the touchpoint's line")
			}
			p.checkClean()
		})
	}
}

// The map and the matrix are drawn in the theme chosen in the page, with
// their own style sheets allowed by the Content-Security-Policy (their
// colours apply); t cycles the themes and m the views.
func TestBrowserThemesAndViews(t *testing.T) {
	ts := startServer(t, Options{Paths: []string{"../examples/washing-machine.yaml"}})
	p := openPage(t, ts, "/")
	background := func(host string) string {
		return js[string](p, `getComputedStyle(document.getElementById('`+host+`').shadowRoot.querySelector('.svg > svg .background')).fill`)
	}
	for i, want := range []struct{ theme, fill string }{
		{"light", "rgb(255, 255, 255)"}, {"dark", "rgb(20, 24, 31)"}, {"print", "rgb(255, 255, 255)"}, {"light", "rgb(255, 255, 255)"},
	} {
		if i > 0 {
			p.repaintAfter(func() { p.key("t") })
		}
		if got := js[string](p, `document.documentElement.dataset.theme`); got != want.theme {
			t.Fatalf("the page's theme is %q, want %q", got, want.theme)
		}
		for _, host := range []string{"map-host", "matrix-host"} {
			// A view not shown is brought up to date when it is.
			js[bool](p, `document.getElementById('tab-`+strings.TrimSuffix(host, "-host")+`').click() || true`)
			if got := js[string](p, `document.getElementById('`+host+`').shadowRoot.querySelector('.svg > svg').getAttribute('class')`); !strings.Contains(got, "theme-"+want.theme) {
				t.Errorf("%s: the picture is drawn in %q, want theme-%s", host, got, want.theme)
			}
			if got := background(host); got != want.fill {
				t.Errorf("%s in %s: the background is %s, want %s: is the style sheet blocked?", host, want.theme, got, want.fill)
			}
		}
		js[bool](p, `document.getElementById('tab-map').click() || true`)
	}
	// The map is in the page's DOM: the browser's find reaches its text,
	// and screen readers its name and description.
	if !js[bool](p, `window.find('Searches the error')`) {
		t.Error("the browser's find does not reach the map's text")
	}
	tree, err := chromedp.Call(p.ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	if err != nil {
		t.Fatal(err)
	}
	var named []string
	found := false
	for _, n := range tree.Nodes {
		if n.Role != nil && n.Name != nil && strings.Contains(string(n.Role.Value), "image") {
			named = append(named, string(n.Name.Value))
			found = found || strings.Contains(string(n.Name.Value), "I replace my broken washing machine")
		}
	}
	if !found {
		t.Errorf("no image in the accessibility tree is named by the map's title; images: %q", named)
	}
	for _, view := range []string{"matrix", "report", "map"} {
		p.key("m")
		if got := js[string](p, `document.querySelector('[role=tab][aria-selected=true]').dataset.view + ':' + [...document.querySelectorAll('.view:not([hidden])')].map((v) => v.id).join()`); got != view+":view-"+view {
			t.Errorf("after m, the view is %s, want %s", got, view)
		}
	}
	p.checkClean()
}

var update = flag.Bool("update", false, "write the screenshots of the page in ../docs/images")

// lookCheck finds what a person would see as broken in the page around
// the pictures: text cut off by its box, controls of the top bar on top
// of each other, and a page wider than the window.
const lookCheck = `(() => {
  const found = [];
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const name = (el) => el.localName + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '') +
    ' "' + (el.innerText || el.textContent || '').trim().slice(0, 40) + '"';
  const boxes = '.bar *, .problems *, .keys, .offline, .touchpoint-info *, .journeys *, .report *, .no-picture';
  for (const el of document.querySelectorAll(boxes)) {
    if (!shown(el) || el.matches('.source, .source *')) continue;
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') found.push('cut off: ' + name(el));
    if (el.matches('button, a, .badge, .title, .file') && el.scrollWidth > el.clientWidth + 1) found.push('text wider than its box: ' + name(el));
  }
  const parts = [...document.querySelectorAll('.bar .back, .bar .title, .bar .badge, .bar .file, .bar .group, .bar .download')].filter(shown);
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      if (parts[i].contains(parts[j]) || parts[j].contains(parts[i])) continue;
      const a = parts[i].getBoundingClientRect(), b = parts[j].getBoundingClientRect();
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 0.5 && y > 0.5) found.push('overlap: ' + name(parts[i]) + ' and ' + name(parts[j]));
    }
  }
  if (document.documentElement.scrollWidth > innerWidth + 1) found.push('the page is wider than the window: ' + document.documentElement.scrollWidth + 'px');
  return found;
})()`

// The pages look right: in every theme, in English and in Dutch, at a
// wide and a narrow window, on the index, a journey's three views and a
// broken journey's page, nothing is cut off or overlaps, and the page
// breaks no rule of its Content-Security-Policy.
func TestBrowserPagesLookRight(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"washing-machine.yaml", "quote-request.yaml"} {
		src, err := os.ReadFile(filepath.Join("..", "examples", name))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, name), src)
		broken := bytes.Replace(src, []byte("    touchpoints:\n"), []byte("    touchpoints:\n      - {id: extra, name: Extra, emotion: 9, onwer: x}\n"), 1)
		writeFile(t, filepath.Join(dir, "broken-"+name), broken)
	}
	ts := startServer(t, Options{Paths: []string{dir}, Editor: "vscode"})
	p := openPage(t, ts, "/")
	for _, size := range [][2]int64{{1440, 900}, {1024, 720}} {
		if err := chromedp.Do(p.ctx, chromedp.EmulateViewport(size[0], size[1])); err != nil {
			t.Fatal(err)
		}
		for _, theme := range []string{"light", "dark", "print"} {
			pages := []string{"/?theme=" + theme}
			for _, name := range []string{"washing-machine.yaml", "quote-request.yaml", "broken-washing-machine.yaml", "broken-quote-request.yaml"} {
				for _, view := range []string{"map", "matrix", "report"} {
					pages = append(pages, "/j/1/"+name+"?theme="+theme+"#"+view)
				}
			}
			for _, page := range pages {
				if err := chromedp.Do(p.ctx, chromedp.Navigate(ts.url+page)); err != nil {
					t.Fatal(err)
				}
				p.waitPainted(0)
				if (strings.Contains(page, "/j/1/washing") || strings.Contains(page, "/j/1/quote")) && strings.HasSuffix(page, "#map") {
					p.click(mapSVG + `.querySelectorAll('g.touchpoint')[1].querySelector('rect')`)
				}
				where := fmt.Sprintf("%dx%d %s", size[0], size[1], page)
				for _, problem := range js[[]string](p, lookCheck) {
					t.Errorf("%s: %s", where, problem)
				}
				if lang := js[string](p, `document.documentElement.lang`); strings.Contains(page, "quote-request") && lang != "nl" {
					t.Errorf("%s: the page of a Dutch journey is in %q", where, lang)
				}
				p.checkClean()
			}
		}
	}
}

// TestScreenshots takes the screenshots of the README with -update: the
// page of a journey, and of the same journey while it has errors.
func TestScreenshots(t *testing.T) {
	if !*update {
		t.Skip("writes ../docs/images/serve*.png with -update")
	}
	src, err := os.ReadFile("../examples/washing-machine.yaml")
	if err != nil {
		t.Fatal(err)
	}
	images, err := filepath.Abs(filepath.Join("..", "docs", "images"))
	if err != nil {
		t.Fatal(err)
	}
	// In the journey's folder, which it is served from as a consultant
	// would: journeymap serve washing-machine.yaml.
	dir := filepath.Join(t.TempDir(), "journeys")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	file := "washing-machine.yaml"
	writeFile(t, file, src)
	ts := startServer(t, Options{Paths: []string{file}})
	p := openPage(t, ts, "/?zoom=0.62")
	if err := chromedp.Do(p.ctx, chromedp.EmulateViewport(1280, 800)); err != nil {
		t.Fatal(err)
	}
	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(images, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p.click(mapSVG + `.querySelectorAll('g.touchpoint')[4].querySelector('rect')`)
	p.waitUntil("the touchpoint's line", `!document.getElementById('touchpoint').hidden`)
	shot("serve.png")

	v := p.waitPainted(0)
	broken := bytes.Replace(src, []byte("emotion: 4\n"), []byte("emotion: 7\n"), 1)
	broken = bytes.Replace(broken, []byte("        owner: "), []byte("        onwer: "), 1)
	writeFile(t, file, broken)
	p.waitPainted(v)
	p.key("\x1b")
	js[bool](p, `document.activeElement.blur() || true`)
	shot("serve-errors.png")
}
