package interop

import (
	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
)

// The codes of what imports and exports report, beside those of package
// journey that they share (too-large, encoding, control-character,
// bad-value, empty-value, too-long, too-many, duplicate-id, out-of-scale).
// Like those, they are stable: tools may match on them.
const (
	CodeMermaidSyntax  journey.Code = "mermaid-syntax"    // no journey header, an unknown statement, accDescr { never closed
	CodeBadScore       journey.Code = "bad-score"         // a task's score is missing, not a whole number, or outside 1..5
	CodeMarkdownBlock  journey.Code = "markdown-block"    // a Markdown file without the one journey block to import
	CodeColumns        journey.Code = "sheet-columns"     // no header row, a required column missing, a column twice
	CodeUnknownColumn  journey.Code = "unknown-column"    // warning: a column that is not imported
	CodeRowLength      journey.Code = "row-length"        // a CSV row with more or fewer fields than its header
	CodeRowConflict    journey.Code = "row-conflict"      // rows of one phase that disagree on its moment or name
	CodeEvidenceAdded  journey.Code = "evidence-added"    // warning: an evidence id without its source, added to complete
	CodeIDChanged      journey.Code = "id-changed"        // warning: an id that is no slug, imported as one
	CodeNotSpreadsheet journey.Code = "not-a-spreadsheet" // no XLSX, a macro workbook, a zip too large, no such sheet
	CodeRewritten      journey.Code = "rewritten"         // warning of export: text Mermaid cannot hold, rewritten
	CodeOnePersona     journey.Code = "one-persona"       // warning of export: a diagram of one persona's emotions, of several
)

// Codes lists the codes above, for the documentation's test.
var Codes = []journey.Code{CodeMermaidSyntax, CodeBadScore, CodeMarkdownBlock, CodeColumns, CodeUnknownColumn,
	CodeRowLength, CodeRowConflict, CodeEvidenceAdded, CodeIDChanged, CodeNotSpreadsheet, CodeRewritten, CodeOnePersona}

// WarningCodes are the codes above that are warnings.
var WarningCodes = []journey.Code{CodeUnknownColumn, CodeEvidenceAdded, CodeIDChanged, CodeRewritten, CodeOnePersona}

// problems collects the diagnostics of one file, in no language yet.
type problems struct {
	file  string
	diags journey.Diagnostics
	// lang, when a reader knows it, is the language of the journey read
	// (a spreadsheet's Dutch headers): its diagnostics are said in it, as
	// a journey's are in its lang, unless --lang says otherwise.
	lang vocab.Lang
}

func (p *problems) add(sev journey.Severity, pos journey.Pos, cell string, code journey.Code, w vocab.Word, args ...any) {
	p.diags = append(p.diags, journey.Diagnostic{File: p.file, Pos: pos, Cell: cell, Severity: sev, Code: code, Phrase: vocab.Say(w, args...)})
}

func (p *problems) errorf(pos journey.Pos, code journey.Code, w vocab.Word, args ...any) {
	p.add(journey.Error, pos, "", code, w, args...)
}

func (p *problems) warnf(pos journey.Pos, code journey.Code, w vocab.Word, args ...any) {
	p.add(journey.Warning, pos, "", code, w, args...)
}

// said returns the diagnostics said in lang and sorted.
func (p *problems) said(lang vocab.Lang) journey.Diagnostics {
	return p.diags.In(lang).Sorted()
}

// result is what a reader returns: the journey it read, unless there
// are errors, and the diagnostics said in the language of the journey
// read when the reader knows it, else in lang.
func (p *problems) result(im *Imported, lang vocab.Lang) (*Imported, journey.Diagnostics) {
	if p.lang != "" {
		lang = p.lang
	}
	diags := p.said(lang)
	if im == nil || diags.HasErrors() {
		return nil, diags
	}
	im.From = p.file
	return im, diags
}

// badRune is the first character of s that a journey does not hold (a
// control character other than tab and line feed, a line separator, a
// noncharacter), and whether there is one.
func badRune(s string) (rune, bool) {
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n':
		case r < 0x20 || r == 0x7F || r >= 0x80 && r < 0xA0, r == '\u2028' || r == '\u2029', r == 0xFFFE || r == 0xFFFF:
			return r, true
		}
	}
	return 0, false
}
