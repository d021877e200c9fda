package render

import "strings"

// Temporary: delete this file when wrap.go and metrics.go land; they define
// wrap and FontFamily.

const FontFamily = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif"

func wrap(m Measurer, text string, size float64, bold bool, width float64) []string {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		line := ""
		for _, w := range strings.Fields(para) {
			if line == "" {
				line = w
			} else if m.Width(line+" "+w, size, bold) <= width {
				line += " " + w
			} else {
				lines = append(lines, line)
				line = w
			}
		}
		if line != "" {
			lines = append(lines, line)
		}
	}
	return lines
}
