package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/journeymap/journeymap/render"
	"github.com/spf13/cobra"
)

// comparedJourney is a journey named by render --compare (or diff's OLD for
// --svg), whose emotion curve is drawn over a map.
type comparedJourney struct {
	name    string // as given, for messages and the fix of --check
	journey *journey.Journey
}

// loadCompared reads and parses the journeys named by --compare, from
// files or, for -, from stdin. It fails with a usage error for too many
// or an unreadable file, and with errInvalid, once their diagnostics are
// printed, when one is invalid: nothing is drawn then.
func loadCompared(names []string, stdin io.Reader, p *printer, jopts journey.Options) ([]comparedJourney, error) {
	if len(names) > render.MaxCompared {
		return nil, usageError{fmt.Errorf("--compare: a map compares with at most %d journeys; %d given", render.MaxCompared, len(names))}
	}
	if i := slices.Index(names, "-"); i >= 0 && slices.Contains(names[i+1:], "-") {
		return nil, usageError{errors.New("standard input (-) may be named once: --compare - is given twice")}
	}
	var out []comparedJourney
	var invalid []string
	for _, name := range names {
		if name == "" {
			return nil, usageError{errors.New("--compare needs a journey file")}
		}
		in := input{name: name, stdin: name == "-"}
		if in.stdin {
			in.name = stdinName
		}
		r := parseOne(in, stdin, jopts)
		if r.err != nil {
			return nil, usageError{fmt.Errorf("--compare: %w", r.err)}
		}
		if r.diags.HasErrors() {
			p.diagnostics(in.name, r.diags)
			invalid = append(invalid, displayName(in.name))
			continue
		}
		out = append(out, comparedJourney{name: name, journey: r.journey})
	}
	if len(invalid) > 0 {
		p.finish()
		fmt.Fprintf(p.stderr, "journeymap: --compare %s: invalid, so no map is drawn\n", strings.Join(invalid, ", "))
		return nil, errInvalid
	}
	return out, nil
}

// checkCompared tells whether the journeys of others can be drawn over
// the map of j, named name: the same scale, and something in common. It
// warns on w about touchpoints that have no place on the map. flag names
// where the others come from in messages: "--compare" for render.
func checkCompared(w io.Writer, flag, name string, j *journey.Journey, others []comparedJourney) error {
	for _, c := range others {
		o := c.journey
		if o.Scale.Min != j.Scale.Min || o.Scale.Max != j.Scale.Max {
			return usageError{fmt.Errorf("%s %s: its emotion scale %s differs from the scale %s of %s; journeys compare on the same scale only",
				flag, displayName(c.name), o.Scale, j.Scale, displayName(name))}
		}
		left := render.Unplaced(j, o)
		if len(o.Touchpoints()) == 0 {
			return usageError{fmt.Errorf("%s %s: it has no touchpoints; nothing to draw", flag, displayName(c.name))}
		}
		if len(left) == len(o.Touchpoints()) {
			return usageError{fmt.Errorf("%s %s: none of its phases or touchpoints has an id that %s has; nothing to draw",
				flag, displayName(c.name), displayName(name))}
		}
		if len(left) > 0 {
			fmt.Fprintf(w, "journeymap: warning: %s %s: %s in phases that %s does not have, not drawn: %s\n",
				flag, displayName(c.name), plural(len(left), "touchpoint"), displayName(name), compareIDList(left))
		}
	}
	return nil
}

// compareIDList lists ids for a message: the first five, and how many more.
func compareIDList(ids []string) string {
	if len(ids) <= 5 {
		return strings.Join(ids, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(ids[:5], ", "), len(ids)-5)
}

// checkCompareTargets reads and parses the journeys to draw before any is
// drawn, so that one that cannot be compared stops the run before
// anything is written. It reads standard input when a target is -, and
// returns what stands for it from then on. Journeys that are invalid or
// cannot be read are left for drawing to report.
func checkCompareTargets(w io.Writer, targets []target, stdin io.Reader, others []comparedJourney, jopts journey.Options) (io.Reader, error) {
	var data []byte // standard input, when a target is -
	for _, t := range targets {
		if t.input.stdin {
			var err error
			if data, err = io.ReadAll(io.LimitReader(stdin, journey.MaxFileBytes+1)); err != nil {
				return nil, ioError(stdinName, vocab.CannotRead, stdinName, cause(err))
			}
			stdin = bytes.NewReader(data)
		}
	}
	for _, t := range targets {
		r := parseOne(t.input, bytes.NewReader(data), jopts)
		if r.journey == nil {
			continue
		}
		if err := checkCompared(w, "--compare", t.input.name, r.journey, others); err != nil {
			return nil, err
		}
	}
	return stdin, nil
}

// prepareCompare reads the journeys of --compare and checks that each
// journey to draw can be compared with them, before anything is drawn. It
// returns them, and what stands for standard input from then on.
func (o *renderOptions) prepareCompare(cmd *cobra.Command, format outputFormat, targets []target) ([]*journey.Journey, io.Reader, error) {
	stdin := cmd.InOrStdin()
	if slices.Contains(o.compare, "-") {
		for _, t := range targets {
			if t.input.stdin {
				return nil, nil, usageError{errors.New("standard input (-) may be named once: as a journey to draw or as --compare -")}
			}
		}
	}
	p := newPrinter(cmd, format, o.lang)
	jopts := journeyOptions(o.lang)
	cs, err := loadCompared(o.compare, stdin, p, comparedOptions(o.lang))
	if err != nil {
		return nil, nil, err
	}
	stdin, err = checkCompareTargets(cmd.ErrOrStderr(), targets, stdin, cs, jopts)
	return journeysOf(cs), stdin, err
}

// compareFlags is the end of the command that fixes a stale map: the
// --compare flags of the run, quoted for a POSIX shell.
func compareFlags(names []string) string {
	var b strings.Builder
	for _, n := range names {
		b.WriteString(" --compare ")
		b.WriteString(shellQuote(n))
	}
	return b.String()
}

// journeysOf returns the journeys of cs, for render.Options.
func journeysOf(cs []comparedJourney) []*journey.Journey {
	var out []*journey.Journey
	for _, c := range cs {
		out = append(out, c.journey)
	}
	return out
}
