package terraform

import "github.com/zclconf/go-cty/cty"

// unknownReason is a cty mark on an unknown value that says why it is
// unknown. Marks travel through expressions and functions, so a value
// computed from an unknown one still says where the unknown came from.
type unknownReason string

// unknownBecause returns an unknown value marked with why.
func unknownBecause(why string) cty.Value {
	return cty.DynamicVal.Mark(unknownReason(why))
}

// reasonOf returns the first reason among marks, or "".
func reasonOf(marks cty.ValueMarks) string {
	best := ""
	for m := range marks {
		if r, ok := m.(unknownReason); ok && (best == "" || string(r) < best) {
			best = string(r)
		}
	}
	return best
}
