package journey

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestFormatDocCoversEveryKey: docs/format.md has a table row for every key
// of every object, in the section of that object, so that the documentation
// cannot fall behind the decoder.
func TestFormatDocCoversEveryKey(t *testing.T) {
	doc := readDoc(t, "../docs/format.md")
	sections := map[string][]string{
		"journey":     keysOf(journeyFields()),
		"persona":     keysOf(personaFields()),
		"goals":       keysOf(goalsFields()),
		"channel":     keysOf(channelFields()),
		"phase":       keysOf(phaseFields()),
		"touchpoint":  keysOf(touchpointFields()),
		"evidence":    keysOf(evidenceFields()),
		"improvement": keysOf(improvementFields()),
		"owner":       keysOf(ownerFields()),
		"catalogues":  keysOf(catalogueFields()),
	}
	for name, keys := range sections {
		section := sectionOf(doc, name)
		if section == "" {
			t.Errorf("docs/format.md has no section ## %s", name)
			continue
		}
		for _, k := range keys {
			if !strings.Contains(section, "| `"+k+"` |") {
				t.Errorf("docs/format.md, section %s: no row for key %q", name, k)
			}
		}
	}
}

// TestDocExamplesAreValid: every complete journey shown in the README and
// the format documentation validates.
func TestDocExamplesAreValid(t *testing.T) {
	block := regexp.MustCompile("(?s)```yaml\n(.*?)```")
	for _, path := range []string{"../README.md", "../docs/format.md"} {
		found := 0
		for _, m := range block.FindAllStringSubmatch(readDoc(t, path), -1) {
			if !strings.HasPrefix(m[1], "title:") {
				continue // a fragment, not a journey
			}
			found++
			if _, diags := Parse(path, []byte(m[1]), Options{}); len(diags) != 0 {
				t.Errorf("%s: example %d:\n%s", path, found, format(diags))
			}
		}
		if found == 0 {
			t.Errorf("%s: no complete journey found", path)
		}
	}
}

func keysOf[T any](fields []field[T]) []string {
	keys := make([]string, len(fields))
	for i, f := range fields {
		keys[i] = f.key
	}
	return keys
}

// sectionOf returns the text under "## name" up to the next "## ".
func sectionOf(doc, name string) string {
	_, after, ok := strings.Cut(doc, "\n## "+name+"\n")
	if !ok {
		return ""
	}
	section, _, _ := strings.Cut(after, "\n## ")
	return section
}

func readDoc(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
