package journey

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// repo writes files (by slash path) into a new repository folder (one
// holding .git) and returns its path.
func repo(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// parseIn parses the journey at name in dir as the CLI does, run from
// dir, and returns its diagnostics as "file:line:col severity code: message".
func parseIn(t *testing.T, dir, name string, lang Lang) (*Journey, []string) {
	t.Helper()
	t.Chdir(dir)
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	inc, err := NewFileIncluder(name, name)
	if err != nil {
		t.Fatal(err)
	}
	j, diags := Parse(name, src, Options{Includer: inc, Lang: lang})
	var out []string
	for _, d := range diags {
		out = append(out, fmt.Sprintf("%s:%d:%d %s %s: %s", d.File, d.Pos.Line, d.Pos.Column, d.Severity, d.Code, d.Message))
	}
	return j, out
}

// journeyIncluding is a valid journey that includes the paths, with a
// touchpoint on channel web, owned by sales, and personas sanne and joost.
func journeyIncluding(paths ...string) string {
	return lines(
		"title: Kitchen", // 1
		"include: ["+strings.Join(paths, ", ")+"]", // 2
		"personas: [sanne, joost]",                 // 3
		"phases:",                                  // 4
		"  - id: look",                             // 5
		"    name: Look",                           // 6
		"    touchpoints:",                         // 7
		"      - id: showroom",                     // 8
		"        name: Showroom",                   // 9
		"        channel: web",                     // 10
		"        owner: sales",                     // 11
		"        emotion: {sanne: 2, joost: -1}",   // 12
		"        evidence: [interviews]",           // 13
		"      - {id: call, name: Call, channel: phone, owner: Sales team, emotion: 1}", // 14
	)
}

const shared = `channels:
  - {id: web, name: Website, kind: online}
  - {id: phone, name: Phone, kind: offline}
personas:
  - {id: sanne, name: "Sanne, 34", about: First home}
  - {id: joost, name: "Joost, 36"}
  - {id: oma, name: "Oma, 80"}
evidence:
  - {id: interviews, kind: interview, source: Ten interviews}
owners:
  - {id: sales, name: Sales team}
`

func TestIncludeCatalogue(t *testing.T) {
	dir := repo(t, map[string]string{
		"catalogue.yaml":        shared,
		"journeys/kitchen.yaml": journeyIncluding("../catalogue.yaml"),
	})
	j, diags := parseIn(t, dir, "journeys/kitchen.yaml", "")
	if j == nil || strings.Contains(strings.Join(diags, "\n"), " error ") {
		t.Fatalf("not valid: %q", diags)
	}
	// The personas it names, not every one of the catalogue.
	if len(j.Personas) != 2 || j.Personas[0].Name != "Sanne, 34" || j.Personas[0].About != "First home" || j.Personas[1].ID != "joost" {
		t.Errorf("personas %+v", j.Personas)
	}
	if len(j.Channels) != 2 || len(j.Evidence) != 1 || len(j.Owners) != 1 {
		t.Errorf("channels %v evidence %v owners %v", j.Channels, j.Evidence, j.Owners)
	}
	// An owner by id is shown by its name.
	if got := j.Phases[0].Touchpoints[0].Owner; got != "Sales team" {
		t.Errorf("owner %q", got)
	}
	if !strings.Contains(strings.Join(j.Includes, " "), "../catalogue.yaml") {
		t.Errorf("includes %q", j.Includes)
	}
}

// TestIncludeRules: each rule of include, with its exact diagnostic.
func TestIncludeRules(t *testing.T) {
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "secret.yaml"), []byte(shared), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		files map[string]string
		link  [2]string // a symbolic link to make: its path in the repo, and where it points
		want  []string
	}{
		{"escape by ..", map[string]string{"j.yaml": journeyIncluding("../../etc/passwd.yaml")}, [2]string{},
			[]string{`j.yaml:2:11 error include-outside: include "../../etc/passwd.yaml" leads outside ".", the folder includes must stay in (the repository: the folder holding .git or .journeymap.yaml, else the journey's folder)`}},
		{"absolute path", map[string]string{"j.yaml": journeyIncluding("/etc/catalogue.yaml")}, [2]string{},
			[]string{`j.yaml:2:11 error include-absolute: include "/etc/catalogue.yaml" is an absolute path; write it relative to this file`}},
		{"not yaml", map[string]string{"j.yaml": journeyIncluding("catalogue.json")}, [2]string{},
			[]string{`j.yaml:2:11 error include-not-yaml: include "catalogue.json" is not a .yaml or .yml file`}},
		{"missing", map[string]string{"j.yaml": journeyIncluding("nothing.yaml")}, [2]string{},
			[]string{`j.yaml:2:11 error include-missing: include "nothing.yaml": no such file`}},
		{"symlink out", map[string]string{"j.yaml": journeyIncluding("cat/secret.yaml")}, [2]string{"cat", outside},
			[]string{`j.yaml:2:11 error include-outside: include "cat/secret.yaml" goes through a symbolic link that leads outside ".", the folder includes must stay in`}},
		{"cycle", map[string]string{"j.yaml": journeyIncluding("a.yaml"), "a.yaml": "include: [b.yaml]\n" + shared, "b.yaml": "include: [a.yaml]\n"}, [2]string{},
			[]string{`b.yaml:1:11 error include-cycle: include "a.yaml" goes round in a circle: j.yaml → a.yaml → b.yaml → a.yaml (in a catalogue included by j.yaml)`}},
		{"a journey, not a catalogue", map[string]string{"j.yaml": journeyIncluding("other.yaml"), "other.yaml": "title: Other\nphases: []\n"}, [2]string{},
			[]string{`j.yaml:2:11 error include-not-catalogue: include "other.yaml" is a journey, not a catalogue: a catalogue has no title and no phases`}},
		{"too many", tooMany(), [2]string{},
			[]string{`c16.yaml:1:11 error too-many: include "c17.yaml" is one file too many: a journey reads at most 16 files through include (in a catalogue included by j.yaml)`}},
		{"one id in two catalogues", map[string]string{"j.yaml": journeyIncluding("a.yaml", "b.yaml"), "a.yaml": shared,
			"b.yaml": "channels:\n  - {id: web, name: Web shop, kind: online}\n"}, [2]string{},
			[]string{`b.yaml:2:5 error duplicate-id: channel id "web" is defined in two catalogues: here and at a.yaml:2:5; keep one (in a catalogue included by j.yaml)`}},
		{"an error inside a catalogue", map[string]string{"j.yaml": journeyIncluding("a.yaml"), "a.yaml": strings.Replace(shared, "kind: offline", "kind: ofline", 1)}, [2]string{},
			[]string{`a.yaml:3:36 error bad-value: kind must be one of online, offline; found the text "ofline"; did you mean "offline"? (in a catalogue included by j.yaml)`,
				`j.yaml:2:11 error include-invalid: include "a.yaml": the catalogue has errors`}},
		{"unknown persona of the catalogues", map[string]string{"j.yaml": strings.Replace(journeyIncluding("a.yaml"), "[sanne, joost]", "[sanne, jost]", 1), "a.yaml": shared}, [2]string{},
			[]string{`j.yaml:3:19 error unresolved-reference: unknown persona "jost"; did you mean "joost"?`}},
		{"a persona named twice", map[string]string{"j.yaml": strings.Replace(journeyIncluding("a.yaml"), "[sanne, joost]", "[sanne, joost, sanne]", 1), "a.yaml": shared}, [2]string{},
			[]string{`j.yaml:3:26 error duplicate-id: duplicate persona id "sanne" (first at line 3:12)`}},
		{"a persona named and written", map[string]string{"j.yaml": strings.Replace(journeyIncluding("a.yaml"), "[sanne, joost]", "[sanne, joost, {id: sanne, name: Sanne}]", 1), "a.yaml": shared}, [2]string{},
			[]string{`j.yaml:3:31 error duplicate-id: duplicate persona id "sanne" (first at line 3:12)`}},
		{"a persona written and named", map[string]string{"j.yaml": strings.Replace(journeyIncluding("a.yaml"), "[sanne, joost]", "[{id: joost, name: Joost}, sanne, joost]", 1), "a.yaml": shared}, [2]string{},
			[]string{`j.yaml:3:45 error duplicate-id: duplicate persona id "joost" (first at line 3:17)`}},
		{"unknown owner", map[string]string{"j.yaml": strings.Replace(journeyIncluding("a.yaml"), "owner: sales", "owner: sale", 1), "a.yaml": shared}, [2]string{},
			[]string{`j.yaml:11:16 error unresolved-reference: unknown owner "sale"; did you mean "sales"?`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := repo(t, tc.files)
			if tc.link[0] != "" {
				if err := os.Symlink(tc.link[1], filepath.Join(dir, tc.link[0])); err != nil {
					t.Skip("no symbolic links here:", err)
				}
			}
			j, got := parseIn(t, dir, "j.yaml", "")
			var errs []string
			for _, g := range got {
				if strings.Contains(g, " error ") {
					errs = append(errs, strings.ReplaceAll(g, dir, "ROOT"))
				}
			}
			if strings.Join(errs, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(errs, "\n"), strings.Join(tc.want, "\n"))
			}
			if j != nil {
				t.Error("valid, with an error")
			}
		})
	}
}

// tooMany is a journey that includes a chain of 17 catalogues.
func tooMany() map[string]string {
	files := map[string]string{"j.yaml": journeyIncluding("c1.yaml")}
	for i := 1; i <= 17; i++ {
		files[fmt.Sprintf("c%d.yaml", i)] = fmt.Sprintf("include: [c%d.yaml]\n", i+1)
	}
	files["c17.yaml"] = shared
	files["c18.yaml"] = "owners: []\n"
	return files
}

// TestIncludeOwnWins: a journey's own entry wins over a catalogue's, with
// a warning at it naming the catalogue's; said in Dutch too.
func TestIncludeOwnWins(t *testing.T) {
	src := strings.Replace(journeyIncluding("a.yaml"), "phases:", "channels:\n  - {id: web, name: Our site, kind: online}\nphases:", 1)
	dir := repo(t, map[string]string{"j.yaml": src, "a.yaml": shared})
	j, diags := parseIn(t, dir, "j.yaml", "")
	want := `j.yaml:5:10 warning catalogue-override: channel "web" of this journey overrides the one of the catalogue at a.yaml:2:5`
	if diags[0] != want || strings.Count(strings.Join(diags, "\n"), "catalogue-override") != 1 {
		t.Errorf("got %q\nwant %q", diags, want)
	}
	if j == nil || j.Channels[0].Name != "Our site" || len(j.Channels) != 2 {
		t.Fatalf("channels %+v", j.Channels)
	}
	_, diags = parseIn(t, dir, "j.yaml", Dutch)
	if want := `j.yaml:5:10 warning catalogue-override: kanaal "web" van deze klantreis gaat voor die van de catalogus op a.yaml:2:5`; diags[0] != want {
		t.Errorf("in Dutch %q", diags)
	}
}

// TestIncludeFromStandardInput: without a file, include is an error.
func TestIncludeFromStandardInput(t *testing.T) {
	_, diags := Parse("<stdin>", []byte(journeyIncluding("a.yaml")), Options{})
	if len(diags) == 0 || diags[0].Code != CodeIncludeMissing || diags[0].Pos != (Pos{2, 11}) {
		t.Errorf("got %v", diags)
	}
}

// TestParseCatalogue: a catalogue checked on its own; a journey is not one.
func TestParseCatalogue(t *testing.T) {
	dir := repo(t, map[string]string{"a.yaml": strings.Replace(shared, "Ten interviews", "", 1) + "phase: x\n"})
	t.Chdir(dir)
	src, _ := os.ReadFile("a.yaml")
	inc, _ := NewFileIncluder("a.yaml", "a.yaml")
	diags, ok := ParseCatalogue("a.yaml", src, Options{Includer: inc})
	if !ok {
		t.Fatal("not a catalogue")
	}
	var got []string
	for _, d := range diags {
		got = append(got, fmt.Sprintf("%d:%d %s %s", d.Pos.Line, d.Pos.Column, d.Code, d.Message))
	}
	want := []string{`9:47 empty-value source is empty; say where the evidence comes from`,
		`12:1 unknown-key unknown key "phase" in the catalogue; expected one of personas, include, channels, owners, evidence`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, ok := ParseCatalogue("j.yaml", []byte("title: T\nphases: []\n"), Options{}); ok {
		t.Error("a journey read as a catalogue")
	}
	if !IsCatalogue([]byte(shared)) || IsCatalogue([]byte("title: T\n")) || IsCatalogue([]byte("- a\n")) {
		t.Error("IsCatalogue")
	}
	// A file the YAML library refuses is judged by its keys.
	for src, want := range map[string]bool{
		"channels:\n  - {id: web, name: \"Web}\npersonas: []\n":                true,
		"owners:\n\t- {id: o, name: O}\n":                                      true,
		"title: T\nchannels:\n  - {id: web, name: \"Web}\n":                    false,
		"channels: [\nphases:\n  - id: p\n":                                    false, // phases, even inside the open [
		"personas: [{id: a, name: A}]\nscenario: \"x\n":                        false,
		"# notes\nfoo: [\n":                                                    false,
		"evidence:\n  - {id: e, source: \"S}\nphases:\n  - {id: p, name: P}\n": false,
	} {
		if got := IsCatalogue([]byte(src)); got != want {
			t.Errorf("IsCatalogue(%q) = %v, want %v", src, got, want)
		}
	}
}

// TestCatalogueSchema: the catalogue schema compiles, the example
// catalogues match it, and a journey does not.
func TestCatalogueSchema(t *testing.T) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(CatalogueSchema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(CatalogueSchemaID, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(CatalogueSchemaID)
	if err != nil {
		t.Fatalf("the catalogue schema does not compile: %v", err)
	}
	files, _ := filepath.Glob("../examples/catalogues/*.yaml")
	if len(files) == 0 {
		t.Fatal("no example catalogues")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := validateYAML(t, s, string(src)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		if diags, ok := ParseCatalogue(f, src, Options{}); !ok || len(diags) != 0 {
			t.Errorf("%s: %v %v", f, ok, diags)
		}
	}
	if validateYAML(t, s, "title: A journey\nphases: []\n") == nil {
		t.Error("a journey matches the catalogue schema")
	}
}

// TestIncludeAllowed: what include allows: a catalogue two others
// include (read once, no cycle), a symbolic link that stays inside, and a
// .yml file.
func TestIncludeAllowed(t *testing.T) {
	dir := repo(t, map[string]string{
		"j.yaml":         journeyIncluding("a.yaml", "b.yml"),
		"a.yaml":         "include: [shared/c.yaml]\nchannels: [{id: web, name: Web, kind: online}]\n",
		"b.yml":          "include: [shared/c.yaml]\nowners: [{id: sales, name: Sales team}]\n",
		"real/c.yaml":    strings.Replace(strings.Replace(shared, "  - {id: web, name: Website, kind: online}\n", "", 1), "owners:\n  - {id: sales, name: Sales team}\n", "", 1),
		"real/more.yaml": "owners: []\n",
	})
	if err := os.Symlink("real", filepath.Join(dir, "shared")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	j, diags := parseIn(t, dir, "j.yaml", "")
	if j == nil || strings.Contains(strings.Join(diags, "\n"), " error ") {
		t.Fatalf("not valid: %q", diags)
	}
	if len(j.Channels) != 2 || len(j.Owners) != 1 || len(j.Evidence) != 1 {
		t.Errorf("channels %d, owners %d, evidence %d", len(j.Channels), len(j.Owners), len(j.Evidence))
	}
}

// TestIncludeTooLarge: an included file is held to a journey's size cap.
func TestIncludeTooLarge(t *testing.T) {
	dir := repo(t, map[string]string{
		"j.yaml":   journeyIncluding("big.yaml"),
		"big.yaml": "channels: []\n# " + strings.Repeat("x", MaxFileBytes) + "\n",
	})
	_, diags := parseIn(t, dir, "j.yaml", "")
	want := []string{
		`big.yaml:1:1 error too-large: the file is larger than 2097152 bytes (2 MiB), the limit for a journey (in a catalogue included by j.yaml)`,
		`j.yaml:2:11 error include-invalid: include "big.yaml": the catalogue has errors`,
	}
	if strings.Join(diags, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(diags, "\n"), strings.Join(want, "\n"))
	}
}

// TestIncludeNotAFile: a folder or a named pipe is no catalogue, and
// reading one does not block.
func TestIncludeNotAFile(t *testing.T) {
	dir := repo(t, map[string]string{"j.yaml": journeyIncluding("folder.yaml", "pipe.yaml"), "folder.yaml/x": ""})
	if err := mkfifo(filepath.Join(dir, "pipe.yaml")); err != nil {
		t.Skip("no named pipes here:", err)
	}
	_, diags := parseIn(t, dir, "j.yaml", "")
	want := []string{
		`j.yaml:2:11 error include-missing: include "folder.yaml" is not a file`,
		`j.yaml:2:24 error include-missing: include "pipe.yaml" is not a file`,
	}
	if strings.Join(diags, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(diags, "\n"), strings.Join(want, "\n"))
	}
}
