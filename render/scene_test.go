package render

import (
	"fmt"
	"testing"
)

// textBox is the box a placed text covers, by the measurer's widths.
func textBox(t Text, m Measurer) Box {
	width := 0.0
	for _, line := range t.Lines {
		width = max(width, m.Width(line, t.Size, t.Bold))
	}
	x := t.X
	switch t.Anchor {
	case "middle":
		x -= width / 2
	case "end":
		x -= width
	}
	top := t.Y - ascent*t.Size
	h := float64(len(t.Lines)-1)*t.LineHeight + textBoxEm*t.Size
	return Box{X: x, Y: top, W: width, H: h}
}

func within(inner, outer Box) bool {
	const eps = 0.02
	return inner.X >= outer.X-eps && inner.Y >= outer.Y-eps &&
		inner.X+inner.W <= outer.X+outer.W+eps && inner.Y+inner.H <= outer.Y+outer.H+eps
}

func overlap(a, b Box) bool {
	const eps = 0.01
	return a.X+eps < b.X+b.W && b.X+eps < a.X+a.W && a.Y+eps < b.Y+b.H && b.Y+eps < a.Y+a.H
}

// checkScene checks the promises of the layout on a scene: every text fits
// inside its box, touchpoint cards and phase headers do not overlap, and
// everything lies on the canvas.
func checkScene(t *testing.T, name string, s *Scene, m Measurer) {
	t.Helper()
	canvas := Box{W: s.Width, H: s.Height}
	texts := 0
	in := func(what string, tx Text, box Box) {
		t.Helper()
		if len(tx.Lines) == 0 {
			return
		}
		texts++
		if tb := textBox(tx, m); !within(tb, box) {
			t.Errorf("%s: %s %q (%v) leaves its box %v", name, what, tx.Lines, tb, box)
		}
	}
	onCanvas := func(what string, b Box) {
		t.Helper()
		if !within(b, canvas) {
			t.Errorf("%s: %s %v lies outside the canvas %v", name, what, b, canvas)
		}
	}
	in("title", s.Lens.Title, s.Lens.Box)
	in("meta", s.Lens.Meta, s.Lens.Box)
	onCanvas("lens", s.Lens.Box)
	for _, p := range s.Lens.Panels {
		in("panel label", p.Label, p.Box)
		for _, b := range p.Body {
			in("panel text", b, p.Box)
		}
	}
	for _, mo := range s.Moments {
		in("moment", mo.Label, mo.Box)
		onCanvas("moment", mo.Box)
	}
	if s.Loop != nil {
		onCanvas("loop label", textBox(s.Loop.Label, m))
	}
	var cards []Box
	for i, p := range s.Phases {
		onCanvas("phase", p.Box)
		in("phase name", p.Name, p.Box)
		if p.Scenario != nil {
			in("phase scenario", *p.Scenario, p.Box)
		}
		for k, q := range s.Phases[:i] {
			if overlap(p.Box, q.Box) {
				t.Errorf("%s: phase headers %d and %d overlap", name, i, k)
			}
		}
		if p.Empty != nil {
			if p.EmptyBox == nil || p.EmptyBox.H <= 0 {
				t.Errorf("%s: phase %d has no touchpoints and no box for them", name, i)
			} else {
				in("empty phase", *p.Empty, *p.EmptyBox)
			}
		}
		for _, c := range p.Touchpoints {
			onCanvas("card", c.Box)
			in("card name", c.Name, c.Box)
			if c.Channel != nil {
				in("card channel", *c.Channel, c.Box)
			}
			if c.Owner != nil {
				in("card owner", *c.Owner, c.Box)
			}
			for k, o := range cards {
				if overlap(c.Box, o) {
					t.Errorf("%s: card %q overlaps card %d", name, c.Name.Lines, k)
				}
			}
			cards = append(cards, c.Box)
		}
	}
	cv := s.Curve
	onCanvas("curve", cv.Box)
	in("curve label", cv.Label, cv.Box)
	for _, tk := range cv.Ticks {
		in("tick", tk.Label, cv.Box)
	}
	for _, f := range cv.Feelings {
		in("feeling", f, cv.Box)
	}
	for _, mk := range cv.Markers {
		in("marker label", mk.Label, cv.Box)
	}
	for _, p := range cv.Points {
		if p.X < cv.Plot.X || p.X > cv.Plot.X+cv.Plot.W || p.Y < cv.Plot.Y-0.01 || p.Y > cv.Plot.Y+cv.Plot.H+0.01 {
			t.Errorf("%s: curve point %v outside the plot %v", name, p, cv.Plot)
		}
	}
	for _, l := range s.Lanes {
		onCanvas("lane", l.Box)
		in("lane label", l.Label, l.Box)
		for i, c := range l.Cells {
			for _, it := range c.Items {
				in(fmt.Sprintf("lane %s cell %d", l.Class, i), it, c.Box)
			}
		}
	}
	onCanvas("legend", s.Legend.Box)
	for _, it := range s.Legend.Items {
		in("legend", it.Label, s.Legend.Box)
	}
	if texts == 0 {
		t.Errorf("%s: no text checked", name)
	}
}
