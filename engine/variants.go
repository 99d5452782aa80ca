package engine

import (
	"fmt"
	"slices"
	"strings"
)

// nameConditions records, on a finding about a resource that exists only
// under an undecidable condition, which condition that is.
func nameConditions(fs []Finding) []Finding {
	for i, f := range fs {
		if f.Resource != nil {
			fs[i].Condition = f.Resource.Condition
		}
	}
	return fs
}

// mergeVariants reports once what the variants of one resource yield.
//
// A CloudFormation resource whose properties hold Fn::If over conditions
// that cannot be decided statically reaches the rules once per combination
// of their truth values (parser.Resource.Assumptions; n conditions make
// 2^n variants, every one labelled with all n). A finding that every
// variant yields alike (same rule, place and message) does not depend on
// the conditions: it is kept once, as it is. A finding that only some
// variants yield records the conditions under which it holds in When
// ("condition IsProd is true"), which writers show after the message. fs must be sorted; the
// order is kept.
func mergeVariants(fs []Finding) []Finding {
	type group struct {
		idx    int
		n      int // the number of conditions, hence 2^n variants
		labels map[string][]string
	}
	if !slices.ContainsFunc(fs, func(f Finding) bool { return f.Resource != nil && len(f.Resource.Assumptions) > 0 }) {
		if len(fs) == 0 {
			return nil
		}
		return fs // no variants: out would be fs
	}
	groups := map[string]*group{}
	var order []*group
	out := make([]Finding, 0, len(fs))
	for _, f := range fs {
		r := f.Resource
		if r == nil || len(r.Assumptions) == 0 {
			out = append(out, f)
			continue
		}
		key := fmt.Sprintf("%s|%s|%s|%s|%s|%s|%s|%d:%d-%d:%d|%s", r.Format, r.Root, r.Scope, r.Module, r.Address,
			f.Rule.ID, f.Range.File, f.Range.Start.Line, f.Range.Start.Column, f.Range.End.Line, f.Range.End.Column, f.textOfOne())
		g, seen := groups[key]
		if !seen {
			g = &group{idx: len(out), n: len(r.Assumptions), labels: map[string][]string{}}
			groups[key] = g
			order = append(order, g)
			out = append(out, f)
		} else {
			for _, rel := range f.Related {
				if !slices.Contains(out[g.idx].Related, rel) {
					out[g.idx].Related = append(out[g.idx].Related, rel)
				}
			}
		}
		g.labels[strings.Join(r.Assumptions, "\x00")] = r.Assumptions
	}
	for _, g := range order {
		if g.n > 16 || len(g.labels) >= 1<<g.n {
			continue // every variant: the conditions do not matter
		}
		present := make([][]string, 0, len(g.labels))
		for _, l := range g.labels {
			present = append(present, l)
		}
		out[g.idx].When = describeVariants(present, g.n)
	}
	return out
}

// describeVariants names the combinations of condition values in present,
// each a full list of n labels "condition X is true|false" in one order,
// as briefly as it can: a disjunction of the fewest conjunctions that
// cover exactly the combinations present.
func describeVariants(present [][]string, n int) string {
	if len(present) == 0 {
		return ""
	}
	// Each variant as a bit mask over the n conditions (bit set: true).
	names := make([]string, n)
	var in []uint
	for _, labels := range present {
		var m uint
		for i, l := range labels {
			name, val, _ := strings.Cut(strings.TrimPrefix(l, "condition "), " is ")
			names[i] = name
			if val == "true" {
				m |= 1 << i
			}
		}
		in = append(in, m)
	}
	isIn := map[uint]bool{}
	for _, m := range in {
		isIn[m] = true
	}
	// A term fixes some conditions (care) to values (val). Keep the terms
	// whose every combination is present; the ones fixing fewest first.
	type term struct{ care, val uint }
	var terms []term
	full := uint(1)<<n - 1
	for care := uint(0); care <= full; care++ {
		for val := care; ; val = (val - 1) & care {
			ok := true
			for m := uint(0); m <= full && ok; m++ {
				if m&care == val && !isIn[m] {
					ok = false
				}
			}
			if ok {
				terms = append(terms, term{care, val})
			}
			if val == 0 {
				break
			}
		}
	}
	slices.SortStableFunc(terms, func(a, b term) int { return popcount(a.care) - popcount(b.care) })
	// Greedy cover of the present combinations.
	covered := map[uint]bool{}
	var chosen []term
	for len(covered) < len(isIn) {
		best, gain := -1, 0
		for i, t := range terms {
			g := 0
			for m := range isIn {
				if m&t.care == t.val && !covered[m] {
					g++
				}
			}
			if g > gain {
				best, gain = i, g
			}
		}
		if best < 0 {
			break
		}
		t := terms[best]
		chosen = append(chosen, t)
		for m := range isIn {
			if m&t.care == t.val {
				covered[m] = true
			}
		}
	}
	// In the order variants are listed: conditions in order, true first.
	rank := func(t term, i int) int {
		switch {
		case t.care&(1<<i) == 0:
			return 2
		case t.val&(1<<i) != 0:
			return 0
		}
		return 1
	}
	slices.SortFunc(chosen, func(a, b term) int {
		for i := 0; i < n; i++ {
			if d := rank(a, i) - rank(b, i); d != 0 {
				return d
			}
		}
		return 0
	})
	parts := make([]string, 0, len(chosen))
	for _, t := range chosen {
		var conj []string
		for i := 0; i < n; i++ {
			if t.care&(1<<i) != 0 {
				conj = append(conj, fmt.Sprintf("condition %s is %t", names[i], t.val&(1<<i) != 0))
			}
		}
		parts = append(parts, strings.Join(conj, " and "))
	}
	return strings.Join(parts, ", or when ")
}

func popcount(x uint) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}
