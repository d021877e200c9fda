package render

import (
	"fmt"
	"io"

	"github.com/journeymap/journeymap/journey"
)

// Temporary: replaced by the real layout and SVG writer.

func Layout(j *journey.Journey, m Measurer) *Scene {
	return &Scene{Width: 100, Height: 100, Title: j.Title}
}

func WriteSVG(w io.Writer, s *Scene, opts Options) error {
	_, err := fmt.Fprintf(w, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"journey-map\" width=\"%g\" height=\"%g\"><title>stub</title></svg>\n", s.Width, s.Height)
	return err
}
