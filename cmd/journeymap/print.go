package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/render"
	"github.com/spf13/cobra"
)

// The formats of a picture: the map or the matrix.
const (
	pictureSVG = "svg"
	picturePDF = "pdf"
	picturePNG = "png"
)

// pictureFormats lists the formats of a picture, the default first.
var pictureFormats = []string{pictureSVG, picturePDF, picturePNG}

// formatFlag is --format. Of render it takes two choices, told apart by
// their words: the picture's format (svg, pdf, png) and how problems are
// printed (text, json, github), as in --format pdf --format github or
// --format pdf,github. Of matrix it takes the picture's format only.
type formatFlag struct {
	picture  string // "" when not given
	findings string // "" when not given
	// findingWords are the words of the second choice; none for matrix.
	findingWords []string
}

func (f *formatFlag) Type() string { return "format" }

func (f *formatFlag) String() string {
	return strings.Join(slices.DeleteFunc([]string{f.picture, f.findings}, func(s string) bool { return s == "" }), ",")
}

// Set takes one word, or several separated by commas.
func (f *formatFlag) Set(v string) error {
	for _, word := range strings.Split(v, ",") {
		word = strings.TrimSpace(word)
		var slot *string
		switch {
		case slices.Contains(pictureFormats, word):
			slot = &f.picture
		case slices.Contains(f.findingWords, word):
			slot = &f.findings
		default:
			return fmt.Errorf("unknown format %q; expected %s", word, f.expected())
		}
		if *slot != "" && *slot != word {
			return fmt.Errorf("%s and %s: give one of %s", *slot, word, orList(f.choicesOf(word)))
		}
		*slot = word
	}
	return nil
}

// expected says what words the flag takes.
func (f *formatFlag) expected() string {
	if len(f.findingWords) == 0 {
		return orList(pictureFormats)
	}
	return orList(pictureFormats) + " (the map), and " + orList(f.findingWords) + " (how problems are printed)"
}

// choicesOf is the choice word belongs to.
func (f *formatFlag) choicesOf(word string) []string {
	if slices.Contains(pictureFormats, word) {
		return pictureFormats
	}
	return f.findingWords
}

// printOptions are the flags that say what picture render and matrix
// write, and how it is printed.
type printOptions struct {
	format     formatFlag
	page       string  // the paper of a PDF: "" for the picture's own size
	pages      string  // how a map goes onto the paper: fit, split, or "" to choose
	scale      float64 // the scale of a PNG
	withMatrix bool    // render: the matrix as the last page of the PDF
	today      string  // render: the date of --with-matrix's overdue marks
}

// addPrintFlags binds the print flags of render (withMatrix) or matrix.
func addPrintFlags(cmd *cobra.Command, o *printOptions, noun string, withMatrix bool) {
	usage := "the " + noun + "'s format: svg, pdf or png (default: from -o's extension, else svg)"
	if withMatrix {
		o.format.findingWords = formatNames
		usage = "the map's format: svg, pdf or png (default: from -o's extension, else svg); and how to print problems: text, json (one array) or github (workflow commands for GitHub Actions), which go to standard output; give one of each, as --format pdf,github"
	}
	cmd.Flags().Var(&o.format, "format", usage)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(append(slices.Clone(pictureFormats), o.format.findingWords...), cobra.ShellCompDirectiveNoFileComp))
	addOptionalChoiceFlag(cmd, &o.page, "page", "paper", render.PaperNames(),
		"print the PDF on this paper, landscape: a4, a3, letter or slide (16:9, 13.33 × 7.5 in); default: one page the size of the "+noun)
	if withMatrix {
		addOptionalChoiceFlag(cmd, &o.pages, "pages", "page mode", render.PageModes(),
			"with --page, how the map goes onto the paper: fit scales it onto one page, split cuts it between phases onto pages that keep body text at 8 pt (default: split when fit would print body text under 7 pt)")
		cmd.Flags().BoolVar(&o.withMatrix, "with-matrix", false, "print the action-priority matrix as the PDF's last page")
		cmd.Flags().StringVar(&o.today, "today", "", "with --with-matrix, the date improvements are overdue against, as YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else the journey's reviewed date)")
	}
	cmd.Flags().Float64Var(&o.scale, "scale", render.DefaultPNGScale, fmt.Sprintf("the PNG's pixels per pixel of the %s, up to %g; lowered to keep within %d megapixels", noun, render.MaxPNGScale, render.MaxPNGPixels/1_000_000))
}

// picturePlan is what a run draws: a picture's format and how it is
// printed.
type picturePlan struct {
	format     string
	pdf        render.PDFOptions
	png        render.PNGOptions
	withMatrix bool
	today      journey.Date // the matrix's date given (see asOf); zero for the journey's own
}

// plan checks the print flags against each other and against -o (output,
// "" when not given), and decides the format: --format, else -o's
// extension when it names a file, else SVG.
func (o *printOptions) plan(cmd *cobra.Command, output string) (picturePlan, error) {
	p := picturePlan{format: o.format.picture, withMatrix: o.withMatrix}
	if ext := pictureExt(output); ext != "" && output != "-" {
		if p.format != "" && p.format != ext {
			return p, usageError{fmt.Errorf("-o %s ends in .%s, but --format says %s; name the file *.%s, or leave out --format", displayName(output), ext, p.format, p.format)}
		}
		p.format = ext
	}
	if p.format == "" {
		p.format = pictureSVG
	}
	changed := cmd.Flags().Changed
	only := func(flag, format string) error {
		if changed(flag) && p.format != format {
			return usageError{fmt.Errorf("--%s is for %s, but the %s is %s; add --format %s or name the file *.%s", flag, strings.ToUpper(format), pictureNoun(cmd), strings.ToUpper(p.format), format, format)}
		}
		return nil
	}
	for _, f := range []struct{ flag, format string }{{"page", picturePDF}, {"pages", picturePDF}, {"with-matrix", picturePDF}, {"scale", picturePNG}} {
		if err := only(f.flag, f.format); err != nil {
			return p, err
		}
	}
	if changed("pages") && o.page == "" {
		return p, usageError{errors.New("--pages says how the map goes onto paper; name the paper with --page")}
	}
	if cmd.Flags().Lookup("with-matrix") != nil && changed("today") && !o.withMatrix {
		return p, usageError{errors.New("--today dates the matrix of --with-matrix; add --with-matrix")}
	}
	if !(o.scale > 0 && o.scale <= render.MaxPNGScale) {
		return p, usageError{fmt.Errorf("--scale %g: expected a number above 0 and at most %g", o.scale, render.MaxPNGScale)}
	}
	p.png.Scale = o.scale
	p.pdf.Paper, p.pdf.Pages = o.page, o.pages
	if p.format == picturePDF {
		date, err := sourceDate()
		if err != nil {
			return p, err
		}
		p.pdf.Date = date
	}
	if o.withMatrix {
		given, err := givenDate(o.today)
		if err != nil {
			return p, err
		}
		p.today = given
	}
	return p, nil
}

// pictureNoun is what the command draws: the map or the matrix.
func pictureNoun(cmd *cobra.Command) string {
	if cmd.Name() == "matrix" {
		return "matrix"
	}
	return "map"
}

// pictureExt is the format a file's extension names, in any case; "" for
// another extension.
func pictureExt(path string) string {
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
	if slices.Contains(pictureFormats, ext) {
		return ext
	}
	return ""
}

// drawMap draws the map of a valid journey in the plan's format.
func (p picturePlan) drawMap(w io.Writer, j *journey.Journey, opts render.Options) (journey.Diagnostics, error) {
	switch p.format {
	case picturePDF:
		pdf := p.pdf
		if p.withMatrix {
			pdf.Matrix = render.LayoutMatrix(j, render.DejaVu, asOf(p.today, j))
		}
		return render.RenderPDF(w, j, opts, pdf)
	case picturePNG:
		return render.RenderPNG(w, j, opts, p.png)
	}
	return render.Render(w, j, opts)
}

// drawMatrix draws the matrix of a valid journey in the plan's format.
func (p picturePlan) drawMatrix(w io.Writer, j *journey.Journey, opts render.MatrixOptions) (journey.Diagnostics, error) {
	switch p.format {
	case picturePDF:
		return render.RenderMatrixPDF(w, j, opts, p.pdf)
	case picturePNG:
		return render.RenderMatrixPNG(w, j, opts, p.png)
	}
	return render.RenderMatrix(w, j, opts)
}

// flags is the end of the command that fixes a stale picture: the print
// flags of the run, as given, quoted for a POSIX shell.
func (o *printOptions) flags(cmd *cobra.Command) string {
	var b strings.Builder
	add := func(name, value string) {
		b.WriteString(" --" + name)
		if value != "" {
			b.WriteString(" " + shellQuote(value))
		}
	}
	if changed := cmd.Flags().Changed; changed("format") && o.format.picture != "" {
		add("format", o.format.picture)
	}
	for _, name := range []string{"page", "pages", "scale", "today"} {
		if f := cmd.Flags().Lookup(name); f != nil && f.Changed {
			add(name, f.Value.String())
		}
	}
	if o.withMatrix {
		add("with-matrix", "")
	}
	return b.String()
}

// sourceDate is the date SOURCE_DATE_EPOCH gives, in UTC; the zero time
// when it is not set.
func sourceDate() (time.Time, error) {
	epoch := os.Getenv("SOURCE_DATE_EPOCH")
	if epoch == "" {
		return time.Time{}, nil
	}
	secs, err := strconv.ParseInt(epoch, 10, 64)
	if err != nil {
		return time.Time{}, usageError{fmt.Errorf("SOURCE_DATE_EPOCH %q: expected seconds since 1970", epoch)}
	}
	return time.Unix(secs, 0).UTC(), nil
}
