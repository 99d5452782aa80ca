package terraform

import (
	"math/big"
	"sort"
	"strconv"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/soc2lint/soc2lint/parser"
)

// toValue converts an evaluated cty value into a positioned parser.Value.
// When expr is a literal list or object constructor, elements get the
// ranges of their own expressions, so a finding can point at the one bad
// element of a list rather than the whole attribute.
func toValue(v cty.Value, expr hcl.Expression, ctx *hcl.EvalContext, depth int) *parser.Value {
	return toValueRef(v, expr, ctx, depth, nil, nil)
}

// referenceFunc finds the positioned value an expression refers to
// directly, with a note saying how it got there, and whether the value is
// one many expressions may refer to (a variable's or a local's, not an
// iterator's), whose copies then share their provenance (see rebase).
type referenceFunc func(hcl.Expression) (src *parser.Value, note string, shared bool)

// toValueRef is toValue that also keeps the provenance of every part that
// is a direct reference to a variable, local or iterator.
func toValueRef(v cty.Value, expr hcl.Expression, ctx *hcl.EvalContext, depth int, ref referenceFunc, rebased rebaseCache) *parser.Value {
	var memo convMemo
	return converter{ctx: ctx, ref: ref, memo: &memo, rebased: rebased}.value(v, expr, depth)
}

// converter is one conversion (toValueRef and everything it calls on the
// parts of the value): the context and the reference function, which do
// not change inside it, and what its parts share.
type converter struct {
	ctx  *hcl.EvalContext
	ref  referenceFunc
	memo *convMemo
	// rebased is the evaluator's cache of rebase (nil: none).
	rebased rebaseCache
}

// convMemo is what the parts of one conversion share.
type convMemo struct {
	// noConcat records the concat() calls for which concatList returned
	// nil. Every unknown element of a known list or object that has no
	// expression of its own is converted with the whole value's
	// expression: when that is a concat() call, concatList would evaluate
	// all of its arguments again for each such element, although its
	// result depends only on the call, the depth and whether references
	// are followed, the same for all of them.
	noConcat map[concatKey]bool
}

type concatKey struct {
	call  hcl.Expression
	depth int
	plain bool // references not followed
}

// plain is c without following references (toValue).
func (c converter) plain() converter {
	c.ref = nil
	return c
}

// concatList is concatList (partial.go) remembering the calls for which
// it returned nil.
func (c converter) concatList(expr hcl.Expression, depth int) *parser.Value {
	key := concatKey{expr, depth, c.ref == nil}
	if c.memo.noConcat[key] {
		return nil
	}
	l, evaluated := c.concatListOf(expr, depth)
	if l == nil && evaluated {
		if c.memo.noConcat == nil {
			c.memo.noConcat = map[concatKey]bool{}
		}
		c.memo.noConcat[key] = true
	}
	return l
}

// value converts v, the value of expr, at depth.
func (c converter) value(v cty.Value, expr hcl.Expression, depth int) *parser.Value {
	ctx, ref := c.ctx, c.ref
	rng := convertRange(expr.Range())
	if ref != nil {
		if src, note, shared := ref(expr); src != nil && (src.IsKnown() || src.KnownParts() != nil) {
			cache := c.rebased
			if !shared {
				cache = nil
			}
			return rebase(src, rng, note, cache)
		}
	}
	// Marks are removed one level at a time: a nested unknown keeps the
	// reason it is unknown.
	v, marks := v.Unmark()
	if depth > maxValueDepth {
		return parser.UnknownValue(rng, "value nested too deeply")
	}
	if !v.IsKnown() {
		why := reasonOf(marks)
		if why == "" {
			why = genericUnknown
		}
		if l := c.concatList(expr, depth); l != nil {
			return l
		}
		u := parser.UnknownValue(rng, why)
		u.SetParts(templateParts(expr, ctx, ref))
		return u
	}
	if v.IsNull() {
		return &parser.Value{Kind: parser.Null, Range: rng}
	}
	if w, ok := expr.(*hclsyntax.TemplateWrapExpr); ok {
		expr = w.Wrapped
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		return parser.StringValue(v.AsString(), rng)
	case ty == cty.Number:
		bf := v.AsBigFloat()
		f, _ := bf.Float64()
		return &parser.Value{Kind: parser.Number, Num: f, Str: numberText(bf), Range: rng}
	case ty == cty.Bool:
		return parser.BoolValue(v.True(), rng)
	case ty.IsListType() || ty.IsTupleType() || ty.IsSetType():
		out := &parser.Value{Kind: parser.List, Range: rng}
		var elemExprs []hclsyntax.Expression
		if tc, ok := expr.(*hclsyntax.TupleConsExpr); ok && !ty.IsSetType() && v.LengthInt() == len(tc.Exprs) {
			elemExprs = tc.Exprs
		}
		i := 0
		elements(v, func(_ string, ev cty.Value) {
			var ex hcl.Expression = expr
			if elemExprs != nil {
				ex = elemExprs[i]
			}
			i++
			var el *parser.Value
			if elemExprs != nil {
				el = c.value(ev, ex, depth+1)
			} else {
				el = c.plain().value(ev, ex, depth+1)
			}
			if elemExprs == nil {
				// The element has no expression of its own: it shares the
				// range of the whole list.
				el.Range = rng
			}
			out.Elems = append(out.Elems, el)
		})
		return out
	case ty.IsMapType() || ty.IsObjectType():
		out := &parser.Value{Kind: parser.Object, Range: rng, Attrs: map[string]*parser.Value{}}
		items := objectItems(expr, ctx)
		elements(v, func(key string, ev cty.Value) {
			if item, ok := items[key]; ok {
				el := c.value(ev, item.ValueExpr, depth+1)
				el.KeyRange = convertRange(item.KeyExpr.Range())
				out.Attrs[key] = el
				return
			}
			el := c.plain().value(ev, expr, depth+1)
			el.Range = rng
			out.Attrs[key] = el
		})
		return out
	}
	return parser.UnknownValue(rng, "value of type "+ty.FriendlyName())
}

const maxValueDepth = 256

// objectItems maps the keys of a literal object constructor to its items.
func objectItems(expr hcl.Expression, ctx *hcl.EvalContext) map[string]hclsyntax.ObjectConsItem {
	oc, ok := expr.(*hclsyntax.ObjectConsExpr)
	if !ok {
		return nil
	}
	items := make(map[string]hclsyntax.ObjectConsItem, len(oc.Items))
	for _, item := range oc.Items {
		if kw := hcl.ExprAsKeyword(item.KeyExpr); kw != "" {
			items[kw] = item
			continue
		}
		kv, diags := item.KeyExpr.Value(ctx)
		if diags.HasErrors() || !kv.IsKnown() || kv.IsNull() || kv.Type() != cty.String {
			continue
		}
		items[kv.AsString()] = item
	}
	return items
}

// fromValue converts a parser.Value back into cty, for values such as
// variable defaults that feed further evaluation.
func fromValue(v *parser.Value) cty.Value {
	if v == nil {
		return cty.NullVal(cty.DynamicPseudoType)
	}
	switch v.Kind {
	case parser.Null:
		return cty.NullVal(cty.DynamicPseudoType)
	case parser.Bool:
		return cty.BoolVal(v.Bool)
	case parser.Number:
		if f, _, err := big.ParseFloat(v.Str, 10, 512, big.ToNearestEven); err == nil {
			return cty.NumberVal(f)
		}
		return cty.NumberFloatVal(v.Num)
	case parser.Unknown:
		return unknownBecause(v.Why())
	case parser.String:
		return cty.StringVal(v.Str)
	case parser.List:
		for _, e := range v.Elems {
			if e != nil && e.Rest() {
				// Known elements and an unknown number of others: the
				// length is unknown, and so is the list.
				return unknownBecause(e.Why())
			}
		}
		if len(v.Elems) == 0 {
			return cty.EmptyTupleVal
		}
		elems := make([]cty.Value, len(v.Elems))
		for i, e := range v.Elems {
			elems[i] = fromValue(e)
		}
		return cty.TupleVal(elems)
	case parser.Object:
		if len(v.Attrs) == 0 {
			return cty.EmptyObjectVal
		}
		attrs := make(map[string]cty.Value, len(v.Attrs))
		for k, e := range v.Attrs {
			attrs[k] = fromValue(e)
		}
		return cty.ObjectVal(attrs)
	}
	return cty.DynamicVal
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// numberText is bf.Text('f', -1), the shortest decimal that identifies
// bf, computed cheaply for the integers most numbers of a configuration
// are: with 64 bits of precision or more every int64 is exact, so its
// shortest decimal is its digits.
func numberText(bf *big.Float) string {
	if bf.Prec() >= 64 && bf.IsInt() && !(bf.Signbit() && bf.Sign() == 0) {
		if i, acc := bf.Int64(); acc == big.Exact {
			return strconv.FormatInt(i, 10)
		}
	}
	return bf.Text('f', -1)
}
