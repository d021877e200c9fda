package journey

import (
	"fmt"
	"strings"
	"testing"
)

// said is what a reader sees of diags: line:col severity code message, one
// a line.
func said(diags Diagnostics) string {
	var b strings.Builder
	for _, d := range diags {
		fmt.Fprintf(&b, "%d:%d %s %s %s\n", d.Pos.Line, d.Pos.Column, d.Severity, d.Code, d.Message)
	}
	return b.String()
}

// checkSaid parses src and compares every diagnostic, in English and in
// Dutch, with want (nl may be "" to skip Dutch).
func checkSaid(t *testing.T, name, src, en, nl string) {
	t.Helper()
	for _, tc := range []struct {
		lang Lang
		want string
	}{{English, en}, {Dutch, nl}} {
		if tc.want == "" {
			continue
		}
		_, diags := Parse("j.yaml", []byte(src), Options{Lang: tc.lang})
		if got := said(diags); got != tc.want {
			t.Errorf("%s, %s:\ngot\n%swant\n%s", name, tc.lang, got, tc.want)
		}
	}
}

// A character the reader cannot see is named, with its code point, at its
// line and column, wherever it stands; once per character.
func TestHiddenCharacters(t *testing.T) {
	for _, tc := range []struct{ name, src, en, nl string }{
		{"override in a name", with(9, "        name: Sees an \u202ead"),
			"9:23 warning hidden-character U+202E RIGHT-TO-LEFT OVERRIDE reverses the text after it, so that the text can read otherwise than it is stored; the map leaves it out: remove it\n",
			"9:23 warning hidden-character U+202E RIGHT-TO-LEFT OVERRIDE keert de tekst erna om, zodat de tekst anders kan lezen dan hij is opgeslagen; de kaart laat het teken weg: haal het weg\n"},
		{"isolate and its end in a comment", with(9, "        name: Sees an ad  # \u2067note\u2069"),
			"9:29 warning hidden-character U+2067 RIGHT-TO-LEFT ISOLATE changes the direction of the text after it, so that the text can read otherwise than it is stored; the map leaves it out: remove it\n" +
				"9:34 warning hidden-character U+2069 POP DIRECTIONAL ISOLATE ends a change of direction, so that the text can read otherwise than it is stored; the map leaves it out: remove it\n", ""},
		{"zero width space in a key", with(9, "        na\u200bme: Sees an ad"),
			"9:9 error unknown-key unknown key \"na\\u200bme\" in touchpoint; did you mean \"name\"?\n" +
				"9:11 warning hidden-character U+200B ZERO WIDTH SPACE is invisible: texts that look the same can differ; remove it, or write it as \"\\u200B\" in double quotes if it is meant\n",
			"9:9 error unknown-key onbekende sleutel \"na\\u200bme\" in contactmoment; bedoelde je \"name\"?\n" +
				"9:11 warning hidden-character U+200B ZERO WIDTH SPACE is onzichtbaar: teksten die er hetzelfde uitzien kunnen verschillen; haal het weg, of schrijf het als \"\\u200B\" tussen dubbele aanhalingstekens als het zo bedoeld is\n"},
		{"invisible written as an escape is meant", with(9, `        name: "Sees an\u200Bad"`), "", ""},
		{"override written as an escape", with(9, `        name: "Sees an \u202Ead"`),
			"9:24 warning hidden-character U+202E RIGHT-TO-LEFT OVERRIDE reverses the text after it, so that the text can read otherwise than it is stored; the map leaves it out: remove it\n", ""},
		{"a tag character", with(9, "        name: Sees an ad\U000E0061"),
			"9:25 warning hidden-character U+E0061 is an invisible tag character that hides \"a\"; remove it\n",
			"9:25 warning hidden-character U+E0061 is een onzichtbaar tagteken dat \"a\" verbergt; haal het weg\n"},
		{"a flag of tags is an emoji", with(9, "        name: Sees an ad \U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"), "", ""},
		{"a joiner in an emoji and a soft hyphen are text", with(9, "        name: Sees an ad 👩\u200d💻 on\u00adline"), "", ""},
	} {
		checkSaid(t, tc.name, tc.src, tc.en, tc.nl)
	}
}

// Hidden characters are named up to a bound, then counted once.
func TestHiddenCharactersBounded(t *testing.T) {
	_, diags := Parse("j.yaml", []byte(with(9, "        name: Sees an ad"+strings.Repeat("\u200b", 10000))), Options{})
	var hidden Diagnostics
	for _, d := range diags {
		if d.Code == CodeHiddenChar {
			hidden = append(hidden, d)
		}
	}
	if len(hidden) != MaxDiagnostics || hidden[48].Pos != (Pos{9, 73}) || hidden[49].Message != "more hidden characters follow; only the first 49 are named" {
		t.Errorf("%d hidden characters named, the last two %v", len(hidden), hidden[len(hidden)-2:])
	}
}

// A control character written as an escape in double quotes is refused as
// a raw one is, at the escape, however the scalar is written.
func TestEscapedControlCharacters(t *testing.T) {
	for _, tc := range []struct{ name, src, en, nl string }{
		{"raw", with(9, "        name: a\x01b"),
			"9:16 error control-character control character U+0001 is not allowed in a journey\n",
			"9:16 error control-character stuurteken U+0001 is niet toegestaan in een klantreis\n"},
		{"\\x01", with(9, `        name: "a\x01b"`),
			"9:17 error control-character control character U+0001 is not allowed in a journey\n",
			"9:17 error control-character stuurteken U+0001 is niet toegestaan in een klantreis\n"},
		{"\\e and \\r", with(9, `        name: "\e[31mred\r"`),
			"9:16 error control-character control character U+001B is not allowed in a journey\n" +
				"9:25 error control-character control character U+000D is not allowed in a journey\n", ""},
		{"tagged, in a flow mapping", with(9, `        name: !!str "a\u0007"`),
			"9:23 error control-character control character U+0007 is not allowed in a journey\n", ""},
		{"on the second line of the text", with(9, "        name: \"first line", `          then \x7f"`),
			"10:16 error control-character control character U+007F is not allowed in a journey\n", ""},
		{"escaped quote and backslash before it", with(9, `        name: "say \"hi\" \\ \N"`),
			"9:30 error control-character control character U+0085 is not allowed in a journey\n", ""},
		{"a noncharacter", with(9, `        name: "a\uFFFE"`),
			"9:17 error control-character U+FFFE is not a character for text and is not allowed in a journey\n", ""},
		{"tab and line feed are text", with(9, `        name: "a\tb\nc"`), "", ""},
	} {
		checkSaid(t, tc.name, tc.src, tc.en, tc.nl)
	}
}

// A Cyrillic or Greek letter that poses as a Latin one is named, in a key,
// an id, a reference and a value of the format.
func TestLookAlikeLetters(t *testing.T) {
	for _, tc := range []struct{ name, src, en, nl string }{
		{"key", with(1, "tіtle: I request a quote"),
			"1:1 error unknown-key unknown key \"tіtle\" in the journey; it has a Cyrillic і (U+0456) where the Latin i looks the same; did you mean \"title\"?\n",
			"1:1 error unknown-key onbekende sleutel \"tіtle\" in de klantreis; er staat een Cyrillische і (U+0456) in die eruitziet als de Latijnse i; bedoelde je \"title\"?\n"},
		{"key with a Greek letter, misspelt too", with(9, "        nαm: Sees an ad"),
			"9:9 error unknown-key unknown key \"nαm\" in touchpoint; it has a Greek α (U+03B1) where the Latin a looks the same; did you mean \"name\"?\n", ""},
		{"id", with(8, "      - id: аd"),
			"8:13 error bad-id touchpoint id \"аd\" is not a slug: it has a Cyrillic а (U+0430) where the Latin a looks the same; did you mean \"ad\"?\n",
			"8:13 error bad-id id van contactmoment \"аd\" is geen slug: er staat een Cyrillische а (U+0430) in die eruitziet als de Latijnse a; bedoelde je \"ad\"?\n"},
		{"reference", with(12, "improvements:", "  - {id: fix, title: Fix, owner: O, due: 2027-01-01, impact: 3, effort: 2, touchpoints: [аd]}"),
			"13:90 error bad-id touchpoints item \"аd\" is not a slug: it has a Cyrillic а (U+0430) where the Latin a looks the same; did you mean \"ad\"?\n", ""},
		{"value of the format", with(6, "    moment: bеfore"),
			"6:13 error bad-value moment must be one of before, during, after; found the text \"bеfore\"; it has a Cyrillic е (U+0435) where the Latin e looks the same; did you mean \"before\"?\n", ""},
	} {
		checkSaid(t, tc.name, tc.src, tc.en, tc.nl)
	}
}

// A suggested id is free: not the id of another item of its kind, and not
// suggested for another.
func TestSuggestedIDsDoNotClash(t *testing.T) {
	src := lines("title: T", "persona: P", "phases:",
		"  - {id: Aware, name: A, touchpoints: [{id: ad, name: Ad, emotion: 0, owner: O}]}",
		"  - {id: aware, name: B, touchpoints: [{id: Ad 2, name: Ad, emotion: 0, owner: O}]}",
		"  - {id: AWARE, name: C, touchpoints: [{id: Ad, name: Ad, emotion: 0, owner: O}]}")
	checkSaid(t, "clashes", src,
		"4:10 error bad-id phase id \"Aware\" is not a slug: use lowercase letters, digits and single - or _ between them, such as \"aware-2\"\n"+
			"5:45 error bad-id touchpoint id \"Ad 2\" is not a slug: use lowercase letters, digits and single - or _ between them, such as \"ad-2\"\n"+
			"6:10 error bad-id phase id \"AWARE\" is not a slug: use lowercase letters, digits and single - or _ between them, such as \"aware-3\"\n"+
			"6:45 error bad-id touchpoint id \"Ad\" is not a slug: use lowercase letters, digits and single - or _ between them, such as \"ad-3\"\n", "")
}

// Under a misspelt key, the value is checked as the value of the key it
// was meant to be: one run reports the problems inside it, and what it
// names is known to the rest of the file.
func TestMisspeltKeyIsChecked(t *testing.T) {
	src := lines("title: T", "persona: P", "phases:",
		"  - id: aware",
		"    name: Awareness",
		"    touchpionts:",
		"      - {id: ad, name: Sees an ad, emotion: 9, owner: O}",
		"improvements:",
		"  - {id: fix, title: Fix, owner: O, due: 2027-01-01, impact: 3, effort: 2, touchpoints: [ad]}")
	checkSaid(t, "touchpionts", src,
		"6:5 error unknown-key unknown key \"touchpionts\" in phase; did you mean \"touchpoints\"?\n"+
			"7:45 error out-of-scale emotion 9 is outside the scale [-2, 2]\n", "")
	// The key meant is written too: the misspelt one is not read as it.
	src = lines("title: T", "persona: P", "phases:",
		"  - id: aware",
		"    name: Awareness",
		"    nmae: [not, text]",
		"    touchpoints: [{id: ad, name: Sees an ad, emotion: 0, owner: O}]")
	checkSaid(t, "nmae beside name", src,
		"6:5 error unknown-key unknown key \"nmae\" in phase; did you mean \"name\"?\n", "")
}

// Ids that an alias repeats are reported at the alias, once for the whole
// block; a block written out twice is reported at each id.
func TestAliasDuplicates(t *testing.T) {
	src := lines("title: T", "persona: P", "phases:",
		"  - &first",
		"    id: aware",
		"    name: Awareness",
		"    touchpoints:",
		"      - {id: ad, name: Sees an ad, emotion: 0, owner: O}",
		"      - {id: post, name: Reads a post, emotion: 1, owner: O}",
		"  - *first",
		"  - *first")
	checkSaid(t, "aliased phase", src,
		"10:5 error duplicate-id alias *first repeats the phase \"aware\" of line 5 with its ids, which must be unique; write it out with ids of its own\n"+
			"11:5 error duplicate-id alias *first repeats the phase \"aware\" of line 5 with its ids, which must be unique; write it out with ids of its own\n",
		"10:5 error duplicate-id alias *first herhaalt fase \"aware\" van regel 5 met de ids erin, die uniek moeten zijn; schrijf het uit met eigen ids\n"+
			"11:5 error duplicate-id alias *first herhaalt fase \"aware\" van regel 5 met de ids erin, die uniek moeten zijn; schrijf het uit met eigen ids\n")
	src = lines("title: T", "persona: P", "phases:",
		"  - id: aware",
		"    name: Awareness",
		"    touchpoints:",
		"      - &ad {id: ad, name: Sees an ad, emotion: 0, owner: O}",
		"      - <<: *ad",
		"        name: Sees it again")
	checkSaid(t, "merged touchpoint", src,
		"8:13 error duplicate-id alias *ad repeats the touchpoint \"ad\" of line 7 with its ids, which must be unique; write it out with ids of its own\n", "")
}

// A competitor's journey, marked in the file or read as one, is not asked
// for owners, evidence and improvements; the rules about the journey
// itself still apply.
func TestCompetitor(t *testing.T) {
	src := lines("title: T", "persona: P", "phases:",
		"  - id: a",
		"    name: A",
		"    touchpoints:",
		"      - {id: x, name: X, emotion: 1}",
		"      - {id: y, name: Y, emotion: -1, pains: [Slow]}",
		"  - {id: b, name: B}")
	_, diags := Parse("j.yaml", []byte(src), Options{})
	if got := said(diags); !strings.Contains(got, "no owner") || !strings.Contains(got, "no improvement") {
		t.Errorf("our own journey is not asked for owners and improvements:\n%s", got)
	}
	for name, tc := range map[string]struct {
		src  string
		opts Options
	}{
		"marked":   {strings.Replace(src, "persona: P", "persona: P\ncompetitor: true", 1), Options{Strict: true}},
		"compared": {src, Options{Strict: true, Competitor: true}},
	} {
		_, diags := Parse("j.yaml", []byte(tc.src), tc.opts)
		got := said(diags)
		for _, code := range []Code{CodeTouchpointNoOwner, CodePainUnaddressed, CodeNoEvidence} {
			if strings.Contains(got, string(code)) {
				t.Errorf("%s: %s for a competitor:\n%s", name, code, got)
			}
		}
		for _, code := range []Code{CodePhaseEmpty, CodeEndsLow, CodeNoReview} {
			if !strings.Contains(got, " "+string(code)+" ") {
				t.Errorf("%s: no %s:\n%s", name, code, got)
			}
		}
	}
}
