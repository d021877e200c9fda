package interop

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"regexp"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// MermaidExportOptions tune the export of a journey as a diagram.
type MermaidExportOptions struct {
	// Markdown wraps the diagram in a fenced ```mermaid block, to paste
	// into an issue or a wiki page.
	Markdown bool
	// Actors holds, by touchpoint id, the actors after the owner, as an
	// imported journey keeps them (x-actors).
	Actors map[string][]string
	// AccTitle is the diagram's accTitle, as an imported journey keeps
	// it (x-acc-title); none when empty.
	AccTitle string
	// Persona is the id of the persona whose emotions a journey of
	// several personas gives as the scores; its first when empty.
	Persona string
}

// Score maps an emotion of scale s onto Mermaid's scores 1 to 5: linear
// from the scale's minimum (1) to its maximum (5), rounded to the nearest
// whole number, halves away from the minimum.
func Score(emotion int, s journey.Scale) int {
	return 1 + int(math.Floor(4*float64(emotion-s.Min)/float64(s.Max-s.Min)+0.5))
}

// reKeyword matches the start of a task name that Mermaid's lexer would
// read as a keyword instead (journey, title, section, accTitle,
// accDescr), case-insensitive as it is.
var reKeyword = regexp.MustCompile(`(?i)^(journey\b|title\s|section\s|acctitle\s*:|accdescr\s*[:{])`)

// fullWidth holds the characters Mermaid's grammar cannot hold in a
// name, each with the full-width form that reads the same.
var fullWidth = strings.NewReplacer(":", "：", "#", "＃", ";", "；", ",", "，", "}", "｝")

// mermaidName rewrites a name so that Mermaid's grammar holds it and
// shows it alike: : # ; (and , in an actor, } in a description) in
// their full-width forms, new lines as <br>, a name Mermaid would read
// as a keyword in quotes, and a % that would start a comment
// full-width. changed tells whether it did.
func mermaidName(s string, actor bool) (out string, changed bool) {
	out = strings.ReplaceAll(strings.TrimSpace(s), "\n", "<br>")
	out = strings.ReplaceAll(out, "\t", " ")
	if !actor {
		out = strings.ReplaceAll(out, ",", "\x00")
	}
	out = fullWidth.Replace(out)
	out = strings.ReplaceAll(out, "\x00", ",")
	if reKeyword.MatchString(out) {
		out = "“" + out + "”"
	}
	// Mermaid reads % at the start, or %% after the first character, as
	// the start of a comment.
	r := []rune(out)
	if len(r) > 0 && r[0] == '%' {
		r[0] = '％'
	}
	if len(r) > 2 && r[1] == '%' && r[2] == '%' {
		r[1] = '％'
	}
	out = string(r)
	return out, out != s
}

// MermaidDiagram writes a valid journey as a Mermaid journey diagram:
// its title in front matter, the scenario as accDescr, phases as
// sections, touchpoints as tasks with their emotion as a score (see
// Score) and their owner (then the actors of opts) as actors. Comments
// (%%) say how emotions were mapped and what the diagram cannot show.
// It returns a warning, at the touchpoint or phase, for each name it had
// to rewrite (see mermaidName), said in lang.
//
// A Mermaid task has one score: of a journey of several personas, the
// diagram gives the emotions of one (opts.Persona, else the first), and
// says so in a comment and a warning (one-persona).
func MermaidDiagram(w io.Writer, j *journey.Journey, opts MermaidExportOptions, lang vocab.Lang) (journey.Diagnostics, error) {
	p := &problems{file: j.File}
	var scored *journey.Persona
	var others []string
	if len(j.Personas) > 0 {
		i := 0
		if opts.Persona != "" {
			if i = j.PersonaIndex(opts.Persona); i < 0 {
				return nil, fmt.Errorf("the journey has no persona %q", opts.Persona)
			}
		}
		for k, o := range j.Personas {
			if k != i {
				others = append(others, o.ID)
			}
		}
		scored = &j.Personas[i]
		j = j.ForPersona(i)
		if len(others) > 0 {
			p.warnf(scored.Pos, CodeOnePersona, vocab.MermaidOnePersona, quote(scored.ID), strings.Join(others, ", "))
		}
	} else if opts.Persona != "" {
		return nil, fmt.Errorf("the journey has no personas list: --persona chooses one of a journey's personas")
	}
	var b bytes.Buffer
	if opts.Markdown {
		b.WriteString("```mermaid\n")
	}
	front := &mapping{}
	front.add("title", str(j.Title))
	title, err := encodeYAML(front.node())
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(&b, "---\n%s---\njourney\n", title)
	l := j.Lang
	fmt.Fprintf(&b, "  %%%% %s\n", l.Format(vocab.MermaidScaleComment, j.Scale.String(), scoreMapping(j.Scale)))
	if len(others) > 0 {
		fmt.Fprintf(&b, "  %%%% %s\n", l.Format(vocab.MermaidPersonaComment, scored.ID, trimLines(scored.Name), strings.Join(others, ", ")))
	}
	for _, line := range leftOut(j) {
		fmt.Fprintf(&b, "  %%%% %s\n", line)
	}
	if a := strings.Join(strings.Fields(opts.AccTitle), " "); a != "" {
		fmt.Fprintf(&b, "  accTitle: %s\n", a)
	}
	if j.Scenario != "" {
		d := strings.ReplaceAll(trimLines(j.Scenario), "}", "｝")
		if strings.Contains(j.Scenario, "}") {
			p.warnf(j.Pos, CodeRewritten, vocab.MermaidRewroteScenario)
		}
		fmt.Fprintf(&b, "  accDescr {\n    %s\n  }\n", strings.ReplaceAll(d, "\n", "\n    "))
	}
	for _, ph := range j.Phases {
		name, changed := mermaidName(ph.Name, false)
		if changed {
			p.warnf(ph.Pos, CodeRewritten, vocab.MermaidRewrotePhase, quote(ph.ID), quote(name))
		}
		fmt.Fprintf(&b, "  section %s\n", name)
		for _, t := range ph.Touchpoints {
			name, changed := mermaidName(t.Name, false)
			var actors []string
			for _, a := range append([]string{t.Owner}, opts.Actors[t.ID]...) {
				if a == "" {
					continue
				}
				s, c := mermaidName(a, true)
				actors, changed = append(actors, s), changed || c
			}
			if changed {
				p.warnf(t.Pos, CodeRewritten, vocab.MermaidRewroteTouchpoint, quote(t.ID), quote(name))
			}
			fmt.Fprintf(&b, "    %s: %d", name, Score(t.Emotion, j.Scale))
			if len(actors) > 0 {
				fmt.Fprintf(&b, ": %s", strings.Join(actors, ", "))
			}
			b.WriteString("\n")
		}
	}
	if opts.Markdown {
		b.WriteString("```\n")
	}
	_, err = w.Write(b.Bytes())
	return p.said(lang), err
}

// scoreMapping says how each emotion of the scale maps onto a score: "-2→1,
// -1→2, 0→3, 1→4, 2→5".
func scoreMapping(s journey.Scale) string {
	var parts []string
	for e := s.Min; e <= s.Max; e++ {
		parts = append(parts, fmt.Sprintf("%d→%d", e, Score(e, s)))
	}
	return strings.Join(parts, ", ")
}

// leftOut lists, in comment lines, what the journey holds that a Mermaid
// diagram cannot show, with the touchpoints (or phases) that hold it.
func leftOut(j *journey.Journey) []string {
	l := j.Lang
	type kept struct {
		what string // the key
		ids  []string
	}
	lists := []*kept{{what: "ideal"}, {what: "feeling"}, {what: "thinks"}, {what: "pains"}, {what: "gains"}, {what: "channel"}, {what: "evidence"}}
	for _, t := range j.Touchpoints() {
		for i, has := range []bool{t.Ideal != nil, t.Feeling != "", t.Thinks != "", len(t.Pains) > 0, len(t.Gains) > 0, t.Channel != "", len(t.Evidence) > 0} {
			if has {
				lists[i].ids = append(lists[i].ids, t.ID)
			}
		}
	}
	var lines []string
	whole := func(key string, has bool) {
		if has {
			lines = append(lines, "  "+key)
		}
	}
	whole("persona", j.Persona.Name != "")
	whole("personas", len(j.Personas) > 0)
	whole("goals", j.Goals != (journey.Goals{}))
	whole("moments", j.HasMoments())
	whole("channels", len(j.Channels) > 0)
	whole("evidence", len(j.Evidence) > 0)
	whole("improvements", len(j.Improvements) > 0)
	whole("reviewed", !j.Reviewed.IsZero())
	whole("loop", j.Loop)
	whole("competitor", j.Competitor)
	var metrics []string
	for _, p := range j.Phases {
		if len(p.Metrics) > 0 || p.Scenario != "" {
			metrics = append(metrics, p.ID)
		}
	}
	if len(metrics) > 0 {
		lines = append(lines, "  "+l.Format(vocab.MermaidOfPhases, "metrics, scenario", strings.Join(metrics, ", ")))
	}
	for _, k := range lists {
		if len(k.ids) > 0 {
			lines = append(lines, "  "+l.Format(vocab.MermaidOfTouchpoints, k.what, strings.Join(k.ids, ", ")))
		}
	}
	if len(lines) == 0 {
		return nil
	}
	return append([]string{l.Word(vocab.MermaidCannotShow)}, lines...)
}
