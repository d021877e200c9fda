package main

import (
	"bytes"
	"strings"
	"testing"
)

// A command line that names a command makes that command alone; help
// still lists them all.
func TestRootMakesTheCommandItRuns(t *testing.T) {
	root := newRootCmd([]string{"version"}, testClock())
	if cmds := root.Commands(); len(cmds) != 1 || cmds[0].Name() != "version" {
		t.Errorf("journeymap version makes %d commands", len(cmds))
	}
	if cmds := newRootCmd([]string{"--help"}, testClock()).Commands(); len(cmds) != len(commands) {
		t.Errorf("journeymap --help makes %d commands, want %d", len(cmds), len(commands))
	}
	var out bytes.Buffer
	if code := run([]string{"help"}, strings.NewReader(""), &out, &out, testClock()); code != 0 {
		t.Fatalf("help: exit %d", code)
	}
	for _, c := range commands {
		if !strings.Contains(out.String(), "\n  "+c.name+" ") {
			t.Errorf("help does not list %s:\n%s", c.name, out.String())
		}
	}
}
