package interop

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// reFence opens or closes a fenced code block of Markdown: up to three
// spaces, then ``` or ~~~ or longer, then the info string.
var reFence = regexp.MustCompile("^ {0,3}(`{3,}|~{3,})[ \t]*([^`\n]*)$")

// isMarkdown tells whether an input to import as Mermaid is a Markdown
// file: named *.md or *.markdown, or holding a fenced mermaid block.
func isMarkdown(file, text string) bool {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".md", ".markdown":
		return true
	}
	for _, line := range strings.Split(text, "\n") {
		if m := reFence.FindStringSubmatch(line); m != nil && isMermaidInfo(m[2]) {
			return true
		}
	}
	return false
}

func isMermaidInfo(info string) bool {
	word, _, _ := strings.Cut(strings.TrimSpace(info), " ")
	return strings.EqualFold(word, "mermaid")
}

// mdBlock is a fenced mermaid block: its text and the line of the
// file its first line is on.
type mdBlock struct {
	text string
	line int
}

// markdownBlock returns the mermaid block of a Markdown file that holds
// a journey diagram, and the line its text starts on: the one there is,
// or the n-th (from 1) when n > 0.
func markdownBlock(p *problems, text string, n int) (string, int, bool) {
	var blocks []mdBlock
	lines := strings.Split(text, "\n")
	for i := 0; i < len(lines); i++ {
		m := reFence.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		fence, start := m[1], i+1
		var body []string
		for i++; i < len(lines); i++ {
			if c := reFence.FindStringSubmatch(lines[i]); c != nil && c[1][0] == fence[0] && len(c[1]) >= len(fence) && strings.TrimSpace(c[2]) == "" {
				break
			}
			body = append(body, lines[i])
		}
		b := mdBlock{text: strings.Join(body, "\n") + "\n", line: start + 1}
		if isMermaidInfo(m[2]) && holdsJourney(b.text) {
			blocks = append(blocks, b)
		}
	}
	switch {
	case len(blocks) == 0:
		p.errorf(journey.Pos{}, CodeMarkdownBlock, vocab.MarkdownNoBlock)
	case n > len(blocks):
		p.errorf(journey.Pos{}, CodeMarkdownBlock, vocab.MarkdownNoSuchBlock, n, len(blocks))
	case n > 0:
		return blocks[n-1].text, blocks[n-1].line, true
	case len(blocks) > 1:
		var at []string
		for _, b := range blocks {
			at = append(at, strconv.Itoa(b.line))
		}
		p.errorf(journey.Pos{}, CodeMarkdownBlock, vocab.MarkdownManyBlocks, len(blocks), strings.Join(at, ", "), len(blocks))
	default:
		return blocks[0].text, blocks[0].line, true
	}
	return "", 0, false
}

// holdsJourney tells whether a mermaid block is a journey diagram: its
// first word, after front matter and comments, is journey.
func holdsJourney(text string) bool {
	inFront := strings.HasPrefix(text, "---\n")
	for i, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case inFront:
			if i > 0 && t == "---" {
				inFront = false
			}
		case t == "" || strings.HasPrefix(t, "%%") || strings.HasPrefix(t, "#"):
		default:
			return reJourney.MatchString(t)
		}
	}
	return false
}
