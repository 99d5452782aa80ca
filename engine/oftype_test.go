package engine

import (
	"slices"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestOfTypeSeveral: resources of several types come in graph order, each
// once though its type is named twice, without data sources; no match is
// nil.
func TestOfTypeSeveral(t *testing.T) {
	res := func(typ, name, file string, at int, data bool) *parser.Resource {
		return &parser.Resource{Type: typ, Address: typ + "." + name, Data: data,
			Range: parser.Range{File: file, Start: parser.Pos{Byte: int32(at)}}}
	}
	g := NewGraph([]*parser.Resource{
		res("b", "one", "x.tf", 30, false),
		res("a", "one", "x.tf", 10, false),
		res("a", "two", "y.tf", 5, false),
		res("b", "data", "x.tf", 20, true),
		res("c", "one", "x.tf", 0, false),
	})
	var got []string
	for _, r := range g.OfType("b", "a", "b") {
		got = append(got, r.Address)
	}
	if want := []string{"a.one", "b.one", "a.two"}; !slices.Equal(got, want) {
		t.Errorf("OfType(b, a, b) = %v, want %v", got, want)
	}
	if rs := g.OfType("d", "e"); rs != nil {
		t.Errorf("OfType(d, e) = %v, want nil", rs)
	}
	g = NewGraph([]*parser.Resource{res("b", "data", "x.tf", 20, true)})
	if rs := g.OfType("a", "b"); rs != nil {
		t.Errorf("OfType(a, b) of a data source only = %v, want nil", rs)
	}
}
