package engine

import "github.com/soc2lint/soc2lint/parser"

// Related is a secondary place that explains a finding, such as the
// variable default a bad value came from.
type Related struct {
	Range   parser.Range `json:"range"`
	Message string       `json:"message"`
}

// Finding is one misconfiguration a rule found.
type Finding struct {
	Rule *Rule
	// Resource is the resource the finding is about.
	Resource *parser.Resource
	// Range is the offending attribute or block.
	Range parser.Range
	// Message names the resource and says what is wrong.
	Message string
	// Related lists the places the offending value came through, and the
	// module call sites of merged instances.
	Related []Related
	// Instances names every instance the finding stands for, when several
	// instances of one block (count, for_each, module calls) yield it.
	Instances []string
}
