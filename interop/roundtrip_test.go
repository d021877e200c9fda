package interop

import (
	"archive/zip"
	"bytes"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/xuri/excelize/v2"
)

// examples parses every journey of examples/.
func examples(t testing.TB) map[string]*journey.Journey {
	files, _ := filepath.Glob("../examples/*.yaml")
	if len(files) == 0 {
		t.Fatal("no examples")
	}
	out := map[string]*journey.Journey{}
	for _, f := range files {
		j, diags, _ := journey.ParseFile(f, journey.Options{})
		if j == nil {
			t.Fatalf("%s: %s", f, diags)
		}
		out[filepath.Base(f)] = j
	}
	return out
}

// wordChars are what random names are made of: letters, accents, spaces,
// and every character Mermaid's grammar or a spreadsheet treats apart.
var wordChars = []rune("abcdefghij KLMN éëç:#;,%|'\"=+-@<>{}&\t")

func randomName(r *rand.Rand) string {
	n := 1 + r.IntN(20)
	var b strings.Builder
	b.WriteRune([]rune("abcdefghijKLMNéë=+-@%")[r.IntN(21)])
	for range n {
		b.WriteRune(wordChars[r.IntN(len(wordChars))])
	}
	if r.IntN(10) == 0 {
		b.WriteString("\nsecond line")
	}
	s := strings.TrimSpace(b.String())
	if s == "" {
		s = "x"
	}
	return s
}

// randomJourney makes a valid journey: random phases and touchpoints on
// scale, names of random characters.
func randomJourney(r *rand.Rand, scale journey.Scale) *journey.Journey {
	j := &journey.Journey{Title: randomName(r), Lang: vocab.Langs[r.IntN(2)], Scale: scale, Persona: journey.Persona{Name: "P"}}
	ids := map[string]bool{}
	phaseIDs := map[string]bool{}
	for p := range 1 + r.IntN(6) {
		ph := journey.Phase{Name: randomName(r), ID: uniqueID(fmt.Sprint("p", p), "phase", phaseIDs)}
		if r.IntN(2) == 0 {
			ph.Moment = []journey.Moment{journey.Before, journey.During, journey.After}[min(2, p/2)]
		}
		for range r.IntN(5) {
			tp := journey.Touchpoint{Name: randomName(r), Emotion: scale.Min + r.IntN(scale.Max-scale.Min+1)}
			tp.ID = uniqueID(tp.Name, "touchpoint", ids)
			if r.IntN(2) == 0 {
				tp.Owner = strings.ReplaceAll(randomName(r), "\n", " ")
			}
			if r.IntN(3) == 0 {
				v := scale.Min + r.IntN(scale.Max-scale.Min+1)
				tp.Ideal = &v
			}
			if r.IntN(3) == 0 {
				tp.Pains = []string{strings.ReplaceAll(strings.ReplaceAll(randomName(r), "\n", " "), "|", "/"), "second pain"}
			}
			ph.Touchpoints = append(ph.Touchpoints, tp)
		}
		j.Phases = append(j.Phases, ph)
	}
	return j
}

// plainForMermaid tells whether Mermaid holds a name as it is.
func plainForMermaid(s string) bool {
	_, changed := mermaidName(s, false)
	if trimLines(s) != s {
		return false // Mermaid trims every line
	}
	return !changed || !strings.ContainsAny(strings.ReplaceAll(s, "\n", ""), ":#;}%,\t") && !reKeyword.MatchString(s)
}

// checkMermaidRoundTrip exports j as a diagram, imports it, and checks
// that phases, touchpoints, names and scores came back, and that every
// name that had to change was warned about.
func checkMermaidRoundTrip(t *testing.T, name string, j *journey.Journey) {
	t.Helper()
	var diagram bytes.Buffer
	warnings, err := MermaidDiagram(&diagram, j, MermaidExportOptions{}, vocab.English)
	if err != nil {
		t.Fatal(err)
	}
	im, diags := Mermaid(name+".mmd", diagram.Bytes(), MermaidOptions{}, vocab.English)
	if im == nil {
		t.Fatalf("%s: the export does not import:\n%s\n%s", name, lines(diags), diagram.String())
	}
	back := validYAML(t, im)
	if back.Title != strings.TrimSpace(j.Title) {
		t.Errorf("%s: title %q, want %q", name, back.Title, j.Title)
	}
	if len(back.Phases) != len(j.Phases) {
		t.Fatalf("%s: %d phases, want %d\n%s", name, len(back.Phases), len(j.Phases), diagram.String())
	}
	warned := map[journey.Pos]bool{}
	for _, w := range warnings {
		warned[w.Pos] = true
	}
	for i, p := range j.Phases {
		bp := back.Phases[i]
		if bp.Name != p.Name && (plainForMermaid(p.Name) || !warned[p.Pos]) {
			t.Errorf("%s: phase %q came back as %q", name, p.Name, bp.Name)
		}
		if len(bp.Touchpoints) != len(p.Touchpoints) {
			t.Fatalf("%s: phase %q has %d touchpoints, want %d", name, p.Name, len(bp.Touchpoints), len(p.Touchpoints))
		}
		for k, tp := range p.Touchpoints {
			bt := bp.Touchpoints[k]
			if bt.Emotion != Score(tp.Emotion, j.Scale) {
				t.Errorf("%s: %q: score %d, want %d", name, tp.Name, bt.Emotion, Score(tp.Emotion, j.Scale))
			}
			if j.Scale.Min == 1 && j.Scale.Max == 5 && bt.Emotion != tp.Emotion {
				t.Errorf("%s: %q: emotion %d on [1, 5], came back %d", name, tp.Name, tp.Emotion, bt.Emotion)
			}
			if bt.Name != tp.Name && (plainForMermaid(tp.Name) || !warned[tp.Pos]) {
				t.Errorf("%s: touchpoint %q came back as %q, warned %v", name, tp.Name, bt.Name, warned[tp.Pos])
			}
			if bt.Owner != tp.Owner && plainForMermaid(tp.Owner) && !strings.Contains(tp.Owner, ",") {
				t.Errorf("%s: owner %q came back as %q", name, tp.Owner, bt.Owner)
			}
		}
	}
}

// checkSheetRoundTrip exports j as CSV and as XLSX, imports both, and
// checks that touchpoints and emotions came back.
func checkSheetRoundTrip(t *testing.T, name string, j *journey.Journey) {
	t.Helper()
	var csvOut, xlsxOut bytes.Buffer
	if err := WriteCSV(&csvOut, j, CSVOptions{Excel: len(name)%2 == 0}); err != nil {
		t.Fatal(err)
	}
	if err := WriteXLSX(&xlsxOut, j); err != nil {
		t.Fatal(err)
	}
	scale := j.Scale
	for _, kind := range []string{"csv", "xlsx"} {
		var im *Imported
		var diags journey.Diagnostics
		if kind == "csv" {
			im, diags = CSV(name+".csv", csvOut.Bytes(), SheetOptions{Title: j.Title, Scale: &scale}, vocab.English)
		} else {
			im, diags = XLSX(name+".xlsx", xlsxOut.Bytes(), SheetOptions{}, vocab.English)
		}
		if im == nil {
			t.Fatalf("%s.%s does not import:\n%s", name, kind, lines(diags))
		}
		back := validYAML(t, im)
		want, got := j.Touchpoints(), back.Touchpoints()
		if len(got) != len(want) || len(back.Phases) != len(j.Phases) {
			t.Fatalf("%s.%s: %d phases, %d touchpoints; want %d, %d", name, kind, len(back.Phases), len(got), len(j.Phases), len(want))
		}
		for i, tp := range want {
			g := got[i]
			channel := tp.Channel
			for _, c := range j.Channels {
				if c.ID == channel {
					channel = c.Name
				}
			}
			if g.ID != tp.ID || g.Name != tp.Name || g.Emotion != tp.Emotion || (g.Ideal == nil) != (tp.Ideal == nil) ||
				g.Owner != tp.Owner || g.Channel != channel || g.Feeling != tp.Feeling || g.Thinks != tp.Thinks ||
				!slices.Equal(g.Pains, tp.Pains) || !slices.Equal(g.Gains, tp.Gains) || !slices.Equal(g.Evidence, tp.Evidence) {
				t.Errorf("%s.%s: touchpoint\n%+v\ncame back as\n%+v", name, kind, *tp, *g)
			}
			// Every persona's emotion, ideal and feeling, from a column
			// each (emotion:sanne).
			if len(g.Moods) != len(tp.Moods) {
				t.Errorf("%s.%s: %s has %d moods, want %d", name, kind, tp.ID, len(g.Moods), len(tp.Moods))
				continue
			}
			for k, m := range tp.Moods {
				if b := g.Moods[k]; b.Emotion != m.Emotion || b.Feeling != m.Feeling || (b.Ideal == nil) != (m.Ideal == nil) || b.Ideal != nil && *b.Ideal != *m.Ideal {
					t.Errorf("%s.%s: %s: persona %d %+v came back as %+v", name, kind, tp.ID, k, m, b)
				}
			}
		}
		for i, p := range j.Phases {
			if b := back.Phases[i]; b.ID != p.ID || b.Name != p.Name || b.Moment != p.Moment {
				t.Errorf("%s.%s: phase %s %q %s came back as %s %q %s", name, kind, p.ID, p.Name, p.Moment, b.ID, b.Name, b.Moment)
			}
		}
		// The personas: their ids from the columns; from a workbook, their
		// names and abouts too.
		var ids, backIDs []string
		for _, p := range j.Personas {
			ids = append(ids, p.ID)
			if kind == "xlsx" {
				ids = append(ids, p.Name, strings.TrimSpace(p.About))
			}
		}
		for _, p := range back.Personas {
			backIDs = append(backIDs, p.ID)
			if kind == "xlsx" {
				backIDs = append(backIDs, p.Name, strings.TrimSpace(p.About))
			}
		}
		if !slices.Equal(ids, backIDs) {
			t.Errorf("%s.%s: personas %q came back as %q", name, kind, ids, backIDs)
		}
		if kind == "xlsx" && (back.Title != j.Title || back.Scale.String() != j.Scale.String() || back.Lang != j.Lang ||
			back.Persona.Name != j.Persona.Name || back.Moments != j.Moments || len(back.Evidence) != len(j.Evidence)) {
			t.Errorf("%s.xlsx: the Journey and Evidence sheets did not come back", name)
		}
	}
}

func TestRoundTripExamples(t *testing.T) {
	for name, j := range examples(t) {
		checkMermaidRoundTrip(t, name, j)
		checkSheetRoundTrip(t, name, j)
		one := *j.ForPersona(0) // a diagram has one persona's scores
		one.Personas = nil
		one.Scale = journey.Scale{Min: 1, Max: 5}
		one.Phases = slices.Clone(j.Phases)
		for i := range one.Phases {
			one.Phases[i].Touchpoints = slices.Clone(one.Phases[i].Touchpoints)
			for k := range one.Phases[i].Touchpoints {
				one.Phases[i].Touchpoints[k].Emotion = Score(one.Phases[i].Touchpoints[k].Emotion, j.Scale)
				one.Phases[i].Touchpoints[k].Moods = nil
			}
		}
		checkMermaidRoundTrip(t, name+" on [1, 5]", &one)
	}
}

func TestRoundTripRandom(t *testing.T) {
	scales := []journey.Scale{{Min: 1, Max: 5}, {Min: -2, Max: 2}, {Min: -3, Max: 3}, {Min: 0, Max: 10}, {Min: -10, Max: 0}}
	for seed := range uint64(300) {
		r := rand.New(rand.NewPCG(seed, 12))
		j := randomJourney(r, scales[seed%uint64(len(scales))])
		// Positions tell which warning is about which name.
		for i := range j.Phases {
			j.Phases[i].Pos = journey.Pos{Line: i + 1, Column: 1}
			for k := range j.Phases[i].Touchpoints {
				j.Phases[i].Touchpoints[k].Pos = journey.Pos{Line: i + 1, Column: k + 2}
			}
		}
		name := fmt.Sprint("random-", seed)
		checkMermaidRoundTrip(t, name, j)
		checkSheetRoundTrip(t, name, j)
		if t.Failed() {
			t.Fatalf("seed %d", seed)
		}
	}
}

func TestScore(t *testing.T) {
	for _, tt := range []struct {
		scale journey.Scale
		want  string
	}{
		{journey.Scale{Min: 1, Max: 5}, "1→1, 2→2, 3→3, 4→4, 5→5"},
		{journey.Scale{Min: -2, Max: 2}, "-2→1, -1→2, 0→3, 1→4, 2→5"},
		{journey.Scale{Min: -3, Max: 3}, "-3→1, -2→2, -1→2, 0→3, 1→4, 2→4, 3→5"},
		{journey.Scale{Min: 0, Max: 1}, "0→1, 1→5"},
	} {
		if got := scoreMapping(tt.scale); got != tt.want {
			t.Errorf("%v: %s, want %s", tt.scale, got, tt.want)
		}
	}
}

func TestXLSXIsDeterministic(t *testing.T) {
	for name, j := range examples(t) {
		var a, b bytes.Buffer
		if err := WriteXLSX(&a, j); err != nil {
			t.Fatal(err)
		}
		if err := WriteXLSX(&b, j); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two exports differ", name)
		}
	}
}

// zipOf makes a zip of the named parts.
func zipOf(t *testing.T, parts map[string]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range parts {
			if !yield(k) {
				return
			}
		}
	})
	for _, n := range names {
		w, _ := zw.Create(n)
		w.Write([]byte(parts[n]))
	}
	zw.Close()
	return buf.Bytes()
}

func TestXLSXHostile(t *testing.T) {
	// A part that unpacks to 100 MiB of zeros: its zip is small.
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("xl/worksheets/sheet1.xml")
	zero := make([]byte, 1<<20)
	for range 100 {
		w.Write(zero)
	}
	zw.Close()
	tests := []struct {
		name, file string
		src        []byte
		want       string
	}{
		{"zip bomb", "bomb.xlsx", bomb.Bytes(), "bomb.xlsx: error: the workbook would unpack to more than 67108864 bytes (64 MiB), or has too many parts; refused\n"},
		{"macros", "m.xlsm", zipOf(t, map[string]string{"a": "b"}), "m.xlsm: error: a macro-enabled workbook (.xlsm) is refused; save it as .xlsx\n"},
		{"macros in a file named .xlsx", "m.xlsx", zipOf(t, map[string]string{"[Content_Types].xml": "<Types/>", "xl/vbaProject.bin": "macros"}), "m.xlsx: error: a macro-enabled workbook (.xlsm) is refused; save it as .xlsx\n"},
		{"no zip", "n.xlsx", []byte("phase,touchpoint,emotion\n"), "n.xlsx: error: not an XLSX workbook (no zip archive); save it as .xlsx, or import it as csv\n"},
		{"too large", "l.xlsx", make([]byte, MaxXLSXBytes+1), "l.xlsx: error: the file is larger than 10485760 bytes (10 MiB), the limit for a workbook\n"},
	}
	for _, tt := range tests {
		if bomb.Len() > 1<<20 {
			t.Fatalf("the bomb is %d bytes", bomb.Len())
		}
		im, diags := XLSX(tt.file, tt.src, SheetOptions{}, vocab.English)
		if got := lines(diags); im != nil || got != tt.want {
			t.Errorf("%s: got\n%swant\n%s", tt.name, got, tt.want)
		}
	}
}

// TestXLSXCellsAndSheets reads a workbook as a spreadsheet program
// leaves it: a formula with its value as last computed, a date cell in
// the Evidence sheet, a chosen sheet, and errors at cells.
func TestXLSXCellsAndSheets(t *testing.T) {
	j := examples(t)["washing-machine.yaml"]
	var out bytes.Buffer
	if err := WriteXLSX(&out, j); err != nil {
		t.Fatal(err)
	}
	z, _ := zip.NewReader(bytes.NewReader(out.Bytes()), int64(out.Len()))
	parts := map[string]string{}
	for _, f := range z.File {
		r, _ := f.Open()
		var b bytes.Buffer
		b.ReadFrom(r)
		parts[f.Name] = b.String()
	}
	sheet := parts["xl/worksheets/sheet1.xml"]
	// The emotion of row 2 (column H) becomes a formula with a cached value.
	i := strings.Index(sheet, `<c r="H2"`)
	end := strings.Index(sheet[i:], "</c>") + i + 4
	parts["xl/worksheets/sheet1.xml"] = sheet[:i] + `<c r="H2"><f>1+1</f><v>2</v></c>` + sheet[end:]
	// The evidence's date becomes a date cell: its serial number.
	ev := parts["xl/worksheets/sheet3.xml"]
	if k := strings.Index(ev, `<c r="C2"`); k >= 0 {
		e := strings.Index(ev[k:], "</c>") + k + 4
		parts["xl/worksheets/sheet3.xml"] = ev[:k] + `<c r="C2"><v>46023</v></c>` + ev[e:]
	}
	im, diags := XLSX("w.xlsx", zipOf(t, parts), SheetOptions{}, vocab.English)
	if im == nil {
		t.Fatal(lines(diags))
	}
	back := validYAML(t, im)
	if back.Touchpoints()[0].Emotion != 2 {
		t.Errorf("the formula's cached value: %d", back.Touchpoints()[0].Emotion)
	}
	if len(back.Evidence) == 0 || back.Evidence[0].Date.String() != "2026-01-01" {
		t.Errorf("the date serial 46023: %+v", back.Evidence)
	}
	// A bad emotion is reported at its cell.
	parts["xl/worksheets/sheet1.xml"] = sheet[:i] + `<c r="H2" t="inlineStr"><is><t>zes</t></is></c>` + sheet[end:]
	_, diags = XLSX("w.xlsx", zipOf(t, parts), SheetOptions{}, vocab.English)
	if got := lines(diags); got != "w.xlsx:Touchpoints!H2: error: emotion \"zes\" is not a whole number\n" {
		t.Errorf("got %s", got)
	}
	_, diags = XLSX("w.xlsx", out.Bytes(), SheetOptions{Sheet: "Nope"}, vocab.English)
	if got := lines(diags); got != "w.xlsx: error: no sheet \"Nope\"; the sheets are Touchpoints, Journey, Evidence\n" {
		t.Errorf("got %s", got)
	}
}

// TestXLSXMergedCellsAndFormulas reads a workbook as people make one: a
// phase in a cell merged over the rows of its touchpoints, which holds
// for each of them, and a formula that was never computed (a workbook
// written by a program, not saved by a spreadsheet), which is said so,
// at its cell.
func TestXLSXMergedCellsAndFormulas(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "Blad 1"); err != nil {
		t.Fatal(err)
	}
	rows := [][]any{
		{"Fase", "Contactmoment", "Emotie", "Ideaal"},
		{"Oriënteren", "Ziet een advertentie", 4},
		{nil, "Leest reviews", 3},
		{nil, "Vraagt de buurvrouw", 5},
		{"Aanvragen", "Vult het formulier in", nil, nil},
	}
	for i, row := range rows {
		if err := setRow(f, "Blad 1", i, row); err != nil {
			t.Fatal(err)
		}
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.MergeCell("Blad 1", "A2", "A4"))
	must(f.SetCellFormula("Blad 1", "C5", "C2-1"))
	must(f.SetCellFormula("Blad 1", "D5", "C2"))
	save := func() []byte {
		t.Helper()
		b, err := f.WriteToBuffer()
		must(err)
		return b.Bytes()
	}
	_, diags := XLSX("w.xlsx", save(), SheetOptions{Lang: vocab.English}, vocab.English)
	want := "w.xlsx:'Blad 1'!C5: error: Emotie holds a formula with no value computed, and journeymap computes none; open the workbook in a spreadsheet program and save it, or type the value\n" +
		"w.xlsx:'Blad 1'!D5: error: Ideaal holds a formula with no value computed, and journeymap computes none; open the workbook in a spreadsheet program and save it, or type the value\n"
	if got := lines(diags); got != want {
		t.Errorf("got\n%swant\n%s", got, want)
	}
	_, diags = XLSX("w.xlsx", save(), SheetOptions{}, vocab.Dutch)
	if got := lines(diags); !strings.HasPrefix(got, "w.xlsx:'Blad 1'!C5: error: Emotie bevat een formule zonder berekende waarde, en journeymap berekent er geen; open de werkmap in een rekenbladprogramma en sla hem op, of typ de waarde\n") {
		t.Errorf("in Dutch: %s", got)
	}
	must(f.SetCellValue("Blad 1", "C5", 2))
	must(f.SetCellValue("Blad 1", "D5", nil))
	im, diags := XLSX("w.xlsx", save(), SheetOptions{Title: "w"}, vocab.English)
	if im == nil {
		t.Fatal(lines(diags))
	}
	got := touchpointsOf(validYAML(t, im), func(p journey.Phase, tp journey.Touchpoint) string { return p.Name + "/" + tp.Name })
	if got != "Oriënteren/Ziet een advertentie, Oriënteren/Leest reviews, Oriënteren/Vraagt de buurvrouw, Aanvragen/Vult het formulier in" {
		t.Errorf("a merged cell holds for each of its rows: %s", got)
	}
}

// TestSheetKeepsQuotes: text that starts with ' before a formula's first
// character comes back as it was, from CSV (where the export guards it)
// and from XLSX (where nothing is guarded, and nothing taken off).
func TestSheetKeepsQuotes(t *testing.T) {
	src := "title: Q\npersona: P\nphases:\n  - id: one\n    name: One\n    touchpoints:\n" +
		"      - id: a\n        name: \"'=x\"\n        owner: \"'-1\"\n        emotion: 1\n" +
		"      - id: b\n        name: \"=y\"\n        owner: \"''+2\"\n        emotion: 2\n"
	j, diags := journey.Parse("q.yaml", []byte(src), journey.Options{})
	if j == nil {
		t.Fatal(lines(diags))
	}
	var c, x bytes.Buffer
	if err := WriteCSV(&c, j, CSVOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteXLSX(&x, j); err != nil {
		t.Fatal(err)
	}
	fromCSV, diags := CSV("q.csv", c.Bytes(), SheetOptions{Title: "Q"}, vocab.English)
	if fromCSV == nil {
		t.Fatal(lines(diags))
	}
	fromXLSX, diags := XLSX("q.xlsx", x.Bytes(), SheetOptions{}, vocab.English)
	if fromXLSX == nil {
		t.Fatal(lines(diags))
	}
	say := func(p journey.Phase, tp journey.Touchpoint) string { return tp.Name + "/" + tp.Owner }
	want := touchpointsOf(j, say)
	for kind, im := range map[string]*Imported{"csv": fromCSV, "xlsx": fromXLSX} {
		if got := touchpointsOf(validYAML(t, im), say); got != want {
			t.Errorf("%s: got %s, want %s", kind, got, want)
		}
	}
}

// TestXLSXTouchpointsOnAnotherSheet: when the first sheet has not the
// columns of touchpoints and no --sheet is given, the error names the
// sheets to choose from.
func TestXLSXTouchpointsOnAnotherSheet(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "Uitleg"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("Contactmomenten"); err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct {
		sheet string
		i     int
		cells []any
	}{{"Uitleg", 0, []any{"Vul het tweede blad in"}}, {"Contactmomenten", 0, []any{"fase", "contactmoment", "emotie"}}, {"Contactmomenten", 1, []any{"A", "b", 3}}} {
		if err := setRow(f, r.sheet, r.i, r.cells); err != nil {
			t.Fatal(err)
		}
	}
	b, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	_, diags := XLSX("w.xlsx", b.Bytes(), SheetOptions{}, vocab.English)
	want := "w.xlsx: error: the touchpoints are read from the first sheet, \"Uitleg\"; name the sheet that holds them with --sheet: Uitleg, Contactmomenten\n" +
		"w.xlsx:Uitleg!1:1: error: no column \"emotion\"; phase, touchpoint and emotion are required\n" +
		"w.xlsx:Uitleg!1:1: error: no column \"phase\"; phase, touchpoint and emotion are required\n" +
		"w.xlsx:Uitleg!1:1: error: no column \"touchpoint\"; phase, touchpoint and emotion are required\n" +
		"w.xlsx:Uitleg!A1: warning: unknown column \"Vul het tweede blad in\", not imported\n"
	if got := lines(diags); got != want {
		t.Errorf("got\n%swant\n%s", got, want)
	}
	if im, diags := XLSX("w.xlsx", b.Bytes(), SheetOptions{Sheet: "Contactmomenten", Title: "w"}, vocab.English); im == nil {
		t.Error(lines(diags))
	}
}

// TestSheetNumbersPerPersona: every persona's emotion and ideal is a
// number, in a CSV file (never guarded as a formula would be, with a ')
// and in a workbook (a number cell, not text), whatever the number of
// personas; the texts around them stay guarded.
func TestSheetNumbersPerPersona(t *testing.T) {
	src := `title: Three
personas:
  - {id: a, name: A}
  - {id: b, name: B}
  - {id: c, name: C}
phases:
  - id: p
    name: P
    touchpoints:
      - {id: t, name: T, emotion: {a: -1, b: -2, c: -2}, ideal: {a: -1, b: -1, c: -1}, feeling: {a: "-sad", b: "=x", c: "+y"}, thinks: "-z"}
`
	j, diags := journey.Parse("three.yaml", []byte(src), journey.Options{})
	if j == nil {
		t.Fatal(diags)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, j, CSVOptions{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(buf.String(), "\r\n")
	if want := "P,p,,T,t,,,-1,-2,-2,-1,-1,-1,'-sad,'=x,'+y,'-z,,,"; lines[1] != want {
		t.Errorf("the CSV row\n%s\nwant\n%s", lines[1], want)
	}
	buf.Reset()
	if err := WriteXLSX(&buf, j); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for c := 8; c <= 13; c++ { // H2 to M2: the emotions and ideals
		cell, _ := excelize.CoordinatesToCellName(c, 2)
		typ, err := f.GetCellType(f.GetSheetName(0), cell)
		if err != nil {
			t.Fatal(err)
		}
		if typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
			v, _ := f.GetCellValue(f.GetSheetName(0), cell)
			t.Errorf("cell %s (%q) is of type %v, not a number", cell, v, typ)
		}
	}
}
