package terraform

import (
	"testing"

	"github.com/zclconf/go-cty/cty"
)

// TestWhollyKnownSame checks whollyKnown against cty's IsWhollyKnown on
// values of every kind, nested, marked, null and unknown.
func TestWhollyKnownSame(t *testing.T) {
	unk := cty.UnknownVal(cty.String)
	marked := unknownBecause("why")
	leaves := []cty.Value{
		cty.StringVal("a"), cty.NumberIntVal(1), cty.True, cty.NullVal(cty.String), unk, marked,
		cty.StringVal("b").Mark("m"), cty.DynamicVal, cty.NullVal(cty.DynamicPseudoType),
		cty.EmptyObjectVal, cty.NullVal(cty.EmptyObject), cty.UnknownVal(cty.EmptyObject),
	}
	var vals []cty.Value
	vals = append(vals, leaves...)
	for _, a := range leaves {
		for _, b := range leaves {
			obj := cty.ObjectVal(map[string]cty.Value{"a": a, "b": b})
			vals = append(vals, obj, obj.Mark("m"),
				cty.TupleVal([]cty.Value{a, b}),
				cty.ObjectVal(map[string]cty.Value{"x": obj, "y": cty.TupleVal([]cty.Value{obj})}),
				cty.ObjectVal(map[string]cty.Value{"x": cty.ObjectVal(map[string]cty.Value{"z": a}).Mark("n"), "y": b}))
		}
	}
	vals = append(vals, cty.MapVal(map[string]cty.Value{"k": unk}), cty.ListVal([]cty.Value{cty.StringVal("x")}),
		cty.UnknownVal(cty.Object(map[string]cty.Type{"a": cty.String})),
		cty.NullVal(cty.Object(map[string]cty.Type{"a": cty.String})))
	for i, v := range vals {
		if got, want := whollyKnown(v), v.IsWhollyKnown(); got != want {
			t.Errorf("value %d (%#v): whollyKnown %v, IsWhollyKnown %v", i, v, got, want)
		}
	}
}
