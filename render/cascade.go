package render

import (
	"slices"
	"strconv"
	"strings"
)

// The PDF and PNG painters have no browser to apply the style sheet, so
// they apply it themselves: the same rules (mapRules, matrixRules), by the
// cascade of CSS, so that an element is painted as a browser paints it in
// the SVG. The rules use a small part of CSS, and so does this: selectors
// of a type and classes, joined by spaces (descendants), in lists; the
// properties below, all of which SVG inherits; colours as #rrggbb.

// paintSpec is how an element is painted: the computed values of the
// properties the style sheets set.
type paintSpec struct {
	fill, stroke srgb
	fillOpacity  float64
	strokeWidth  float64
	dash         []float64 // stroke-dasharray; nil: solid
	cap          string    // stroke-linecap: butt, round or square
	join         string    // stroke-linejoin: miter, round or bevel
	strokeFirst  bool      // paint-order: stroke, as the halo behind a label
}

// srgb is a colour in sRGB; none paints nothing.
type srgb struct {
	r, g, b uint8
	none    bool
}

// initialPaint is how SVG paints an element no rule styles.
var initialPaint = paintSpec{fill: srgb{}, stroke: srgb{none: true}, fillOpacity: 1, strokeWidth: 1, cap: "butt", join: "miter"}

// node is an element as a selector sees it: its type and its classes.
type node struct {
	tag     string
	classes []string
}

// compound is one part of a selector: a type (or "" for any) and classes
// the element has.
type compound struct {
	tag     string
	classes []string
}

func (c compound) matches(n node) bool {
	if c.tag != "" && c.tag != n.tag {
		return false
	}
	for _, cl := range c.classes {
		if !slices.Contains(n.classes, cl) {
			return false
		}
	}
	return true
}

// selector is a complex selector: compounds joined by descendant
// combinators, the element's own last.
type selector struct {
	parts       []compound
	specificity int // classes, then types: 100 per class, 1 per type
}

// matches reports whether s selects n among its ancestors, the root first.
func (s selector) matches(n node, ancestors []node) bool {
	last := len(s.parts) - 1
	if !s.parts[last].matches(n) {
		return false
	}
	i := len(ancestors) - 1
	for k := last - 1; k >= 0; k-- {
		for i >= 0 && !s.parts[k].matches(ancestors[i]) {
			i--
		}
		if i < 0 {
			return false
		}
		i--
	}
	return true
}

// declaration is one property and its value.
type declaration struct{ property, value string }

// cascadeRule is a rule read for the cascade: its selectors and
// declarations.
type cascadeRule struct {
	selectors    []selector
	declarations []declaration
}

// cascade applies a style sheet's rules to elements.
type cascade struct {
	rules []cascadeRule
	memo  map[string]paintSpec // by the element and its ancestors, see key
}

// newCascade reads the rules of a style sheet.
func newCascade(rules []rule) *cascade {
	c := &cascade{memo: map[string]paintSpec{}}
	for _, r := range rules {
		var cr cascadeRule
		for _, sel := range strings.Split(r.selector, ",") {
			var s selector
			for _, part := range strings.Fields(sel) {
				names := strings.Split(part, ".")
				cp := compound{tag: names[0], classes: names[1:]}
				s.parts = append(s.parts, cp)
				s.specificity += 100 * len(cp.classes)
				if cp.tag != "" {
					s.specificity++
				}
			}
			if len(s.parts) > 0 {
				cr.selectors = append(cr.selectors, s)
			}
		}
		for _, d := range strings.Split(r.declarations, ";") {
			if prop, value, ok := strings.Cut(d, ":"); ok {
				cr.declarations = append(cr.declarations, declaration{strings.TrimSpace(prop), strings.TrimSpace(value)})
			}
		}
		c.rules = append(c.rules, cr)
	}
	return c
}

// paintOf computes the paint of n, whose parent is painted parent: what
// it inherits, overridden by the declarations of the rules that select it,
// the more specific and then the later winning. key names n and its
// ancestors, so that an element met again is computed once.
func (c *cascade) paintOf(key string, n node, ancestors []node, parent paintSpec) paintSpec {
	if p, ok := c.memo[key]; ok {
		return p
	}
	type match struct {
		specificity, order int
	}
	var matched []match
	for i, r := range c.rules {
		best := -1
		for _, s := range r.selectors {
			if s.specificity > best && s.matches(n, ancestors) {
				best = s.specificity
			}
		}
		if best >= 0 {
			matched = append(matched, match{best, i})
		}
	}
	slices.SortStableFunc(matched, func(a, b match) int { return a.specificity - b.specificity })
	p := parent
	for _, m := range matched {
		for _, d := range c.rules[m.order].declarations {
			p.set(d)
		}
	}
	c.memo[key] = p
	return p
}

// set applies a declaration; a value it cannot read leaves p as it was,
// as a browser ignores an invalid declaration.
func (p *paintSpec) set(d declaration) {
	number := func() (float64, bool) {
		v, err := strconv.ParseFloat(d.value, 64)
		return v, err == nil && v >= 0
	}
	switch d.property {
	case "fill":
		if c, ok := parseCSSColour(d.value); ok {
			p.fill = c
		}
	case "stroke":
		if c, ok := parseCSSColour(d.value); ok {
			p.stroke = c
		}
	case "fill-opacity":
		if v, ok := number(); ok {
			p.fillOpacity = min(v, 1)
		}
	case "stroke-width":
		if v, ok := number(); ok {
			p.strokeWidth = v
		}
	case "stroke-dasharray":
		p.dash = parseDash(d.value)
	case "stroke-linecap":
		p.cap = d.value
	case "stroke-linejoin":
		p.join = d.value
	case "paint-order":
		p.strokeFirst = strings.HasPrefix(d.value, "stroke")
	}
}

// parseCSSColour reads none or #rrggbb.
func parseCSSColour(s string) (srgb, bool) {
	if s == "none" {
		return srgb{none: true}, true
	}
	if len(s) != 7 || s[0] != '#' {
		return srgb{}, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return srgb{}, false
	}
	return srgb{r: uint8(v >> 16), g: uint8(v >> 8), b: uint8(v)}, true
}

// parseDash reads a dash array of lengths; none, or anything it cannot
// read, or lengths that add up to nothing, is a solid line (nil). An odd
// number of lengths is repeated, as SVG does.
func parseDash(s string) []float64 {
	var dash []float64
	total := 0.0
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' }) {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil || v < 0 {
			return nil
		}
		dash = append(dash, v)
		total += v
	}
	if total == 0 {
		return nil
	}
	if len(dash)%2 == 1 {
		dash = append(dash, dash...)
	}
	return dash
}
