//go:build unix

package render

import (
	"fmt"
	"image"
	"math"
	"testing"
)

// textPlacementTolerance is how far, in pixels at scale 1, a text may lie
// from where the browser puts it.
const textPlacementTolerance = 2.0

// TestTextPlacedAsInBrowser: the PNG painter puts every text where a real
// browser puts the SVG's. Chromium reports the box of each <text> (from
// the start of its lines to their end, from the font's ascent to its
// descent); the painter's placement of the same text, at scale 1, gives
// the same box within 2 px; and the PNG's glyphs lie in it. The PDF places
// its glyphs as the PNG does, but for the standard ligatures (ff, fi, fl),
// which it sets as their letters so that its text reads as they do: a
// word with one is up to 1.6 px wider there.
func TestTextPlacedAsInBrowser(t *testing.T) {
	svgs := map[string][]byte{}
	recs := map[string]*recorder{}
	for name, j := range examples(t) {
		s := Layout(j, DejaVu)
		svgs["map/"+name] = renderSVG(t, j, Options{})
		recs["map/"+name] = recordScene(s, themes[0])
		m := LayoutMatrix(j, DejaVu, matrixToday)
		svgs["matrix/"+name] = renderMatrixSVG(t, j, MatrixOptions{Today: matrixToday})
		recs["matrix/"+name] = recordMatrix(m, themes[0])
	}
	j, others := compareJourneys(t)
	s, err := LayoutCompare(j, others, DejaVu)
	if err != nil {
		t.Fatal(err)
	}
	svgs["compare"] = renderSVG(t, j, Options{Compare: others})
	recs["compare"] = recordScene(s, themes[0])

	ts, err := newTypesetter()
	if err != nil {
		t.Fatal(err)
	}
	checked, worst := 0, 0.0
	// At a device scale of 2, Chromium places glyphs at fractions of a
	// pixel, as the painters do; at 1 it rounds each advance to a pixel on
	// Linux, and a long line drifts by a pixel or two.
	for _, r := range runBrowserScript(t, svgs, "textboxes.js", "--force-device-scale-factor=2") {
		rp := &rasterPainter{ts: ts, a: affine{k: 1}}
		rp.prepare(recs[r.Name].ops)
		var texts []*rasterOp
		for i := range rp.ops {
			if rp.ops[i].text != nil {
				texts = append(texts, &rp.ops[i])
			}
		}
		if len(texts) != len(r.TextBoxes) {
			t.Fatalf("%s: the browser has %d texts, the painter %d", r.Name, len(r.TextBoxes), len(texts))
		}
		for i, o := range texts {
			want := r.TextBoxes[i]
			got := placedBox(rp, o)
			what := fmt.Sprintf("%s: text %d %q", r.Name, i, o.text.Lines[0])
			for k, side := range []string{"left", "top", "right", "bottom"} {
				d := math.Abs(got[k] - want[k])
				worst = math.Max(worst, d)
				if d > textPlacementTolerance {
					t.Errorf("%s: its %s is at %.2f, in the browser at %.2f", what, side, got[k], want[k])
				}
			}
			if ink := inkBox(rp, o); !ink.Empty() {
				in := image.Rect(int(math.Floor(got[0]-textPlacementTolerance)), int(math.Floor(got[1]-textPlacementTolerance)),
					int(math.Ceil(got[2]+textPlacementTolerance)), int(math.Ceil(got[3]+textPlacementTolerance)))
				if !ink.In(in) {
					t.Errorf("%s: the PNG's glyphs cover %v, outside its box %v", what, ink, in)
				}
			}
			checked++
		}
	}
	t.Logf("%d texts placed as in the browser, within %.2f px", checked, worst)
}

// placedBox is the box of a text as the painters place it: left, top,
// right and bottom.
func placedBox(r *rasterPainter, o *rasterOp) [4]float64 {
	t := o.text
	f := r.ts.files[faceOf(t)]
	box := [4]float64{math.Inf(1), t.Y - f.ascent*t.Size, math.Inf(-1), t.Y + float64(len(t.Lines)-1)*t.LineHeight + f.descent*t.Size}
	for li := range o.lines {
		box[0] = math.Min(box[0], o.starts[li])
		box[2] = math.Max(box[2], o.starts[li]+o.widths[li])
	}
	return box
}

// inkBox is the pixels the PNG's glyphs of a text cover.
func inkBox(r *rasterPainter, o *rasterOp) image.Rectangle {
	var ink image.Rectangle
	for li, glyphs := range o.lines {
		for _, g := range glyphs {
			key, x, y := r.glyphAt(o, li, g, 0)
			m := r.mask(key)
			if m == nil {
				continue
			}
			b := m.a.Bounds()
			for py := b.Min.Y; py < b.Max.Y; py++ {
				for px := b.Min.X; px < b.Max.X; px++ {
					if m.a.Pix[py*m.a.Stride+px] > 32 {
						ink = ink.Union(image.Rect(x+m.dx+px, y+m.dy+py, x+m.dx+px+1, y+m.dy+py+1))
					}
				}
			}
		}
	}
	return ink
}
