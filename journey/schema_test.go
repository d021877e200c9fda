package journey

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

// TestFieldsHaveDocAndShape: every key of every mapping says what it means
// and what its value looks like, so the schema covers the whole format.
func TestFieldsHaveDocAndShape(t *testing.T) {
	checkFields(t, "journey", journeyFields())
	checkFields(t, "persona", personaFields())
	checkFields(t, "goals", goalsFields())
	checkFields(t, "channel", channelFields())
	checkFields(t, "phase", phaseFields())
	checkFields(t, "touchpoint", touchpointFields())
	checkFields(t, "evidence", evidenceFields())
	checkFields(t, "improvement", improvementFields())
}

func checkFields[T any](t *testing.T, what string, fields []field[T]) {
	t.Helper()
	for _, f := range fields {
		switch {
		case strings.TrimSpace(f.doc) == "":
			t.Errorf("%s: key %q has no description", what, f.key)
		case !strings.HasSuffix(f.doc, "."):
			t.Errorf("%s: the description of %q is not a sentence: %q", what, f.key, f.doc)
		}
		switch {
		case f.shape == nil:
			t.Errorf("%s: key %q has no shape", what, f.key)
		case f.shape.Type == "" && len(f.shape.OneOf) == 0:
			t.Errorf("%s: the shape of %q has no type", what, f.key)
		}
		if f.decode == nil {
			t.Errorf("%s: key %q has no decoder", what, f.key)
		}
	}
}

// TestSchemaIsStable: the schema is indented JSON ending in a newline, the
// same bytes on every call, with its keys in the order of the fields.
func TestSchemaIsStable(t *testing.T) {
	a, b := Schema(), Schema()
	if !bytes.Equal(a, b) {
		t.Fatal("Schema() differs between two calls")
	}
	if !json.Valid(a) {
		t.Fatal("Schema() is not valid JSON")
	}
	if !bytes.HasSuffix(a, []byte("}\n")) || bytes.HasSuffix(a, []byte("\n\n")) {
		t.Error("Schema() does not end in exactly one newline")
	}
	if !bytes.HasPrefix(a, []byte("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$id\": \""+SchemaID+"\",\n  \"title\": ")) {
		t.Errorf("Schema() does not start with $schema, $id and title:\n%.200s", a)
	}
	if bytes.Contains(a, []byte("://journeymap")) || bytes.Contains(a, []byte(`\u003c`)) {
		t.Error("Schema() holds an address of ours or an escaped <")
	}
	var root struct {
		Properties json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal(a, &root); err != nil {
		t.Fatal(err)
	}
	if got, want := objectKeys(t, root.Properties), keysOf(journeyFields()); !slices.Equal(got, want) {
		t.Errorf("top-level properties are %v, want the order of the fields %v", got, want)
	}
}

// objectKeys lists the keys of a JSON object in the order they are written.
func objectKeys(t *testing.T, raw []byte) []string {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := d.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not an object: %.80s", raw)
	}
	var keys []string
	for d.More() {
		tok, err := d.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := d.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

// TestSchemaDescribesEveryProperty walks the generated schema: every
// property has a description (editors show it on hover), every object
// refuses unknown keys but allows x- keys, and every required key exists.
func TestSchemaDescribesEveryProperty(t *testing.T) {
	var root map[string]any
	if err := json.Unmarshal(Schema(), &root); err != nil {
		t.Fatal(err)
	}
	objects := 0
	var walk func(path string, s map[string]any)
	maps := 0
	walk = func(path string, s map[string]any) {
		if _, ok := s["propertyNames"]; ok {
			// A value per persona id: the ids are the keys, each value
			// has the shape of the one value for all.
			maps++
			if _, ok := s["additionalProperties"].(map[string]any); !ok {
				t.Errorf("%s: a mapping per persona without the shape of its values", path)
			}
			return
		}
		if s["type"] == "object" {
			objects++
			if s["additionalProperties"] != false {
				t.Errorf("%s: additionalProperties is not false", path)
			}
			if pp, _ := s["patternProperties"].(map[string]any); pp == nil || pp["^x-"] == nil {
				t.Errorf("%s: x- keys are not allowed", path)
			}
			props, _ := s["properties"].(map[string]any)
			if len(props) == 0 {
				t.Errorf("%s: an object without properties", path)
			}
			for key, p := range props {
				ps := p.(map[string]any)
				if d, _ := ps["description"].(string); d == "" {
					t.Errorf("%s.%s: no description", path, key)
				}
				walk(path+"."+key, ps)
			}
			req, _ := s["required"].([]any)
			for _, r := range req {
				if props[r.(string)] == nil {
					t.Errorf("%s: required key %q is not a property", path, r)
				}
			}
		}
		if items, ok := s["items"].(map[string]any); ok {
			walk(path+"[]", items)
		}
		for i, alt := range asList(s["oneOf"]) {
			walk(fmt.Sprintf("%s(%d)", path, i), alt.(map[string]any))
		}
	}
	walk("journey", root)
	if objects != 11 {
		t.Errorf("the schema has %d object shapes, want 11 (journey, persona, personas item, goals, moments, channel, owner, phase, touchpoint, evidence, improvement)", objects)
	}
	if maps != 3 {
		t.Errorf("the schema has %d mappings per persona, want 3 (emotion, ideal, feeling)", maps)
	}
}

func asList(v any) []any { l, _ := v.([]any); return l }

// compileSchema compiles Schema() with a real JSON Schema validator, which
// also checks it against the draft 2020-12 meta-schema. Formats such as
// "date" are asserted, as editors do.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	return compileSchemaOf(t, Schema(), SchemaID)
}

// compileSchemaOf compiles the schema src, whose $id is id.
func compileSchemaOf(t *testing.T, src []byte, id string) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(id)
	if err != nil {
		t.Fatalf("the schema does not compile: %v", err)
	}
	return s
}

// TestExamplesMatchSchema: every example journey, read as an editor reads
// it, is valid against the schema.
func TestExamplesMatchSchema(t *testing.T) {
	s := compileSchema(t)
	files, err := filepath.Glob("../examples/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no examples found")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := validateYAML(t, s, string(src)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		if _, diags, _ := ParseFile(f, Options{}); diags.HasErrors() {
			t.Errorf("%s:\n%s", f, format(diags))
		}
	}
}

// small is a valid journey that the cases below change one thing of.
const small = `title: I request a quote
persona: Sanne
phases:
  - id: request
    name: Request a quote
    moment: before
    touchpoints:
      - id: form
        name: Fills in the form
        emotion: -1
`

// withTouchpoint is small with more lines in its touchpoint.
func withTouchpoint(lines string) string { return small + indent(lines, 8) }

// withPhase is small with more lines in its phase.
func withPhase(lines string) string { return small + indent(lines, 4) }

// withImprovement is small with one improvement of the given lines.
func withImprovement(lines string) string {
	return small + "improvements:\n  - id: quick\n    title: Answer within a day\n" + indent(lines, 4)
}

func indent(lines string, n int) string {
	pad := strings.Repeat(" ", n)
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimSuffix(lines, "\n"), "\n") {
		b.WriteString(pad + l + "\n")
	}
	return b.String()
}

// TestSchemaAndParseAgree: journeys the schema accepts Parse accepts too,
// and broken journeys are refused by both. Checks that need the whole file
// (references, unique ids, emotions on the journey's scale) are the
// decoder's alone; TestSchemaLeavesToParse lists them.
func TestSchemaAndParseAgree(t *testing.T) {
	s := compileSchema(t)
	long := strings.Repeat("a", MaxLabelRunes+1)
	var many strings.Builder
	for i := range MaxListItems + 1 {
		fmt.Fprintf(&many, "  - metric %d\n", i)
	}
	valid := []struct{ name, src string }{
		{"small journey", small},
		{"every key", everyKeyJourney},
		{"x- keys everywhere", `title: T
x-top: {anything: [1, 2]}
persona: {name: Sanne, x-note: 3}
goals: {customer: C, x-why: ok}
channels:
  - {id: web, name: Website, kind: online, x-tracking: utm}
phases:
  - id: a
    name: A
    moment: before
    x-color: red
    touchpoints:
      - {id: t, name: N, channel: web, emotion: 0, x-ref: 12}
evidence:
  - {id: e, kind: other, source: S, x-link: none}
improvements:
  - {id: i, title: I, impact: 1, effort: 1, x-jira: ABC-1}
`},
		{"merge keys with x- defaults", `title: T
persona: P
x-crew: &crew
  owner: Delivery crew
  emotion: 1
phases:
  - id: a
    name: A
    moment: after
    touchpoints:
      - <<: *crew
        id: call
        name: Crew calls
      - <<: [*crew]
        id: install
        name: Crew installs
        emotion: 2
`},
		{"scale 1 to 5", strings.Replace(small, "emotion: -1", "emotion: 5", 1) + "scale: [1, 5]\n"},
		{"quoted date", withImprovement("impact: 1\neffort: 1\ndue: \"2027-01-31\"")},
		{"loop True", small + "loop: True\n"},
		{"phase without moment", strings.Replace(small, "    moment: before\n", "", 1)},
		{"named moments", small + "moments: {before: Before cancelling, after: After leaving}\n"},
	}
	// broken journeys, with where in the document the schema finds the
	// problem (a JSON pointer; "" is the top).
	broken := []struct{ name, at, src string }{
		{"unknown key", "", small + "titel: I request a quote\n"},
		{"missing title", "", strings.Replace(small, "title: I request a quote\n", "", 1)},
		{"missing phases", "", "title: T\npersona: P\n"},
		{"no phases", "/phases", "title: T\npersona: P\nphases: []\n"},
		{"phases not a list", "/phases", "title: T\npersona: P\nphases: orientation\n"},
		{"phases a mapping", "/phases", "title: T\npersona: P\nphases: {id: a, name: A, moment: before}\n"},
		{"title too long", "/title", strings.Replace(small, "I request a quote", long, 1)},
		{"title empty", "/title", strings.Replace(small, "title: I request a quote", `title: ""`, 1)},
		{"lang in capitals", "/lang", small + "lang: NL\n"},
		{"persona as list", "/persona", strings.Replace(small, "persona: Sanne", "persona: [Sanne]", 1)},
		{"persona empty", "/persona", strings.Replace(small, "persona: Sanne", `persona: ""`, 1)},
		{"persona without name", "/persona", strings.Replace(small, "persona: Sanne", "persona: {about: Busy}", 1)},
		{"persona with extra key", "/persona", strings.Replace(small, "persona: Sanne", "persona: {name: Sanne, age: 34}", 1)},
		{"goals as text", "/goals", small + "goals: win\n"},
		{"goals with extra key", "/goals", small + "goals: {customer: C, partner: P}\n"},
		{"scale of one number", "/scale", small + "scale: [1]\n"},
		{"scale beyond 10", "/scale/0", small + "scale: [-11, 0]\n"},
		{"scale as text", "/scale", small + "scale: wide\n"},
		{"scale of fractions", "/scale/0", small + "scale: [-2.5, 2]\n"},
		{"loop yes", "/loop", small + "loop: yes\n"},
		{"loop quoted", "/loop", small + "loop: \"true\"\n"},
		{"reviewed without zeros", "/reviewed", small + "reviewed: 2026-3-1\n"},
		{"reviewed with a time", "/reviewed", small + "reviewed: 2026-03-01T10:00:00Z\n"},
		{"reviewed not a day", "/reviewed", small + "reviewed: 2026-02-30\n"},
		{"reviewed as number", "/reviewed", small + "reviewed: 20260301\n"},
		{"channel without kind", "/channels/0", small + "channels:\n  - {id: web, name: Website}\n"},
		{"channel kind unknown", "/channels/0/kind", small + "channels:\n  - {id: web, name: Website, kind: social}\n"},
		{"channels as mapping", "/channels", small + "channels: {web: Website}\n"},
		{"phase id in capitals", "/phases/0/id", strings.Replace(small, "id: request", "id: Request", 1)},
		{"phase id with double dash", "/phases/0/id", strings.Replace(small, "id: request", "id: re--quest", 1)},
		{"phase id with space", "/phases/0/id", strings.Replace(small, "id: request", "id: quote request", 1)},
		{"phase id too long", "/phases/0/id", strings.Replace(small, "id: request", "id: "+strings.Repeat("a", MaxIDRunes+1), 1)},
		{"moments not a mapping", "/moments", small + "moments: Cancelling\n"},
		{"unknown moment name key", "/moments", small + "moments: {befor: Before cancelling}\n"},
		{"moment misspelt", "/phases/0/moment", strings.Replace(small, "moment: before", "moment: befor", 1)},
		{"extra key in phase", "/phases/0", withPhase("color: red")},
		{"metrics as text", "/phases/0/metrics", withPhase("metrics: Conversion 3%")},
		{"too many metrics", "/phases/0/metrics", withPhase("metrics:\n" + many.String())},
		{"empty metric", "/phases/0/metrics/0", withPhase(`metrics: [""]`)},
		{"touchpoint not a mapping", "/phases/0/touchpoints/0", strings.Replace(small, "      - id: form\n        name: Fills in the form\n        emotion: -1\n", "      - form\n", 1)},
		{"extra key in touchpoint", "/phases/0/touchpoints/0", withTouchpoint("feelings: irritated")},
		{"touchpoint without emotion", "/phases/0/touchpoints/0", strings.Replace(small, "        emotion: -1\n", "", 1)},
		{"emotion as quoted text", "/phases/0/touchpoints/0/emotion", strings.Replace(small, "emotion: -1", `emotion: "-1"`, 1)},
		{"emotion as word", "/phases/0/touchpoints/0/emotion", strings.Replace(small, "emotion: -1", "emotion: low", 1)},
		{"emotion a fraction", "/phases/0/touchpoints/0/emotion", strings.Replace(small, "emotion: -1", "emotion: -1.5", 1)},
		{"emotion beyond any scale", "/phases/0/touchpoints/0/emotion", strings.Replace(small, "emotion: -1", "emotion: 11", 1)},
		{"emotion empty", "/phases/0/touchpoints/0/emotion", strings.Replace(small, "emotion: -1", "emotion:", 1)},
		{"ideal as boolean", "/phases/0/touchpoints/0/ideal", withTouchpoint("ideal: true")},
		{"channel empty", "/phases/0/touchpoints/0/channel", withTouchpoint(`channel: ""`)},
		{"channel as list", "/phases/0/touchpoints/0/channel", withTouchpoint("channel: [web]")},
		{"pains as text", "/phases/0/touchpoints/0/pains", withTouchpoint("pains: Too many fields")},
		{"empty pain", "/phases/0/touchpoints/0/pains/0", withTouchpoint(`pains: [""]`)},
		{"thinks as mapping", "/phases/0/touchpoints/0/thinks", withTouchpoint("thinks: {why: this}")},
		{"evidence ref not a slug", "/phases/0/touchpoints/0/evidence/0", withTouchpoint("evidence: [Interviews]") + "evidence:\n  - {id: interviews, kind: interview, source: S}\n"},
		{"evidence kind in capitals", "/evidence/0/kind", small + "evidence:\n  - {id: crm, kind: CRM, source: CRM export}\n"},
		{"evidence without source", "/evidence/0", small + "evidence:\n  - {id: crm, kind: crm}\n"},
		{"evidence with empty source", "/evidence/0/source", small + "evidence:\n  - {id: crm, kind: crm, source: \"\"}\n"},
		{"evidence date with slashes", "/evidence/0/date", small + "evidence:\n  - {id: crm, kind: crm, source: S, date: 2026/03/01}\n"},
		{"impact 7", "/improvements/0/impact", withImprovement("impact: 7\neffort: 1")},
		{"impact 0", "/improvements/0/impact", withImprovement("impact: 0\neffort: 1")},
		{"impact as word", "/improvements/0/impact", withImprovement("impact: high\neffort: 1")},
		{"improvement without effort", "/improvements/0", withImprovement("impact: 3")},
		{"status unknown", "/improvements/0/status", withImprovement("impact: 3\neffort: 1\nstatus: closed")},
		{"due with one-digit month", "/improvements/0/due", withImprovement("impact: 3\neffort: 1\ndue: 2027-1-31")},
		{"improvement touchpoints as text", "/improvements/0/touchpoints", withImprovement("impact: 3\neffort: 1\ntouchpoints: form")},
		{"extra key in improvement", "/improvements/0", withImprovement("impact: 3\neffort: 1\npriority: high")},
	}
	for _, c := range valid {
		t.Run(c.name, func(t *testing.T) {
			if err := validateYAML(t, s, c.src); err != nil {
				t.Errorf("the schema refuses a valid journey: %v\n%s", err, c.src)
			}
			if _, diags := Parse("case.yaml", []byte(c.src), Options{}); diags.HasErrors() {
				t.Errorf("Parse refuses a valid journey:\n%s\n%s", format(diags), c.src)
			}
		})
	}
	for _, c := range broken {
		t.Run(c.name, func(t *testing.T) {
			err := validateYAML(t, s, c.src)
			if err == nil {
				t.Errorf("the schema accepts a broken journey:\n%s", c.src)
			} else if !strings.Contains(err.Error(), "at '"+c.at+"': ") {
				t.Errorf("the schema refuses it, but not at %q: %v", c.at, err)
			}
			if _, diags := Parse("case.yaml", []byte(c.src), Options{}); !diags.HasErrors() {
				t.Errorf("Parse accepts a broken journey:\n%s", c.src)
			}
		})
	}
}

// TestSchemaLeavesToParse lists what the schema cannot see: checks that
// relate values across the file. The schema accepts these journeys and
// journeymap validate refuses them.
func TestSchemaLeavesToParse(t *testing.T) {
	s := compileSchema(t)
	cases := []struct{ name, src string }{
		{"emotion off the journey's scale", small + "scale: [0, 2]\n"},
		{"scale from high to low", small + "scale: [2, -2]\n"},
		{"duplicate phase id", withPhase("") + "  - {id: request, name: Again, moment: after}\n"},
		{"unknown evidence id", withTouchpoint("evidence: [interviews]")},
		{"channel not in the catalogue", withTouchpoint("channel: store") + "channels:\n  - {id: web, name: Website, kind: online}\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := validateYAML(t, s, c.src); err != nil {
				t.Errorf("the schema refuses it: %v", err)
			}
			if _, diags := Parse("case.yaml", []byte(c.src), Options{}); !diags.HasErrors() {
				t.Errorf("Parse accepts it:\n%s", c.src)
			}
		})
	}
}

// TestSchemaIsStricter lists what the schema refuses and Parse accepts: a
// value YAML reads as a number, a boolean or nothing where text or a list
// belongs. Parse keeps the characters as written; the schema sees the type
// an editor sees and asks for quotes, which every YAML reader agrees on.
func TestSchemaIsStricter(t *testing.T) {
	s := compileSchema(t)
	cases := []struct{ name, src string }{
		{"id as a number", strings.Replace(small, "id: request", "id: 12", 1)},
		{"name as a number", strings.Replace(small, "name: Request a quote", "name: 2026", 1)},
		{"feeling as a boolean", withTouchpoint("feeling: true")},
		{"empty optional text", small + "scenario:\n"},
		{"empty optional list", withTouchpoint("pains:")},
		{"empty optional date", small + "reviewed:\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := validateYAML(t, s, c.src); err == nil {
				t.Errorf("the schema accepts it; move the case to TestSchemaAndParseAgree")
			}
			if _, diags := Parse("case.yaml", []byte(c.src), Options{}); diags.HasErrors() {
				t.Errorf("Parse refuses it:\n%s", format(diags))
			}
		})
	}
}

// everyKeyJourney is a journey that uses every key of the format.
const everyKeyJourney = `title: I request a quote
lang: nl
persona:
  name: Sanne, 34, first home
  about: Expecting her first child.
scenario: Needs a kitchen before the baby arrives.
goals:
  customer: A clear quote.
  business: More orders.
scale: [-3, 3]
reviewed: 2026-09-15
loop: false
channels:
  - {id: web, name: Website, kind: online}
phases:
  - id: request
    name: Request a quote
    moment: before
    scenario: One evening on her phone.
    metrics: [Form conversion 3.1%]
    touchpoints:
      - id: form
        name: Fills in the quote form
        channel: web
        owner: E-commerce
        emotion: -3
        ideal: 3
        feeling: irritated
        thinks: "Why now?"
        pains: [Fourteen fields]
        gains: [Quick]
        evidence: [funnel]
evidence:
  - {id: funnel, kind: analytics, date: 2026-06-30, source: Form funnel}
improvements:
  - id: status-mail
    title: Send a status email
    touchpoints: [form]
    impact: 5
    effort: 2
    owner: Sales lead
    due: 2027-01-31
    status: doing
`

// validateYAML reads src as an editor's YAML language server does, into
// JSON values, and validates it against the schema. YAML that does not
// convert fails the test: the cases are about the schema, not YAML syntax.
func validateYAML(t *testing.T, s *jsonschema.Schema, src string) error {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
		t.Fatalf("not YAML: %v\n%s", err, src)
	}
	v, err := jsonValue(&doc)
	if err != nil {
		t.Fatalf("no JSON value: %v\n%s", err, src)
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("no JSON: %v\n%s", err, src)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return s.Validate(inst)
}

// jsonValue converts a YAML node into the values of encoding/json. Scalars
// are converted by their tag, except that dates stay text (YAML would make
// them a time.Time); merge keys (<<) are applied as the decoder applies them.
func jsonValue(n *yaml.Node) (any, error) {
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil, nil
		}
		return jsonValue(n.Content[0])
	case yaml.AliasNode:
		return jsonValue(n.Alias)
	case yaml.SequenceNode:
		list := make([]any, 0, len(n.Content))
		for _, e := range n.Content {
			v, err := jsonValue(e)
			if err != nil {
				return nil, err
			}
			list = append(list, v)
		}
		return list, nil
	case yaml.MappingNode:
		return jsonObject(n)
	}
	switch n.Tag {
	case "!!null":
		return nil, nil
	case "!!bool", "!!int", "!!float":
		var v any
		err := n.Decode(&v)
		return v, err
	}
	return n.Value, nil // !!str, and !!timestamp kept as written
}

// jsonObject converts a mapping: keys written in it win over merged ones,
// and among merged mappings the first one wins.
func jsonObject(n *yaml.Node) (map[string]any, error) {
	m := map[string]any{}
	var merged []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Tag == "!!merge" {
			merged = append(merged, resolve(v))
			continue
		}
		x, err := jsonValue(v)
		if err != nil {
			return nil, err
		}
		m[k.Value] = x
	}
	for _, src := range merged {
		sources := []*yaml.Node{src}
		if src.Kind == yaml.SequenceNode {
			sources = src.Content
		}
		for _, from := range sources {
			from = resolve(from)
			if from.Kind != yaml.MappingNode {
				return nil, fmt.Errorf("line %d: a merge key takes mappings", from.Line)
			}
			fm, err := jsonObject(from)
			if err != nil {
				return nil, err
			}
			for k, v := range fm {
				if _, ok := m[k]; !ok {
					m[k] = v
				}
			}
		}
	}
	return m, nil
}
