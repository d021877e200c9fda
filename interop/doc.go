// Package interop brings journeys in from other tools and takes them out
// again: Mermaid's journey diagrams (in a file of their own or in a
// Markdown file) and spreadsheets (CSV and XLSX, one row per touchpoint).
//
// It speaks only the model: a reader turns a file into an Imported
// journey and the diagnostics of the file, at the file's own positions
// (Mermaid line:col, a spreadsheet's row or cell); YAML writes an
// imported journey as a commented journey file; the writers turn a valid
// *journey.Journey into a diagram or a spreadsheet. It reads no file and
// knows no flags: the command does.
package interop
