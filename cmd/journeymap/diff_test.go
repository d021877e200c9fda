package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/journey"
)

// TestDiffRevisions simulates diff between two git revisions of an
// example, the old one piped in as from git show HEAD~1:FILE: in the new
// one two touchpoints' emotions and one owner are edited and one
// touchpoint is deleted. diff names exactly those four touchpoints, in
// every format.
func TestDiffRevisions(t *testing.T) {
	for _, example := range []string{"quote-request", "washing-machine", "city-trip-loop"} {
		t.Run(example, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("..", "..", "examples", example+".yaml"))
			if err != nil {
				t.Fatal(err)
			}
			old, diags := journey.Parse(example, src, journey.Options{})
			if old == nil {
				t.Fatal(diags)
			}
			edited, want := editRevision(t, string(src), old)
			path := filepath.Join(t.TempDir(), example+".yaml")
			if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
				t.Fatal(err)
			}

			var stdout, stderr bytes.Buffer
			if code := run([]string{"diff", "--format", "json", "-", path}, bytes.NewReader(src), &stdout, &stderr, testClock()); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			var report struct {
				Differ      bool `json:"differ"`
				Touchpoints []struct {
					ID     string `json:"id"`
					Change string `json:"change"`
				} `json:"touchpoints"`
				Phases []any `json:"phases"`
			}
			if err := json.Unmarshal(stdout.Bytes(), &report); err != nil {
				t.Fatalf("%v\n%s", err, stdout.String())
			}
			var got []string
			for _, tp := range report.Touchpoints {
				got = append(got, tp.Change+" "+tp.ID)
			}
			if !slices.Equal(got, want) || !report.Differ || len(report.Phases) != 0 {
				t.Errorf("json: got %q, want %q", got, want)
			}

			// The text names the same touchpoints, each changed one on its
			// lines, and no other.
			stdout.Reset()
			stderr.Reset()
			if code := run([]string{"diff", "--exit-code", "-", path}, bytes.NewReader(src), &stdout, &stderr, testClock()); code != 1 {
				t.Fatalf("--exit-code: exit %d, want 1: %s", code, stderr.String())
			}
			var named []string
			for _, line := range strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n") {
				switch {
				case strings.HasPrefix(line, "- removed touchpoint "):
					named = append(named, "removed "+strings.Fields(line)[3])
				case strings.HasPrefix(line, "+ "):
					t.Errorf("text: %q", line)
				default:
					named = append(named, "changed "+strings.SplitN(line, ":", 2)[0])
				}
			}
			if !slices.Equal(named, want) {
				t.Errorf("text: names %q, want %q\n%s", named, want, stdout.String())
			}
			if got, want := stderr.String(), "touchpoints: 3 changed, 1 removed\n"; got != want {
				t.Errorf("summary %q, want %q", got, want)
			}
		})
	}
}

// editRevision edits the YAML of a journey as a person would between two
// commits: the emotion of its second and fifth touchpoints one step, the
// owner of a later one, and a touchpoint deleted. It returns the new YAML
// and the changes diff must list, as "changed ID" and "removed ID".
func editRevision(t *testing.T, src string, j *journey.Journey) (string, []string) {
	t.Helper()
	tps := j.Touchpoints()
	if len(tps) < 8 {
		t.Fatalf("%d touchpoints; want at least 8", len(tps))
	}
	edited := src
	changed := map[string]bool{}
	for _, tp := range []*journey.Touchpoint{tps[1], tps[4]} {
		to := tp.Emotion + 1
		if to > j.Scale.Max {
			to = tp.Emotion - 1
		}
		edited = setKey(t, edited, tp.ID, "emotion", fmt.Sprint(to))
		changed[tp.ID] = true
	}
	var owned *journey.Touchpoint
	for _, tp := range tps[5:] {
		if b, ok := tpBlock(edited, tp.ID); ok && strings.Contains(b, "\n"+tpIndent+"owner: ") && tp.Owner != "Nobody yet" {
			owned = tp
		}
	}
	if owned == nil {
		t.Fatal("no later touchpoint with an owner line")
	}
	edited = setKey(t, edited, owned.ID, "owner", "Nobody yet")
	changed[owned.ID] = true

	var gone *journey.Touchpoint
	for _, tp := range tps[2:] {
		b, ok := tpBlock(edited, tp.ID)
		if !ok || changed[tp.ID] {
			continue
		}
		without := strings.Replace(edited, b, "", 1)
		if nj, _ := journey.Parse("x", []byte(without), journey.Options{}); nj != nil {
			gone, edited = tp, without
			break
		}
	}
	if gone == nil {
		t.Fatal("no touchpoint can be deleted alone")
	}
	var want []string
	for _, tp := range tps {
		if changed[tp.ID] {
			want = append(want, "changed "+tp.ID)
		}
	}
	return edited, append(want, "removed "+gone.ID)
}

// tpIndent is the indentation of a touchpoint's keys in the examples.
const tpIndent = "        "

// tpBlock returns the YAML of touchpoint id written in block style, from
// its "- id:" line to the next line that is not one of its keys.
func tpBlock(src, id string) (string, bool) {
	start := strings.Index(src, "\n      - id: "+id+"\n")
	if start < 0 {
		return "", false
	}
	rest := src[start+1:]
	lines := strings.SplitAfter(rest, "\n")
	n := len(lines[0])
	for _, l := range lines[1:] {
		if !strings.HasPrefix(l, tpIndent) {
			break
		}
		n += len(l)
	}
	return rest[:n], true
}

// setKey sets the value of a key written on its own line in the block of
// touchpoint id.
func setKey(t *testing.T, src, id, key, value string) string {
	t.Helper()
	b, ok := tpBlock(src, id)
	if !ok {
		t.Fatalf("touchpoint %s is not in block style", id)
	}
	re := regexp.MustCompile(`(?m)^` + tpIndent + key + `: .*$`)
	if len(re.FindAllString(b, -1)) != 1 {
		t.Fatalf("touchpoint %s has no one line %s:", id, key)
	}
	return strings.Replace(src, b, re.ReplaceAllLiteralString(b, tpIndent+key+": "+value), 1)
}
