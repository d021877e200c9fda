package render

import (
	"math"
	"unicode/utf8"
)

// Measurer measures text in the font it is drawn with, so that labels can
// be wrapped to fit their boxes.
type Measurer interface {
	// Width is the advance width of s, in pixels, set at size pixels in
	// the regular or the bold face.
	Width(s string, size float64, bold bool) float64
}

// meter measures a line as it grows: with the widths of DejaVu in f,
// quickly, or else by asking m for the width of the line.
type meter struct {
	m     Measurer
	size  float64
	bold  bool
	width float64
	f     *face
	limit int // with f: the most units that fit in width
	sh    shaper
	buf   []byte
}

// limit is the most units that fit in width at size: the largest u with
// f.px(u, size) <= width, so that comparing units with it is comparing
// the width a line measures; -1 when not even 0 fits.
func (f *face) limit(size, width float64) int {
	switch {
	case !(f.px(0, size) <= width):
		return -1 // a width below 0, or not a number
	case size <= 0 || math.IsInf(width, 1):
		return math.MaxInt
	}
	t := math.Floor(width * f.em / size)
	if t >= 1<<50 {
		return math.MaxInt // beyond any text
	}
	u := int(t)
	for f.px(u+1, size) <= width {
		u++
	}
	for u >= 0 && f.px(u, size) > width {
		u--
	}
	return u
}

func (mt *meter) reset() {
	mt.sh = shaper{}
	mt.buf = mt.buf[:0]
}

func (mt *meter) add(r rune) {
	if mt.f != nil {
		mt.sh.add(mt.f, r)
		return
	}
	mt.buf = utf8.AppendRune(mt.buf, r)
}

// addString adds the runes of s, and with DejaVu stops once the line is
// over: a long word is not measured to its end for every line it takes.
func (mt *meter) addString(s string) {
	if mt.f == nil {
		mt.buf = append(mt.buf, s...)
		return
	}
	for _, r := range s {
		mt.sh.add(mt.f, r)
		if mt.sh.units > mt.limit && mt.sh.floor() > mt.limit {
			return
		}
	}
}

// fitsWhole reports whether s fits on a line of its own. With DejaVu it
// stops measuring once no line that starts like s can fit.
func (mt *meter) fitsWhole(s string) bool {
	if mt.f == nil {
		return mt.m.Width(s, mt.size, mt.bold) <= mt.width
	}
	var sh shaper
	for _, r := range s {
		sh.add(mt.f, r)
		if sh.floor() > mt.limit {
			return false
		}
	}
	return sh.units <= mt.limit
}

// fits reports whether the line, with a hyphen added if asked, fits.
func (mt *meter) fits(withHyphen bool) bool {
	if mt.f != nil {
		if !withHyphen {
			return mt.sh.units <= mt.limit
		}
		sh := mt.sh
		sh.add(mt.f, '-')
		return sh.units <= mt.limit
	}
	s := string(mt.buf)
	if withHyphen {
		s += "-"
	}
	return mt.m.Width(s, mt.size, mt.bold) <= mt.width
}

// visible reports whether the line has a width: not only marks, format
// characters and the like.
func (mt *meter) visible() bool {
	if mt.f != nil {
		return mt.sh.units > 0
	}
	return mt.m.Width(string(mt.buf), mt.size, mt.bold) > 0
}

// hasWidth reports whether r, on its own, has a width: it is not a soft
// hyphen, a zero-width space, a mark or the like.
func (mt *meter) hasWidth(r rune) bool {
	if mt.f != nil {
		return mt.f.width(r) > 0
	}
	return mt.m.Width(string(r), mt.size, mt.bold) > 0
}

// over reports whether no line that starts with the runes added so far
// can fit.
func (mt *meter) over() bool {
	if mt.f != nil {
		return mt.sh.floor() > mt.limit
	}
	return mt.m.Width(string(mt.buf), mt.size, mt.bold) > mt.width
}
