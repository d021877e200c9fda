package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/journeymap/journeymap/journey"
)

// Options tune how a map is drawn.
type Options struct {
	Theme *Theme // the default theme (see ThemeNamed, ThemeNames) when nil
	// Compare holds valid journeys whose emotion curves are drawn over the
	// map's, at most MaxCompared, on the map's scale; see LayoutCompare.
	Compare []*journey.Journey
	// Persona, when set, draws the journey as the persona with this id
	// lives it, alone, with its ideal and gap (see Journey.ForPersona);
	// a compared journey with a persona of this id is drawn as that
	// persona lives it.
	Persona string
}

// layoutMap places the map of j as opts ask: as one persona lives it,
// when opts.Persona says so, with the compared journeys.
func layoutMap(j *journey.Journey, opts Options) (*Scene, error) {
	others := opts.Compare
	if opts.Persona != "" {
		i := j.PersonaIndex(opts.Persona)
		if i < 0 {
			return nil, unknownPersona(j, opts.Persona)
		}
		j = j.ForPersona(i)
		others = make([]*journey.Journey, len(opts.Compare))
		for k, o := range opts.Compare {
			others[k] = o
			if i := o.PersonaIndex(opts.Persona); i >= 0 {
				others[k] = o.ForPersona(i)
			}
		}
	}
	return LayoutCompare(j, others, DejaVu)
}

// unknownPersona is the error of --persona naming no persona of j.
func unknownPersona(j *journey.Journey, id string) error {
	if len(j.Personas) == 0 {
		return fmt.Errorf("%q has no personas list; --persona chooses one of a journey's personas", j.Title)
	}
	ids := make([]string, len(j.Personas))
	for i, p := range j.Personas {
		ids[i] = p.ID
	}
	return fmt.Errorf("%q has no persona %q; its personas are %s", j.Title, id, strings.Join(ids, ", "))
}

// Render lays out a valid journey and writes its map as SVG to w. It
// returns the warnings of the layout: what the map cut to fit (see
// Scene.Warnings).
func Render(w io.Writer, j *journey.Journey, opts Options) (journey.Diagnostics, error) {
	s, err := layoutMap(j, opts)
	if err != nil {
		return nil, err
	}
	return s.Warnings, WriteSVG(w, s, opts)
}
