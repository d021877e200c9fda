package render

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The tests below read the SVG as a browser would: they apply the
// theme's style sheet to every element (a small CSS cascade for the
// selectors the style sheets use), and check what each element is painted
// with.

// svgNode is an element of a parsed SVG.
type svgNode struct {
	name     string
	attrs    map[string]string
	classes  []string
	parent   *svgNode
	children []*svgNode
	text     string   // the text of a <text>, without its tspans
	lines    []string // the lines of a <text>: its own text, then each tspan's
	order    int      // in document order
}

func (n *svgNode) num(attr string) float64 {
	v, _ := strconv.ParseFloat(n.attrs[attr], 64)
	return v
}

// parseSVGTree parses an SVG into its elements in document order, and
// returns them with the text of its style sheet.
func parseSVGTree(t testing.TB, svg []byte) (nodes []*svgNode, style string) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	var stack []*svgNode
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("parsing the SVG: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &svgNode{name: tok.Name.Local, attrs: map[string]string{}, order: len(nodes)}
			for _, a := range tok.Attr {
				n.attrs[a.Name.Local] = a.Value
			}
			n.classes = strings.Fields(n.attrs["class"])
			if len(stack) > 0 {
				n.parent = stack[len(stack)-1]
				n.parent.children = append(n.parent.children, n)
			}
			nodes = append(nodes, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) == 0 {
				continue
			}
			switch n := stack[len(stack)-1]; n.name {
			case "style":
				style += string(tok)
			case "text":
				n.lines = append(n.lines, string(tok))
			case "tspan":
				n.parent.lines = append(n.parent.lines, string(tok))
			}
		}
	}
	return nodes, style
}

// cssRule is a rule of a style sheet, one selector of it.
type cssRule struct {
	selector [][]string // descendant compounds; each holds a tag ("text") and classes (".x")
	decls    map[string]string
	weight   [2]int // specificity: classes, tags
	order    int
}

// parseCSS reads the style sheets the painters write: one rule a line,
// selectors of tags and classes joined by spaces, separated by commas.
func parseCSS(t testing.TB, css string) []cssRule {
	t.Helper()
	var rules []cssRule
	for _, line := range strings.Split(strings.TrimSpace(css), "\n") {
		sel, body, ok := strings.Cut(line, "{")
		if !ok || !strings.HasSuffix(body, "}") {
			t.Fatalf("unexpected CSS %q", line)
		}
		decls := map[string]string{}
		for _, d := range strings.Split(strings.TrimSuffix(body, "}"), ";") {
			k, v, ok := strings.Cut(d, ":")
			if !ok {
				t.Fatalf("unexpected declaration %q in %q", d, line)
			}
			decls[k] = v
		}
		for _, s := range strings.Split(sel, ",") {
			r := cssRule{decls: decls, order: len(rules)}
			for _, part := range strings.Fields(s) {
				var compound []string
				tag, classes, _ := strings.Cut(part, ".")
				if tag != "" {
					compound = append(compound, tag)
					r.weight[1]++
				}
				if classes != "" {
					for _, c := range strings.Split(classes, ".") {
						compound = append(compound, "."+c)
						r.weight[0]++
					}
				}
				r.selector = append(r.selector, compound)
			}
			rules = append(rules, r)
		}
	}
	return rules
}

// matchesCompound reports whether n has the tag and every class of c.
func matchesCompound(n *svgNode, c []string) bool {
	for _, part := range c {
		if strings.HasPrefix(part, ".") {
			if !slices.Contains(n.classes, part[1:]) {
				return false
			}
		} else if n.name != part {
			return false
		}
	}
	return true
}

// matches reports whether the selector of r selects n.
func (r cssRule) matches(n *svgNode) bool {
	last := len(r.selector) - 1
	if !matchesCompound(n, r.selector[last]) {
		return false
	}
	k := last - 1
	for a := n.parent; a != nil && k >= 0; a = a.parent {
		if matchesCompound(a, r.selector[k]) {
			k--
		}
	}
	return k < 0
}

// inherited are the properties an element takes from its parent when no
// rule sets them, and their values at the root.
var inherited = map[string]string{"fill": "#000000", "stroke": "none", "fill-opacity": "1", "stroke-width": "1", "paint-order": "normal"}

// computed is the value of prop on n: from the rule of most weight that
// sets it, later rules winning ties, else inherited.
func computed(rules []cssRule, n *svgNode, prop string) (value string, declared bool) {
	var best *cssRule
	for i := range rules {
		r := &rules[i]
		if _, ok := r.decls[prop]; !ok || !r.matches(n) {
			continue
		}
		if best == nil || r.weight[0] > best.weight[0] || r.weight[0] == best.weight[0] && (r.weight[1] > best.weight[1] || r.weight[1] == best.weight[1] && r.order > best.order) {
			best = r
		}
	}
	switch {
	case best != nil:
		return best.decls[prop], true
	case n.parent != nil:
		v, _ := computed(rules, n.parent, prop)
		return v, false
	}
	return inherited[prop], false
}

// painted reports whether n is drawn: a shape or a text, outside the
// definitions.
func painted(n *svgNode) bool {
	switch n.name {
	case "rect", "circle", "path", "line", "text":
	default:
		return false
	}
	for a := n.parent; a != nil; a = a.parent {
		if a.name == "defs" {
			return false
		}
	}
	return true
}

// rgb is a colour, each channel from 0 to 1.
type rgb [3]float64

func parseColour(t testing.TB, s string) rgb {
	t.Helper()
	if len(s) != 7 || s[0] != '#' {
		t.Fatalf("colour %q: want #rrggbb", s)
	}
	var c rgb
	for i := range c {
		v, err := strconv.ParseUint(s[1+2*i:3+2*i], 16, 8)
		if err != nil {
			t.Fatalf("colour %q: %v", s, err)
		}
		c[i] = float64(v) / 255
	}
	return c
}

// over is c at opacity a over below.
func (c rgb) over(below rgb, a float64) rgb {
	var out rgb
	for i := range c {
		out[i] = a*c[i] + (1-a)*below[i]
	}
	return out
}

// luminance is the relative luminance of WCAG 2.1.
func (c rgb) luminance() float64 {
	var l [3]float64
	for i, v := range c {
		if v <= 0.04045 {
			l[i] = v / 12.92
		} else {
			l[i] = math.Pow((v+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
}

// contrast is the contrast ratio of WCAG 2.1, from 1 to 21.
func contrast(a, b rgb) float64 {
	la, lb := a.luminance(), b.luminance()
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func (c rgb) String() string {
	return fmt.Sprintf("#%02x%02x%02x", int(math.Round(c[0]*255)), int(math.Round(c[1]*255)), int(math.Round(c[2]*255)))
}

// contains reports whether the shape n covers the point x, y.
func contains(n *svgNode, x, y float64) bool {
	switch n.name {
	case "rect":
		return x >= n.num("x") && x <= n.num("x")+n.num("width") && y >= n.num("y") && y <= n.num("y")+n.num("height")
	case "circle":
		return math.Hypot(x-n.num("cx"), y-n.num("cy")) <= n.num("r")
	}
	return false
}

// textSamples are points inside the lines of the text n: at the start,
// the middle and the end of each, half-way up its letters.
func textSamples(n *svgNode) [][2]float64 {
	size := n.num("font-size")
	bold := n.attrs["font-weight"] == "bold"
	x, y := n.num("x"), n.num("y")
	var out [][2]float64
	for i, line := range n.lines {
		if i > 0 {
			y += lineStep(n, i)
		}
		w := DejaVu.Width(line, size, bold)
		left := x
		switch n.attrs["text-anchor"] {
		case "middle":
			left -= w / 2
		case "end":
			left -= w
		}
		mid := y - size*0.35
		for _, f := range []float64{0.02, 0.5, 0.98} {
			out = append(out, [2]float64{left + f*w, mid})
		}
	}
	return out
}

// lineStep is how far the i-th line of n sits below the one before.
func lineStep(n *svgNode, i int) float64 {
	tspans := 0
	for _, c := range n.children {
		if c.name == "tspan" {
			tspans++
			if tspans == i {
				return c.num("dy")
			}
		}
	}
	return 0
}

// themeCorpus is what the painters draw, to check in every theme: the
// examples' maps and matrices, the stress maps, a map compared with four
// journeys, and a matrix with every status and an overdue improvement.
func themeCorpus(t *testing.T, theme *Theme) map[string][]byte {
	out := map[string][]byte{}
	for name, j := range examples(t) {
		out[name] = renderSVG(t, j, Options{Theme: theme})
		out[name+".matrix"] = renderMatrixSVG(t, j, MatrixOptions{Theme: theme, Today: matrixToday})
	}
	for name, src := range stressJourneys() {
		out["stress "+name] = renderSVG(t, mustParse(t, name, []byte(src)), Options{Theme: theme})
	}
	j, others := compareJourneys(t)
	for len(others) < MaxCompared {
		others = append(others, others[len(others)%2])
	}
	out["compare"] = renderSVG(t, j, Options{Theme: theme, Compare: others})
	return out
}

// Every element the painters draw gets its paint from the theme's style
// sheet, never from the SVG defaults (black fill, no stroke), in every
// theme; and every class a rule names is drawn somewhere, so that the
// style sheets and the painters agree.
func TestThemeRulesForEveryClass(t *testing.T) {
	for _, theme := range themes {
		used := map[string]bool{}
		named := map[string]bool{}
		for name, svg := range themeCorpus(t, theme) {
			nodes, style := parseSVGTree(t, svg)
			rules := parseCSS(t, style)
			for _, r := range rules {
				for _, c := range r.selector {
					for _, part := range c {
						if strings.HasPrefix(part, ".") {
							named[part[1:]] = true
						}
					}
				}
			}
			for _, n := range nodes {
				for _, c := range n.classes {
					used[c] = true
				}
				if !painted(n) {
					continue
				}
				_, fill := computed(rules, n, "fill")
				_, stroke := computed(rules, n, "stroke")
				paintedBy := fill || stroke
				if n.name == "line" {
					paintedBy = stroke
				}
				for a := n.parent; a != nil && !paintedBy; a = a.parent {
					// A sample in the legend is painted by its group.
					_, fill := computed(rules, a, "fill")
					_, stroke := computed(rules, a, "stroke")
					paintedBy = (fill || stroke) && a.name == "g" && n.name != "line"
				}
				if !paintedBy {
					t.Errorf("%s, %s: <%s class=%q> has no rule that paints it", theme.Name, name, n.name, n.attrs["class"])
				}
			}
		}
		for c := range named {
			if !used[c] {
				t.Errorf("%s: the style sheet has a rule for .%s, which nothing draws", theme.Name, c)
			}
		}
	}
}

// Every text meets the contrast WCAG 2.1 AA asks (success criterion
// 1.4.3) against what it sits on, in every theme: 4.5:1, or 3:1 for large
// text (24 px, or 18.66 px bold). What a text sits on is the shapes drawn
// before it under each of its lines, blended by their opacity, or the halo
// it is outlined with.
func TestThemeContrast(t *testing.T) {
	for _, theme := range themes {
		worst := map[string]string{} // by class, the first failure
		for name, svg := range themeCorpus(t, theme) {
			nodes, style := parseSVGTree(t, svg)
			rules := parseCSS(t, style)
			for _, n := range nodes {
				if n.name != "text" || !painted(n) || strings.TrimSpace(strings.Join(n.lines, "")) == "" {
					continue
				}
				fill, _ := computed(rules, n, "fill")
				ink := parseColour(t, fill)
				if op, _ := computed(rules, n, "fill-opacity"); op != "1" {
					t.Errorf("%s, %s: text %q is drawn translucent (%s)", theme.Name, name, n.lines[0], op)
				}
				size := n.num("font-size")
				need := 4.5
				if size >= 24 || n.attrs["font-weight"] == "bold" && size >= 18.66 {
					need = 3
				}
				var grounds []rgb
				halo, _ := computed(rules, n, "stroke")
				width, _ := computed(rules, n, "stroke-width")
				order, _ := computed(rules, n, "paint-order")
				if w, _ := strconv.ParseFloat(width, 64); halo != "none" && order == "stroke" && w >= 2 {
					grounds = append(grounds, parseColour(t, halo))
				} else {
					for _, p := range textSamples(n) {
						grounds = append(grounds, groundAt(t, rules, nodes[:n.order], p[0], p[1]))
					}
				}
				for _, g := range grounds {
					if c := contrast(ink, g); c < need {
						key := n.attrs["class"]
						if _, seen := worst[key]; !seen {
							worst[key] = fmt.Sprintf("%s, %s: text.%s %q is %s on %s: %.2f:1, below %.1f:1", theme.Name, name,
								strings.ReplaceAll(key, " ", "."), n.lines[0], ink, g, c, need)
						}
						break
					}
				}
			}
		}
		for _, msg := range worst {
			t.Error(msg)
		}
	}
}

// groundAt is the colour under the point x, y where the elements before
// are drawn: the shapes covering it, blended in the order drawn.
func groundAt(t testing.TB, rules []cssRule, before []*svgNode, x, y float64) rgb {
	ground := rgb{1, 1, 1} // the page, should the background leave it bare
	for _, n := range before {
		if !painted(n) || n.name == "text" || !contains(n, x, y) {
			continue
		}
		fill, _ := computed(rules, n, "fill")
		if fill == "none" {
			continue
		}
		op, _ := computed(rules, n, "fill-opacity")
		a, err := strconv.ParseFloat(op, 64)
		if err != nil {
			t.Fatalf("fill-opacity %q", op)
		}
		ground = parseColour(t, fill).over(ground, a)
	}
	return ground
}

// The checks above check something: a text made too pale fails.
func TestThemeContrastFindsPaleText(t *testing.T) {
	pale := *themes[0]
	pale.muted = "#b0b0b0"
	svg := renderSVG(t, examples(t)["washing-machine"], Options{Theme: &pale})
	nodes, style := parseSVGTree(t, svg)
	rules := parseCSS(t, style)
	failing := 0
	for _, n := range nodes {
		if n.name != "text" || !slices.Contains(n.classes, "meta") {
			continue
		}
		fill, _ := computed(rules, n, "fill")
		for _, p := range textSamples(n) {
			if contrast(parseColour(t, fill), groundAt(t, rules, nodes[:n.order], p[0], p[1])) < 4.5 {
				failing++
			}
		}
	}
	if failing == 0 {
		t.Error("a pale meta line passes the contrast check")
	}
	if c := contrast(parseColour(t, "#d55e00"), parseColour(t, "#f7f8fa")); math.Abs(c-3.6) > 0.05 {
		t.Errorf("contrast of #d55e00 on #f7f8fa: %.2f, want 3.6", c)
	}
	if c := contrast(rgb{}, rgb{1, 1, 1}); c != 21 {
		t.Errorf("black on white: %v", c)
	}
}

// docs/styling.md names every theme and what it is for.
func TestThemesDocumented(t *testing.T) {
	doc := string(readFile(t, "../docs/styling.md"))
	for i, theme := range themes {
		row := "| `" + theme.Name + "` | " + theme.About + " |"
		if i == 0 {
			row = "| `" + theme.Name + "` (default) | " + theme.About + " |"
		}
		if !strings.Contains(doc, row) {
			t.Errorf("docs/styling.md lacks the row %q", row)
		}
	}
}
