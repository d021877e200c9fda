// Package browsertest finds and starts the headless browser that the
// real-browser tests run in: Debian's chromium, or the browser that
// $JOURNEYMAP_CHROMIUM names.
//
// Those tests skip when there is no browser, unless
// JOURNEYMAP_BROWSER_TEST=required (as in CI), which makes a missing
// browser a failure: they never skip unseen there.
package browsertest

import (
	"os"
	"os/exec"
	"testing"
)

// Binary returns the path of the browser to run: $JOURNEYMAP_CHROMIUM, or
// the first of chromium, chromium-browser and google-chrome on PATH. It
// skips tb when there is none, or fails it with
// JOURNEYMAP_BROWSER_TEST=required.
func Binary(tb testing.TB) string {
	tb.Helper()
	if name := os.Getenv("JOURNEYMAP_CHROMIUM"); name != "" {
		path, err := exec.LookPath(name)
		if err != nil {
			tb.Fatalf("JOURNEYMAP_CHROMIUM: %v", err)
		}
		return path
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	const msg = "no browser: install chromium or set JOURNEYMAP_CHROMIUM"
	if os.Getenv("JOURNEYMAP_BROWSER_TEST") == "required" {
		tb.Fatal(msg + " (JOURNEYMAP_BROWSER_TEST=required)")
	}
	tb.Skip(msg)
	return ""
}

// Flags are the command-line flags of a headless browser that reaches
// nothing on its own: no sandbox (it may run as root), no GPU, no
// background networking, updates, sync or first-run pages. The profile
// folder is left to the caller.
func Flags() []string {
	return []string{
		"--headless",
		"--no-sandbox",
		"--disable-gpu",
		"--disable-quic",
		"--no-first-run",
		"--disable-background-networking",
		"--disable-component-update",
		"--disable-sync",
		"--disable-dev-shm-usage",
	}
}
