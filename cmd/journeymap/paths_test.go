package main

import (
	"os"
	"path/filepath"
	"testing"
)

// One file, however it is named, is one file; two files are two.
func TestSameFile(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("a.yaml", []byte("title: A\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("b.yaml", []byte("title: A\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir("sub", 0o755); err != nil {
		t.Fatal(err)
	}
	same := [][2]string{
		{"a.yaml", "./a.yaml"},
		{"a.yaml", filepath.Join(dir, "a.yaml")},
		{"a.yaml", "sub/../a.yaml"},
		{"new.svg", "./new.svg"}, // not there yet
	}
	if err := os.Symlink("a.yaml", "link.yaml"); err == nil {
		same = append(same, [2]string{"a.yaml", "link.yaml"})
	}
	if err := os.Link("a.yaml", "hard.yaml"); err == nil {
		same = append(same, [2]string{"a.yaml", "hard.yaml"})
	}
	if err := os.Symlink("sub", "linkdir"); err == nil {
		same = append(same, [2]string{"sub/new.svg", "linkdir/new.svg"})
	}
	// One fileKeys for every path, as a plan of many outputs has: what it
	// remembers of one path or folder never makes two files one.
	keys := newFileKeys()
	for _, p := range same {
		if !sameFile(p[0], p[1]) {
			t.Errorf("%s and %s are one file, but sameFile says two", p[0], p[1])
		}
		if keys.key(p[0]) != keys.key(p[1]) {
			t.Errorf("%s and %s are one file, but fileKeys says two", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"a.yaml", "b.yaml"}, {"a.yaml", "sub"}, {"new.svg", "sub/new.svg"}, {"a.yaml", "a.svg"}, {"sub/new.svg", "new.svg"}} {
		if sameFile(p[0], p[1]) {
			t.Errorf("%s and %s are two files, but sameFile says one", p[0], p[1])
		}
		if keys.key(p[0]) == keys.key(p[1]) {
			t.Errorf("%s and %s are two files, but fileKeys says one", p[0], p[1])
		}
	}
}

func TestIsJourneyName(t *testing.T) {
	for name, want := range map[string]bool{"a.yaml": true, "A.YML": true, "x/b.Yaml": true, "a.svg": false, "yaml": false, "a.yaml.svg": false} {
		if got := isJourneyName(name); got != want {
			t.Errorf("isJourneyName(%q) = %v", name, got)
		}
	}
}
