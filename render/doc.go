// Package render draws a journey as an SVG journey map.
//
// Rendering has two steps. Layout turns a journey and a text measurer into
// a Scene: pure geometry, every box, line of text and curve placed, which
// can be printed as JSON. WriteSVG turns a Scene into SVG. The package
// knows nothing of files, flags or command lines: it writes to an
// io.Writer.
package render
