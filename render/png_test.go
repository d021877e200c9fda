package render

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// drawPNG draws a map as PNG, failing t on an error.
func drawPNG(t testing.TB, s *Scene, opts Options, scale float64) []byte {
	t.Helper()
	return written(t, func(w io.Writer) error { return WritePNG(w, s, opts, PNGOptions{Scale: scale}) })
}

func decodePNG(t testing.TB, data []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the PNG does not decode: %v", err)
	}
	return img
}

// TestPaintsLikeTheStyleSheet: the PDF and PNG painters paint every
// element with what the theme's style sheet gives it in a browser. The
// recorder's ops are compared, element by element, with the SVG read by
// the CSS cascade of theme_test.go, which is written apart.
func TestPaintsLikeTheStyleSheet(t *testing.T) {
	j, others := compareJourneys(t)
	for _, theme := range themes {
		type picture struct {
			svg []byte
			rec *recorder
		}
		pictures := map[string]picture{}
		for name, ex := range examples(t) {
			s := Layout(ex, DejaVu)
			pictures[name] = picture{renderSVG(t, ex, Options{Theme: theme}), recordScene(s, theme)}
			m := LayoutMatrix(ex, DejaVu, matrixToday)
			pictures[name+".matrix"] = picture{renderMatrixSVG(t, ex, MatrixOptions{Theme: theme, Today: matrixToday}), recordMatrix(m, theme)}
		}
		s, err := LayoutCompare(j, others, DejaVu)
		if err != nil {
			t.Fatal(err)
		}
		pictures["compare"] = picture{renderSVG(t, j, Options{Theme: theme, Compare: others}), recordScene(s, theme)}
		for name, pic := range pictures {
			nodes, style := parseSVGTree(t, pic.svg)
			rules := parseCSS(t, style)
			var drawn []*svgNode
			for _, n := range nodes {
				if painted(n) {
					drawn = append(drawn, n)
				}
			}
			var ops []op
			for _, o := range pic.rec.ops {
				if o.class != "arrow-head" { // drawn from the marker in <defs>
					ops = append(ops, o)
				}
			}
			if len(ops) != len(drawn) {
				t.Fatalf("%s %s: %d ops for %d elements", theme.Name, name, len(ops), len(drawn))
			}
			for i, n := range drawn {
				o := ops[i]
				where := fmt.Sprintf("%s %s: <%s class=%q>", theme.Name, name, n.name, n.attrs["class"])
				if (o.text != nil) != (n.name == "text") {
					t.Fatalf("%s: op %d is another element", where, i)
				}
				want := func(prop string) string { v, _ := computed(rules, n, prop); return v }
				colour := func(c srgb) string {
					if c.none {
						return "none"
					}
					return fmt.Sprintf("#%02x%02x%02x", c.r, c.g, c.b)
				}
				num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
				for _, c := range []struct{ prop, got string }{
					{"fill", colour(o.paint.fill)},
					{"stroke", colour(o.paint.stroke)},
					{"stroke-width", num(o.paint.strokeWidth)},
					{"fill-opacity", num(o.paint.fillOpacity)},
				} {
					if w := want(c.prop); w != c.got {
						t.Errorf("%s: %s is %s, want %s", where, c.prop, c.got, w)
					}
				}
				if got, w := o.paint.strokeFirst, strings.HasPrefix(want("paint-order"), "stroke"); got != w {
					t.Errorf("%s: paint-order stroke %v, want %v", where, got, w)
				}
				if got, w := fmt.Sprint(o.paint.dash), fmt.Sprint(parseDash(want("stroke-dasharray"))); got != w {
					t.Errorf("%s: dashes %s, want %s", where, got, w)
				}
			}
		}
	}
}

// TestPNGSize: a PNG is the scene at the scale asked, rounded up to whole
// pixels, opaque RGB, marked sRGB, on the theme's background.
func TestPNGSize(t *testing.T) {
	s := Layout(examples(t)["washing-machine"], DejaVu)
	for _, scale := range []float64{1, 2, 0.5} {
		data := drawPNG(t, s, Options{}, scale)
		img := decodePNG(t, data)
		w, h := int(math.Ceil(s.Width*scale)), int(math.Ceil(s.Height*scale))
		if b := img.Bounds(); b.Dx() != w || b.Dy() != h {
			t.Errorf("scale %g: %v, want %d × %d for a scene of %g × %g", scale, b, w, h, s.Width, s.Height)
		}
		if _, ok := img.(*image.RGBA); !ok {
			t.Errorf("scale %g: decodes as %T, want RGB (image.RGBA)", scale, img)
		}
		if data[25] != 2 { // the colour type in IHDR: RGB, no alpha
			t.Errorf("scale %g: colour type %d, want 2 (RGB)", scale, data[25])
		}
		if !bytes.Contains(data[:64], []byte("sRGB")) {
			t.Errorf("scale %g: no sRGB chunk", scale)
		}
	}
	// The map is 1343.68 px tall: its last row is mostly background, and
	// the rest white, never black.
	light := decodePNG(t, drawPNG(t, s, Options{}, 1))
	if r, g, b, _ := light.At(0, light.Bounds().Dy()-1).RGBA(); min(r, g, b)>>8 < 0xF0 {
		t.Errorf("the last row is %02x%02x%02x, want white", r>>8, g>>8, b>>8)
	}
	dark := decodePNG(t, drawPNG(t, s, Options{Theme: themes[1]}, 1))
	if r, g, b, _ := dark.At(1, 1).RGBA(); r>>8 != 0x14 || g>>8 != 0x18 || b>>8 != 0x1f {
		t.Errorf("the dark theme's corner is %02x%02x%02x, want its background 14181f", r>>8, g>>8, b>>8)
	}
}

// TestPNGScaleBound: no PNG is larger than MaxPNGPixels; a map that would
// be is drawn at the largest scale within it.
func TestPNGScaleBound(t *testing.T) {
	for _, c := range []struct{ w, h, scale float64 }{
		{32767, 32767, 2}, {32767, 1200, 2}, {11840, 1037.49, 2}, {1230, 981, 8}, {32767, 32767, 0.01}, {3, 1, 2},
	} {
		scale, w, h := PNGScale(c.w, c.h, c.scale)
		if w*h > MaxPNGPixels {
			t.Errorf("%g × %g at %g: %d × %d pixels, over %d", c.w, c.h, c.scale, w, h, MaxPNGPixels)
		}
		if scale > c.scale {
			t.Errorf("%g × %g at %g: scale raised to %g", c.w, c.h, c.scale, scale)
		}
		if want := int(math.Ceil(c.w*scale - 1e-9)); w != max(1, want) {
			t.Errorf("%g × %g at %g: width %d, want %d", c.w, c.h, scale, w, want)
		}
	}
	if scale, _, _ := PNGScale(11840, 1037.49, 2); scale != 2 {
		t.Errorf("the 56-touchpoint map at scale 2 is lowered to %g", scale)
	}
}

// TestPNGDeterministic: the same map gives the same PNG bytes, however
// often and however concurrently it is drawn.
func TestPNGDeterministic(t *testing.T) {
	s := Layout(examples(t)["city-trip-loop"], DejaVu)
	first := drawPNG(t, s, Options{}, 1)
	var wg sync.WaitGroup
	got := make([][]byte, 4)
	for i := range got {
		wg.Go(func() {
			var b bytes.Buffer
			if WritePNG(&b, s, Options{}, PNGOptions{Scale: 1}) == nil {
				got[i] = b.Bytes()
			}
		})
	}
	wg.Wait()
	for i, g := range got {
		if !bytes.Equal(g, first) {
			t.Errorf("PNG %d differs", i)
		}
	}
}

// Golden PNGs: each example's map, drawn at scale 1, against the PNG in
// testdata/png (rewritten by -update). They are compared pixel by pixel
// within a tolerance, not byte by byte: on another architecture, fused
// multiply-adds may round an edge's coverage differently.
const (
	goldenChannelTolerance = 8      // any channel of a pixel may differ by this
	goldenOutliers         = 0.0001 // the share of pixels that may differ more
	goldenMaxDifference    = 64     // but never by more than this
)

// TestGoldenPNGs: the PNG of every example is the committed one, within
// the tolerance.
func TestGoldenPNGs(t *testing.T) {
	for name, j := range examples(t) {
		got := decodePNG(t, drawPNG(t, Layout(j, DejaVu), Options{}, 1))
		path := filepath.Join("testdata", "png", name+".png")
		if *update {
			var b bytes.Buffer
			enc := png.Encoder{CompressionLevel: png.BestCompression}
			if err := enc.Encode(&b, got); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want := decodePNG(t, readFile(t, path))
		if msg := imageDifference(want, got); msg != "" {
			// Kept after the test, to look at.
			out := "(not saved)"
			if f, err := os.CreateTemp("", "journeymap-"+name+"-*.png"); err == nil {
				png.Encode(f, got)
				f.Close()
				out = f.Name()
			}
			t.Errorf("%s: %s; the PNG drawn is %s. Review it, then run: go test ./render -update", path, msg, out)
		}
	}
}

// imageDifference says how got differs from want beyond the tolerance, or
// returns "".
func imageDifference(want, got image.Image) string {
	if want.Bounds() != got.Bounds() {
		return fmt.Sprintf("%v, want %v", got.Bounds(), want.Bounds())
	}
	b := want.Bounds()
	outliers, worst := 0, 0
	var at image.Point
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r1, g1, b1, _ := want.At(x, y).RGBA()
			r2, g2, b2, _ := got.At(x, y).RGBA()
			d := max(absDiff(r1, r2), absDiff(g1, g2), absDiff(b1, b2)) >> 8
			if d > goldenChannelTolerance {
				outliers++
			}
			if d > worst {
				worst, at = d, image.Pt(x, y)
			}
		}
	}
	if limit := int(goldenOutliers * float64(b.Dx()*b.Dy())); outliers > limit || worst > goldenMaxDifference {
		return fmt.Sprintf("%d pixels differ by more than %d (at most %d may), the most by %d at %v", outliers, goldenChannelTolerance, limit, worst, at)
	}
	return ""
}

func absDiff(a, b uint32) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}

// TestImageDifference: the golden comparison passes what differs within
// the tolerance and catches what differs more.
func TestImageDifference(t *testing.T) {
	base := image.NewRGBA(image.Rect(0, 0, 200, 100))
	for i := range base.Pix {
		base.Pix[i] = 200
	}
	near := image.NewRGBA(base.Rect)
	copy(near.Pix, base.Pix)
	near.Pix[0] += goldenChannelTolerance
	if msg := imageDifference(base, near); msg != "" {
		t.Errorf("within the tolerance: %s", msg)
	}
	far := image.NewRGBA(base.Rect)
	copy(far.Pix, base.Pix)
	for x := range 10 {
		far.Pix[4*x+1] = 0 // a short green stroke gone
	}
	if msg := imageDifference(base, far); !strings.Contains(msg, "10 pixels differ") {
		t.Errorf("a changed stroke: %q", msg)
	}
	if msg := imageDifference(base, image.NewRGBA(image.Rect(0, 0, 201, 100))); msg == "" {
		t.Errorf("another size passes")
	}
}
