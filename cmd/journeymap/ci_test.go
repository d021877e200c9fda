package main

// The CI integrations (.pre-commit-hooks.yaml, action.yml,
// docs/gitlab-ci.yml and the examples in docs/ci.md) are tested here by
// running the commands they hold: each file is parsed, its commands are
// taken out the way pre-commit, GitHub Actions, GitLab or sh would take
// them, and run through run() against a repository in a temporary folder,
// in four states: maps fresh, a journey changed without redrawing its map,
// a new journey without a map, and an invalid journey.

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/internal/sample"
	"github.com/rogpeppe/go-internal/testscript"
	"github.com/rogpeppe/go-internal/txtar"
	"go.yaml.in/yaml/v3"
)

// repoRoot is the module's root, found from this package's folder, where
// go test starts (the tests then move to temporary folders).
var repoRoot = func() string {
	abs, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		panic(err)
	}
	return abs
}()

// ---- the repository the commands run against

// ciState is the state of the journeys in a repository.
type ciState string

const (
	stateFresh   ciState = "fresh"   // every map drawn from its journey as it is
	stateStale   ciState = "stale"   // journeys/a.yaml changed, its map not redrawn
	stateMissing ciState = "missing" // journeys/c.yaml added, no map drawn
	stateInvalid ciState = "invalid" // journeys/a.yaml invalid
)

var ciStates = []ciState{stateFresh, stateStale, stateMissing, stateInvalid}

// ciRepo describes a user's repository.
type ciRepo struct {
	renderFlags []string // the flags its maps are drawn with
	otherYAML   bool     // it holds a YAML file that is no journey (mkdocs.yml)
}

// make builds the repository in a new temporary folder in the given state,
// and makes it the current folder (run resolves paths against it). The
// journeys are journeys/a.yaml and journeys/sub/b.yml; next to them are the
// YAML files of CI systems, which are hidden, and a README.
func (r ciRepo) make(t *testing.T, state ciState) {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	files := map[string]string{
		"journeys/a.yaml":            string(sample.Journey(5)),
		"journeys/sub/b.yml":         string(sample.Journey(12)),
		"journeys/notes.txt":         "not a journey\n",
		"README.md":                  "# Our journeys\n",
		".gitlab-ci.yml":             "include: docs/gitlab-ci.yml\n",
		".pre-commit-config.yaml":    "repos: []\n",
		".github/workflows/ci.yml":   "on: push\njobs: {}\n",
		".github/dependabot.yml":     "version: 2\n",
		"journeys/.editor-lock.yaml": "not: a journey\n",
	}
	if r.otherYAML {
		files["mkdocs.yml"] = "site_name: Our journeys\nnav: [README.md]\n"
	}
	for name, text := range files {
		writeTestFile(t, name, text)
	}
	var stdout, stderr bytes.Buffer
	args := append(append([]string{"render"}, r.renderFlags...), "journeys")
	if code := run(args, nil, &stdout, &stderr, testClock()); code != 0 {
		t.Fatalf("journeymap %s: exit %d\n%s%s", strings.Join(args, " "), code, stdout.String(), stderr.String())
	}
	switch state {
	case stateStale:
		writeTestFile(t, "journeys/a.yaml", string(sample.Journey(6)))
	case stateMissing:
		writeTestFile(t, "journeys/c.yaml", string(sample.Journey(3)))
	case stateInvalid:
		writeTestFile(t, "journeys/a.yaml", "title: A journey without phases\n")
	}
}

func writeTestFile(t *testing.T, name, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// repoFiles lists the files below the current folder, as pre-commit names
// them: relative, with forward slashes, sorted.
func repoFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, filepath.ToSlash(path))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(files)
	return files
}

// fileState is what a command may not change about a file.
type fileState struct {
	data  string
	mtime int64
}

func snapshot(t *testing.T) map[string]fileState {
	t.Helper()
	m := map[string]fileState{}
	for _, name := range repoFiles(t) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		info, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		m[name] = fileState{string(data), info.ModTime().UnixNano()}
	}
	return m
}

// ---- running commands and judging them

// ciCommand is one command line that a CI integration runs.
type ciCommand struct {
	from string   // where it came from, for messages
	argv []string // argv[0] is journeymap
}

// kind tells what the command checks: "validate", "check" (render
// --check) or "version". A CI integration has no business running anything
// else, render without --check above all: it would write the maps that it
// should check.
func (c ciCommand) kind() (string, error) {
	if len(c.argv) < 2 || c.argv[0] != "journeymap" {
		return "", fmt.Errorf("%s: %q is not a journeymap command", c.from, c.argv)
	}
	switch {
	case c.argv[1] == "validate":
		return "validate", nil
	case c.argv[1] == "render" && slices.Contains(c.argv, "--check"):
		return "check", nil
	case c.argv[1] == "version" && len(c.argv) == 2:
		return "version", nil
	}
	return "", fmt.Errorf("%s: %q is neither validate, render --check nor version", c.from, c.argv)
}

// format is the --format the command asks for; text when it asks for none.
func (c ciCommand) format() string {
	for i, a := range c.argv {
		if a == "--" {
			break
		}
		if a == "--format" && i+1 < len(c.argv) {
			return c.argv[i+1]
		}
		if v, ok := strings.CutPrefix(a, "--format="); ok {
			return v
		}
	}
	return "text"
}

// wantExit is the exit code that a command of this kind must give in state.
func wantExit(kind string, state ciState) int {
	switch {
	case kind == "version", state == stateFresh:
		return 0
	case kind == "validate" && state != stateInvalid:
		return 0 // a stale or missing map is render --check's business
	}
	return 1
}

// runCI runs a command through run and checks its exit code, its output,
// and that it changed no file. It returns the exit code.
func runCI(t *testing.T, c ciCommand, state ciState) int {
	t.Helper()
	kind, err := c.kind()
	if err != nil {
		t.Fatal(err)
	}
	before := snapshot(t)
	var stdout, stderr bytes.Buffer
	code := run(c.argv[1:], strings.NewReader(""), &stdout, &stderr, testClock())
	out := stdout.String() + stderr.String()
	want := wantExit(kind, state)
	if code != want {
		t.Errorf("%s: %s in a repository with %s maps: exit %d, want %d\n%s", c.from, strings.Join(c.argv, " "), state, code, want, out)
		return code
	}
	if after := snapshot(t); !mapsEqual(before, after) {
		t.Errorf("%s: %s changed files:\n%s", c.from, strings.Join(c.argv, " "), diffSnapshots(before, after))
	}
	checkCIOutput(t, c, kind, state, code, out)
	return code
}

// checkCIOutput checks that a failing command names the file and, for a
// stale map, the command that redraws it, in the format it was asked for.
func checkCIOutput(t *testing.T, c ciCommand, kind string, state ciState, code int, out string) {
	t.Helper()
	lines := strings.Split(out, "\n")
	has := func(match func(line string) bool) bool { return slices.ContainsFunc(lines, match) }
	fail := func(what string) {
		t.Errorf("%s: %s in a repository with %s maps: the output has %s:\n%s", c.from, strings.Join(c.argv, " "), state, what, out)
	}
	format := c.format()
	if code == 0 {
		if has(func(l string) bool { return strings.HasPrefix(l, "::error") }) {
			fail("an ::error line, but it exits 0")
		}
		if kind == "version" && !strings.HasPrefix(out, "journeymap ") {
			fail("no version")
		}
		return
	}
	// The file that is wrong: the invalid or changed journey, or its map.
	name := "a"
	if state == stateMissing {
		name = "c"
	}
	names := func(l string) bool { return strings.Contains(l, name+".yaml") || strings.Contains(l, name+".svg") }
	switch format {
	case "github":
		// ::error file=F,line=L,col=C,title=journeymap CODE::message
		prefix := "::error file="
		if state == stateInvalid {
			prefix += "journeys/a.yaml,line="
		}
		if !has(func(l string) bool { return strings.HasPrefix(l, prefix) && names(l) }) {
			fail("no line that starts with " + prefix + " and names " + name)
		}
	case "text":
		if state == stateInvalid {
			if !has(func(l string) bool { return strings.HasPrefix(l, "journeys/a.yaml:") }) {
				fail("no journeys/a.yaml:line:col: diagnostic")
			}
			return
		}
		if !has(func(l string) bool { return strings.Contains(l, name+".svg") }) {
			fail("no mention of the map " + name + ".svg")
		}
		if !strings.Contains(out, "journeymap render") {
			fail("no journeymap render command to redraw the maps")
		}
	}
}

func mapsEqual(a, b map[string]fileState) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func diffSnapshots(before, after map[string]fileState) string {
	var b strings.Builder
	for name, s := range after {
		if old, ok := before[name]; !ok {
			fmt.Fprintf(&b, "  created %s\n", name)
		} else if old != s {
			fmt.Fprintf(&b, "  rewrote %s\n", name)
		}
	}
	for name := range before {
		if _, ok := after[name]; !ok {
			fmt.Fprintf(&b, "  removed %s\n", name)
		}
	}
	return b.String()
}

// ---- a little of the shell

var shellNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// shellWords splits a line of a script into words as sh would, for the
// forms that the CI scripts use: words separated by blanks; "..." with
// $NAME and ${NAME} expanded inside it; '...' as it is; and $NAME or
// ${NAME} standing alone outside quotes, expanded and split on white space
// (the scripts turn globbing off, or expand only paths without * or ?). A
// comment ends the line. Anything else (; | & < > ( ) ` \ * ? [ ~, $(...),
// an unknown variable) is refused, so that a script this test cannot follow
// fails the test rather than being run wrongly.
func shellWords(line string, env map[string]string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	lookup := func(s string, i int) (value string, next int, err error) {
		// s[i] == '$'
		j := i + 1
		var name string
		if j < len(s) && s[j] == '{' {
			end := strings.IndexByte(s[j:], '}')
			if end < 0 {
				return "", 0, fmt.Errorf("unclosed ${ in %q", line)
			}
			name, next = s[j+1:j+end], j+end+1
		} else {
			k := j
			for k < len(s) && (s[k] == '_' || 'A' <= s[k] && s[k] <= 'Z' || 'a' <= s[k] && s[k] <= 'z' || k > j && '0' <= s[k] && s[k] <= '9') {
				k++
			}
			name, next = s[j:k], k
		}
		if !shellNameRE.MatchString(name) {
			return "", 0, fmt.Errorf("cannot expand $%s in %q", s[j:], line)
		}
		v, ok := env[name]
		if !ok {
			return "", 0, fmt.Errorf("$%s is not set, in %q", name, line)
		}
		return v, next, nil
	}
	for i := 0; i < len(line); {
		ch := line[i]
		switch {
		case ch == ' ' || ch == '\t':
			if inWord {
				words, inWord = append(words, cur.String()), false
				cur.Reset()
			}
			i++
		case ch == '#' && !inWord:
			i = len(line)
		case ch == '\'':
			end := strings.IndexByte(line[i+1:], '\'')
			if end < 0 {
				return nil, fmt.Errorf("unclosed ' in %q", line)
			}
			cur.WriteString(line[i+1 : i+1+end])
			inWord, i = true, i+end+2
		case ch == '"':
			i++
			for {
				if i >= len(line) {
					return nil, fmt.Errorf("unclosed \" in %q", line)
				}
				c := line[i]
				if c == '"' {
					i++
					break
				}
				if c == '\\' || c == '`' {
					return nil, fmt.Errorf("cannot follow %q", line)
				}
				if c == '$' {
					v, next, err := lookup(line, i)
					if err != nil {
						return nil, err
					}
					cur.WriteString(v)
					i = next
					continue
				}
				cur.WriteByte(c)
				i++
			}
			inWord = true
		case ch == '$':
			v, next, err := lookup(line, i)
			if err != nil {
				return nil, err
			}
			if inWord || next < len(line) && line[next] != ' ' && line[next] != '\t' {
				return nil, fmt.Errorf("cannot follow an unquoted $ inside a word in %q", line)
			}
			words = append(words, strings.Fields(v)...)
			i = next
		case strings.IndexByte(";|&<>()`\\*?[~", ch) >= 0:
			return nil, fmt.Errorf("cannot follow %q", line)
		default:
			cur.WriteByte(ch)
			inWord = true
			i++
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}

// ---- pre-commit

// preCommitHook is a hook of .pre-commit-hooks.yaml, or the keys of a hook
// in a user's .pre-commit-config.yaml that override it.
type preCommitHook struct {
	ID            string   `yaml:"id"`
	Name          string   `yaml:"name"`
	Description   string   `yaml:"description"`
	Entry         string   `yaml:"entry"`
	Language      string   `yaml:"language"`
	Args          []string `yaml:"args"`
	Files         *string  `yaml:"files"`
	Exclude       *string  `yaml:"exclude"`
	Types         []string `yaml:"types"`
	PassFilenames *bool    `yaml:"pass_filenames"`
}

// override is the hook as a user's configuration sets it up: every key
// the user sets replaces the manifest's.
func (h preCommitHook) override(user preCommitHook) preCommitHook {
	if user.Args != nil {
		h.Args = user.Args
	}
	if user.Files != nil {
		h.Files = user.Files
	}
	if user.Exclude != nil {
		h.Exclude = user.Exclude
	}
	if user.Types != nil {
		h.Types = user.Types
	}
	if user.PassFilenames != nil {
		h.PassFilenames = user.PassFilenames
	}
	return h
}

// command is what pre-commit runs for the hook on the given files (those
// of a commit, or all of them with --all-files): the entry split as by
// shlex, the args, and the files that the hook's files, exclude and types
// select, unless pass_filenames is false. It fails when no file is
// selected: pre-commit would skip the hook.
func (h preCommitHook) command(t *testing.T, files []string) ciCommand {
	t.Helper()
	search := func(key string, p *string, def string) *regexp.Regexp {
		re := def
		if p != nil {
			re = *p
		}
		// pre-commit uses Python's re.search; these patterns mean the same
		// in Go's syntax.
		r, err := regexp.Compile(re)
		if err != nil {
			t.Fatalf("hook %s: %s: %v", h.ID, key, err)
		}
		return r
	}
	include, exclude := search("files", h.Files, ""), search("exclude", h.Exclude, "^$")
	var selected []string
	for _, f := range files {
		if !include.MatchString(f) || exclude.MatchString(f) {
			continue
		}
		ok := true
		for _, typ := range h.Types {
			switch typ {
			case "file", "text":
			case "yaml": // identify's tag for *.yaml and *.yml
				ext := strings.ToLower(filepath.Ext(f))
				ok = ok && (ext == ".yaml" || ext == ".yml")
			default:
				t.Fatalf("hook %s: this test does not know the file type %q", h.ID, typ)
			}
		}
		if ok {
			selected = append(selected, f)
		}
	}
	if len(selected) == 0 {
		t.Fatalf("hook %s selects none of %q: pre-commit would skip it", h.ID, files)
	}
	argv, err := shellWords(h.Entry, nil)
	if err != nil {
		t.Fatalf("hook %s: entry: %v", h.ID, err)
	}
	argv = append(argv, h.Args...)
	if h.PassFilenames == nil || *h.PassFilenames {
		argv = append(argv, selected...)
	}
	return ciCommand{from: "pre-commit hook " + h.ID, argv: argv}
}

// preCommitConfig is a user's .pre-commit-config.yaml.
type preCommitConfig struct {
	Repos []struct {
		Repo  string          `yaml:"repo"`
		Rev   string          `yaml:"rev"`
		Hooks []preCommitHook `yaml:"hooks"`
	} `yaml:"repos"`
}

func readHooks(t *testing.T) map[string]preCommitHook {
	t.Helper()
	var hooks []preCommitHook
	decodeFile(t, ".pre-commit-hooks.yaml", &hooks)
	m := map[string]preCommitHook{}
	for _, h := range hooks {
		switch {
		case h.ID == "" || h.Name == "" || h.Entry == "" || h.Language == "":
			t.Errorf(".pre-commit-hooks.yaml: hook %q lacks one of id, name, entry, language", h.ID)
		case h.Language != "golang":
			t.Errorf(".pre-commit-hooks.yaml: hook %s: language %s; want golang, which builds journeymap with go install ./...", h.ID, h.Language)
		case !strings.HasPrefix(h.Entry, "journeymap "):
			t.Errorf(".pre-commit-hooks.yaml: hook %s: entry %q does not run journeymap", h.ID, h.Entry)
		}
		m[h.ID] = h
	}
	for _, id := range []string{"journeymap-validate", "journeymap-render-check"} {
		if _, ok := m[id]; !ok {
			t.Fatalf(".pre-commit-hooks.yaml has no hook %s", id)
		}
	}
	return m
}

// decodeFile decodes a file of the repository, named from its root, and
// refuses keys that v has no field for.
func decodeFile(t *testing.T, name string, v any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot, name))
	if err != nil {
		t.Fatal(err)
	}
	decodeYAML(t, name, data, v)
}

func decodeYAML(t *testing.T, name string, data []byte, v any) {
	t.Helper()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// TestCIPreCommit runs the hooks of .pre-commit-hooks.yaml as pre-commit
// run --all-files would: with their defaults, and with the overrides of
// the configurations that docs/ci.md shows.
func TestCIPreCommit(t *testing.T) {
	manifest := readHooks(t)
	configs := docsPreCommit(t, manifest)
	cases := []struct {
		name  string
		repo  ciRepo
		hooks []preCommitHook
	}{
		{"defaults", ciRepo{}, []preCommitHook{manifest["journeymap-validate"], manifest["journeymap-render-check"]}},
		{"docs, first config", ciRepo{}, configs[0]},
		{"docs, journeys folder and theme", ciRepo{renderFlags: []string{"--theme", "dark"}, otherYAML: true}, configs[1]},
		{"docs, maps in another folder", ciRepo{renderFlags: []string{"-o", "site/maps/"}, otherYAML: true}, configs[2]},
	}
	for _, c := range cases {
		for _, state := range ciStates {
			t.Run(c.name+"/"+string(state), func(t *testing.T) {
				c.repo.make(t, state)
				files := repoFiles(t)
				for _, h := range c.hooks {
					runCI(t, h.command(t, files), state)
				}
			})
		}
	}
}

// docsPreCommit returns the hooks that the pre-commit examples of
// docs/ci.md set up, in order: the two configurations, then the
// render-check hook that checks another folder, with the validate hook of
// the configuration before it.
func docsPreCommit(t *testing.T, manifest map[string]preCommitHook) [][]preCommitHook {
	t.Helper()
	var out [][]preCommitHook
	for _, block := range docsBlocks(t, "yaml") {
		switch {
		case strings.HasPrefix(block, "repos:"):
			var cfg preCommitConfig
			decodeYAML(t, "docs/ci.md", []byte(block), &cfg)
			if len(cfg.Repos) != 1 || cfg.Repos[0].Repo != "https://github.com/journeymap/journeymap" || cfg.Repos[0].Rev == "" {
				t.Fatalf("docs/ci.md: a pre-commit configuration should use one repo, https://github.com/journeymap/journeymap, at a rev:\n%s", block)
			}
			var hooks []preCommitHook
			for _, user := range cfg.Repos[0].Hooks {
				h, ok := manifest[user.ID]
				if !ok {
					t.Fatalf("docs/ci.md: the pre-commit configuration names hook %q, which .pre-commit-hooks.yaml lacks", user.ID)
				}
				hooks = append(hooks, h.override(user))
			}
			out = append(out, hooks)
		case strings.HasPrefix(strings.TrimSpace(block), "- id: journeymap-render-check"):
			var users []preCommitHook
			decodeYAML(t, "docs/ci.md", []byte(block), &users)
			if len(out) == 0 || len(users) != 1 {
				t.Fatalf("docs/ci.md: a hook on its own should follow a configuration:\n%s", block)
			}
			prev := out[len(out)-1]
			out = append(out, []preCommitHook{prev[0], manifest[users[0].ID].override(users[0])})
		}
	}
	if len(out) != 3 {
		t.Fatalf("docs/ci.md: found %d pre-commit examples, want 3 (this test runs each)", len(out))
	}
	return out
}

// TestCIGoInstall checks that `go install ./...`, which pre-commit's
// golang language runs in this repository, and `go install
// MODULE/cmd/journeymap`, which action.yml and docs/gitlab-ci.yml run,
// install a command named journeymap.
func TestCIGoInstall(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("go is not on PATH: %v", err)
	}
	cmd := exec.Command(gobin, "list", "-e", "-f", "{{.Name}} {{.ImportPath}}", "./...")
	cmd.Dir = repoRoot
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list ./...: %v\n%s", err, out)
	}
	module := modulePath(t)
	commands := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		name, path, _ := strings.Cut(line, " ")
		if name != "main" {
			continue
		}
		bin := filepath.Base(path)
		if other, ok := commands[bin]; ok {
			t.Errorf("go install ./... installs two commands named %s: %s and %s", bin, other, path)
		}
		commands[bin] = path
	}
	if got, want := commands["journeymap"], module+"/cmd/journeymap"; got != want {
		t.Errorf("go install ./... installs journeymap from %q, want %q (all commands: %v)", got, want, commands)
	}
	for id, h := range readHooks(t) {
		if bin, _, _ := strings.Cut(h.Entry, " "); commands[bin] == "" {
			t.Errorf("hook %s runs %s, which go install ./... does not install", id, bin)
		}
	}
}

func modulePath(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^module\s+(\S+)`).FindSubmatch(data)
	if m == nil {
		t.Fatal("go.mod names no module")
	}
	return string(m[1])
}

// ---- the GitHub Action

type action struct {
	Name        string `yaml:"name"`
	Description string `yaml:"description"`
	Author      string `yaml:"author"`
	Branding    struct {
		Icon  string `yaml:"icon"`
		Color string `yaml:"color"`
	} `yaml:"branding"`
	Inputs map[string]struct {
		Description string  `yaml:"description"`
		Required    bool    `yaml:"required"`
		Default     *string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

type actionStep struct {
	Name  string            `yaml:"name"`
	If    string            `yaml:"if"`
	Uses  string            `yaml:"uses"`
	With  map[string]string `yaml:"with"`
	Shell string            `yaml:"shell"`
	Env   map[string]string `yaml:"env"`
	Run   string            `yaml:"run"`
}

func readAction(t *testing.T) action {
	t.Helper()
	var a action
	decodeFile(t, "action.yml", &a)
	if a.Runs.Using != "composite" {
		t.Fatalf("action.yml: runs.using %q; want composite", a.Runs.Using)
	}
	for name, in := range a.Inputs {
		if in.Default == nil || in.Required {
			t.Errorf("action.yml: input %s should be optional, with a default", name)
		}
	}
	for _, s := range a.Runs.Steps {
		// An input inside a run script is pasted into the script before the
		// shell reads it: a path like $(curl ...) would run.
		if strings.Contains(s.Run, "${{") {
			t.Errorf("action.yml: step %q has ${{ }} in its run script; pass it through env", s.Name)
		}
		if s.Run != "" && s.Shell != "bash" {
			t.Errorf("action.yml: step %q: shell %q; want bash, which every runner has", s.Name, s.Shell)
		}
	}
	return a
}

// actionContext holds what expressions in action.yml may read.
type actionContext map[string]string

var exprRE = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)

// expand evaluates the ${{ NAME }} in s.
func (ctx actionContext) expand(t *testing.T, s string) string {
	t.Helper()
	return exprRE.ReplaceAllStringFunc(s, func(m string) string {
		name := exprRE.FindStringSubmatch(m)[1]
		v, ok := ctx[name]
		if !ok {
			t.Fatalf("action.yml: this test cannot evaluate ${{ %s }}", name)
		}
		return v
	})
}

// cond evaluates a step's if: empty, or inputs.NAME == 'VALUE', which
// GitHub compares ignoring case.
func (ctx actionContext) cond(t *testing.T, expr string) bool {
	t.Helper()
	if expr == "" {
		return true
	}
	m := regexp.MustCompile(`^(?:\$\{\{\s*)?(inputs\.[a-z-]+)\s*==\s*'([^']*)'(?:\s*\}\})?$`).FindStringSubmatch(expr)
	if m == nil {
		t.Fatalf("action.yml: this test cannot evaluate if: %s", expr)
	}
	v, ok := ctx[m[1]]
	if !ok {
		t.Fatalf("action.yml: if: %s reads an input that does not exist", expr)
	}
	return strings.EqualFold(v, m[2])
}

// context is the context of the action's steps for the given inputs (the
// others get their defaults).
func (a action) context(t *testing.T, inputs map[string]string) actionContext {
	t.Helper()
	ctx := actionContext{"github.action_path": repoRoot, "runner.temp": t.TempDir()}
	for name, in := range a.Inputs {
		ctx["inputs."+name] = *in.Default
	}
	for name, v := range inputs {
		if _, ok := a.Inputs[name]; !ok {
			t.Fatalf("action.yml has no input %q", name)
		}
		ctx["inputs."+name] = v
	}
	return ctx
}

// commands are the journeymap command lines that the action runs for the
// given inputs, taken from its run scripts as bash would read them, with
// each step's env. The step that installs journeymap, which TestCIActionShell
// runs in bash, is left out, and so is actions/setup-go, whose inputs are
// checked.
func (a action) commands(t *testing.T, inputs map[string]string) []ciCommand {
	t.Helper()
	ctx := a.context(t, inputs)
	var cmds []ciCommand
	for _, s := range a.Runs.Steps {
		if !ctx.cond(t, s.If) {
			continue
		}
		switch {
		case strings.HasPrefix(s.Uses, "actions/setup-go@"):
			if file := ctx.expand(t, s.With["go-version-file"]); !fileExists(file) {
				t.Errorf("action.yml: setup-go's go-version-file %s does not exist", file)
			}
			if file := ctx.expand(t, s.With["cache-dependency-path"]); file != "" && !fileExists(file) {
				t.Errorf("action.yml: setup-go's cache-dependency-path %s does not exist", file)
			}
			continue
		case s.Uses != "":
			t.Fatalf("action.yml: step %q uses %s, which this test does not know", s.Name, s.Uses)
		case strings.Contains(s.Run, "go install"):
			continue // the install step
		}
		env := map[string]string{}
		for k, v := range s.Env {
			env[k] = ctx.expand(t, v)
		}
		for _, line := range strings.Split(s.Run, "\n") {
			words, err := shellWords(line, env)
			switch {
			case err != nil:
				t.Fatalf("action.yml: step %q: %v", s.Name, err)
			case len(words) == 0:
			case slices.Equal(words, []string{"set", "-f"}):
				// No globbing, which shellWords does not do either;
				// TestCIActionShell checks that bash does not.
			case words[0] == "journeymap":
				cmds = append(cmds, ciCommand{from: "action.yml step " + s.Name, argv: words})
			default:
				t.Fatalf("action.yml: step %q: this test cannot follow %q", s.Name, line)
			}
		}
	}
	return cmds
}

func fileExists(name string) bool {
	info, err := os.Stat(name)
	return err == nil && info.Mode().IsRegular()
}

// TestCIAction runs the journeymap commands of action.yml, for its default
// inputs, the inputs of docs/ci.md's workflow, and others.
func TestCIAction(t *testing.T) {
	a := readAction(t)
	for _, name := range []string{"paths", "version", "check-maps", "format", "render-args", "setup-go"} {
		if _, ok := a.Inputs[name]; !ok {
			t.Errorf("action.yml has no input %s", name)
		}
	}
	if d := a.Inputs["format"].Default; d == nil || *d != "github" {
		t.Errorf("action.yml: the format input should default to github")
	}
	docsWith := docsWorkflowInputs(t, a)
	cases := []struct {
		name      string
		repo      ciRepo
		inputs    map[string]string
		wantCheck bool
	}{
		{"defaults", ciRepo{}, nil, true},
		{"docs workflow", ciRepo{otherYAML: true}, docsWith, true},
		{"text, theme, paths on lines", ciRepo{renderFlags: []string{"--theme", "dark"}, otherYAML: true},
			map[string]string{"paths": "journeys/sub\n  journeys\n", "render-args": "--theme dark", "format": "text"}, true},
		{"maps in another folder", ciRepo{renderFlags: []string{"-o", "site/maps/"}, otherYAML: true},
			map[string]string{"paths": "journeys", "render-args": "-o site/maps/"}, true},
		{"no map check", ciRepo{}, map[string]string{"check-maps": "false"}, false},
		{"map check spelt True", ciRepo{}, map[string]string{"check-maps": "True"}, true},
	}
	for _, c := range cases {
		for _, state := range ciStates {
			t.Run(c.name+"/"+string(state), func(t *testing.T) {
				c.repo.make(t, state)
				cmds := a.commands(t, c.inputs)
				var kinds []string
				for _, cmd := range cmds {
					kind, _ := cmd.kind()
					kinds = append(kinds, kind)
					if code := runCI(t, cmd, state); code != 0 {
						break // GitHub skips the steps after a failed one
					}
				}
				want := []string{"validate", "check"}
				if !c.wantCheck {
					want = want[:1]
				}
				if state == stateInvalid {
					want = want[:1]
				}
				if !slices.Equal(kinds, want) {
					t.Errorf("action.yml ran %q, want %q", kinds, want)
				}
			})
		}
	}
}

// docsWorkflowInputs returns the inputs that docs/ci.md's workflow gives
// the action, and checks the workflow's shape.
func docsWorkflowInputs(t *testing.T, a action) map[string]string {
	t.Helper()
	for _, block := range docsBlocks(t, "yaml") {
		if !strings.Contains(block, "\njobs:") {
			continue
		}
		var wf struct {
			Jobs map[string]struct {
				Steps []struct {
					Uses string            `yaml:"uses"`
					With map[string]string `yaml:"with"`
				} `yaml:"steps"`
			} `yaml:"jobs"`
		}
		if err := yaml.Unmarshal([]byte(block), &wf); err != nil {
			t.Fatalf("docs/ci.md: the workflow: %v", err)
		}
		checkedOut := false
		for _, job := range wf.Jobs {
			for _, s := range job.Steps {
				if strings.HasPrefix(s.Uses, "actions/checkout@") {
					checkedOut = true
				}
				if ref, ok := strings.CutPrefix(s.Uses, "journeymap/journeymap@"); ok {
					if !checkedOut {
						t.Errorf("docs/ci.md: the workflow runs journeymap before actions/checkout")
					}
					if ref == "" || ref == "main" {
						t.Errorf("docs/ci.md: the workflow should pin the action to a tag or commit, not %q", ref)
					}
					for k := range s.With {
						if _, ok := a.Inputs[k]; !ok {
							t.Errorf("docs/ci.md: the workflow gives the action the input %q, which action.yml lacks", k)
						}
					}
					return s.With
				}
			}
		}
		t.Fatalf("docs/ci.md: the workflow does not use journeymap/journeymap@REF")
	}
	t.Fatalf("docs/ci.md has no workflow")
	return nil
}

// TestCIActionShell runs the run scripts of action.yml in bash, as the
// runner does (bash --noprofile --norc -eo pipefail), with a go that only
// records how it was called: the install step must install journeymap
// from the action's own files, or from the module at the version asked
// for; the later steps must find it; and no input may run a command.
func TestCIActionShell(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Fatalf("bash is needed to run the action's scripts: %v", err)
	}
	// TestMain's testscript.Main put a journeymap that calls run on PATH.
	journeymap, err := exec.LookPath("journeymap")
	if err != nil {
		t.Fatal(err)
	}
	a := readAction(t)
	module := modulePath(t)
	root := repoRoot
	cases := []struct {
		name        string
		inputs      map[string]string
		state       ciState
		wantInstall string // what go is called with, in which folder
		wantExit    int
	}{
		{"own ref", nil, stateFresh, root + ": install ./cmd/journeymap GOWORK=off GOTOOLCHAIN=auto", 0},
		{"a version", map[string]string{"version": "v1.2.3"}, stateStale, ".: install " + module + "/cmd/journeymap@v1.2.3 GOWORK= GOTOOLCHAIN=auto", 1},
		{"a version that tries a command", map[string]string{"version": `v1"; touch pwned; echo "$(touch pwned)`}, stateFresh,
			".: install " + module + `/cmd/journeymap@v1"; touch pwned; echo "$(touch pwned) GOWORK= GOTOOLCHAIN=auto`, 0},
		{"paths that try a command", map[string]string{"paths": "journeys $(touch pwned) `touch pwned` ;touch pwned"}, stateFresh, "", 2},
		{"paths that would glob", map[string]string{"paths": "journeys/*"}, stateFresh, "", 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ciRepo{}.make(t, c.state)
			work, _ := os.Getwd()
			tmp := t.TempDir()
			fakeBin := filepath.Join(tmp, "fake")
			log := filepath.Join(tmp, "go.log")
			githubPath := filepath.Join(tmp, "github_path")
			writeTestFile(t, githubPath, "")
			// The fake go records its folder, arguments and GOWORK, and
			// installs a journeymap that calls this test's.
			writeTestFile(t, filepath.Join(fakeBin, "go"), fmt.Sprintf(`#!/bin/sh
dir=$(pwd); [ "$dir" = %q ] && dir=.
echo "$dir: $* GOWORK=$GOWORK GOTOOLCHAIN=$GOTOOLCHAIN" >> %q
mkdir -p "$GOBIN"
printf '#!/bin/sh\nexec %%s "$@"\n' %q > "$GOBIN/journeymap"
chmod +x "$GOBIN/journeymap"
`, work, log, journeymap))
			if err := os.Chmod(filepath.Join(fakeBin, "go"), 0o755); err != nil {
				t.Fatal(err)
			}
			ctx := a.context(t, c.inputs)
			path := fakeBin + string(os.PathListSeparator) + os.Getenv("PATH")
			exit := 0
			for _, s := range a.Runs.Steps {
				if s.Run == "" || !ctx.cond(t, s.If) {
					continue
				}
				script := filepath.Join(tmp, "step.sh")
				writeTestFile(t, script, s.Run)
				cmd := exec.Command(bash, "--noprofile", "--norc", "-eo", "pipefail", script)
				cmd.Env = append(os.Environ(), "PATH="+path, "RUNNER_TEMP="+ctx["runner.temp"], "GITHUB_PATH="+githubPath, "GOWORK=", "GOTOOLCHAIN=local")
				for k, v := range s.Env {
					cmd.Env = append(cmd.Env, k+"="+ctx.expand(t, v))
				}
				out, err := cmd.CombinedOutput()
				var ee *exec.ExitError
				switch {
				case errors.As(err, &ee):
					exit = ee.ExitCode()
				case err != nil:
					t.Fatal(err)
				}
				t.Logf("step %q: exit %d\n%s", s.Name, exit, out)
				if exit != 0 {
					break
				}
				// The runner puts what a step adds to $GITHUB_PATH first
				// on the PATH of the steps after it.
				added, _ := os.ReadFile(githubPath)
				for _, dir := range strings.Fields(string(added)) {
					path = dir + string(os.PathListSeparator) + path
				}
				writeTestFile(t, githubPath, "")
			}
			if exit != c.wantExit {
				t.Errorf("the action's steps exit %d, want %d", exit, c.wantExit)
			}
			calls, _ := os.ReadFile(log)
			if got := strings.TrimSpace(string(calls)); c.wantInstall != "" && got != c.wantInstall {
				t.Errorf("go was called as\n\t%s\nwant\n\t%s", got, c.wantInstall)
			}
			for _, dir := range []string{work, root, tmp} {
				if fileExists(filepath.Join(dir, "pwned")) {
					t.Errorf("an input ran a command: %s/pwned exists", dir)
				}
			}
		})
	}
}

// ---- GitLab

type gitlabJob struct {
	Stage     string            `yaml:"stage"`
	Image     string            `yaml:"image"`
	Variables map[string]string `yaml:"variables"`
	Script    []string          `yaml:"script"`
}

// TestCIGitLab runs the script of docs/gitlab-ci.yml's job line by line,
// with its variables, those that docs/ci.md sets when including it, and
// others.
func TestCIGitLab(t *testing.T) {
	var jobs map[string]gitlabJob
	decodeFile(t, "docs/gitlab-ci.yml", &jobs)
	job, ok := jobs["journeymap"]
	if !ok || len(jobs) != 1 {
		t.Fatalf("docs/gitlab-ci.yml should hold one job, journeymap; it holds %d", len(jobs))
	}
	if !strings.HasPrefix(job.Image, "golang:") {
		t.Errorf("docs/gitlab-ci.yml: image %q; want the golang image", job.Image)
	}
	module := modulePath(t)
	docsVars := docsGitLabVariables(t, job)
	cases := []struct {
		name string
		repo ciRepo
		vars map[string]string
	}{
		{"defaults", ciRepo{}, nil},
		{"docs include", ciRepo{otherYAML: true}, docsVars},
		{"theme", ciRepo{renderFlags: []string{"--theme", "dark"}, otherYAML: true}, map[string]string{"JOURNEYMAP_PATHS": "journeys", "JOURNEYMAP_RENDER_ARGS": "--theme dark"}},
		{"maps in another folder", ciRepo{renderFlags: []string{"-o", "site/maps/"}}, map[string]string{"JOURNEYMAP_RENDER_ARGS": "-o site/maps/", "JOURNEYMAP_PATHS": "journeys"}},
	}
	for _, c := range cases {
		for _, state := range ciStates {
			t.Run(c.name+"/"+string(state), func(t *testing.T) {
				c.repo.make(t, state)
				env := map[string]string{}
				for k, v := range job.Variables {
					env[k] = v
				}
				for k, v := range c.vars {
					if _, ok := env[k]; !ok {
						t.Fatalf("docs/gitlab-ci.yml has no variable %s", k)
					}
					env[k] = v
				}
				var kinds []string
				for _, line := range job.Script {
					words, err := shellWords(line, env)
					if err != nil {
						t.Fatalf("docs/gitlab-ci.yml: %v", err)
					}
					if len(words) > 0 && words[0] == "go" {
						want := []string{"go", "install", module + "/cmd/journeymap@" + env["JOURNEYMAP_VERSION"]}
						if !slices.Equal(words, want) {
							t.Errorf("docs/gitlab-ci.yml runs %q; want %q", words, want)
						}
						kinds = append(kinds, "install")
						continue
					}
					cmd := ciCommand{from: "docs/gitlab-ci.yml", argv: words}
					kind, err := cmd.kind()
					if err != nil {
						t.Fatal(err)
					}
					if kind != "version" && cmd.format() != "text" {
						t.Errorf("docs/gitlab-ci.yml: %q should print --format text", line)
					}
					kinds = append(kinds, kind)
					if runCI(t, cmd, state) != 0 {
						break // GitLab stops the job at the first failing line
					}
				}
				want := []string{"install", "version", "validate", "check"}
				if state == stateInvalid {
					want = want[:3]
				}
				if !slices.Equal(kinds, want) {
					t.Errorf("docs/gitlab-ci.yml ran %q, want %q", kinds, want)
				}
			})
		}
	}
}

// docsGitLabVariables returns the variables that docs/ci.md sets on the
// included job, and checks that it includes this repository's file.
func docsGitLabVariables(t *testing.T, job gitlabJob) map[string]string {
	t.Helper()
	for _, block := range docsBlocks(t, "yaml") {
		if !strings.HasPrefix(block, "include:") {
			continue
		}
		var cfg struct {
			Include []struct {
				Remote string `yaml:"remote"`
			} `yaml:"include"`
			Jobs map[string]gitlabJob `yaml:",inline"`
		}
		if err := yaml.Unmarshal([]byte(block), &cfg); err != nil {
			t.Fatalf("docs/ci.md: the GitLab include: %v", err)
		}
		if len(cfg.Include) != 1 || !regexp.MustCompile(`^https://raw\.githubusercontent\.com/journeymap/journeymap/v[^/]+/docs/gitlab-ci\.yml$`).MatchString(cfg.Include[0].Remote) {
			t.Errorf("docs/ci.md: the GitLab example should include docs/gitlab-ci.yml at a tag: %+v", cfg.Include)
		}
		vars := cfg.Jobs["journeymap"].Variables
		for k := range vars {
			if _, ok := job.Variables[k]; !ok {
				t.Errorf("docs/ci.md sets %s, which docs/gitlab-ci.yml does not use", k)
			}
		}
		if len(vars) == 0 {
			t.Errorf("docs/ci.md: the GitLab example sets no variables on the journeymap job")
		}
		return vars
	}
	t.Fatalf("docs/ci.md has no GitLab include")
	return nil
}

// ---- docs/ci.md

// docsBlocks returns the fenced code blocks of docs/ci.md in the given
// language, in order.
func docsBlocks(t *testing.T, lang string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot, "docs/ci.md"))
	if err != nil {
		t.Fatal(err)
	}
	var blocks []string
	re := regexp.MustCompile("(?ms)^```" + regexp.QuoteMeta(lang) + "\n(.*?)^```$")
	for _, m := range re.FindAllStringSubmatch(string(data), -1) {
		blocks = append(blocks, m[1])
	}
	return blocks
}

// TestCIShell runs the script that docs/ci.md gives for any CI, `a && b`,
// through run, and checks that the scenario testdata/script/ci_shell.txtar
// runs in sh is that script.
func TestCIShell(t *testing.T) {
	var script string
	for _, block := range docsBlocks(t, "sh") {
		if strings.Contains(block, "&&") {
			script = block
		}
	}
	if script == "" {
		t.Fatal("docs/ci.md has no shell script with &&")
	}
	ar, err := txtar.ParseFile(filepath.Join(repoRoot, "cmd/journeymap/testdata/script/ci_shell.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range ar.Files {
		if f.Name == "ci.sh" {
			found = true
			if string(f.Data) != script {
				t.Errorf("testdata/script/ci_shell.txtar runs\n%s\nbut docs/ci.md shows\n%s", f.Data, script)
			}
		}
	}
	if !found {
		t.Error("testdata/script/ci_shell.txtar has no ci.sh")
	}
	module := modulePath(t)
	installs := false
	for _, block := range docsBlocks(t, "sh") {
		if strings.Contains(block, "go install "+module+"/cmd/journeymap@v") {
			installs = true
		}
	}
	if !installs {
		t.Errorf("docs/ci.md does not show go install %s/cmd/journeymap@VERSION", module)
	}
	for _, state := range ciStates {
		t.Run(string(state), func(t *testing.T) {
			ciRepo{}.make(t, state)
			exit := 0
			for _, line := range strings.Split(strings.TrimSpace(script), "\n") {
				for _, part := range strings.Split(line, " && ") {
					words, err := shellWords(part, nil)
					if err != nil {
						t.Fatalf("docs/ci.md: %v", err)
					}
					if exit = runCI(t, ciCommand{from: "docs/ci.md", argv: words}, state); exit != 0 {
						break
					}
				}
			}
			want := wantExit("check", state)
			if exit != want {
				t.Errorf("docs/ci.md's script exits %d in a repository with %s maps, want %d", exit, state, want)
			}
		})
	}
}

// TestCIScripts runs the scenarios testdata/script/ci_*.txtar on their
// own (TestScripts runs them too, with the other scripts), with the
// commands TestScripts gives its scripts.
func TestCIScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/script/ci_*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/script/ci_*.txtar")
	}
	testscript.Run(t, testscript.Params{
		Files: files,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits":     cmdExits,
			"backdate":  cmdBackdate,
			"backdated": cmdBackdated,
		},
	})
}
