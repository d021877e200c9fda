package render

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/internal/sample"
	"github.com/journeymap/journeymap/journey"
)

// styleElementText is the character data of the first <style> element of
// an SVG, CDATA sections included, as a browser reads it.
func styleElementText(t *testing.T, svg []byte) string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var text strings.Builder
	in := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			t.Fatal("no </style> in the SVG")
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			in = in || tok.Name.Local == "style"
		case xml.CharData:
			if in {
				text.Write(tok)
			}
		case xml.EndElement:
			if in && tok.Name.Local == "style" {
				return text.String()
			}
		}
	}
}

// StyleTexts gives the very text of the style element of every map and
// matrix, in every theme, with and without compared journeys.
func TestStyleTextsAreTheStyleElements(t *testing.T) {
	j := mustParse(t, "sample", sample.Journey(6))
	for _, theme := range themes {
		for _, compare := range [][]*journey.Journey{nil, {j}, {j, j, j, j}} {
			opts := Options{Theme: theme, Compare: compare}
			mapText, matrixText := StyleTexts(opts)
			if got := styleElementText(t, renderSVG(t, j, opts)); got != mapText {
				t.Errorf("%s, %d compared: the map's style is\n%q\nStyleTexts says\n%q", theme.Name, len(compare), got, mapText)
			}
			if got := styleElementText(t, renderMatrixSVG(t, j, MatrixOptions{Theme: theme})); got != matrixText {
				t.Errorf("%s: the matrix's style is\n%q\nStyleTexts says\n%q", theme.Name, got, matrixText)
			}
		}
	}
}

func TestPaletteIsTheTheme(t *testing.T) {
	for _, theme := range themes {
		p := theme.Palette()
		if p.Background != theme.background || p.Ink != theme.ink || p.Accent != theme.current || p.Pain != theme.pain {
			t.Errorf("%s: palette %+v", theme.Name, p)
		}
	}
}
