package journey

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestTraps: YAML that parses into something else than its writer meant
// is said as such, once, at the character that makes it so.
func TestTraps(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // listed(diags), English
	}{
		{"a comma in a {…} mapping", with(12, "      - {id: form, name: Gets one offer, can skip it, emotion: 1, owner: Sales}"),
			[]string{`12:40 error syntax: YAML syntax: a comma inside {…} separates keys, so "can skip it" is read as a key; put the text with its comma in quotes`}},
		{"a comma before a word", with(12, "      - {id: form, name: Offer, cheap, emotion: 1, owner: Sales}"),
			[]string{`12:31 error syntax: YAML syntax: a comma inside {…} separates keys, so "cheap" is read as a key; put the text with its comma in quotes`}},
		{"': ' in a list item", with(12, "        pains:", "          - Waits: two weeks", "          - Slow"),
			[]string{`13:18 error wrong-type: a ': ' in an item of pains makes the item a mapping, not text; put the item in quotes`}},
		{"': ' in an item of a [..] list", with(12, "        gains: [Fast, Price: fair]"),
			[]string{`12:28 error wrong-type: a ': ' in an item of gains makes the item a mapping, not text; put the item in quotes`}},
		{"' #' in text", with(9, "        name: Sees ad #2"),
			[]string{`9:23 warning hash-comment: the rest of the line after ' #' is a comment, so "#2" is left out; quote the text to keep it`}},
		{"a hashtag", with(12, "        thinks: Finally #zucht #weekend"),
			[]string{`12:25 warning hash-comment: the rest of the line after ' #' is a comment, so "#zucht #weekend" is left out; quote the text to keep it`}},
		{"' #' in a list item", with(12, "        gains:", "          - Ticket #404 answered"),
			[]string{`13:20 warning hash-comment: the rest of the line after ' #' is a comment, so "#404 answered" is left out; quote the text to keep it`}},
		{"' #' at the end of text over two lines", with(12, "        thinks: Is this the", "          right one #hm"),
			[]string{`13:21 warning hash-comment: the rest of the line after ' #' is a comment, so "#hm" is left out; quote the text to keep it`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := Parse("j.yaml", []byte(tt.src), Options{})
			if got := listed(diags); !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestNoTrap: what looks like a trap and is none gives nothing.
func TestNoTrap(t *testing.T) {
	tests := map[string]string{
		"an ordinary comment":                   with(9, "        name: Sees an ad  # what happens"),
		"a comment after a key":                 with(7, "    touchpoints: #todo"),
		"a comment after a [..] list":           with(12, "        pains: [Slow] #2"),
		"a quoted hash":                         with(9, `        name: "Sees ad #2"`),
		"a comment after a quote":               with(9, `        name: "Sees an ad" #2`),
		"a hash in block text":                  with(12, "        thinks: |", "          Ticket #404", "          and #zucht"),
		"a comment after a block's indicator":   with(12, "        thinks: | #why", "          Hm"),
		"no space before the hash":              with(9, "        name: Learns C# and a#b"),
		"a hash alone":                          with(9, "        name: Sees an ad #"),
		"a comment of two hashes":               with(9, "        name: Sees an ad ##2"),
		"a number with a comment":               with(10, "        emotion: 1 #2"),
		"a comma in a quoted {…} value":         with(12, `      - {id: form, name: "Gets one offer, can skip it", emotion: 1, owner: Sales}`),
		"a key of the mapping without a value":  with(12, "      - {id: form, name: Form, emotion: 1, owner}"),
		"a comma in a [..] list":                with(12, "        pains: [Gets one offer, can skip it]"),
		"a quoted list item":                    with(12, "        pains:", `          - "Waits: two weeks"`),
		"': ' in an item of a list of mappings": with(12, "      - id: form", "        name: Form", "        emotion: 0", "        owner: Sales"),
		"an x- key":                             with(12, "x-notes: {a: 1, b}"),
	}
	traps := []Code{CodeHashComment, CodeSyntax, CodeWrongType, CodeUnknownKey}
	for name, src := range tests {
		_, diags := Parse("j.yaml", []byte(src), Options{})
		for _, d := range diags {
			if slices.Contains(traps, d.Code) {
				t.Errorf("%s: %s", name, d)
			}
		}
	}
}

// TestNoTrapInShippedJourneys: the starters and the examples, which are
// full of comments, give no trap.
func TestNoTrapInShippedJourneys(t *testing.T) {
	starters, _ := filepath.Glob("../cmd/journeymap/starters/*.yaml")
	examples, _ := filepath.Glob("../examples/*.yaml")
	if len(starters) == 0 || len(examples) == 0 {
		t.Fatal("no starters or examples found")
	}
	for _, path := range append(starters, examples...) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		_, diags := Parse(path, src, Options{})
		for _, d := range diags {
			if d.Code == CodeHashComment || d.Code == CodeSyntax {
				t.Errorf("%s", d)
			}
		}
	}
}
