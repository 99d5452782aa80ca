package cfnschema

import "strings"

// Suggest returns the candidate that name is most likely a misspelling
// of: one equal to it ignoring case, else the one nearest by edit
// distance (insertions, deletions, substitutions and swaps of adjacent
// letters, ignoring case) when it is near enough (at most 1 edit for
// names of up to 7 letters, 2 for longer ones) and no other candidate is
// as near. It returns false when there is none: a name far from every
// candidate is more likely one the schema does not know yet than a typo.
func Suggest(name string, candidates []string) (string, bool) {
	lower := strings.ToLower(name)
	limit := 1
	if len(name) > 7 {
		limit = 2
	}
	best, bestDist, tie := "", limit+1, false
	for _, c := range candidates {
		if c == name {
			return "", false
		}
		lc := strings.ToLower(c)
		if lc == lower {
			return c, true
		}
		d := distance(lower, lc, limit)
		switch {
		case d < bestDist:
			best, bestDist, tie = c, d, false
		case d == bestDist:
			tie = true
		}
	}
	if best == "" || tie {
		return "", false
	}
	return best, true
}

// distance returns the optimal string alignment distance between a and
// b, or limit+1 when it exceeds limit.
func distance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	// Three rows: the one before the previous one for swaps.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	if prev[len(rb)] > limit {
		return limit + 1
	}
	return prev[len(rb)]
}
