package engine

import (
	"fmt"

	"github.com/soc2lint/soc2lint/parser"
)

// Pass is what a rule sees while it runs: the graph, through a small API,
// and a way to report findings. It is the only handle a rule gets.
type Pass struct {
	Rule     *Rule
	graph    *Graph
	findings []Finding
}

// ResourcesOfType returns the resources of the given types in a stable order.
func (p *Pass) ResourcesOfType(types ...string) []*parser.Resource {
	return p.graph.OfType(types...)
}

// Report records a finding about res at the offending value v. When v is
// nil or carries no position, the finding points at the resource itself.
// Every place v came through is attached as a related location.
func (p *Pass) Report(res *parser.Resource, v *parser.Value, format string, args ...any) {
	rng := res.Range
	var related []Related
	if v != nil && !v.Range.IsZero() {
		rng = v.Range
		// A block or mapping is named by its key: point at the key line.
		if (v.Kind == parser.Object || v.Kind == parser.List) && !v.KeyRange.IsZero() &&
			v.KeyRange.File == rng.File && v.KeyRange.Start.Byte < rng.Start.Byte {
			rng.Start = v.KeyRange.Start
		}
		for _, s := range v.Via {
			related = append(related, Related{Range: s.Range, Message: "from " + s.Note})
		}
	}
	p.findings = append(p.findings, Finding{
		Rule:     p.Rule,
		Resource: res,
		Range:    rng,
		Message:  fmt.Sprintf(format, args...),
		Related:  related,
	})
}

// DataSourcesOfType returns the Terraform data sources of the given types.
func (p *Pass) DataSourcesOfType(types ...string) []*parser.Resource {
	var out []*parser.Resource
	for _, t := range types {
		for _, r := range p.graph.byType[t] {
			if r.Data {
				out = append(out, r)
			}
		}
	}
	return out
}
