// Package render draws a journey as an SVG journey map, and its
// improvements as an action-priority matrix.
//
// Rendering has two steps. Layout (LayoutCompare, LayoutMatrix) turns a
// journey and a text measurer into a Scene (a Matrix): pure geometry,
// every box, line of text and curve placed, which prints as JSON. A
// painter turns it into a picture: WriteSVG (WriteMatrixSVG) into SVG. No
// painter measures or wraps text again, so a fix to the layout shows in
// every picture at once. Render and RenderMatrix do both steps.
//
// The Scene and the Matrix, with the types they are made of, are the
// package's API on purpose: they are the contract between the layout and
// every painter, kept in golden files as JSON, and they let a program
// outside the package read where everything is without parsing SVG.
// Everything else is internal.
//
// The package knows nothing of files, flags or command lines: it writes to
// an io.Writer.
package render
