//go:build unix

package main

// journeymap serve as a process: its first line, its port, its warning
// beyond this machine, --open, and stopping on Ctrl-C or SIGTERM. The
// journeymap on PATH is this test binary (see TestMain).

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// serving is the first line serve prints.
var serving = regexp.MustCompile(`^journeymap: serving (http://127\.0\.0\.1:(\d+)/)$`)

// serveProcess is a running journeymap serve.
type serveProcess struct {
	cmd    *exec.Cmd
	url    string
	port   string
	lines  chan string // stderr, a line at a time, after the first
	stdout *bytes.Buffer
}

// startServe runs journeymap serve with args in dir, reads its first line
// and checks it.
func startServe(t *testing.T, dir string, env []string, args ...string) *serveProcess {
	t.Helper()
	cmd := exec.Command("journeymap", append([]string{"serve"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &serveProcess{cmd: cmd, lines: make(chan string, 100), stdout: &bytes.Buffer{}}
	cmd.Stdout = p.stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	first := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for n := 0; sc.Scan(); n++ {
			if n == 0 {
				first <- sc.Text()
				continue
			}
			p.lines <- sc.Text()
		}
		close(p.lines)
		close(first)
	}()
	select {
	case line := <-first:
		m := serving.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("the first line on stderr is %q; want journeymap: serving http://127.0.0.1:PORT/", line)
		}
		p.url, p.port = m[1], m[2]
	case <-time.After(20 * time.Second):
		t.Fatal("journeymap serve printed nothing within 20s")
	}
	return p
}

// stop sends sig and returns the exit code.
func (p *serveProcess) stop(t *testing.T, sig syscall.Signal) int {
	t.Helper()
	if err := p.cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(10 * time.Second):
		t.Fatalf("journeymap serve did not stop within 10s of %v", sig)
		return -1
	}
}

// noRedirects is a client that reports a redirect instead of following it.
var noRedirects = &http.Client{
	Timeout:       10 * time.Second,
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
}

func writeJourney(t *testing.T, dir, name string) {
	t.Helper()
	src, err := os.ReadFile("../../examples/washing-machine.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
		t.Fatal(err)
	}
}

// serve FILE: the first line on stderr is the address, / is the journey's
// page (200, no redirect); Ctrl-C and SIGTERM stop it with exit 0, and the
// event streams end.
func TestServeProcess(t *testing.T) {
	dir := t.TempDir()
	writeJourney(t, dir, "machine.yaml")
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			p := startServe(t, dir, nil, "--addr", "127.0.0.1:0", "machine.yaml")
			resp, err := noRedirects.Get(p.url)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "I replace my broken washing machine") {
				t.Errorf("GET /: %s, want 200 and the journey's page:\n%.300s", resp.Status, body)
			}
			events, err := http.Get(p.url + "events")
			if err != nil {
				t.Fatal(err)
			}
			ended := make(chan struct{})
			go func() {
				io.Copy(io.Discard, events.Body)
				close(ended)
			}()
			if code := p.stop(t, sig); code != 0 {
				t.Errorf("after %v: exit %d, want 0", sig, code)
			}
			select {
			case <-ended:
			case <-time.After(5 * time.Second):
				t.Error("the event stream did not end")
			}
			for line := range p.lines {
				t.Errorf("more on stderr: %s", line)
			}
			if p.stdout.Len() > 0 {
				t.Errorf("stdout: %s", p.stdout)
			}
		})
	}
}

// Without --addr, serve listens on 127.0.0.1:8080, or the next free port.
func TestServeTakesTheNextFreePort(t *testing.T) {
	dir := t.TempDir()
	writeJourney(t, dir, "machine.yaml")
	if held, err := net.Listen("tcp", "127.0.0.1:8080"); err == nil {
		defer held.Close()
	} // else something else holds 8080 already: all the same
	p := startServe(t, dir, nil, "machine.yaml")
	if p.port == "8080" {
		t.Fatal("serve listened on 8080, which is taken")
	}
	if code := p.stop(t, syscall.SIGINT); code != 0 {
		t.Errorf("exit %d", code)
	}
}

// --addr beyond this machine warns that anyone who can reach it can read
// the journeys; the page still answers on this machine's loopback.
func TestServeWideWarns(t *testing.T) {
	dir := t.TempDir()
	writeJourney(t, dir, "machine.yaml")
	p := startServe(t, dir, nil, "--addr", "0.0.0.0:0", "--allow-host", "workshop.local", "machine.yaml")
	select {
	case line := <-p.lines:
		want := "journeymap: warning: listening on 0.0.0.0:" + p.port + ", beyond this machine: anyone who can reach that address can read the journeys"
		if line != want {
			t.Errorf("the second line is %q, want %q", line, want)
		}
	case <-time.After(10 * time.Second):
		t.Error("no warning")
	}
	req, _ := http.NewRequest(http.MethodGet, p.url, nil)
	for _, host := range []string{"", "workshop.local:" + p.port, "evil.example:" + p.port} {
		if host != "" {
			req.Host = host
		}
		resp, err := noRedirects.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		want := http.StatusOK
		if strings.HasPrefix(host, "evil") {
			want = http.StatusForbidden
		}
		if resp.StatusCode != want {
			t.Errorf("Host %q: %s, want %d", host, resp.Status, want)
		}
	}
	p.stop(t, syscall.SIGINT)
}

// --open hands the page's address to the browser: $BROWSER here.
func TestServeOpensTheBrowser(t *testing.T) {
	dir := t.TempDir()
	writeJourney(t, dir, "machine.yaml")
	opened := filepath.Join(dir, "opened")
	browser := filepath.Join(dir, "browser.sh")
	if err := os.WriteFile(browser, []byte("#!/bin/sh\necho \"$1\" > "+opened+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	p := startServe(t, dir, []string{"BROWSER=" + browser}, "--open", "--addr", "127.0.0.1:0", ".")
	deadline := time.Now().Add(10 * time.Second)
	for {
		data, _ := os.ReadFile(opened)
		if got := strings.TrimSpace(string(data)); got == p.url {
			break
		} else if time.Now().After(deadline) {
			t.Fatalf("the browser was given %q, want %q", got, p.url)
		}
		time.Sleep(20 * time.Millisecond)
	}
	p.stop(t, syscall.SIGTERM)
}
