package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/soc2lint/soc2lint/parser"
)

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

// computedWhy explains a resource's attribute the configuration does not
// set.
const computedWhy = parser.WhyComputed

// genericUnknown explains an unknown value whose source left no mark.
const genericUnknown = "computed by the provider, or a function or expression that cannot be evaluated offline"

// unknownFromDiags explains an unmarked unknown value by the evaluation
// errors that produced it: a missing attribute of a resource is one the
// provider computes; a missing function is one that needs the outside
// world or is not implemented.
func unknownFromDiags(diags hcl.Diagnostics) string {
	for _, d := range diags {
		switch d.Summary {
		case "Unsupported attribute":
			return computedWhy
		case "Call to unknown function":
			return "function not evaluated offline"
		}
	}
	for _, d := range diags {
		if d.Severity == hcl.DiagError {
			return "expression not valid offline: " + d.Summary
		}
	}
	return genericUnknown
}
