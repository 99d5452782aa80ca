package engine

import (
	"sort"

	"github.com/soc2lint/soc2lint/parser"
)

// Graph is the resource graph of one scan: every resource of every
// Terraform module and CloudFormation template, indexed for rules.
type Graph struct {
	resources []*parser.Resource
	byType    map[string][]*parser.Resource
	// Diagnostics are the problems met while reading the input.
	Diagnostics parser.Diagnostics
	// Files lists every file that was read and understood, sorted.
	Files []string
}

// NewGraph builds a graph from resources. The resources are sorted by file,
// position and address so that rules see them in a deterministic order.
func NewGraph(resources []*parser.Resource) *Graph {
	rs := append([]*parser.Resource(nil), resources...)
	sort.SliceStable(rs, func(i, j int) bool { return lessResource(rs[i], rs[j]) })
	g := &Graph{resources: rs, byType: map[string][]*parser.Resource{}}
	for _, r := range rs {
		g.byType[r.Type] = append(g.byType[r.Type], r)
	}
	return g
}

func lessResource(a, b *parser.Resource) bool {
	if a.Range.File != b.Range.File {
		return a.Range.File < b.Range.File
	}
	if a.Range.Start.Byte != b.Range.Start.Byte {
		return a.Range.Start.Byte < b.Range.Start.Byte
	}
	return a.Address < b.Address
}

// Resources returns every resource in order.
func (g *Graph) Resources() []*parser.Resource { return g.resources }

// OfType returns the resources (not data sources) of the given types, in
// graph order.
func (g *Graph) OfType(types ...string) []*parser.Resource {
	if len(types) == 1 {
		return withoutData(g.byType[types[0]])
	}
	var out []*parser.Resource
	seen := map[string]bool{}
	for _, t := range types {
		if !seen[t] {
			seen[t] = true
			out = append(out, withoutData(g.byType[t])...)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return lessResource(out[i], out[j]) })
	return out
}

func withoutData(rs []*parser.Resource) []*parser.Resource {
	for _, r := range rs {
		if r.Data {
			out := make([]*parser.Resource, 0, len(rs))
			for _, r := range rs {
				if !r.Data {
					out = append(out, r)
				}
			}
			return out
		}
	}
	return rs
}
