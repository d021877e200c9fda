package interop

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// TestMermaidAcceptsExports reads every exported diagram (of the
// examples, of random journeys with every character Mermaid treats
// apart) and every Mermaid fixture with Mermaid's own parser, in Node.js
// with jsdom, and checks that Mermaid reads the same title, sections,
// tasks, scores and actors as journeymap's reader. It needs node and a
// folder where npm installed mermaid and jsdom, named by
// JOURNEYMAP_MERMAID; without them it skips, unless
// JOURNEYMAP_MERMAID_TEST=required (as in CI), when it fails.
func TestMermaidAcceptsExports(t *testing.T) {
	dir := os.Getenv("JOURNEYMAP_MERMAID")
	node, err := exec.LookPath("node")
	missing := ""
	switch {
	case err != nil:
		missing = "node is not installed"
	case dir == "":
		missing = "JOURNEYMAP_MERMAID names no folder with mermaid and jsdom installed (npm install --prefix DIR mermaid jsdom)"
	default:
		if _, err := os.Stat(filepath.Join(dir, "node_modules", "mermaid")); err != nil {
			missing = "no mermaid in " + dir + "/node_modules"
		}
	}
	if missing != "" {
		if os.Getenv("JOURNEYMAP_MERMAID_TEST") == "required" {
			t.Fatal(missing + " (JOURNEYMAP_MERMAID_TEST=required)")
		}
		t.Skip(missing)
	}

	tmp := t.TempDir()
	if err := os.Symlink(filepath.Join(dir, "node_modules"), filepath.Join(tmp, "node_modules")); err != nil {
		t.Fatal(err)
	}
	script, err := os.ReadFile("testdata/mermaidcheck.mjs")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(tmp, "check.mjs"), script, 0o644); err != nil {
		t.Fatal(err)
	}
	var files []string
	write := func(name string, data []byte) {
		path := filepath.Join(tmp, name+".mmd")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	export := func(name string, j *journey.Journey) {
		var b bytes.Buffer
		if _, err := MermaidDiagram(&b, j, MermaidExportOptions{}, vocab.English); err != nil {
			t.Fatal(err)
		}
		write(name, b.Bytes())
	}
	for name, j := range examples(t) {
		export(strings.TrimSuffix(name, ".yaml"), j)
	}
	for seed := range uint64(40) {
		export(fmt.Sprint("random-", seed), randomJourney(rand.New(rand.NewPCG(seed, 99)), journey.Scale{Min: -2, Max: 2}))
	}
	fixtures, _ := filepath.Glob("testdata/mermaid/*.mmd")
	for _, f := range fixtures {
		data, _ := os.ReadFile(f)
		write("fixture-"+strings.TrimSuffix(filepath.Base(f), ".mmd"), data)
	}

	cmd := exec.Command(node, append([]string{filepath.Join(tmp, "check.mjs")}, files...)...)
	cmd.Dir = tmp
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.String())
	}
	var results []struct {
		File  string
		Type  string
		Error string
		Title string
		Tasks []struct {
			Section, Task string
			Score         float64
			People        []string
		}
	}
	if err := json.Unmarshal(out, &results); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(results) != len(files) {
		t.Fatalf("Mermaid read %d files of %d", len(results), len(files))
	}
	for _, r := range results {
		name := filepath.Base(r.File)
		if r.Error != "" || r.Type != "journey" {
			t.Errorf("%s: Mermaid: %s (type %q)", name, r.Error, r.Type)
			continue
		}
		src, _ := os.ReadFile(r.File)
		im, diags := Mermaid(name, src, MermaidOptions{}, vocab.English)
		if im == nil {
			t.Errorf("%s: Mermaid reads it, journeymap does not:\n%s", name, lines(diags))
			continue
		}
		j := im.Journey
		if r.Title != "" && r.Title != j.Title {
			t.Errorf("%s: Mermaid's title %q, journeymap's %q", name, r.Title, j.Title)
		}
		var ours []string
		for _, p := range j.Phases {
			for _, tp := range p.Touchpoints {
				people := append([]string{tp.Owner}, im.Actors[tp.ID]...)
				if tp.Owner == "" {
					people = nil
				}
				ours = append(ours, fmt.Sprintf("%q %q %d %q", p.Name, tp.Name, tp.Emotion, people))
			}
		}
		var theirs []string
		for _, task := range r.Tasks {
			var people []string
			for _, p := range task.People {
				if p = strings.TrimSpace(p); p != "" {
					people = append(people, p)
				}
			}
			section := mermaidText(task.Section)
			if section == "" && len(j.Phases) > 0 {
				section = j.Phases[0].Name // tasks before any section
			}
			theirs = append(theirs, fmt.Sprintf("%q %q %d %q", section, mermaidText(task.Task), int(task.Score), people))
		}
		if a, b := strings.Join(ours, "\n"), strings.Join(theirs, "\n"); a != b {
			t.Errorf("%s: journeymap reads\n%s\nMermaid reads\n%s\nfrom\n%s", name, a, b, src)
		}
	}
}
