package render

import (
	"io"

	"github.com/journeymap/journeymap/journey"
)

// Options tune how a map is drawn.
type Options struct {
	Theme *Theme // the default theme (see ThemeNamed, ThemeNames) when nil
	// Compare holds valid journeys whose emotion curves are drawn over the
	// map's, at most MaxCompared, on the map's scale; see LayoutCompare.
	Compare []*journey.Journey
}

// Render lays out a valid journey and writes its map as SVG to w. It
// returns the warnings of the layout: what the map cut to fit (see
// Scene.Warnings).
func Render(w io.Writer, j *journey.Journey, opts Options) (journey.Diagnostics, error) {
	s, err := LayoutCompare(j, opts.Compare, DejaVu)
	if err != nil {
		return nil, err
	}
	return s.Warnings, WriteSVG(w, s, opts)
}
