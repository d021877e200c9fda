package render

import (
	"fmt"
	"io"

	"github.com/journeymap/journeymap/journey"
)

// Theme is the colour scheme of a map.
type Theme string

// The themes. Every theme stays legible for colour-blind readers; print is
// made for greyscale.
const (
	Light Theme = "light"
	Dark  Theme = "dark"
	Print Theme = "print"
)

// Themes lists the themes, the default first.
var Themes = []Theme{Light, Dark, Print}

// ParseTheme returns the theme named s.
func ParseTheme(s string) (Theme, error) {
	for _, t := range Themes {
		if string(t) == s {
			return t, nil
		}
	}
	return "", fmt.Errorf("unknown theme %q; expected light, dark or print", s)
}

// Options tune how a map is drawn.
type Options struct {
	Theme Theme // Light when empty
	// Compare holds valid journeys whose emotion curves are drawn over the
	// map's, at most MaxCompared, on the map's scale; see LayoutCompare.
	Compare []*journey.Journey
}

// Render lays out a valid journey and writes its map as SVG to w.
func Render(w io.Writer, j *journey.Journey, opts Options) error {
	s, err := LayoutCompare(j, opts.Compare, DejaVu)
	if err != nil {
		return err
	}
	return WriteSVG(w, s, opts)
}
