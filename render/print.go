package render

import (
	"fmt"
	"io"
	"strconv"
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
		warnings = append(warnings, journey.NewDiagnostic(j.File, j.Pos, journey.Warning, CodeMissingGlyph, j.Lang,
			vocab.Say(vocab.GlyphsReplaced, maxOutlines, info.replaced)))
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
	body := decimal(fmt.Sprintf("%.1f", info.bodyPt))
	_, h, _ := paperSize(paper)
	split := bodyPx * min(splitPt/bodyPx, (h-2*pageMargin)/s.Height)
	// A map too tall for the paper prints no larger split than fitted:
	// only larger paper helps, which is what the warning then says.
	tall := info.split || split < info.bodyPt+0.05
	var phrase vocab.Phrase
	if tall {
		limit, height := decimal(fmt.Sprintf("%g", limit)), fmt.Sprintf("%.0f", s.Height)
		phrase = vocab.Say(vocab.SmallPrintSplit, body, paperTitle(paper), limit, height)
		if bigger, pt := largerPaper(paper, s.Height); bigger != "" {
			phrase = vocab.Say(vocab.SmallPrintSplitPaper, body, paperTitle(paper), limit, height, bigger, decimal(fmt.Sprintf("%.1f", pt)))
		}
	} else {
		phrase = vocab.Say(vocab.SmallPrintFit, body, paperTitle(paper), fmt.Sprintf("%.0f", s.Width), fmt.Sprintf("%.0f", s.Height), decimal(fmt.Sprintf("%.1f", split)))
	}
	d := journey.NewDiagnostic(j.File, j.Pos, journey.Warning, CodeSmallPrint, j.Lang, phrase)
	return &d
}

// decimal is a number as fmt writes it, such as "4.8", said with the
// decimal separator of the language it is said in: "4,8" in Dutch. A whole
// number stays as it is.
func decimal(number string) any {
	whole, fraction, ok := strings.Cut(number, ".")
	if !ok {
		return number
	}
	return vocab.Say(vocab.DecimalNumber, whole, fraction)
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
	phrase := vocab.Say(vocab.ScaledDown, decimal(fmt.Sprintf("%g", scale)), decimal(fmt.Sprintf("%g", asked)), w, h, MaxPNGPixels/1_000_000)
	return journey.Diagnostics{journey.NewDiagnostic(j.File, j.Pos, journey.Warning, CodeScaledDown, j.Lang, phrase)}
}

// paperTitle is a paper's name as people write it: a string, or the Word
// of a paper whose name is said in the reader's language.
func paperTitle(name string) any {
	switch name {
	case "letter":
		return "Letter"
	case "slide":
		return vocab.PaperSlide
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
	check := func(pos journey.Pos, what vocab.Phrase, texts ...string) {
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
		var list any = names[0]
		if n := len(missing) - maxNamedGlyphs; n > 0 {
			list = vocab.Say(vocab.GlyphsAndMore, strings.Join(names, ", "), n)
		} else if len(names) > 1 {
			list = vocab.Say(vocab.GlyphsAnd, strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
		}
		word := vocab.GlyphMissingOne
		if len(missing) > 1 {
			word = vocab.GlyphMissingMany
		}
		out = append(out, journey.NewDiagnostic(j.File, pos, journey.Warning, CodeMissingGlyph, j.Lang, vocab.Say(word, what, list)))
	}
	check(j.Pos, vocab.Say(vocab.GlyphTitle), j.Title)
	if !matrix {
		for _, p := range j.Cast() {
			check(p.Pos, vocab.Say(vocab.GlyphPersona), p.Name, p.About)
		}
		check(j.Pos, vocab.Say(vocab.GlyphScenario), j.Scenario)
		check(j.Pos, vocab.Say(vocab.GlyphGoals), j.Goals.Customer, j.Goals.Business)
		for _, c := range j.Channels {
			check(c.Pos, vocab.Say(vocab.GlyphChannel, strconv.Quote(c.ID)), c.Name)
		}
		catalogue := len(j.Channels) > 0
		for _, p := range j.Phases {
			check(p.Pos, vocab.Say(vocab.GlyphPhase, strconv.Quote(p.ID)), append([]string{p.Name, p.Scenario}, p.Metrics...)...)
			for _, tp := range p.Touchpoints {
				texts := []string{tp.Name, tp.Owner, tp.Feeling, tp.Thinks}
				for _, m := range tp.Moods {
					texts = append(texts, m.Feeling)
				}
				if !catalogue {
					texts = append(texts, tp.Channel)
				}
				texts = append(append(texts, tp.Pains...), tp.Gains...)
				check(tp.Pos, vocab.Say(vocab.GlyphTouchpoint, strconv.Quote(tp.ID)), texts...)
			}
		}
	}
	for _, im := range j.Improvements {
		check(im.Pos, vocab.Say(vocab.GlyphImprovement, strconv.Quote(im.ID)), im.Title, im.Owner)
	}
	return out
}
