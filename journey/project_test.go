package journey

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// testWords are the words of a project file, as render owns them.
var testWords = ProjectWords{
	Themes:    []string{"light", "dark", "print"},
	Papers:    []string{"a4", "a3", "letter", "slide"},
	PageModes: []string{"fit", "split"},
	MaxScale:  8,
}

// TestProjectSchemaIsStable: the project file's schema is JSON, the same
// bytes on every call, named by its $id, with the keys of the decoder in
// their order.
func TestProjectSchemaIsStable(t *testing.T) {
	a, b := ProjectSchema(testWords), ProjectSchema(testWords)
	if !bytes.Equal(a, b) {
		t.Fatal("ProjectSchema() differs between two calls")
	}
	if !bytes.HasPrefix(a, []byte("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$id\": \""+ProjectSchemaID+"\",\n  \"title\": ")) {
		t.Errorf("ProjectSchema() does not start with $schema, $id and title:\n%.200s", a)
	}
	if !bytes.HasSuffix(a, []byte("}\n")) || bytes.HasSuffix(a, []byte("\n\n")) {
		t.Error("ProjectSchema() does not end in exactly one newline")
	}
	var root struct {
		Properties json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal(a, &root); err != nil {
		t.Fatal(err)
	}
	if got, want := objectKeys(t, root.Properties), keysOf(projectFields(testWords)); !slices.Equal(got, want) {
		t.Errorf("properties are %v, want the order of the fields %v", got, want)
	}
	checkFields(t, "project", projectFields(testWords))
	checkFields(t, "pdf", pdfFields(testWords))
	checkFields(t, "png", pngFields(testWords))
}

// TestProjectSchemaAndParseAgree: what the schema accepts, ParseProject
// accepts without errors, and what the schema refuses for its shape,
// ParseProject refuses too.
func TestProjectSchemaAndParseAgree(t *testing.T) {
	s := compileSchemaOf(t, ProjectSchema(testWords), ProjectSchemaID)
	valid := []string{
		"journeys: [journeys/]\n",
		"journeys: [a.yaml, maps/]\noutputs: [svg, matrix, report, csv, pdf, png]\ntheme: dark\nout: docs/maps/\npdf: {page: a3, pages: split, with-matrix: true}\npng: {scale: 2}\n",
		"journeys: [j/]\nx-note: ours\n",
	}
	for _, src := range valid {
		if err := validateYAML(t, s, src); err != nil {
			t.Errorf("the schema refuses\n%s: %v", src, err)
		}
		if _, diags := ParseProject("p.yaml", []byte(src), testWords, Options{}); diags.HasErrors() {
			t.Errorf("ParseProject refuses\n%s%s", src, format(diags))
		}
	}
	invalid := []string{
		"outputs: [svg]\n",                        // no journeys
		"journeys: []\n",                          // none
		"journeys: [j/]\noutputs: [gif]\n",        // no such output
		"journeys: [j/]\ntheme: sepia\n",          // no such theme
		"journeys: [j/]\njourney: [k/]\n",         // a misspelt key
		"journeys: [j/]\npng: {scale: 9}\n",       // too large
		"journeys: [j/]\npdf: {page: a5}\n",       // no such paper
		"journeys: [j/]\npdf: {with-matrix: 1}\n", // not a boolean
	}
	for _, src := range invalid {
		if err := validateYAML(t, s, src); err == nil {
			t.Errorf("the schema accepts\n%s", src)
		}
		if _, diags := ParseProject("p.yaml", []byte(src), testWords, Options{}); !diags.HasErrors() {
			t.Errorf("ParseProject accepts\n%s", strings.TrimSpace(src))
		}
	}
}
