// Package golden compares test output with golden files, which a test
// rewrites when run with its -update flag.
package golden

import (
	"bytes"
	"os"
	"testing"
)

// Check compares got with the file at path, or, when update is set,
// rewrites the file. pkg names the package whose tests write it, for the
// command in the message. A stale file is reported with the lines where it
// first differs from got.
func Check(t testing.TB, path string, got []byte, update bool, pkg string) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v; run: go test %s -update", err, pkg)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale: the output changed; %s"+
			"Review the change, then run: go test %s -update", path, firstDifference(want, got), pkg)
	}
}
