package interop

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// validYAML writes an imported journey as YAML and parses it back: an
// import that does not validate is a bug.
func validYAML(t *testing.T, im *Imported) *journey.Journey {
	t.Helper()
	var buf bytes.Buffer
	if err := YAML(&buf, im); err != nil {
		t.Fatal(err)
	}
	j, diags := journey.Parse("imported.yaml", buf.Bytes(), journey.Options{})
	if diags.HasErrors() {
		t.Fatalf("the imported journey does not validate:\n%s\n%s", diags, buf.String())
	}
	var again bytes.Buffer
	if err := YAML(&again, im); err != nil || !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Fatalf("YAML is not the same twice")
	}
	return j
}

// touchpointsOf says every touchpoint of j, with its phase, as say does,
// separated by commas.
func touchpointsOf(j *journey.Journey, say func(journey.Phase, journey.Touchpoint) string) string {
	var all []string
	for _, p := range j.Phases {
		for _, tp := range p.Touchpoints {
			all = append(all, say(p, tp))
		}
	}
	return strings.Join(all, ", ")
}

func lines(diags journey.Diagnostics) string {
	var b strings.Builder
	for _, d := range diags {
		b.WriteString(d.String() + "\n")
	}
	return b.String()
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestMermaidFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/mermaid/*")
	if len(files) < 4 {
		t.Fatalf("found %d fixtures", len(files))
	}
	for _, f := range files {
		src, _ := os.ReadFile(f)
		im, diags := Mermaid(filepath.Base(f), src, MermaidOptions{Title: "fallback", Block: 1}, vocab.English)
		if im == nil {
			t.Errorf("%s:\n%s", f, lines(diags))
			continue
		}
		validYAML(t, im)
		im2, _ := Mermaid(filepath.Base(f), src, MermaidOptions{Title: "fallback", Block: 1, Moments: true}, vocab.English)
		if j := validYAML(t, im2); !j.HasMoments() {
			t.Errorf("%s: --moments gave no moments", f)
		}
	}
}

func TestMermaidUntidy(t *testing.T) {
	im, diags := Mermaid("untidy.mmd", readFixture(t, "mermaid/untidy.mmd"), MermaidOptions{}, vocab.English)
	if im == nil {
		t.Fatal(lines(diags))
	}
	j := validYAML(t, im)
	var got []string
	for _, p := range j.Phases {
		var tps []string
		for _, tp := range p.Touchpoints {
			tps = append(tps, tp.Name+"="+string(rune('0'+tp.Emotion))+"/"+tp.Owner)
		}
		got = append(got, p.ID+"("+strings.Join(tps, ", ")+")")
	}
	want := "cancelling-a-subscription(Looks for the button=2/), phone-call(Waits on hold=1/, Talks to an agent=3/Agent), confirmation(Gets an e-mail=4/), phone-call-2(Calls again=2/Agent)"
	if s := strings.Join(got, ", "); s != want {
		t.Errorf("got  %s\nwant %s", s, want)
	}
	if j.Phases[1].Name != "Phone\ncall" || j.Scenario != "Everything a customer goes through to cancel" || j.Title != "Cancelling a subscription" {
		t.Errorf("names: %q, %q, %q", j.Phases[1].Name, j.Scenario, j.Title)
	}
	if a := im.Actors["talks-to-an-agent"]; len(a) != 1 || a[0] != "Supervisor" {
		t.Errorf("actors: %q", a)
	}
	if j.Scale.String() != "[1, 5]" || j.HasMoments() {
		t.Errorf("scale %v, moments %v", j.Scale, j.HasMoments())
	}
}

// TestMermaidKeptGoesBack: the accTitle and the actors an import keeps
// under x- keys go back into an exported diagram.
func TestMermaidKeptGoesBack(t *testing.T) {
	im, diags := Mermaid("day.mmd", readFixture(t, "mermaid/frontmatter.mmd"), MermaidOptions{}, vocab.English)
	if im == nil {
		t.Fatal(lines(diags))
	}
	var y bytes.Buffer
	if err := YAML(&y, im); err != nil {
		t.Fatal(err)
	}
	j := validYAML(t, im)
	opts := Kept(y.Bytes())
	var out bytes.Buffer
	if _, err := MermaidDiagram(&out, j, opts, vocab.English); err != nil {
		t.Fatal(err)
	}
	back, diags := Mermaid("back.mmd", out.Bytes(), MermaidOptions{}, vocab.English)
	if back == nil {
		t.Fatal(lines(diags))
	}
	if back.AccTitle != "Day" || strings.Join(back.Actors["do-work"], ",") != "Cat" {
		t.Errorf("accTitle %q, actors %q:\n%s", back.AccTitle, back.Actors, out.String())
	}
}

func TestMermaidFrontMatterAndDescription(t *testing.T) {
	im, diags := Mermaid("day.mmd", readFixture(t, "mermaid/frontmatter.mmd"), MermaidOptions{}, vocab.English)
	if im == nil {
		t.Fatal(lines(diags))
	}
	j := validYAML(t, im)
	if j.Title != "My working day" || im.AccTitle != "Day" || j.Scenario != "A day at\nthe office" {
		t.Errorf("title %q, accTitle %q, scenario %q", j.Title, im.AccTitle, j.Scenario)
	}
	if len(j.Phases) != 3 || j.Phases[2].ID != "go-to-work-2" {
		t.Errorf("a section repeated later is a phase of its own: %+v", j.Phases)
	}
}

// TestMermaidOddInput reads diagrams as people write them: a score with
// a decimal point that is still whole (Mermaid reads 5.0 as 5), tabs in
// names and titles (read as spaces), Windows line ends, tasks before any
// section with the title given after them, emoji.
func TestMermaidOddInput(t *testing.T) {
	src := "journey\r\n  Early:\t5.0\r\n  title Later\ttitle\r\n  section A\r\n\tTask\tone  :  4 : Me ,\tYou\r\n    🎉 Party: 5: 🐱\r\n"
	im, diags := Mermaid("odd.mmd", []byte(src), MermaidOptions{Title: "odd"}, vocab.English)
	if im == nil {
		t.Fatal(lines(diags))
	}
	j := validYAML(t, im)
	got := touchpointsOf(j, func(p journey.Phase, tp journey.Touchpoint) string {
		return p.ID + "/" + p.Name + "/" + tp.ID + "/" + tp.Name + "/" + tp.Owner + "/" + strconv.Itoa(tp.Emotion)
	})
	want := "later-title/Later title/early/Early//5, a/A/task-one/Task one/Me/4, a/A/party/🎉 Party/🐱/5"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if j.Title != "Later title" {
		t.Errorf("title %q", j.Title)
	}
}

// TestYAMLQuotesOldBooleans: a name YAML 1.1 reads as a boolean or a
// number (yes, on, N, 1:20) is quoted, so that no reader of YAML 1.1
// (PyYAML, say) takes it for anything but text.
func TestYAMLQuotesOldBooleans(t *testing.T) {
	im, diags := CSV("b.csv", []byte("phase,touchpoint,emotion,owner\nyes,On,1,N\nno,1:20,2,off\n"), SheetOptions{Title: "Y"}, vocab.English)
	if im == nil {
		t.Fatal(lines(diags))
	}
	validYAML(t, im)
	var out bytes.Buffer
	if err := YAML(&out, im); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`title: "Y"`, `name: "yes"`, `name: "On"`, `owner: "N"`, `name: "no"`, `name: "1:20"`, `owner: "off"`} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("no %s in\n%s", s, out.String())
		}
	}
}

// TestYAMLKeepsEmoji: characters beyond U+FFFF (emoji, some CJK) are
// written as they are, not as \U escapes no one can read, in plain,
// quoted and block scalars alike, and read back the same; the private use
// characters the writer swaps them for meanwhile are kept too.
func TestYAMLKeepsEmoji(t *testing.T) {
	src := "---\ntitle: 🚀 Launch\n---\njourney\n  accDescr {\n    We 💙 you\n    second line\n  }\n  section 🎉 Party\n    Eats 🍰: 5: 🐱, 𠀋\n    yes 🍰: 4: \uE000 private\n"
	im, diags := Mermaid("e.mmd", []byte(src), MermaidOptions{}, vocab.English)
	if im == nil {
		t.Fatal(lines(diags))
	}
	j := validYAML(t, im)
	var out bytes.Buffer
	if err := YAML(&out, im); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"\ntitle: 🚀 Launch\n", "\n    name: 🎉 Party\n", "\n        owner: 🐱\n", "\n        x-actors: [𠀋]\n", "  We 💙 you\n"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("the YAML does not hold %q as it is:\n%s", s, out.String())
		}
	}
	if strings.Contains(out.String(), `\U`) {
		t.Errorf("an escape:\n%s", out.String())
	}
	tps := j.Touchpoints()
	if j.Title != "🚀 Launch" || j.Scenario != "We 💙 you\nsecond line" || tps[0].Name != "Eats 🍰" || tps[1].Owner != "\uE000 private" || tps[1].Name != "yes 🍰" {
		t.Errorf("read back: %q %q %+v", j.Title, j.Scenario, tps)
	}
	var diagram bytes.Buffer
	if _, err := MermaidDiagram(&diagram, j, MermaidExportOptions{}, vocab.English); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(diagram.String(), "---\ntitle: 🚀 Launch\n---\n") {
		t.Errorf("the diagram's front matter:\n%s", diagram.String())
	}
}

func TestMermaidErrors(t *testing.T) {
	tests := []struct {
		name, src string
		block     int
		en, nl    string
	}{
		{"no header", "section A\n  x: 3\n", 0,
			"f.mmd:1:1: error: no journey diagram: a Mermaid journey starts with the line journey\n",
			"f.mmd:1:1: error: geen journey-diagram: een Mermaid-journey begint met de regel journey\n"},
		{"scores", "journey\n  section A\n    Tea: 6: Me\n    Go: x: Me\n    Rest: : Me\n    Nap: 2.5\n    Zero: 0\n", 0,
			"f.mmd:3:10: error: the score of task \"Tea\" is 6; Mermaid's scores go from 1 to 5\n" +
				"f.mmd:4:9: error: the score of task \"Go\" must be a whole number from 1 to 5; found \"x\"\n" +
				"f.mmd:5:11: error: task \"Rest\" has no score; write Name: 1..5: actors\n" +
				"f.mmd:6:10: error: the score of task \"Nap\" must be a whole number from 1 to 5; found \"2.5\"\n" +
				"f.mmd:7:11: error: the score of task \"Zero\" is 0; Mermaid's scores go from 1 to 5\n",
			"f.mmd:3:10: error: de score van taak \"Tea\" is 6; de scores van Mermaid gaan van 1 tot 5\n" +
				"f.mmd:4:9: error: de score van taak \"Go\" moet een geheel getal van 1 tot 5 zijn; gevonden: \"x\"\n" +
				"f.mmd:5:11: error: taak \"Rest\" heeft geen score; schrijf Naam: 1..5: actoren\n" +
				"f.mmd:6:10: error: de score van taak \"Nap\" moet een geheel getal van 1 tot 5 zijn; gevonden: \"2.5\"\n" +
				"f.mmd:7:11: error: de score van taak \"Zero\" is 0; de scores van Mermaid gaan van 1 tot 5\n"},
		{"unknown statements", "journey\n  title T\n  section A\n    Sit\n    x: 3; y: 4\n  flowchart LR\n", 0,
			"f.mmd:4:5: error: unknown statement \"Sit\"; expected title, accTitle, accDescr, section or a task Name: 1..5: actors\n" +
				"f.mmd:5:9: error: unknown statement \"; y: 4\"; expected title, accTitle, accDescr, section or a task Name: 1..5: actors\n" +
				"f.mmd:6:3: error: unknown statement \"flowchart LR\"; expected title, accTitle, accDescr, section or a task Name: 1..5: actors\n",
			""},
		{"no header after comments", "%% a comment\n\nflowchart LR\n  a --> b\n", 0,
			"f.mmd:3:1: error: no journey diagram: a Mermaid journey starts with the line journey\n", ""},
		{"front matter that is no YAML", "---\ntitle: Quote: a request\n---\njourney\n  section A\n    x: 1\n", 0,
			"f.mmd:2:1: error: the front matter is not YAML (mapping values are not allowed in this context); write title: Name between the --- lines, in quotes when it holds \": \" or \" #\"\n",
			"f.mmd:2:1: error: de front matter is geen YAML (mapping values are not allowed in this context); schrijf title: Naam tussen de ---regels, tussen aanhalingstekens als die \": \" of \" #\" bevat\n"},
		{"front matter title that is no text", "---\nconfig:\n  theme: dark\ntitle:\n  - a\n---\njourney\n  section A\n    x: 1\n", 0,
			"f.mmd:5:1: error: the front matter is not YAML (cannot unmarshal !!seq into string); write title: Name between the --- lines, in quotes when it holds \": \" or \" #\"\n", ""},
		{"long title at its line", "journey\n  section A\n    x: 1\n  title " + strings.Repeat("t", 201) + "\n", 0,
			"f.mmd:4:3: error: title is 201 characters long; the limit is 200\n", ""},
		{"open description", "journey\n  accDescr {\n  never closed\n", 0,
			"f.mmd:2:3: error: accDescr { is never closed with }\n", ""},
		{"names that are blank", "journey\n  section <br>\n    <br> : 3\n  section \t \n", 0,
			"f.mmd:2:3: error: the section has no name; write section Name\n" +
				"f.mmd:3:5: error: the task has no name; write Name: 1..5: actors\n" +
				"f.mmd:4:3: error: the section has no name; write section Name\n",
			"f.mmd:2:3: error: de sectie heeft geen naam; schrijf section Naam\n" +
				"f.mmd:3:5: error: de taak heeft geen naam; schrijf Naam: 1..5: actoren\n" +
				"f.mmd:4:3: error: de sectie heeft geen naam; schrijf section Naam\n"},
		{"no tasks", "journey\n  title Empty\n", 0,
			"f.mmd:1:1: error: the diagram has no sections and no tasks; add section Name and tasks Name: 1..5: actors\n", ""},
		{"markdown lines", "# Doc\n\n```mermaid\njourney\n  section A\n    Tea: 9\n```\n", 0,
			"f.md:6:10: error: the score of task \"Tea\" is 9; Mermaid's scores go from 1 to 5\n", ""},
		{"no such block", "```mermaid\njourney\n section A\n  x: 1\n```\n", 3,
			"f.md: error: --block 3: the file has 1 mermaid journey blocks\n", ""},
	}
	for _, tt := range tests {
		file := "f.mmd"
		if strings.HasPrefix(tt.en, "f.md") {
			file = "f.md"
		}
		for _, l := range []struct {
			lang vocab.Lang
			want string
		}{{vocab.English, tt.en}, {vocab.Dutch, tt.nl}} {
			if l.want == "" {
				continue
			}
			im, diags := Mermaid(file, []byte(tt.src), MermaidOptions{Block: tt.block}, l.lang)
			if im != nil {
				t.Errorf("%s: imported despite errors", tt.name)
			}
			if got := lines(diags); got != l.want {
				t.Errorf("%s, %s:\ngot\n%swant\n%s", tt.name, l.lang, got, l.want)
			}
		}
	}
}

func TestDutchCSV(t *testing.T) {
	im, diags := CSV("dutch.csv", readFixture(t, "sheet/dutch.csv"), SheetOptions{Title: "dutch"}, vocab.Dutch)
	if im == nil {
		t.Fatal(lines(diags))
	}
	want := "dutch.csv:1: warning: onbekende kolom \"opmerking\", niet geïmporteerd\n" +
		"dutch.csv:2: warning: bewijs \"interviews\" wordt niet beschreven in het bestand; toegevoegd met kind: other, aan te vullen\n" +
		"dutch.csv:3: warning: bewijs \"analytics\" wordt niet beschreven in het bestand; toegevoegd met kind: other, aan te vullen\n"
	if got := lines(diags); got != want {
		t.Errorf("got\n%swant\n%s", got, want)
	}
	j := validYAML(t, im)
	if j.Lang != vocab.Dutch || j.Title != "dutch" || j.Scale.String() != "[-2, 2]" {
		t.Errorf("lang %s, title %q, scale %v", j.Lang, j.Title, j.Scale)
	}
	if len(j.Phases) != 3 || len(j.Phases[0].Touchpoints) != 2 || j.Phases[0].Touchpoints[1].Name != "Leest reviews" {
		t.Errorf("rows of one phase that are not adjacent go together, in row order: %+v", j.Phases)
	}
	form := j.Phases[1].Touchpoints[0]
	if form.Name != "Vult het formulier in; met vragen" || strings.Join(form.Pains, "|") != "Te veel velden|Geen voortgang" || form.Emotion != -1 || j.Phases[1].Moment != journey.During {
		t.Errorf("form: %+v", form)
	}
	if p := j.Phases[2].Touchpoints[0].Pains; strings.Join(p, "|") != "Te laat|Te kort" {
		t.Errorf("pains separated by ' | ': %q", p)
	}
}

// Dutch Excel writes a number cell with decimals as 2,0; a whole number so
// written is read as 2, and 3,5 is still no whole number.
func TestCSVDecimalComma(t *testing.T) {
	src := "fase;contactmoment;emotie;ideaal\r\nA;b;2,0;3,00\r\nA;c;3,5;1\r\n"
	_, diags := CSV("c.csv", []byte(src), SheetOptions{Title: "c"}, vocab.Dutch)
	if got, want := lines(diags), "c.csv:3: error: emotie \"3,5\" is geen geheel getal\n"; got != want {
		t.Errorf("got\n%swant\n%s", got, want)
	}
	im, diags := CSV("c.csv", []byte(strings.Replace(src, "3,5", "-2,0", 1)), SheetOptions{Title: "c"}, vocab.Dutch)
	if im == nil {
		t.Fatal(lines(diags))
	}
	j := validYAML(t, im)
	b, c := j.Phases[0].Touchpoints[0], j.Phases[0].Touchpoints[1]
	if b.Emotion != 2 || b.Ideal == nil || *b.Ideal != 3 || c.Emotion != -2 {
		t.Errorf("emotions %d, %v, %d", b.Emotion, b.Ideal, c.Emotion)
	}
}

// A sheet with a column per persona does not import the plain emotion,
// ideal and feeling columns; it says so, and does not read their values.
func TestCSVPlainColumnsBesidePersonas(t *testing.T) {
	src := "fase;contactmoment;emotie;emotie:sanne;gevoel\r\nA;b;2;1;blij\r\nA;c;zes;1;moe\r\n"
	im, diags := CSV("c.csv", []byte(src), SheetOptions{Title: "c"}, vocab.Dutch)
	want := "c.csv:1: warning: kolom \"emotie\" wordt niet geïmporteerd: met een kolom per persona, zoals \"emotie:sanne\", krijgt elke persona haar eigen kolommen\n" +
		"c.csv:1: warning: kolom \"gevoel\" wordt niet geïmporteerd: met een kolom per persona, zoals \"emotie:sanne\", krijgt elke persona haar eigen kolommen\n"
	if got := lines(diags); got != want {
		t.Errorf("got\n%swant\n%s", got, want)
	}
	if im == nil {
		t.Fatal("no journey")
	}
}

func TestEnglishCSVWithFormulas(t *testing.T) {
	im, diags := CSV("english.csv", readFixture(t, "sheet/english.csv"), SheetOptions{Title: "english"}, vocab.English)
	if im == nil {
		t.Fatal(lines(diags))
	}
	j := validYAML(t, im)
	if j.Lang != vocab.English || j.Scale.String() != "[1, 5]" {
		t.Errorf("lang %s, scale %v", j.Lang, j.Scale)
	}
	tp := j.Phases[0].Touchpoints[1]
	if tp.Name != `=HYPERLINK("http://evil","click")` || tp.Owner != "@Sales" || tp.Pains[0] != "-2 price" || tp.ID != "hyperlink-http-evil-click" {
		t.Errorf("a formula is text, a guard is taken off: %+v", tp)
	}
	if j.Phases[0].ID != "aware" || j.Phases[1].ID != "buy" || j.Phases[1].Touchpoints[0].ID != "sign" {
		t.Errorf("ids from the file: %+v", j.Phases)
	}
	var out bytes.Buffer
	if err := WriteCSV(&out, j, CSVOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`'=HYPERLINK(""http://evil"",""click"")`, "'@Sales", "'-2 price"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("the export does not guard %s:\n%s", s, out.String())
		}
	}
}

func TestCSVErrors(t *testing.T) {
	for _, l := range []struct {
		lang vocab.Lang
		want string
	}{
		{vocab.English, "errors.csv:2: error: emotion \"zes\" is not a whole number\n" +
			"errors.csv:3: error: touchpoint is empty\n" +
			"errors.csv:4: error: phase is empty\n" +
			"errors.csv:5: error: moment \"later\" must be before, during or after (voor, tijdens, na), or empty\n" +
			"errors.csv:6: error: the row has 5 fields and the header 4; is a separator or a quote missing?\n" +
			"errors.csv:7: error: emotion \"2.5\" is not a whole number\n"},
		{vocab.Dutch, "errors.csv:2: error: emotion \"zes\" is geen geheel getal\n" +
			"errors.csv:3: error: touchpoint is leeg\n" +
			"errors.csv:4: error: phase is leeg\n" +
			"errors.csv:5: error: moment \"later\" moet voor, tijdens of na (before, during, after) zijn, of leeg\n" +
			"errors.csv:6: error: de rij heeft 5 velden en de kopregel 4; ontbreekt er een scheidingsteken of aanhalingsteken?\n" +
			"errors.csv:7: error: emotion \"2.5\" is geen geheel getal\n"},
	} {
		// The language given, as --lang gives it: the file's English
		// headers would say them in English.
		im, diags := CSV("errors.csv", readFixture(t, "sheet/errors.csv"), SheetOptions{Lang: l.lang}, l.lang)
		if im != nil {
			t.Error("imported despite errors")
		}
		if got := lines(diags); got != l.want {
			t.Errorf("%s: got\n%swant\n%s", l.lang, got, l.want)
		}
	}
}

func TestCSVColumnsAndRows(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"missing columns", "phase,name\nA,b\n", "c.csv:1: error: no column \"emotion\"; phase, touchpoint and emotion are required\n" +
			"c.csv:1: error: no column \"touchpoint\"; phase, touchpoint and emotion are required\n" +
			"c.csv:1: warning: unknown column \"name\", not imported\n"},
		{"twice", "phase,fase,touchpoint,emotion\nA,A,b,1\n", "c.csv:1: error: column \"fase\" names the same as column \"phase\"; keep one\n"},
		{"multi-line record is one row", "phase,touchpoint,emotion\nA,\"two\nlines\",1\nA,b,x\n", "c.csv:3: error: emotion \"x\" is not a whole number\n"},
		{"empty", "", "c.csv:1: error: no header row; the first row names the columns, such as phase, touchpoint, emotion\n"},
		{"duplicate ids", "phase,touchpoint,id,emotion\nA,b,x,1\nA,c,x,2\n", "c.csv:3: error: duplicate touchpoint id \"x\" (first on row 2)\n"},
		{"outside scale", "phase,touchpoint,emotion\nA,b,11\n", "c.csv:2: error: emotion 11 is outside the scale [-5, 5]\n"},
		{"control character", "phase,touchpoint,emotion\nA,b\x01,1\n", "c.csv:2:4: error: control character U+0001 is not allowed in a journey\n"},
		{"huge cell", "phase,touchpoint,emotion\nA,<script>" + strings.Repeat("x", 3000) + ",1\n", "c.csv:2: error: touchpoint is 3008 characters long; the limit is 200\n"},
		{"bare quote, and the rows after it", "phase,touchpoint,emotion\nA,b\"c,1\nA,d,x\n",
			"c.csv:2: error: a \" in a field that does not start with one; put the field in quotes and double each \" in it, as in \"5\"\" screen\"\n" +
				"c.csv:3: error: emotion \"x\" is not a whole number\n"},
		{"quote never closed", "phase,touchpoint,emotion\nA,b,x\nA,\"c,2\nA,d,3\n",
			"c.csv:2: error: emotion \"x\" is not a whole number\n" +
				"c.csv:3: error: a field in quotes is never closed, or a \" in it is not doubled; write \"\" for each \" in a field in quotes\n"},
		{"bare quote in the header", "pha\"se,touchpoint,emotion\nA,b,1\n",
			"c.csv:1: error: a \" in a field that does not start with one; put the field in quotes and double each \" in it, as in \"5\"\" screen\"\n"},
		{"blank rows of any width", "phase;touchpoint;emotion\r\nA;b;1\r\n;;;;;\r\n;\r\n   \r\n\r\n;;;\r\n", ""},
		{"blank lines are rows", "phase,touchpoint,emotion\nA,b,1\n\nA,\"c\nd\",x\n\n\nA,e,y\n",
			"c.csv:4: error: emotion \"x\" is not a whole number\n" +
				"c.csv:7: error: emotion \"y\" is not a whole number\n"},
	}
	for _, tt := range tests {
		_, diags := CSV("c.csv", []byte(tt.src), SheetOptions{Title: "c"}, vocab.English)
		if got := lines(diags); got != tt.want {
			t.Errorf("%s: got\n%swant\n%s", tt.name, got, tt.want)
		}
	}
}

func TestCSVScale(t *testing.T) {
	for _, tt := range []struct {
		emotions string
		want     journey.Scale
	}{{"1 5", journey.Scale{Min: 1, Max: 5}}, {"0 2", journey.Scale{Min: -2, Max: 2}}, {"-3 1", journey.Scale{Min: -3, Max: 3}}, {"-5 4", journey.Scale{Min: -5, Max: 5}}, {"0 9", journey.Scale{Min: 0, Max: 9}}} {
		src := "phase,touchpoint,emotion\n"
		for _, e := range strings.Fields(tt.emotions) {
			src += "A,t" + e + "," + e + "\n"
		}
		im, diags := CSV("s.csv", []byte(src), SheetOptions{Title: "s"}, vocab.English)
		if im == nil {
			t.Fatal(lines(diags))
		}
		if im.Journey.Scale != tt.want {
			t.Errorf("%s: scale %v, want %v", tt.emotions, im.Journey.Scale, tt.want)
		}
	}
	s := journey.Scale{Min: -2, Max: 2}
	_, diags := CSV("s.csv", []byte("phase,touchpoint,emotion\nA,b,3\n"), SheetOptions{Scale: &s}, vocab.English)
	if got := lines(diags); got != "s.csv:2: error: emotion 3 is outside the scale [-2, 2]\n" {
		t.Errorf("--scale: %s", got)
	}
}

// A spreadsheet with Dutch headers is a Dutch journey: its problems are
// said in Dutch whatever the reader's language, unless the journey's
// language is given; English headers are an English journey's.
func TestSheetProblemsInTheJourneysLanguage(t *testing.T) {
	for _, tc := range []struct {
		src    string
		opts   SheetOptions
		reader vocab.Lang
		want   string
	}{
		{"fase;contactmoment;emotie\nA;b;zes\n", SheetOptions{}, vocab.English, `f.csv:2: error: emotie "zes" is geen geheel getal` + "\n"},
		{"fase;contactmoment;emotie\nA;b;zes\n", SheetOptions{Lang: vocab.English}, vocab.English, `f.csv:2: error: emotie "zes" is not a whole number` + "\n"},
		{"phase;touchpoint;emotion\nA;b;six\n", SheetOptions{}, vocab.Dutch, `f.csv:2: error: emotion "six" is not a whole number` + "\n"},
	} {
		im, diags := CSV("f.csv", []byte(tc.src), tc.opts, tc.reader)
		if im != nil {
			t.Errorf("%q: imported despite errors", tc.src)
		}
		if got := lines(diags); got != tc.want {
			t.Errorf("%q, lang %q, reader %s:\ngot  %swant %s", tc.src, tc.opts.Lang, tc.reader, got, tc.want)
		}
	}
}
