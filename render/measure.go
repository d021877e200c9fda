package render

// Measurer measures text in the font it is drawn with, so that labels can
// be wrapped to fit their boxes.
type Measurer interface {
	// Width is the advance width of s, in pixels, set at size pixels in
	// the regular or the bold face.
	Width(s string, size float64, bold bool) float64
}
