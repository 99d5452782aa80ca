package terraform

import (
	"sort"

	"github.com/zclconf/go-cty/cty"
)

// elements calls f with each element of v, in the order of
// v.ElementIterator(): a list's or tuple's by index, a set's in cty's
// order, a map's or object's by key in lexical order, with the key (""
// for a list, tuple or set). v must be known, not null and without marks
// of its own, as for ElementIterator.
//
// It is ElementIterator with fewer allocations for the two kinds the
// evaluation walks most: an iterator allocates itself, a number value
// per list or tuple index and a string value per object attribute;
// here a list or tuple is read by Index with shared index values and an
// object by GetAttr, in its sorted attribute names.
func elements(v cty.Value, f func(key string, e cty.Value)) {
	ty := v.Type()
	switch {
	case ty.IsListType() || ty.IsTupleType():
		n := v.LengthInt()
		for i := 0; i < n; i++ {
			f("", v.Index(indexVal(i)))
		}
	case ty.IsObjectType():
		atys := ty.AttributeTypes()
		names := make([]string, 0, len(atys))
		for name := range atys {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			f(name, v.GetAttr(name))
		}
	default:
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			key := ""
			if ty.IsMapType() {
				key = k.AsString()
			}
			f(key, e)
		}
	}
}

// smallIndexes are the index values of the first elements of lists,
// shared (cty values are immutable).
var smallIndexes = func() [256]cty.Value {
	var out [256]cty.Value
	for i := range out {
		out[i] = cty.NumberIntVal(int64(i))
	}
	return out
}()

func indexVal(i int) cty.Value {
	if i < len(smallIndexes) {
		return smallIndexes[i]
	}
	return cty.NumberIntVal(int64(i))
}
