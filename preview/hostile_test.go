package preview

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// hostileLabels are labels pasted from anywhere, aimed at each place the
// page puts journey text: HTML text and attributes, the JSON of the
// touchpoints, the inline SVG and its style sheet, the template element
// around it, the Markdown of the report, and the quoted source lines.
// Each, if it ever ran, would set window.__pwned or open a dialog.
var hostileLabels = []string{
	`<script>window.__pwned = 1</script>`,
	`</template><script>window.__pwned = 2</script><template>`,
	`"><img src=x onerror="window.__pwned = 3">`,
	`' onmouseover='window.__pwned = 4' x='`,
	`]]></style><script>window.__pwned = 5</script><style><![CDATA[`,
	`</text><foreignObject><iframe src="javascript:window.__pwned = 6"/></foreignObject>`,
	`<svg onload="window.__pwned = 7"><animate onbegin="alert(7)"/></svg>`,
	`[click](javascript:alert(8)) ![img](x" onerror="alert(8)) <https://x.example>`,
	`</td><script>alert(9)</script> | a | b |`,
	`{{.}} {{template "page" .}} %s %d %!`,
	`javascript:alert(10) data:text/html,<b>x</b>`,
	`<!-- <![CDATA[ x ]]> <!ENTITY e "x"> &amp; &e; &#0; -->`,
	"\u202Eevil\u202C text \u2066isolate\u2069 and א עברית with العربية",
	"`code` **bold** # heading\n- item",
}

// hostileJourneyYAML puts the label, numbered, in every text of a journey
// that the map, the matrix, the report or the page shows. JSON strings are
// YAML double-quoted scalars, so json.Marshal quotes the label safely.
func hostileJourneyYAML(label string) string {
	n := 0
	q := func() string {
		n++
		b, _ := json.Marshal(fmt.Sprintf("%s %d", label, n))
		return string(b)
	}
	lines := []string{
		"title: " + q(),
		"persona: {name: " + q() + ", about: " + q() + "}",
		"scenario: " + q(),
		"goals: {customer: " + q() + ", business: " + q() + "}",
		"channels: [{id: web, name: " + q() + ", kind: online}]",
		"evidence: [{id: ev, kind: interview, source: " + q() + "}]",
		"phases:",
		"  - {id: one, name: " + q() + ", moment: before, scenario: " + q() + ", metrics: [" + q() + "], touchpoints: [",
		"      {id: a, name: " + q() + ", channel: web, owner: " + q() + ", emotion: -2, ideal: 1, feeling: " + q() +
			", thinks: " + q() + ", pains: [" + q() + "], gains: [" + q() + "], evidence: [ev]},",
		"      {id: b, name: " + q() + ", channel: web, owner: " + q() + ", emotion: 2}]}",
		"improvements:",
		"  - {id: fix, title: " + q() + ", touchpoints: [a], impact: 4, effort: 2, owner: " + q() + ", due: 2020-01-31}",
		"  - {id: all, title: " + q() + ", impact: 2, effort: 4, owner: " + q() + ", due: 2027-01-31, status: done}",
	}
	return strings.Join(lines, "\n") + "\n"
}

// Hostile journeys, and a hostile file name, never run script in the page:
// on the index, on the journey's page with its map, matrix and report, and
// on the page of the same journey broken, which quotes its lines. Their
// text shows as written.
func TestBrowserHostileJourneys(t *testing.T) {
	dir := t.TempDir()
	for i, label := range hostileLabels {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("hostile-%02d.yaml", i)), []byte(hostileJourneyYAML(label)))
	}
	evilName := `"><img src=x onerror="window.__pwned = 'file'">.yaml`
	if err := os.WriteFile(filepath.Join(dir, evilName), []byte(hostileJourneyYAML(hostileLabels[0])), 0o644); err != nil {
		t.Skipf("this file system refuses the name %q: %v", evilName, err)
	}
	ts := startServer(t, Options{Paths: []string{dir}, Editor: "vscode"})
	p := openPage(t, ts, "/")
	if got := js[int](p, `document.querySelectorAll('.journeys tbody tr').length`); got != len(hostileLabels)+1 {
		t.Fatalf("the index lists %d journeys, want %d", got, len(hostileLabels)+1)
	}
	if !strings.Contains(js[string](p, `document.querySelector('.journeys').innerText`), evilName) {
		t.Errorf("the index does not show the file name %q as text", evilName)
	}
	check := func(where string) {
		t.Helper()
		if pwned := js[string](p, `String(window.__pwned)`); pwned != "undefined" {
			t.Errorf("%s: script from a journey ran: window.__pwned = %s", where, pwned)
		}
		p.checkClean()
	}
	check("the index")
	hrefs := js[[]string](p, `[...document.querySelectorAll('.journeys tbody a')].map((a) => a.getAttribute('href'))`)
	for _, href := range hrefs {
		if err := chromedp.Do(p.ctx, chromedp.Navigate(ts.url+href)); err != nil {
			t.Fatal(err)
		}
		p.waitPainted(0)
		for _, view := range []string{"map", "matrix", "report"} {
			js[bool](p, `document.getElementById('tab-`+view+`').click() || true`)
		}
		var i int
		if _, err := fmt.Sscanf(filepath.Base(href), "hostile-%02d.yaml", &i); err == nil {
			label := hostileLabels[i]
			if got := js[string](p, `document.querySelector('#head .title').textContent`); got != label+" 1" {
				t.Errorf("%s: the title shows as %q, want %q", href, got, label+" 1")
			}
		}
		check(href)
	}

	// Broken: the page quotes the hostile lines under their diagnostics.
	file := filepath.Join(dir, "hostile-00.yaml")
	key := filepathToURL(file)
	version := ts.versionOf(key)
	writeFile(t, file, []byte(hostileJourneyYAML(hostileLabels[2])+"bad: [\n"+hostileJourneyYAML(hostileLabels[0])))
	waitFor(t, "the broken journey to be read", func() bool { return ts.versionOf(key) > version })
	if err := chromedp.Do(p.ctx, chromedp.Navigate(ts.url+"/j/"+key)); err != nil {
		t.Fatal(err)
	}
	p.waitPainted(0)
	if !strings.Contains(js[string](p, problemText), "error") {
		t.Errorf("the broken hostile journey shows no error: %q", js[string](p, problemText))
	}
	check("the broken journey")
}

// filepathToURL is the page key of a file named by its absolute path:
// its place below the first root.
func filepathToURL(file string) string {
	return "1/" + filepath.Base(file)
}
