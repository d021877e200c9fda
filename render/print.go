package render

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// The codes of the warnings of the PDF and PNG painters. Like those of
// package journey, they are stable.
const (
	// CodeMissingGlyph: a text has a character the embedded fonts lack,
	// which the PDF and PNG show as a box. The SVG leaves it to the
	// viewer's fonts.
	CodeMissingGlyph journey.Code = "missing-glyph"
	// CodeSmallPrint: a map too tall for its paper at 8 pt prints its body
	// text smaller.
	CodeSmallPrint journey.Code = "small-print"
	// CodeScaledDown: a PNG is drawn at a smaller scale than asked, to
	// stay within MaxPNGPixels.
	CodeScaledDown journey.Code = "scaled-down"
)

// RenderPDF lays out a valid journey and prints its map as PDF to w (see
// WritePDF). It returns the warnings of the layout, and of the print: a
// character the fonts lack, body text under 8 pt.
func RenderPDF(w io.Writer, j *journey.Journey, opts Options, pdf PDFOptions) (journey.Diagnostics, error) {
	s, err := layoutMap(j, opts)
	if err != nil {
		return nil, err
	}
	warnings := append(s.Warnings, glyphWarnings(j, false)...)
	if pdf.Matrix != nil {
		warnings = append(warnings, pdf.Matrix.Warnings...)
	}
	info, err := writePDF(w, s, opts, pdf)
	if err != nil {
		return nil, err
	}
	if w := smallPrint(j, s, pdf.Paper, info); w != nil {
		warnings = append(warnings, *w)
	}
	if info.replaced > 0 {
		warnings = append(warnings, journey.Diagnostic{File: j.File, Pos: j.Pos, Severity: journey.Warning, Code: CodeMissingGlyph,
			Message: fmt.Sprintf("the map has more emoji and other characters beyond the Basic Multilingual Plane than the PDF draws (%d outlines): it shows U+FFFD (�) for %d of them, to stay small", maxOutlines, info.replaced)})
	}
	return warnings.Sorted(), nil
}

// smallPrint is the warning of a map printed on paper with body text under
// 8 pt when split (as tall as the paper allows), or under 7 pt when fitted
// (where split is chosen unless asked for fit); nil when there is none.
func smallPrint(j *journey.Journey, s *Scene, paper string, info printed) *journey.Diagnostic {
	if paper == "" {
		return nil
	}
	limit := fitPt
	if info.split {
		limit = splitPt
	}
	if info.bodyPt >= limit-0.05 {
		return nil
	}
	var msg string
	if info.split {
		msg = fmt.Sprintf("the map prints its body text at %.1f pt on %s, under %g pt: at %.0f px it is too tall for the paper",
			info.bodyPt, paperTitle(paper), splitPt, s.Height)
		if bigger, pt := largerPaper(paper, s.Height); bigger != "" {
			msg += fmt.Sprintf("; --page %s prints it at %.1f pt", bigger, pt)
		}
	} else {
		_, h, _ := paperSize(paper)
		msg = fmt.Sprintf("the map prints its body text at %.1f pt on one page of %s: at %.0f × %.0f px it is too large for the paper; --pages split prints it at %.1f pt over several",
			info.bodyPt, paperTitle(paper), s.Width, s.Height, bodyPx*min(splitPt/bodyPx, (h-2*pageMargin)/s.Height))
	}
	return &journey.Diagnostic{File: j.File, Pos: j.Pos, Severity: journey.Warning, Code: CodeSmallPrint, Message: msg}
}

// RenderPNG lays out a valid journey and draws its map as PNG to w (see
// WritePNG). It returns the warnings of the layout, and of the drawing: a
// character the fonts lack, a scale lowered to keep within MaxPNGPixels.
func RenderPNG(w io.Writer, j *journey.Journey, opts Options, png PNGOptions) (journey.Diagnostics, error) {
	s, err := layoutMap(j, opts)
	if err != nil {
		return nil, err
	}
	warnings := append(s.Warnings, glyphWarnings(j, false)...)
	warnings = append(warnings, scaleWarning(j, s.Width, s.Height, png.Scale)...)
	return warnings.Sorted(), WritePNG(w, s, opts, png)
}

// RenderMatrixPDF lays out the action-priority matrix of a valid journey
// and prints it as a one-page PDF to w, with the warnings of the layout
// and of the print.
func RenderMatrixPDF(w io.Writer, j *journey.Journey, opts MatrixOptions, pdf PDFOptions) (journey.Diagnostics, error) {
	m := LayoutMatrix(j, DejaVu, opts.Today)
	warnings := append(m.Warnings, glyphWarnings(j, true)...)
	return warnings.Sorted(), WriteMatrixPDF(w, m, Options{Theme: opts.Theme}, pdf)
}

// RenderMatrixPNG lays out the action-priority matrix of a valid journey
// and draws it as PNG to w, with the warnings of the layout and of the
// drawing.
func RenderMatrixPNG(w io.Writer, j *journey.Journey, opts MatrixOptions, png PNGOptions) (journey.Diagnostics, error) {
	m := LayoutMatrix(j, DejaVu, opts.Today)
	warnings := append(m.Warnings, glyphWarnings(j, true)...)
	warnings = append(warnings, scaleWarning(j, m.Width, m.Height, png.Scale)...)
	return warnings.Sorted(), WriteMatrixPNG(w, m, Options{Theme: opts.Theme}, png)
}

// scaleWarning says when a picture of width × height is drawn at a
// smaller scale than asked.
func scaleWarning(j *journey.Journey, width, height, asked float64) journey.Diagnostics {
	if !(asked > 0) {
		asked = DefaultPNGScale
	}
	scale, w, h := PNGScale(width, height, asked)
	if scale >= asked {
		return nil
	}
	return journey.Diagnostics{{File: j.File, Pos: j.Pos, Severity: journey.Warning, Code: CodeScaledDown,
		Message: fmt.Sprintf("the PNG is drawn at scale %g, not %g: %d × %d px is the largest within %d megapixels", scale, asked, w, h, MaxPNGPixels/1_000_000)}}
}

// paperTitle is a paper's name as people write it.
func paperTitle(name string) string {
	switch name {
	case "letter":
		return "Letter"
	case "slide":
		return "a slide"
	}
	return strings.ToUpper(name)
}

// largerPaper is the paper on which a map of height px prints larger than
// on paper: the smallest that prints body text at 8 pt, else the one that
// prints it largest; and its body text there. "" when there is none.
func largerPaper(paper string, height float64) (string, float64) {
	_, h, _ := paperSize(paper)
	body := func(ph float64) float64 { return bodyPx * min(splitPt/bodyPx, (ph-2*pageMargin)/height) }
	best, bestH := "", 0.0
	for _, p := range papers {
		if p.h <= h {
			continue
		}
		better := best == "" || body(bestH) < splitPt && p.h > bestH || body(p.h) >= splitPt && p.h < bestH
		if better {
			best, bestH = p.name, p.h
		}
	}
	if best == "" {
		return "", 0
	}
	return best, body(bestH)
}

// maxNamedGlyphs is how many characters a missing-glyph warning names.
const maxNamedGlyphs = 5

// glyphWarnings names, for each text of j that the map (or with matrix,
// the matrix) shows, the characters that no embedded face has: the PDF
// and PNG draw a box there, which must not pass unsaid. A warning is at
// the element the text belongs to.
func glyphWarnings(j *journey.Journey, matrix bool) journey.Diagnostics {
	ts, err := newTypesetter()
	if err != nil {
		return nil
	}
	var out journey.Diagnostics
	check := func(pos journey.Pos, what string, texts ...string) {
		var missing []rune
		seen := map[rune]bool{}
		for _, s := range texts {
			for _, r := range clean(s) {
				if seen[r] || unicode.IsSpace(r) || invisible(r) {
					continue
				}
				seen[r] = true
				found := false
				for f := range numFaces {
					if ts.index(f, r) != 0 {
						found = true
						break
					}
				}
				if !found {
					missing = append(missing, r)
				}
			}
		}
		if len(missing) == 0 {
			return
		}
		var names []string
		for _, r := range missing[:min(len(missing), maxNamedGlyphs)] {
			names = append(names, fmt.Sprintf("%q (U+%04X)", r, r))
		}
		list := vocab.English.List(names) // diagnostics are in English
		if n := len(missing) - maxNamedGlyphs; n > 0 {
			list = strings.Join(names, ", ") + fmt.Sprintf(" and %d more", n)
		}
		each := "it"
		if len(missing) > 1 {
			each = "each"
		}
		out = append(out, journey.Diagnostic{File: j.File, Pos: pos, Severity: journey.Warning, Code: CodeMissingGlyph,
			Message: fmt.Sprintf("%s has %s, which DejaVu Sans, the font of the PDF and PNG, lacks: they show a box for %s; the SVG leaves it to the viewer's fonts",
				what, list, each)})
	}
	check(j.Pos, "the title", j.Title)
	if !matrix {
		for _, p := range j.Cast() {
			check(p.Pos, "the persona", p.Name, p.About)
		}
		check(j.Pos, "the scenario", j.Scenario)
		check(j.Pos, "the goals", j.Goals.Customer, j.Goals.Business)
		for _, c := range j.Channels {
			check(c.Pos, fmt.Sprintf("the name of channel %q", c.ID), c.Name)
		}
		catalogue := len(j.Channels) > 0
		for _, p := range j.Phases {
			check(p.Pos, fmt.Sprintf("phase %q", p.ID), append([]string{p.Name, p.Scenario}, p.Metrics...)...)
			for _, tp := range p.Touchpoints {
				texts := []string{tp.Name, tp.Owner, tp.Feeling, tp.Thinks}
				for _, m := range tp.Moods {
					texts = append(texts, m.Feeling)
				}
				if !catalogue {
					texts = append(texts, tp.Channel)
				}
				texts = append(append(texts, tp.Pains...), tp.Gains...)
				check(tp.Pos, fmt.Sprintf("touchpoint %q", tp.ID), texts...)
			}
		}
	}
	for _, im := range j.Improvements {
		check(im.Pos, fmt.Sprintf("improvement %q", im.ID), im.Title, im.Owner)
	}
	return out
}
