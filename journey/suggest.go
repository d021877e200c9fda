package journey

import "unicode/utf8"

// suggest returns the candidate closest to word by edit distance, or "" when
// none is close enough to be what the user meant.
func suggest(word string, candidates []string) string {
	best, bestDist := "", -1
	limit := max(1, min(3, utf8.RuneCountInString(word)/3))
	for _, c := range candidates {
		d := editDistance(word, c)
		if d <= limit && (bestDist < 0 || d < bestDist) {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the optimal-string-alignment distance between a and b in
// runes: insertions, deletions, substitutions and swaps of two neighbours
// ("nmae" for "name") each count one. Long inputs are not compared: only
// short keys and ids ever are.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		if a == b {
			return 0
		}
		return 64
	}
	// Three rows of the distance table: two back, one back, current.
	back2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], back2[j-2]+1)
			}
		}
		back2, prev, cur = prev, cur, back2
	}
	return prev[len(rb)]
}
