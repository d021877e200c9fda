package preview

// The harness of the preview's tests: a server on a free loopback port
// over a folder of journeys, and the files its tests save. The browser
// that opens its pages is in browser_test.go.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/journeymap/journeymap/internal/sample"
	"github.com/journeymap/journeymap/journey"
)

// listForTests lists the journeys below a folder as journeymap validate
// does: *.yaml and *.yml regular files, hidden files and folders left out,
// in lexical order.
func listForTests(dir string) ([]string, []error) {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		ext := strings.ToLower(filepath.Ext(path))
		if d.IsDir() || ext != ".yaml" && ext != ".yml" {
			return nil
		}
		if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
			out = append(out, path)
		}
		return nil
	})
	if err != nil {
		return out, []error{err}
	}
	return out, nil
}

// testServer is a running server over some journeys.
type testServer struct {
	*Server
	url  string // http://127.0.0.1:PORT
	addr string // 127.0.0.1:PORT
	log  *syncBuffer
}

// syncBuffer is a buffer that the server's log and the test share.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// startServer serves the journeys of opts (Paths) on a free loopback port
// until the test ends. A test that sets no List gets listForTests, and no
// Today a fixed date. The tweaks change the server before it starts.
func startServer(t testing.TB, opts Options, tweaks ...func(*Server)) *testServer {
	t.Helper()
	if opts.List == nil {
		opts.List = listForTests
	}
	if opts.Today == nil {
		opts.Today = func() journey.Date { d, _ := journey.ParseDate("2026-11-22"); return d }
	}
	log := &syncBuffer{}
	opts.Log = log
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, tweak := range tweaks {
		tweak(s)
	}
	ts, stop := runServer(t, s)
	ts.log = log
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Error(err)
		}
	})
	return ts
}

// runServer serves s on a free loopback port, and waits until it answers.
// stop stops it, and returns what Serve returned, or an error when it does
// not stop within 10 seconds.
func runServer(t testing.TB, s *Server) (ts *testServer, stop func() error) {
	t.Helper()
	ln, err := Listen("127.0.0.1:0", false)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	stop = func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(10 * time.Second):
			return errors.New("the server did not stop within 10s")
		}
	}
	ts = &testServer{Server: s, addr: ln.Addr().String(), url: "http://" + ln.Addr().String()}
	waitFor(t, "the server to answer", func() bool {
		resp, err := testClient.Get(ts.url + "/assets/icon.svg")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
	return ts, stop
}

// serveSample serves internal/sample's journey of n touchpoints, written
// to j.yaml in a folder of its own: the file itself, or with folder the
// folder. It returns the server, the file and its page's key.
func serveSample(t testing.TB, n int, folder bool, tweaks ...func(*Server)) (*testServer, string, string) {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "j.yaml")
	writeFile(t, file, sample.Journey(n))
	path := file
	if folder {
		path = dir
	}
	ts := startServer(t, Options{Paths: []string{path}}, tweaks...)
	return ts, file, ts.key(t, file)
}

// testClient gives up on a response after a while: an event stream
// answered where none should be must fail a test, not hang it.
var testClient = &http.Client{Timeout: 10 * time.Second}

// get fetches path from the server with the Host header host ("" for the
// server's own address), and returns the response and its body.
func (ts *testServer) get(t testing.TB, host, path string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, ts.url+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if host != "" {
		req.Host = host
	}
	resp, err := testClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

// rawGet sends a request line as written, without a client cleaning its
// path, and returns the status line and the body.
func (ts *testServer) rawGet(t testing.TB, target string) (status int, body string) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", ts.addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(conn, "GET "+target+" HTTP/1.1\r\nHost: "+ts.addr+"\r\nConnection: close\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(conn)
	if err != nil && !errors.Is(err, io.EOF) {
		t.Fatal(err)
	}
	resp := string(data)
	var code int
	if _, err := fmt.Sscanf(resp, "HTTP/1.1 %d", &code); err != nil {
		t.Fatalf("%s: no status line in %q", target, resp)
	}
	if i := strings.Index(resp, "\r\n\r\n"); i >= 0 {
		body = resp[i+4:]
	}
	return code, body
}

// waitFor polls cond until it holds, and fails t after 10 seconds.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// writeFile writes a journey in place, as most editors save.
func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// saveByRename saves a journey as vim and JetBrains editors do: a new
// file, renamed over the old one.
func saveByRename(t testing.TB, path string, data []byte) {
	t.Helper()
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp~")
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// sampleWith is internal/sample's journey of n touchpoints, with the name
// of its first touchpoint changed to name.
func sampleWith(n int, name string) []byte {
	return bytes.Replace(sample.Journey(n), []byte("name: Step 1 of the journey, with a label of ordinary length"), []byte("name: "+name), 1)
}

// lineOf is the line of the first occurrence of s in src.
func lineOf(src []byte, s string) int {
	i := bytes.Index(src, []byte(s))
	return bytes.Count(src[:i], []byte("\n")) + 1
}
