package preview

import (
	"io"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// newMarkdown makes the Markdown converter of the reports: goldmark, a
// maintained CommonMark library, with GitHub's tables, which the report
// uses, aligned by attribute (the Content-Security-Policy allows no style
// attribute). Raw HTML is left out (goldmark's default; the report escapes
// the journey's text as Markdown and needs none), and so are links to
// scripts.
func newMarkdown() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(
		extension.NewTable(extension.WithTableCellAlignMethod(extension.TableCellAlignAttribute)),
	))
}

// markdownToHTML writes a report as HTML.
func (s *Server) markdownToHTML(w io.Writer, md []byte) error {
	return s.markdown.Convert(md, w)
}
