package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// partialFor evaluates an object for expression whose value is not known
// only because its condition is not known for some elements: the Azure
// Verified Modules' idiom that drops the null properties of an azapi body,
// { for k, v in local.body.properties : k => v if v != null }, where one
// property (a generated name) is computed. Terraform makes the whole
// object unknown; here the elements whose condition is known keep their
// values (or are dropped), and those whose condition is not known are
// kept as unknown values, so the settings written beside a computed one
// can still be read. It returns false, and the caller keeps the unknown
// value, for anything else: a list result, grouping, a collection or a
// key that is not known.
func partialFor(expr hcl.Expression, ctx *hcl.EvalContext) (cty.Value, bool) {
	if w, ok := expr.(*hclsyntax.TemplateWrapExpr); ok {
		expr = w.Wrapped
	}
	f, ok := expr.(*hclsyntax.ForExpr)
	if !ok || f.KeyExpr == nil || f.Group || f.CondExpr == nil {
		return cty.NilVal, false
	}
	coll, diags := f.CollExpr.Value(ctx)
	if diags.HasErrors() {
		return cty.NilVal, false
	}
	coll, _ = coll.UnmarkDeep()
	if !coll.IsKnown() || coll.IsNull() || !coll.CanIterateElements() {
		return cty.NilVal, false
	}
	out := map[string]cty.Value{}
	for it := coll.ElementIterator(); it.Next(); {
		k, v := it.Element()
		child := ctx.NewChild()
		child.Variables = map[string]cty.Value{f.ValVar: v}
		if f.KeyVar != "" {
			child.Variables[f.KeyVar] = k
		}
		cond, diags := f.CondExpr.Value(child)
		if diags.HasErrors() {
			return cty.NilVal, false
		}
		cond, _ = cond.UnmarkDeep()
		if cond.IsKnown() && (cond.IsNull() || cond.Type() != cty.Bool) {
			return cty.NilVal, false
		}
		if cond.IsKnown() && cond.False() {
			continue
		}
		key, diags := f.KeyExpr.Value(child)
		if diags.HasErrors() {
			return cty.NilVal, false
		}
		key, _ = key.UnmarkDeep()
		if !key.IsKnown() || key.IsNull() || key.Type() != cty.String {
			return cty.NilVal, false
		}
		val, diags := f.ValExpr.Value(child)
		if diags.HasErrors() {
			return cty.NilVal, false
		}
		if _, dup := out[key.AsString()]; dup {
			return cty.NilVal, false
		}
		if !cond.IsKnown() {
			val = cty.UnknownVal(val.Type())
		}
		out[key.AsString()] = val
	}
	return cty.ObjectVal(out), true
}
