package preview

// The safety rules of a server on a laptop in a client's network, each
// tested over HTTP: the Host header, paths outside the served folder in
// every spelling, links out of it, content types, the
// Content-Security-Policy and the other headers.

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/internal/sample"
	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/render"
)

// secret is what the files next to and below the served folder hold,
// which the server must never show.
const secret = "TOP-SECRET-DO-NOT-SERVE"

// servedFolder makes a folder to serve: two journeys (one in a
// subfolder), a hidden journey, a file that is not a journey, and
// next to it, outside, a journey and a secret. It returns the served
// folder.
func servedFolder(t *testing.T) string {
	t.Helper()
	base := t.TempDir()
	dir := filepath.Join(base, "served")
	for _, d := range []string{dir, filepath.Join(dir, "sub"), filepath.Join(base, "outside")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, filepath.Join(dir, "a.yaml"), sample.Journey(4))
	writeFile(t, filepath.Join(dir, "sub", "b.yaml"), sample.Journey(3))
	writeFile(t, filepath.Join(dir, ".hidden.yaml"), []byte("title: "+secret+"\n"))
	writeFile(t, filepath.Join(dir, "notes.txt"), []byte(secret))
	writeFile(t, filepath.Join(base, "outside", "secret.yaml"), []byte("title: "+secret+"\nphases: []\n"))
	writeFile(t, filepath.Join(base, "secret.txt"), []byte(secret))
	return dir
}

// A request answers only when its Host header names the server: its own
// address, or localhost; a page elsewhere whose name was rebound to this
// machine (DNS rebinding) gets 403, on every path. No response allows
// another origin to read it.
func TestHostHeader(t *testing.T) {
	ts := startServer(t, Options{Paths: []string{servedFolder(t)}})
	_, port, _ := net.SplitHostPort(ts.addr)
	for _, host := range []string{ts.addr, "localhost:" + port, "LocalHost.:" + port, "[::1]:" + port, "127.0.0.1:" + port} {
		resp, _ := ts.get(t, host, "/")
		if resp.StatusCode != http.StatusOK {
			t.Errorf("Host %s: %s, want 200", host, resp.Status)
		}
	}
	for _, host := range []string{"evil.example:" + port, "evil.example", "127.0.0.1.evil.example:" + port,
		"localhost.evil.example:" + port, "127.0.0.1:1", "localhost", "127.0.0.1", "[::1]", "0.0.0.0:" + port, "10.0.0.1:" + port} {
		for _, path := range []string{"/", "/index.json", "/j/1/a.yaml", "/j/1/a.yaml/state.json", "/events", "/assets/page.js"} {
			resp, body := ts.get(t, host, path)
			if resp.StatusCode != http.StatusForbidden {
				t.Errorf("Host %s, %s: %s, want 403", host, path, resp.Status)
			}
			if strings.Contains(body, "insurance") {
				t.Errorf("Host %s, %s: the refusal shows the journey", host, path)
			}
		}
	}
	// No CORS, whoever asks.
	req, _ := http.NewRequest(http.MethodGet, ts.url+"/index.json", nil)
	req.Header.Set("Origin", "http://evil.example")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if v := resp.Header.Get("Access-Control-Allow-Origin"); v != "" {
		t.Errorf("Access-Control-Allow-Origin: %s", v)
	}
}

// Listening beyond this machine, the server also answers to the
// machine's own names and addresses, and to the names given with
// --allow-host; still to nothing else.
func TestHostCheckWide(t *testing.T) {
	h := newHostCheck(&net.TCPAddr{IP: net.IPv4zero, Port: 8080}, []string{"Workshop.Local."})
	name, err := os.Hostname()
	if err != nil {
		t.Fatal(err)
	}
	allowed := []string{"localhost:8080", "127.0.0.1:8080", "workshop.local:8080", strings.ToUpper(name) + ":8080"}
	if addrs, err := net.InterfaceAddrs(); err == nil {
		for _, a := range addrs {
			if n, ok := a.(*net.IPNet); ok {
				allowed = append(allowed, net.JoinHostPort(n.IP.String(), "8080"))
			}
		}
	}
	for _, host := range allowed {
		if !h.allowed(host) {
			t.Errorf("listening on 0.0.0.0:8080, %s is refused", host)
		}
	}
	for _, host := range []string{"evil.example:8080", "workshop.local:9090", "workshop.local", "192.0.2.1:8080", ""} {
		if h.allowed(host) {
			t.Errorf("listening on 0.0.0.0:8080, %q is answered", host)
		}
	}
	// A loopback server does not answer to the machine's name.
	h = newHostCheck(&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8080}, []string{"workshop.local"})
	if h.allowed(name+":8080") && name != "localhost" {
		t.Errorf("listening on 127.0.0.1, the machine's name %s is answered", name)
	}
	if !IsLoopback(&net.TCPAddr{IP: net.IPv6loopback, Port: 1}) || IsLoopback(&net.TCPAddr{IP: net.IPv4zero, Port: 1}) {
		t.Error("IsLoopback is wrong about ::1 or 0.0.0.0")
	}
}

// No path reaches a file outside the served folder, nor a file of the
// folder that is not a served journey: .., its encodings, absolute paths,
// backslashes, hidden files, other files; each is 404 and shows nothing.
func TestNoPathLeavesTheServedFolder(t *testing.T) {
	dir := servedFolder(t)
	ts := startServer(t, Options{Paths: []string{dir}})
	prefix := "/j/" + strings.TrimPrefix(journeyURL(keyOf(filepath.Join(dir, "a.yaml"), ts.lib.roots[0])), "/j/")
	prefix = strings.TrimSuffix(prefix, "a.yaml")
	targets := []string{
		"/../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
		"/j/../../secret.txt", "/j/..%2f..%2fsecret.txt", "/j/%2e%2e/%2e%2e/outside/secret.yaml",
		"/j/%252e%252e/secret.txt", "/j/..%5c..%5csecret.txt", "/j/..\\..\\secret.txt",
		prefix + "../outside/secret.yaml", prefix + "%2e%2e/outside/secret.yaml", prefix + "..%2Foutside%2Fsecret.yaml",
		prefix + "sub/../../outside/secret.yaml", prefix + "notes.txt", prefix + ".hidden.yaml", prefix + "a.yaml/../notes.txt",
		prefix + "a.yaml%00.txt", prefix + "a.yaml/../../secret.txt",
		"/j/" + filepath.ToSlash(filepath.Join(filepath.Dir(dir), "outside", "secret.yaml")),
		"/j//" + strings.TrimPrefix(filepath.ToSlash(filepath.Join(filepath.Dir(dir), "outside", "secret.yaml")), "/"),
		"/j/file:///etc/passwd", "/j/C:%5CWindows%5Cwin.ini", "//etc/passwd", "/etc/passwd",
		"/assets/../safety_test.go", "/assets/%2e%2e/server.go", "/assets/..%2fserver.go", "/assets/page.html",
		"/assets/", "/assets", "/j/", "/j", "/favicon.ico", "/index.json/../secret.txt",
		"/events?j=../outside/secret.yaml", "/events?j=" + strings.TrimPrefix(prefix, "/j/") + "notes.txt",
	}
	for _, target := range targets {
		code, body := ts.rawGet(t, target)
		if code != http.StatusNotFound && code != http.StatusBadRequest {
			t.Errorf("GET %s: %d, want 404 (or 400)", target, code)
		}
		if strings.Contains(body, secret) || strings.Contains(body, "package preview") {
			t.Errorf("GET %s: shows a file it must not:\n%.200s", target, body)
		}
	}
	// The served journeys themselves are there.
	for _, rel := range []string{"a.yaml", "sub/b.yaml"} {
		if code, _ := ts.rawGet(t, prefix+rel); code != http.StatusOK {
			t.Errorf("GET %s%s: %d, want 200", prefix, rel, code)
		}
	}
}

// A link in the served folder to a journey or a folder outside it is not
// served, nor listed; a link that stays inside is.
func TestNoLinkLeavesTheServedFolder(t *testing.T) {
	dir := servedFolder(t)
	outside := filepath.Join(filepath.Dir(dir), "outside")
	for link, target := range map[string]string{
		"escape.yaml": filepath.Join(outside, "secret.yaml"),
		"escape-dir":  outside,
		"inside.yaml": filepath.Join(dir, "sub", "b.yaml"),
		"twice.yaml":  filepath.Join(dir, "escape.yaml"),
	} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	ts := startServer(t, Options{Paths: []string{dir}})
	resp, index := ts.get(t, "", "/")
	if resp.StatusCode != http.StatusOK {
		t.Fatal(resp.Status)
	}
	if strings.Contains(index, "escape") || strings.Contains(index, secret) || strings.Contains(index, "twice") {
		t.Errorf("the index lists a link out of the folder:\n%s", index)
	}
	prefix := "/j/" + strings.TrimSuffix(keyOf(filepath.Join(dir, "a.yaml"), ts.lib.roots[0]), "a.yaml")
	for _, path := range []string{"escape.yaml", "escape-dir/secret.yaml", "twice.yaml"} {
		for _, part := range []string{"", "/state.json", "/map.svg", "/report.md"} {
			code, body := ts.rawGet(t, prefix+path+part)
			if code != http.StatusNotFound || strings.Contains(body, secret) {
				t.Errorf("GET %s%s%s: %d, want 404 and nothing of it", prefix, path, part, code)
			}
		}
	}
	// A link within the folder to a journey already served is that
	// journey, served once.
	if strings.Contains(index, "inside.yaml") == strings.Contains(index, "sub/b.yaml") {
		t.Errorf("a journey and a link to it in the same folder are not served exactly once:\n%s", index)
	}
}

// Every response has its content type, nosniff, the
// Content-Security-Policy and the other headers; no response allows
// another origin.
func TestContentTypesAndHeaders(t *testing.T) {
	dir := servedFolder(t)
	ts := startServer(t, Options{Paths: []string{dir}})
	page := journeyURL(keyOf(filepath.Join(dir, "a.yaml"), ts.lib.roots[0]))
	for path, want := range map[string]string{
		"/":                        "text/html; charset=utf-8",
		"/index.json":              "application/json",
		page:                       "text/html; charset=utf-8",
		page + "/state.json":       "application/json",
		page + "/map.svg":          "image/svg+xml",
		page + "/matrix.svg":       "image/svg+xml",
		page + "/report.md":        "text/markdown; charset=utf-8",
		"/assets/page.js":          "text/javascript; charset=utf-8",
		"/assets/page.css":         "text/css; charset=utf-8",
		"/assets/themes.css":       "text/css; charset=utf-8",
		"/assets/picture.css":      "text/css; charset=utf-8",
		"/assets/icon.svg":         "image/svg+xml",
		"/nothing":                 "text/plain; charset=utf-8",
		page + "/map.svg?theme=no": "image/svg+xml",
	} {
		resp, _ := ts.get(t, "", path)
		if got := resp.Header.Get("Content-Type"); got != want {
			t.Errorf("%s: Content-Type %q, want %q", path, got, want)
		}
		checkHeaders(t, path, resp.Header, ts.csp)
	}
	// The event stream, which does not end by itself.
	resp, err := http.Get(ts.url + "/events")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("Content-Type"); got != "text/event-stream; charset=utf-8" {
		t.Errorf("/events: Content-Type %q", got)
	}
	checkHeaders(t, "/events", resp.Header, ts.csp)
	// Downloads are attachments named after the journey.
	resp, _ = ts.get(t, "", page+"/matrix.svg")
	if got := resp.Header.Get("Content-Disposition"); got != `attachment; filename=a.matrix.svg` {
		t.Errorf("Content-Disposition %q", got)
	}
	// Only reading.
	req, _ := http.NewRequest(http.MethodPost, ts.url+"/", strings.NewReader("x"))
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %v %v, want 405", resp.Status, err)
	}
}

func checkHeaders(t *testing.T, path string, h http.Header, csp string) {
	t.Helper()
	for name, want := range map[string]string{
		"X-Content-Type-Options":       "nosniff",
		"Content-Security-Policy":      csp,
		"X-Frame-Options":              "DENY",
		"Referrer-Policy":              "no-referrer",
		"Cross-Origin-Resource-Policy": "same-origin",
		"Access-Control-Allow-Origin":  "",
	} {
		if got := h.Get(name); got != want {
			t.Errorf("%s: %s: %q, want %q", path, name, got, want)
		}
	}
}

// The Content-Security-Policy allows scripts and style sheets from the
// server alone, and inline styles by hash alone; the hashes are those of
// the style elements of every map and matrix the server serves, in every
// theme, with and without compared journeys.
func TestContentSecurityPolicy(t *testing.T) {
	dir := servedFolder(t)
	other, diags := journey.Parse("other.yaml", sample.Journey(5), journey.Options{})
	if other == nil {
		t.Fatal(diags)
	}
	odd := bytes.Replace(sample.Journey(3), []byte("scale: [-2, 2]"), []byte("scale: [-3, 3]"), 1)
	writeFile(t, filepath.Join(dir, "odd-scale.yaml"), odd)
	ts := startServer(t, Options{Paths: []string{dir}, Compare: []*journey.Journey{other}})
	directives := map[string]string{}
	for _, d := range strings.Split(ts.csp, ";") {
		name, value, _ := strings.Cut(strings.TrimSpace(d), " ")
		directives[name] = value
	}
	for name, want := range map[string]string{
		"default-src": "'none'", "script-src": "'self'", "connect-src": "'self'", "img-src": "'self'",
		"base-uri": "'none'", "form-action": "'none'", "frame-ancestors": "'none'",
		"require-trusted-types-for": "'script'", "trusted-types": "journeymap",
	} {
		if directives[name] != want {
			t.Errorf("CSP %s %q, want %q", name, directives[name], want)
		}
	}
	if strings.Contains(ts.csp, "unsafe") || strings.Contains(ts.csp, "data:") || strings.Contains(ts.csp, "*") {
		t.Errorf("the CSP allows too much: %s", ts.csp)
	}
	styles := strings.Fields(directives["style-src"])
	if len(styles) < 2 || styles[0] != "'self'" {
		t.Fatalf("style-src %q", directives["style-src"])
	}
	for _, s := range styles[1:] {
		if !strings.HasPrefix(s, "'sha256-") {
			t.Errorf("style-src allows %s, which is not a hash", s)
		}
	}
	for _, key := range []string{keyOf(filepath.Join(dir, "a.yaml"), ts.lib.roots[0]), keyOf(filepath.Join(dir, "odd-scale.yaml"), ts.lib.roots[0])} {
		for _, theme := range render.ThemeNames() {
			for _, part := range []string{"/map.svg", "/matrix.svg"} {
				_, svg := ts.get(t, "", journeyURL(key)+part+"?theme="+theme)
				sum := sha256.Sum256([]byte(styleText(t, svg)))
				hash := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
				if !strings.Contains(directives["style-src"], hash) {
					t.Errorf("%s%s in %s: its style's hash %s is not in style-src", key, part, theme, hash)
				}
			}
		}
	}
}

// styleText is the text of an SVG's <style> element, as a browser reads
// it: what lies between its tags, the CDATA section's markers left out.
func styleText(t *testing.T, svg string) string {
	t.Helper()
	_, rest, ok := strings.Cut(svg, `<style type="text/css">`)
	inner, _, ok2 := strings.Cut(rest, "</style>")
	if !ok || !ok2 {
		t.Fatalf("no <style> in %.200s", svg)
	}
	return strings.NewReplacer("<![CDATA[", "", "]]>", "").Replace(inner)
}

// The map in the page is the very SVG journeymap render writes, byte for
// byte, inline; the downloads are the same bytes; the matrix is what
// journeymap matrix writes.
func TestMapIsWhatRenderWrites(t *testing.T) {
	dir := servedFolder(t)
	src := sample.Journey(4)
	j, _ := journey.Parse("a.yaml", src, journey.Options{})
	ts := startServer(t, Options{Paths: []string{dir}})
	page := journeyURL(keyOf(filepath.Join(dir, "a.yaml"), ts.lib.roots[0]))
	today := ts.today()
	for _, name := range render.ThemeNames() {
		theme, _ := render.ThemeNamed(name)
		var want, wantMatrix bytes.Buffer
		if _, err := render.Render(&want, j, render.Options{Theme: theme}); err != nil {
			t.Fatal(err)
		}
		if _, err := render.RenderMatrix(&wantMatrix, j, render.MatrixOptions{Theme: theme, Today: today}); err != nil {
			t.Fatal(err)
		}
		_, html := ts.get(t, "", page+"?theme="+name)
		if !strings.Contains(html, `<div class="svg">`+want.String()+`</div>`) {
			t.Errorf("%s: the page does not hold the map as render writes it", name)
		}
		if !strings.Contains(html, `<div class="svg">`+wantMatrix.String()+`</div>`) {
			t.Errorf("%s: the page does not hold the matrix as matrix writes it", name)
		}
		if _, svg := ts.get(t, "", page+"/map.svg?theme="+name); svg != want.String() {
			t.Errorf("%s: map.svg is not what render writes", name)
		}
	}
}
