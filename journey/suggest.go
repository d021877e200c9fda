package journey

import "unicode/utf8"

// suggest returns the candidate closest to word by edit distance, or "" when
// none is close enough to be what the user meant. Of two equally close
// candidates, the one sharing the longer start with word wins ("ofline"
// means "offline", not "online").
func suggest(word string, candidates []string) string {
	best, bestDist, bestPrefix := "", -1, -1
	limit := max(1, min(3, utf8.RuneCountInString(word)/3))
	var ed editor
	ra := []rune(word)
	for _, c := range candidates {
		d, ok := ed.distance(ra, c, limit)
		if !ok {
			continue
		}
		p := commonPrefix(word, c)
		if bestDist < 0 || d < bestDist || d == bestDist && p > bestPrefix {
			best, bestDist, bestPrefix = c, d, p
		}
	}
	return best
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// editor computes edit distances, reusing its buffers between calls so
// that comparing a word with thousands of ids does not allocate.
type editor struct {
	rb               []rune
	back2, prev, cur []int
}

// distance is the optimal-string-alignment distance between ra and b in
// runes: insertions, deletions, substitutions and swaps of two neighbours
// ("nmae" for "name") each count one. It reports false when the distance
// is over limit. Only the cells within limit of the diagonal are computed,
// and it gives up as soon as a row is over limit, so that comparing a word
// with thousands of ids stays cheap.
func (e *editor) distance(ra []rune, b string, limit int) (int, bool) {
	if len(ra) > 64 || len(b) > 4*64 {
		return 0, false
	}
	e.rb = e.rb[:0]
	for _, r := range b {
		e.rb = append(e.rb, r)
	}
	rb := e.rb
	if len(rb) > 64 || abs(len(ra)-len(rb)) > limit {
		return 0, false
	}
	far := limit + 1 // stands for every distance over limit
	row := func(r []int) []int {
		r = r[:0]
		for range len(rb) + 1 {
			r = append(r, far)
		}
		return r
	}
	// Three rows of the distance table: two back, one back, current.
	back2, prev, cur := row(e.back2), row(e.prev), row(e.cur)
	defer func() { e.back2, e.prev, e.cur = back2, prev, cur }()
	for j := 0; j <= min(len(rb), limit); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		lo, hi := max(1, i-limit), min(len(rb), i+limit)
		for j := range cur {
			cur[j] = far
		}
		if i <= limit {
			cur[0] = i
		}
		rowMin := cur[0]
		for j := lo; j <= hi; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			c := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				c = min(c, back2[j-2]+1)
			}
			cur[j] = min(c, far)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return 0, false // every path from here costs more than limit
		}
		back2, prev, cur = prev, cur, back2
	}
	d := prev[len(rb)]
	return d, d <= limit
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
