package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/journeymap/journeymap/journey"
)

// matrixToday is the date the golden matrices measure overdue against, so
// that they do not change with the calendar. journeymap matrix --today
// 2026-12-10 writes the same files.
var matrixToday = journey.Date{Year: 2026, Month: 12, Day: 10}

func renderMatrixSVG(t testing.TB, j *journey.Journey, opts MatrixOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, err := RenderMatrix(&b, j, opts); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// matrixStressJourneys are journeys written to break the matrix: a cell
// crowded with long Dutch words, a card in every cell, words too long for
// any line, no improvements at all.
func matrixStressJourneys() map[string]string {
	const head = "title: %s\nlang: %s\npersona: P\nphases:\n  - id: p\n    name: P\n    moment: before\n    touchpoints:\n      - {id: t, name: T, emotion: 0}\nimprovements:\n"
	statuses := []string{"open", "doing", "done", "dropped"}

	var crowded strings.Builder
	fmt.Fprintf(&crowded, head, "Klanttevredenheidsonderzoeksresultatenpresentatievoorbereidingswerkzaamheden", "nl")
	for i := range 12 {
		fmt.Fprintf(&crowded, "  - {id: v%d, title: \"Verzekeringsvoorwaardenvereenvoudigingsproject %d met arbeidsongeschiktheidsverzekeringspremieberekening\", impact: 5, effort: 1, owner: Productontwikkelingsafdelingsmanager, due: 2026-%02d-15, status: %s}\n",
			i, i+1, i+1, statuses[i%len(statuses)])
	}
	crowded.WriteString("  - {id: w, title: Kort, impact: 1, effort: 5}\n")
	crowded.WriteString("  - {id: x, title: Klantcontactcentrummedewerkerstevredenheidsonderzoek, impact: 3, effort: 3, owner: Klantcontactcentrum, due: 2026-01-01, status: doing}\n")

	var every strings.Builder
	fmt.Fprintf(&every, head, "A card in every cell", "en")
	for r := 1; r <= 5; r++ {
		for e := 1; e <= 5; e++ {
			fmt.Fprintf(&every, "  - {id: i%d%d, title: \"Impact %d, effort %d: do something about it\", impact: %d, effort: %d, owner: Team %d%d, due: 2026-%02d-01, status: %s}\n",
				r, e, r, e, r, e, r, e, (2*r+e)%12+1, statuses[(r+e)%len(statuses)])
		}
	}

	long := strings.Repeat("Onderhoudswerkzaamheden", 9)[:190]
	return map[string]string{
		"crowded-cell":    crowded.String(),
		"every-cell":      every.String(),
		"no-improvements": "title: Nothing to improve yet\npersona: P\nphases:\n  - {id: p, name: P, moment: before}\n",
		"long-words": fmt.Sprintf(head, long, "nl") +
			fmt.Sprintf("  - {id: a, title: %s, impact: 2, effort: 2, owner: %s, due: 2020-02-02}\n", long, long) +
			"  - {id: b, title: \"私はキッチンのリフォームの見積もりを依頼します。赤ちゃんが生まれる前に\", impact: 4, effort: 4, owner: 佐藤さくら, due: 2020-01-01, status: doing}\n",
	}
}

// TestGoldenMatrixScenes: the matrix of every example, as JSON.
func TestGoldenMatrixScenes(t *testing.T) {
	for name, j := range examples(t) {
		m := LayoutMatrix(j, DejaVu, matrixToday)
		got, err := json.MarshalIndent(m, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		golden(t, filepath.Join("testdata", name+".matrix.json"), append(got, '\n'))
		checkMatrix(t, name, m, DejaVu)
	}
}

// TestGoldenMatrixSVGs: the committed matrix of every example is what a
// fresh render writes; examples/NAME.matrix.svg is the golden file.
func TestGoldenMatrixSVGs(t *testing.T) {
	for name, j := range examples(t) {
		got := renderMatrixSVG(t, j, MatrixOptions{Today: matrixToday})
		checkSVG(t, name, got)
		golden(t, filepath.Join("..", "examples", name+".matrix.svg"), got)
		if len(got) > 150_000 {
			t.Errorf("%s: the matrix is %d bytes; keep an example under 150 KB", name, len(got))
		}
	}
}

func TestMatrixThemes(t *testing.T) {
	j := examples(t)["quote-request"]
	seen := map[string]bool{}
	for _, theme := range themes {
		svg := renderMatrixSVG(t, j, MatrixOptions{Theme: theme, Today: matrixToday})
		checkSVG(t, theme.Name, svg)
		if !bytes.Contains(svg, []byte(`class="journey-map matrix theme-`+theme.Name+`"`)) {
			t.Errorf("%s: no theme class", theme.Name)
		}
		seen[string(svg)] = true
	}
	if len(seen) != len(themes) {
		t.Errorf("themes do not differ")
	}
}

// TestMatrixStress: the stress journeys lay out with every text in its
// box and no card over another.
func TestMatrixStress(t *testing.T) {
	for name, src := range matrixStressJourneys() {
		j := mustParse(t, name, []byte(src))
		m := LayoutMatrix(j, DejaVu, matrixToday)
		checkMatrix(t, name, m, DejaVu)
		checkSVG(t, name, renderMatrixSVG(t, j, MatrixOptions{Today: matrixToday}))
		if n := countCards(m); n != len(j.Improvements) {
			t.Errorf("%s: %d cards for %d improvements", name, n, len(j.Improvements))
		}
	}
	// Twelve cards in one cell sit side by side, in a wider column.
	m := LayoutMatrix(mustParse(t, "crowded", []byte(matrixStressJourneys()["crowded-cell"])), DejaVu, matrixToday)
	cell := findCell(t, m, 5, 1)
	xs := map[float64]bool{}
	for _, c := range cell.Cards {
		xs[c.Box.X] = true
	}
	if len(cell.Cards) != 12 || len(xs) != maxCardCols {
		t.Errorf("crowded cell: %d cards in %d columns; want 12 in %d", len(cell.Cards), len(xs), maxCardCols)
	}
	if other := findCell(t, m, 5, 2); cell.Box.W <= other.Box.W || cell.Box.H != other.Box.H {
		t.Errorf("crowded cell %v: its column should be wider than the next (%v), its row as tall", cell.Box, other.Box)
	}
}

// TestMatrixQuadrants: every improvement is in the cell of its ratings,
// in the quadrant journey.Quadrant names; high impact is at the top, low
// effort on the left, and the boundaries run between 2 and 3.
func TestMatrixQuadrants(t *testing.T) {
	j := mustParse(t, "every", []byte(matrixStressJourneys()["every-cell"]))
	m := LayoutMatrix(j, DejaVu, journey.Date{})
	byID := map[string]journey.Improvement{}
	for _, im := range j.Improvements {
		byID[im.ID] = im
	}
	want := []journey.Quadrant{journey.QuickWin, journey.MajorProject, journey.FillIn, journey.ThanklessTask}
	if len(m.Quadrants) != len(want) {
		t.Fatalf("%d quadrants", len(m.Quadrants))
	}
	found := 0
	for i, q := range m.Quadrants {
		if q.Quadrant != string(want[i]) {
			t.Errorf("quadrant %d is %s, want %s", i, q.Quadrant, want[i])
		}
		for _, c := range q.Cells {
			if got := (journey.Improvement{Impact: c.Impact, Effort: c.Effort}).Quadrant(); string(got) != q.Quadrant {
				t.Errorf("cell (%d, %d) in %s, want %s", c.Impact, c.Effort, q.Quadrant, got)
			}
			if !within(c.Box, q.Box) {
				t.Errorf("cell (%d, %d) %v leaves its quadrant %v", c.Impact, c.Effort, c.Box, q.Box)
			}
			for _, card := range c.Cards {
				found++
				im := byID[card.ID]
				if im.Impact != c.Impact || im.Effort != c.Effort || card.Quadrant != string(im.Quadrant()) {
					t.Errorf("%s (impact %d, effort %d, %s) is in cell (%d, %d) of %s", card.ID, im.Impact, im.Effort, im.Quadrant(), c.Impact, c.Effort, q.Quadrant)
				}
			}
		}
	}
	if found != 25 {
		t.Errorf("%d cards, want 25", found)
	}
	// Rows fall with impact, columns grow with effort.
	for r := 1; r <= 5; r++ {
		for e := 1; e <= 5; e++ {
			c := findCell(t, m, r, e)
			if r < 5 && findCell(t, m, r+1, e).Box.Y >= c.Box.Y {
				t.Errorf("impact %d is not above impact %d", r+1, r)
			}
			if e < 5 && findCell(t, m, r, e+1).Box.X <= c.Box.X {
				t.Errorf("effort %d is not right of effort %d", e+1, e)
			}
		}
	}
	// The boundaries lie between ratings 2 and 3.
	two, three := findCell(t, m, 2, 2), findCell(t, m, 3, 3)
	v, h := m.Boundaries[0].Cmds[0].P[0], m.Boundaries[1].Cmds[0].P[0]
	if !(v.X > two.Box.X+two.Box.W && v.X < three.Box.X) {
		t.Errorf("the effort boundary x=%v is not between effort 2 (%v) and 3 (%v)", v.X, two.Box, three.Box)
	}
	if !(h.Y > three.Box.Y+three.Box.H && h.Y < two.Box.Y) {
		t.Errorf("the impact boundary y=%v is not between impact 3 (%v) and 2 (%v)", h.Y, three.Box, two.Box)
	}
	// The ticks sit by their rows and columns.
	for _, tk := range m.ImpactAxis.Ticks {
		c := findCell(t, m, tk.Rating, 1)
		if tb := textBox(tk.Label, DejaVu); tb.Y < c.Box.Y || tb.Y+tb.H > c.Box.Y+c.Box.H || tb.X+tb.W > c.Box.X {
			t.Errorf("impact tick %d %v is not left of its row %v", tk.Rating, tb, c.Box)
		}
	}
	for _, tk := range m.EffortAxis.Ticks {
		c := findCell(t, m, 1, tk.Rating)
		if tb := textBox(tk.Label, DejaVu); tb.X < c.Box.X || tb.X+tb.W > c.Box.X+c.Box.W || tb.Y < c.Box.Y+c.Box.H {
			t.Errorf("effort tick %d %v is not under its column %v", tk.Rating, tb, c.Box)
		}
	}
}

// TestMatrixOverdue: an improvement open or in progress after its due date
// is marked, with a clock and the word; done and dropped ones never are;
// without a date none is.
func TestMatrixOverdue(t *testing.T) {
	const src = `title: Overdue
lang: %s
persona: P
phases:
  - {id: p, name: P, moment: before}
improvements:
  - {id: late, title: Late, impact: 5, effort: 1, due: 2026-12-09}
  - {id: today, title: Due today, impact: 5, effort: 1, due: 2026-12-10}
  - {id: doing, title: Late and doing, impact: 1, effort: 5, due: 2026-01-01, status: doing}
  - {id: done, title: Done late, impact: 1, effort: 1, due: 2026-01-01, status: done}
  - {id: dropped, title: Dropped, impact: 5, effort: 5, due: 2026-01-01, status: dropped}
  - {id: undated, title: No date, impact: 3, effort: 3}
`
	for _, tc := range []struct{ lang, word, state, desc string }{
		{"en", "overdue", "in progress", "2 overdue on 2026-12-10. 1 done, 1 dropped."},
		{"nl", "te laat", "bezig", "2 te laat op 2026-12-10. 1 klaar, 1 geschrapt."},
	} {
		j := mustParse(t, "overdue", []byte(fmt.Sprintf(src, tc.lang)))
		m := LayoutMatrix(j, DejaVu, matrixToday)
		checkMatrix(t, "overdue "+tc.lang, m, DejaVu)
		cards := map[string]ImprovementCard{}
		for _, q := range m.Quadrants {
			for _, c := range q.Cells {
				for _, card := range c.Cards {
					cards[card.ID] = card
				}
			}
		}
		for id, want := range map[string]bool{"late": true, "today": false, "doing": true, "done": false, "dropped": false, "undated": false} {
			c := cards[id]
			if c.Overdue != want || (c.Flag != nil) != want || (c.Mark != nil) != want {
				t.Errorf("%s %s: overdue %v, flag %v, mark %v; want %v", tc.lang, id, c.Overdue, c.Flag != nil, c.Mark != nil, want)
			}
			if want && strings.Join(c.Flag.Lines, " ") != tc.word {
				t.Errorf("%s %s: flag %q, want %q", tc.lang, id, c.Flag.Lines, tc.word)
			}
		}
		if c := cards["doing"]; c.State == nil || c.State.Lines[0] != tc.state {
			t.Errorf("%s: the status of a card in progress is not shown", tc.lang)
		}
		if !strings.HasSuffix(m.Desc, tc.desc) {
			t.Errorf("%s: desc %q does not end in %q", tc.lang, m.Desc, tc.desc)
		}
		if m.Legend == nil || len(m.Legend.Items) != 2 {
			t.Errorf("%s: the legend should explain the overdue mark and the muted cards", tc.lang)
		}
		svg := string(renderMatrixSVG(t, j, MatrixOptions{Today: matrixToday}))
		if n := strings.Count(svg, `<g class="improvement `); n != 6 {
			t.Errorf("%s: %d improvement groups, want 6", tc.lang, n)
		}
		if n := strings.Count(svg, ` overdue"`); n != 2 {
			t.Errorf("%s: %d overdue cards in the SVG, want 2", tc.lang, n)
		}

		// Without a date, nothing is overdue and the matrix says nothing
		// about a date.
		m = LayoutMatrix(j, DejaVu, journey.Date{})
		for _, q := range m.Quadrants {
			for _, c := range q.Cells {
				for _, card := range c.Cards {
					if card.Overdue {
						t.Errorf("%s: %s overdue without a date", tc.lang, card.ID)
					}
				}
			}
		}
		if strings.Contains(m.Desc, "2026-12-10") || strings.Contains(strings.Join(m.Meta.Lines, " "), "2026-12-10") || m.Today != "" {
			t.Errorf("%s: a date without one: %q", tc.lang, m.Desc)
		}
	}
}

// TestMatrixAccessible: the matrix is an image with a name, and a
// description that counts the improvements per quadrant.
func TestMatrixAccessible(t *testing.T) {
	svg := string(renderMatrixSVG(t, examples(t)["washing-machine"], MatrixOptions{Today: matrixToday}))
	for _, want := range []string{
		`<svg width=`, `class="journey-map matrix theme-light"`, `xml:lang="en"`, `role="img"`,
		`<title id="`, "Action-priority matrix: I replace my broken washing machine</title>",
		"Action-priority matrix: “I replace my broken washing machine”. 6 improvements by impact and effort: 3 quick wins, 2 major projects, 0 fill-ins and 1 thankless task. None overdue on 2026-12-10. 2 done, 1 dropped.</desc>",
		`<g class="quadrant quick-win"`, `<g class="quadrant major-project"`, `<g class="quadrant fill-in"`, `<g class="quadrant thankless-task"`,
		`<g class="matrix-cell impact-5 effort-1"`, `<g class="improvement quick-win done"`,
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("the matrix lacks %q", want)
		}
	}
	nl := LayoutMatrix(examples(t)["quote-request"], DejaVu, matrixToday)
	if want := "Actieprioriteitenmatrix: “Ik vraag een offerte aan voor een nieuwe keuken”. 10 verbeteringen naar impact en inspanning: 4 quick wins, 2 grote projecten, 3 opvullers en 1 ondankbare taak."; !strings.HasPrefix(nl.Desc, want) {
		t.Errorf("Dutch description: %s", nl.Desc)
	}
	if nl.Lang != "nl" || !strings.Contains(string(renderMatrixSVG(t, examples(t)["quote-request"], MatrixOptions{})), `xml:lang="nl"`) {
		t.Errorf("the Dutch matrix does not say it is Dutch")
	}
	if nl.Quadrants[1].Name.Lines[0] != "Grote projecten" {
		t.Errorf("Dutch quadrant name: %q", nl.Quadrants[1].Name.Lines)
	}
	empty := LayoutMatrix(mustParse(t, "empty", []byte(matrixStressJourneys()["no-improvements"])), DejaVu, matrixToday)
	if !strings.HasSuffix(empty.Desc, "No improvements yet.") || empty.Legend != nil {
		t.Errorf("the matrix of no improvements: %q, legend %v", empty.Desc, empty.Legend)
	}
}

// TestMatrixHostileLabels: whatever the labels hold, the matrix is
// well-formed SVG with the labels as text.
func TestMatrixHostileLabels(t *testing.T) {
	for i, label := range hostile {
		j := mustParse(t, "hostile.yaml", []byte(hostileJourney(label)))
		checkMatrix(t, fmt.Sprintf("hostile %d", i), LayoutMatrix(j, DejaVu, matrixToday), DejaVu)
		for _, theme := range themes {
			svg := renderMatrixSVG(t, j, MatrixOptions{Theme: theme, Today: matrixToday})
			name := fmt.Sprintf("hostile %d %s", i, theme.Name)
			checkHostileSVG(t, name, svg, label)
		}
	}
}

// TestMatrixDeterministic: the same journey gives the same bytes, however
// concurrently it is rendered.
func TestMatrixDeterministic(t *testing.T) {
	for name, j := range examples(t) {
		first := renderMatrixSVG(t, j, MatrixOptions{Today: matrixToday})
		var wg sync.WaitGroup
		results := make([][]byte, 8)
		for i := range results {
			wg.Go(func() {
				var b bytes.Buffer
				if _, err := RenderMatrix(&b, mustParse(t, "../examples/"+name+".yaml", readFile(t, "../examples/"+name+".yaml")), MatrixOptions{Today: matrixToday}); err == nil {
					results[i] = b.Bytes()
				}
			})
		}
		wg.Wait()
		for i, r := range results {
			if !bytes.Equal(first, r) {
				t.Fatalf("%s: render %d differs", name, i)
			}
		}
	}
}

// FuzzMatrix: any journey that validates gives a matrix that is
// well-formed, safe SVG whose texts fit their boxes.
func FuzzMatrix(f *testing.F) {
	for _, src := range matrixStressJourneys() {
		f.Add([]byte(src))
	}
	f.Add([]byte(hostileJourney(hostile[0])))
	f.Fuzz(func(t *testing.T, src []byte) {
		j, _ := journey.Parse("f.yaml", src, journey.Options{})
		if j == nil {
			return
		}
		m := LayoutMatrix(j, DejaVu, matrixToday)
		checkMatrix(t, "fuzz", m, DejaVu)
		var b bytes.Buffer
		if err := WriteMatrixSVG(&b, m, Options{}); err != nil {
			t.Fatal(err)
		}
		checkSVG(t, "fuzz", b.Bytes())
	})
}

func findCell(t *testing.T, m *Matrix, impact, effort int) MatrixCell {
	t.Helper()
	for _, q := range m.Quadrants {
		for _, c := range q.Cells {
			if c.Impact == impact && c.Effort == effort {
				return c
			}
		}
	}
	t.Fatalf("no cell (%d, %d)", impact, effort)
	return MatrixCell{}
}

func countCards(m *Matrix) int {
	n := 0
	for _, q := range m.Quadrants {
		for _, c := range q.Cells {
			n += len(c.Cards)
		}
	}
	return n
}

// checkMatrix checks the promises of the matrix layout: every text inside
// its box, every card inside its cell and every cell inside its quadrant,
// no two cards, cells or quadrants overlapping, 25 cells, and everything
// on the canvas.
func checkMatrix(t *testing.T, name string, m *Matrix, ms Measurer) {
	t.Helper()
	canvas := Box{W: m.Width, H: m.Height}
	texts := 0
	in := func(what string, tx Text, box Box) {
		t.Helper()
		if len(tx.Lines) == 0 {
			return
		}
		texts++
		if tb := textBox(tx, ms); !within(tb, box) {
			t.Errorf("%s: %s %q (%v) leaves its box %v", name, what, tx.Lines, tb, box)
		}
	}
	in("kicker", m.Kicker, canvas)
	in("heading", m.Heading, canvas)
	in("meta", m.Meta, canvas)
	in("impact axis", m.ImpactAxis.Label, canvas)
	in("effort axis", m.EffortAxis.Label, canvas)
	for _, tk := range append(m.ImpactAxis.Ticks, m.EffortAxis.Ticks...) {
		in("tick", tk.Label, canvas)
	}
	if len(m.ImpactAxis.Ticks) != 5 || len(m.EffortAxis.Ticks) != 5 {
		t.Errorf("%s: %d impact and %d effort ticks, want 5 of each", name, len(m.ImpactAxis.Ticks), len(m.EffortAxis.Ticks))
	}
	var cards, cells []Box
	nCells := 0
	for i, q := range m.Quadrants {
		if !within(q.Box, canvas) {
			t.Errorf("%s: quadrant %s %v lies outside the canvas", name, q.Quadrant, q.Box)
		}
		for _, o := range m.Quadrants[:i] {
			if overlap(q.Box, o.Box) {
				t.Errorf("%s: quadrants %s and %s overlap", name, q.Quadrant, o.Quadrant)
			}
		}
		in("quadrant name", q.Name, q.Box)
		in("quadrant about", q.About, q.Box)
		head := q.Box
		for _, c := range q.Cells {
			head.H = min(head.H, c.Box.Y-q.Box.Y)
		}
		in("quadrant name, above its cells,", q.Name, head)
		in("quadrant about, above its cells,", q.About, head)
		for _, c := range q.Cells {
			nCells++
			if !within(c.Box, q.Box) {
				t.Errorf("%s: cell (%d, %d) %v leaves its quadrant %v", name, c.Impact, c.Effort, c.Box, q.Box)
			}
			for k, o := range cells {
				if overlap(c.Box, o) {
					t.Errorf("%s: cell (%d, %d) overlaps cell %d", name, c.Impact, c.Effort, k)
				}
			}
			cells = append(cells, c.Box)
			for _, card := range c.Cards {
				what := fmt.Sprintf("card %s", card.ID)
				if !within(card.Box, c.Box) {
					t.Errorf("%s: %s %v leaves its cell (%d, %d) %v", name, what, card.Box, c.Impact, c.Effort, c.Box)
				}
				for k, o := range cards {
					if overlap(card.Box, o) {
						t.Errorf("%s: %s %v overlaps card %d %v", name, what, card.Box, k, o)
					}
				}
				cards = append(cards, card.Box)
				in(what+" title", card.Title, card.Box)
				var parts []Box
				parts = append(parts, textBox(card.Title, ms))
				for _, tx := range []*Text{card.Detail, card.Flag, card.State} {
					if tx != nil {
						in(what+" text", *tx, card.Box)
						parts = append(parts, textBox(*tx, ms))
					}
				}
				if card.Mark != nil {
					mark := Box{X: card.Mark.X - markR - 1, Y: card.Mark.Y - markR - 1, W: 2*markR + 2, H: 2*markR + 2}
					if !within(mark, card.Box) {
						t.Errorf("%s: %s overdue mark %v leaves the card %v", name, what, mark, card.Box)
					}
					parts = append(parts, mark)
				}
				for a := range parts {
					for b := range a {
						if overlap(parts[a], parts[b]) {
							t.Errorf("%s: %s: parts %d %v and %d %v overlap", name, what, a, parts[a], b, parts[b])
						}
					}
				}
				if card.Overdue != (card.Flag != nil) || card.Overdue != (card.Mark != nil) {
					t.Errorf("%s: %s: overdue %v without its flag and mark", name, what, card.Overdue)
				}
			}
		}
	}
	if nCells != 25 {
		t.Errorf("%s: %d cells, want 25", name, nCells)
	}
	if m.Legend != nil {
		if !within(m.Legend.Box, canvas) {
			t.Errorf("%s: legend %v lies outside the canvas", name, m.Legend.Box)
		}
		for _, it := range m.Legend.Items {
			in("legend", it.Label, m.Legend.Box)
		}
	}
	if texts == 0 {
		t.Errorf("%s: no text checked", name)
	}
}
