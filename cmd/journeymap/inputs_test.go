package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestFolderSkipsWhatIsNoFile: a named pipe, a link to a folder and a
// dangling link in a folder are skipped, not read: reading a pipe would
// block the run.
func TestFolderSkipsWhatIsNoFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.yaml", "title: A\n")
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "folder.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "gone"), filepath.Join(dir, "dangling.yaml")); err != nil {
		t.Fatal(err)
	}
	inputs, problems := collectInputs([]string{dir})
	if len(problems) != 0 || len(inputs) != 1 || inputs[0].name != filepath.Join(dir, "a.yaml") {
		t.Errorf("inputs %v, problems %v", inputs, problems)
	}
}

func TestDisplayNameEscapesControlCharacters(t *testing.T) {
	if got := displayName("a\nb.yaml:1:1: error: forged"); got != `a\nb.yaml:1:1: error: forged` {
		t.Errorf("got %q", got)
	}
	if got := displayName("maps/ü.yaml"); got != "maps/ü.yaml" {
		t.Errorf("got %q", got)
	}
}

// TestFolderBehindALink: a folder named through a link is searched like
// the folder itself.
func TestFolderBehindALink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	if err := os.Mkdir(real, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(real, "a.yaml"), []byte("title: A\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	inputs, problems := collectInputs([]string{link})
	if len(problems) != 0 || len(inputs) != 1 || inputs[0].name != filepath.Join(link, "a.yaml") {
		t.Errorf("inputs %v, problems %v", inputs, problems)
	}
}
