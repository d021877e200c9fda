// Package journey is the domain of journeymap: the model of a customer
// journey, its YAML format, and the validation that turns a hand-written file
// into either a Journey or a list of diagnostics at exact lines and columns.
//
// The package knows nothing of SVG, flags or file systems: Parse takes the
// bytes of one file and its display name, and never panics on any input.
package journey
