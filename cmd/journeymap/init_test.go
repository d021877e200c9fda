package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/render"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

// initRun runs journeymap with args and returns the exit code, stdout and
// stderr.
func initRun(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr, testClock())
	return code, stdout.String(), stderr.String()
}

// TestInitStarters writes every starter into a fresh folder, then checks
// that it parses with no diagnostic at all (with a today date, so that
// review warnings would show), renders, and has the phases and language
// asked for, with every key of the format shown.
func TestInitStarters(t *testing.T) {
	phases := map[string][]struct {
		id, name string
		moment   journey.Moment
	}{
		"five.en": {
			{"awareness", "Awareness", journey.Before}, {"consideration", "Consideration", journey.Before},
			{"purchase", "Purchase", journey.During}, {"service", "Service", journey.After}, {"loyalty", "Loyalty", journey.After},
		},
		"five.nl": {
			{"bewustwording", "Bewustwording", journey.Before}, {"orientatie", "Oriëntatie", journey.Before},
			{"aankoop", "Aankoop", journey.During}, {"service", "Service", journey.After}, {"loyaliteit", "Loyaliteit", journey.After},
		},
	}
	seven := []struct {
		id, name string
		moment   journey.Moment
	}{
		{"discover", "Discover", journey.Before}, {"engage", "Engage", journey.Before}, {"research", "Research", journey.Before},
		{"buy", "Buy", journey.During}, {"experience", "Experience", journey.After}, {"bond", "Bond", journey.After}, {"talk", "Talk", journey.After},
	}
	phases["seven.en"], phases["seven.nl"] = seven, seven
	phases["service.en"] = []struct {
		id, name string
		moment   journey.Moment
	}{
		{"need", "Need", journey.Before}, {"access", "Access", journey.Before}, {"intake", "Intake", journey.During},
		{"service", "Service", journey.During}, {"follow-up", "Follow-up", journey.After},
	}
	phases["service.nl"] = []struct {
		id, name string
		moment   journey.Moment
	}{
		{"behoefte", "Behoefte", journey.Before}, {"toegang", "Toegang", journey.Before}, {"intake", "Intake", journey.During},
		{"hulp", "Hulp", journey.During}, {"nazorg", "Nazorg", journey.After},
	}
	// Words that only a comment or label in the other language would use.
	foreign := map[string][]string{
		"en": {"klant", " de ", " het ", " een ", " van "},
		"nl": {" the ", " and ", " with ", " your ", "customers"},
	}
	today := journey.DateOf(time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC))

	for _, model := range starterModels {
		for _, lang := range starterLangs {
			name := model + "." + lang
			t.Run(name, func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "journey.yaml")
				code, stdout, stderr := initRun("init", "--model", model, "--lang", lang, path)
				if code != exitOK || stdout != "" {
					t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
				}
				if want := fmt.Sprintf("wrote %s; next: edit it, then run journeymap render %s\n", path, shellWord(path)); stderr != want {
					t.Errorf("stderr %q, want %q", stderr, want)
				}
				src, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				j, diags := journey.Parse(path, src, journey.Options{Today: today})
				if len(diags) != 0 || j == nil {
					t.Fatalf("want no diagnostics, got:\n%s", diagText(diags))
				}
				var svg bytes.Buffer
				if _, err := render.Render(&svg, j, render.Options{}); err != nil || !bytes.Contains(svg.Bytes(), []byte("<svg")) {
					t.Fatalf("render: %v, %d bytes", err, svg.Len())
				}

				if string(j.Lang) != lang {
					t.Errorf("lang %q, want %q", j.Lang, lang)
				}
				want := phases[name]
				if len(j.Phases) != len(want) {
					t.Fatalf("%d phases, want %d", len(j.Phases), len(want))
				}
				for i, p := range j.Phases {
					if p.ID != want[i].id || p.Name != want[i].name || p.Moment != want[i].moment {
						t.Errorf("phase %d: %s %q %s, want %s %q %s", i, p.ID, p.Name, p.Moment, want[i].id, want[i].name, want[i].moment)
					}
					if n := len(p.Touchpoints); n < 1 || n > 2 {
						t.Errorf("phase %s: %d touchpoints, want one or two", p.ID, n)
					}
				}
				if j.Loop != (model == "seven") {
					t.Errorf("loop %v for --model %s", j.Loop, model)
				}
				// Only the service starter names its moments, all three,
				// and never after the purchase.
				named := j.Moments.Before != "" && j.Moments.During != "" && j.Moments.After != ""
				if named != (model == "service") || j.Moments.Before+j.Moments.During+j.Moments.After != "" && model != "service" {
					t.Errorf("--model %s: moments %+v", model, j.Moments)
				}
				if model == "service" {
					for _, word := range []string{"purchase", "aankoop", "product"} {
						if strings.Contains(strings.ToLower(svg.String()), word) {
							t.Errorf("the service map says %q", word)
						}
					}
				}
				checkStarterContent(t, j, string(src), lang)
				for _, word := range foreign[lang] {
					if strings.Contains(strings.ToLower(string(src)), word) {
						t.Errorf("the %s starter holds %q", lang, word)
					}
				}
			})
		}
	}
}

// checkStarterContent checks what a consultant should find in a starter:
// the schema line, a title from the customer's view, the lens, a channel
// catalogue with both kinds, every touchpoint key, evidence, an
// improvement with all its keys, and reviewed left to be set.
func checkStarterContent(t *testing.T, j *journey.Journey, src, lang string) {
	t.Helper()
	if first, _, _ := strings.Cut(src, "\n"); first != "# yaml-language-server: $schema=journey.schema.json" {
		t.Errorf("first line %q", first)
	}
	for _, s := range []string{"journeymap schema > journey.schema.json", "docs/format.md", "# reviewed: "} {
		if !strings.Contains(src, s) {
			t.Errorf("no %q", s)
		}
	}
	if lines := strings.Count(src, "\n"); lines > 155 {
		t.Errorf("%d lines; keep a starter short", lines)
	}
	if want := map[string]string{"en": "I ", "nl": "Ik "}[lang]; !strings.HasPrefix(j.Title, want) {
		t.Errorf("title %q: write it from the customer's view, starting %q", j.Title, want)
	}
	if j.Persona.Name == "" || j.Persona.About == "" || j.Scenario == "" || j.Goals.Customer == "" || j.Goals.Business == "" {
		t.Errorf("persona, scenario or goals missing: %+v %q %+v", j.Persona, j.Scenario, j.Goals)
	}
	if !j.Reviewed.IsZero() {
		t.Errorf("reviewed %s: a starter must not depend on the date", j.Reviewed)
	}
	kinds := map[journey.ChannelKind]bool{}
	for _, c := range j.Channels {
		kinds[c.Kind] = true
	}
	if !kinds[journey.Online] || !kinds[journey.Offline] {
		t.Errorf("channels %v: want online and offline ones", j.Channels)
	}
	// Every touchpoint key, once at least.
	shown := map[string]bool{}
	for _, tp := range j.Touchpoints() {
		v := reflect.ValueOf(*tp)
		for i := range v.NumField() {
			if !v.Field(i).IsZero() {
				shown[v.Type().Field(i).Name] = true
			}
		}
	}
	for _, key := range []string{"ID", "Name", "Channel", "Owner", "Emotion", "Ideal", "Feeling", "Thinks", "Pains", "Gains", "Evidence"} {
		if !shown[key] {
			t.Errorf("no touchpoint shows %s", key)
		}
	}
	if len(j.Evidence) == 0 {
		t.Error("no evidence")
	}
	if len(j.Improvements) != 1 {
		t.Fatalf("%d improvements, want 1", len(j.Improvements))
	}
	if im := j.Improvements[0]; len(im.Touchpoints) == 0 || im.Owner == "" || im.Due.IsZero() || !strings.Contains(src, "status: "+string(im.Status)) {
		t.Errorf("improvement without touchpoints, owner, due or status: %+v", im)
	}
}

func diagText(diags journey.Diagnostics) string {
	var b strings.Builder
	for _, d := range diags {
		fmt.Fprintln(&b, d)
	}
	return b.String()
}

// TestInitDefaultsAndStdout: without flags init writes the five-phase
// English starter; - writes the same bytes to standard output, and nothing
// to standard error.
func TestInitDefaultsAndStdout(t *testing.T) {
	want, err := starters.ReadFile("starters/five.en.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "j.yml")
	if code, _, stderr := initRun("init", path); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, want) {
		t.Error("init FILE did not write starters/five.en.yaml")
	}
	code, stdout, stderr := initRun("init", "-")
	if code != exitOK || stdout != string(want) || stderr != "" {
		t.Errorf("init -: exit %d, stderr %q, stdout the default starter: %v", code, stderr, stdout == string(want))
	}
}

// TestInitEmbedsEveryStarter: the starters folder holds exactly one file
// per model and language, so none is left unused or untested.
func TestInitEmbedsEveryStarter(t *testing.T) {
	entries, err := fs.ReadDir(starters, "starters")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	var want []string
	for _, m := range starterModels {
		for _, l := range starterLangs {
			want = append(want, m+"."+l+".yaml")
		}
	}
	slices.Sort(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("starters %v, want %v", got, want)
	}
}

// TestInitRefuses: what init will not do exits 2 and changes nothing.
func TestInitRefuses(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "mine.yaml")
	if err := os.WriteFile(existing, []byte("title: mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"init", existing}, "journeymap: cannot write " + existing + ": it already exists, and init never overwrites a file; choose another name or remove it first\n"},
		{[]string{"init", filepath.Join(dir, "no", "j.yaml")}, "journeymap: cannot write " + filepath.Join(dir, "no", "j.yaml") + ": the folder " + filepath.Join(dir, "no") + " does not exist; create it first\n"},
		{[]string{"init", filepath.Join(existing, "j.yaml")}, "journeymap: cannot write " + filepath.Join(existing, "j.yaml") + ": " + existing + " is not a folder\n"},
		{[]string{"init", dir}, "journeymap: " + dir + " is a folder; name the file to write, such as " + filepath.Join(dir, "journey.yaml") + "\n"},
		{[]string{"init", filepath.Join(dir, "j.txt")}, "journeymap: " + filepath.Join(dir, "j.txt") + ": name the journey *.yaml or *.yml, so that validate and render find it in a folder\n"},
		{[]string{"init", "--model", "six", filepath.Join(dir, "j.yaml")}, "journeymap: --model: unknown model \"six\"; expected five, seven or service\n"},
		{[]string{"init", "--lang", "de", filepath.Join(dir, "j.yaml")}, "journeymap: --lang: unknown language \"de\"; expected en or nl\n"},
		{[]string{"init", "--lang", "NL", "-"}, "journeymap: --lang: unknown language \"NL\"; expected en or nl\n"},
		{[]string{"init"}, "journeymap: init needs the file to write, such as journey.yaml, or - for standard output\n"},
		{[]string{"init", "a.yaml", "b.yaml"}, "journeymap: init writes one file; found 2 arguments\n"},
	} {
		code, stdout, stderr := initRun(tc.args...)
		if code != exitError || stdout != "" || stderr != tc.msg {
			t.Errorf("%q: exit %d, stdout %q, stderr\n%q, want exit 2 and\n%q", tc.args, code, stdout, stderr, tc.msg)
		}
	}
	if got, _ := os.ReadFile(existing); string(got) != "title: mine\n" {
		t.Errorf("the existing file was changed: %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("init left files behind: %v", entries)
	}
}

// TestInitRefusesLinks: a link at the path, even one that leads nowhere,
// is something init does not write through or over.
func TestInitRefusesLinks(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "link.yaml")
	if err := os.Symlink(filepath.Join(dir, "target.yaml"), link); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	if code, _, stderr := initRun("init", link); code != exitError || !strings.Contains(stderr, "already exists") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Lstat(filepath.Join(dir, "target.yaml")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("init wrote through the link: %v", err)
	}
	// The same when the link appears after the first check.
	if err := createLinked(link, []byte("x")); !errors.Is(err, fs.ErrExist) {
		t.Errorf("createLinked over a link: %v", err)
	}
	if err := createExclusive(link, []byte("x")); !errors.Is(err, fs.ErrExist) {
		t.Errorf("createExclusive over a link: %v", err)
	}
}

// TestInitConcurrent: many writers race for one path; exactly one wins,
// the file holds its bytes whole, and no temporary file is left.
func TestInitConcurrent(t *testing.T) {
	for _, create := range []struct {
		name string
		fn   func(string, []byte) error
	}{{"createFile", createFile}, {"createLinked", createLinked}, {"createExclusive", createExclusive}} {
		t.Run(create.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "journey.yaml")
			const n = 16
			errs := make([]error, n)
			var wg sync.WaitGroup
			for i := range n {
				wg.Go(func() {
					errs[i] = create.fn(path, bytes.Repeat([]byte{'a' + byte(i)}, 64<<10))
				})
			}
			wg.Wait()
			winner := -1
			for i, err := range errs {
				switch {
				case err == nil && winner >= 0:
					t.Errorf("writers %d and %d both succeeded", winner, i)
				case err == nil:
					winner = i
				case !errors.Is(err, fs.ErrExist) && !errors.Is(err, errExists):
					t.Errorf("writer %d: %v", i, err)
				}
			}
			if winner < 0 {
				t.Fatal("no writer succeeded")
			}
			got, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(got, bytes.Repeat([]byte{'a' + byte(winner)}, 64<<10)) {
				t.Errorf("the file does not hold the winner's bytes whole (err %v)", err)
			}
			if tmp, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(tmp) != 0 {
				t.Errorf("temporary files left: %v", tmp)
			}
			if info, err := os.Stat(path); err == nil && info.Mode().Perm() != 0o644 {
				t.Errorf("mode %v, want 0644", info.Mode().Perm())
			}
		})
	}
}

func TestShellWord(t *testing.T) {
	for in, want := range map[string]string{
		"journey.yaml":        "journey.yaml",
		"maps/klantreis.yaml": "maps/klantreis.yaml",
		"my journey.yaml":     "'my journey.yaml'",
		"it's.yaml":           `'it'\''s.yaml'`,
		"-x.yaml":             "./-x.yaml",
		"reis-€.yaml":         "'reis-€.yaml'",
	} {
		if got := shellWord(in); got != want {
			t.Errorf("shellWord(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestInitProjectStarters: the project file init --project writes, in
// each language, is read without a single diagnostic, matches the project
// file's schema, and says the same in both: only its comments differ.
func TestInitProjectStarters(t *testing.T) {
	schema := compileProjectSchema(t)
	var want *journey.Project
	for _, lang := range starterLangs {
		src, err := projectStarters.ReadFile("starters/project/" + lang + ".yaml")
		if err != nil {
			t.Fatal(err)
		}
		p, diags := journey.ParseProject(lang+".yaml", src, projectWords(), journey.Options{})
		if len(diags) > 0 || p == nil {
			t.Fatalf("%s: %v", lang, diags)
		}
		var v any
		if err := yaml.Unmarshal(src, &v); err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(inst); err != nil {
			t.Errorf("%s: not valid against the schema: %v", lang, err)
		}
		p.File, p.JourneysAt = "", nil // where it is written differs by language
		if want == nil {
			want = p
		} else if !reflect.DeepEqual(p, want) {
			t.Errorf("%s says %+v, en says %+v", lang, p, want)
		}
	}
}

// compileProjectSchema compiles the schema of schema --config.
func compileProjectSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(journey.ProjectSchema(projectWords())))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(journey.ProjectSchemaID, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(journey.ProjectSchemaID)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
