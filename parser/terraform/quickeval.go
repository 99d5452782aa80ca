package terraform

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/soc2lint/soc2lint/parser"
)

// The evaluation of an expression (evalExprVal) builds an evaluation
// context, has HCL compute the expression's value and converts that value
// into a positioned one. On a large module most arguments are literals
// ("vpc-0123", true, 443) or a reference to an attribute a resource does
// not set (aws_s3_bucket.b.id), whose values need neither: quickValue
// computes those directly, with the same result. And most of the other
// expressions refer to one variable or one local only, whose context is
// the same for every such expression: nameContext builds it once.

// quickEval turns quickValue and nameContext on (tests compare with the
// evaluation without them).
var quickEval = true

// quickValue is evalExprVal for the expressions it knows the value of
// without HCL (ok false for the others).
func (ev *evaluator) quickValue(expr hcl.Expression, sc scope) (v *parser.Value, val cty.Value, ok bool) {
	if !quickEval {
		return nil, cty.NilVal, false
	}
	switch e := expr.(type) {
	case *hclsyntax.LiteralValueExpr:
		val = e.Val
	case *hclsyntax.TemplateExpr:
		s, ok := literalTemplate(e)
		if !ok {
			return nil, cty.NilVal, false
		}
		// TemplateExpr.Value: the parts' text joined, never null.
		val = cty.StringVal(s).RefineNotNull()
	case *hclsyntax.ScopeTraversalExpr:
		return ev.computedAttribute(e, sc)
	default:
		return nil, cty.NilVal, false
	}
	// What toValueRef makes of a known value without references (no
	// context is read for a known string, number, bool or null).
	if u, marks := val.Unmark(); len(marks) != 0 || !u.IsKnown() || !(u.IsNull() || u.Type().IsPrimitiveType()) {
		return nil, cty.NilVal, false
	}
	v = toValueRef(val, expr, nil, 0, nil, nil)
	v.SetRefsUses(nil, nil, &ev.extras)
	return v, val, true
}

// literalTemplate is the text of a template made only of literal strings
// (a quoted string without interpolations).
func literalTemplate(e *hclsyntax.TemplateExpr) (string, bool) {
	if len(e.Parts) == 1 {
		if l, ok := e.Parts[0].(*hclsyntax.LiteralValueExpr); ok && literalString(l.Val) {
			return l.Val.AsString(), true
		}
		return "", false
	}
	var b strings.Builder
	for _, p := range e.Parts {
		l, ok := p.(*hclsyntax.LiteralValueExpr)
		if !ok || !literalString(l.Val) {
			return "", false
		}
		b.WriteString(l.Val.AsString())
	}
	return b.String(), true
}

// literalString reports whether v is a known, unmarked, non-null string.
func literalString(v cty.Value) bool {
	return v.Type() == cty.String && !v.IsMarked() && v.IsKnown() && !v.IsNull()
}

// computedAttribute is quickValue for TYPE.NAME.ATTR, a reference to an
// attribute that a resource of one instance does not set: the provider
// computes it, and the reference is unknown (see withComputed).
func (ev *evaluator) computedAttribute(e *hclsyntax.ScopeTraversalExpr, sc scope) (*parser.Value, cty.Value, bool) {
	tr := e.Traversal
	if len(tr) != 3 {
		return nil, cty.NilVal, false
	}
	names, n := traversalNames3(tr)
	if n != 3 || !ev.decls.resourceTypes[names[0]] {
		return nil, cty.NilVal, false
	}
	if _, inScope := sc.vals[names[0]]; inScope {
		return nil, cty.NilVal, false
	}
	// As resourceValue, which evaluates the resource first.
	st := ev.resource(names[0] + "." + names[1])
	if st == nil || !st.done || st.data || !st.known || st.mode != "" || len(st.instances) != 1 {
		// The context is built as usual: resource is called again, and
		// returns st as it is (done, or in flight: a cycle).
		return nil, cty.NilVal, false
	}
	body := st.instances[0].Body
	if body == nil || body.Kind != parser.Object {
		return nil, cty.NilVal, false
	}
	if _, set := body.Attrs[names[2]]; set {
		return nil, cty.NilVal, false
	}
	// toValueRef of the unknown attribute withComputed adds: no direct
	// reference (not a variable, local or iterator), no parts (not a
	// template) and no concat().
	v := parser.UnknownValue(convertRange(e.Range()), computedWhy)
	v.SetParts(nil)
	v.SetRefsUses(ev.refsOf([]hcl.Traversal{tr}, sc), ev.usesOf([]hcl.Traversal{tr}, sc), &ev.extras)
	return v, unknownBecause(computedWhy), true
}

// nameContext is newEvalContext for traversals that all refer to the same
// variable or the same local, outside any iterator: the context holds that
// name's converted value and the empty objects, and is kept for the next
// expression that refers to that name alone, as long as the name's value
// is the same. The variable or local is looked up once per traversal, as
// newEvalContext does (a local in a cycle reports each). It returns nil,
// having looked nothing up, for other traversals.
func (ev *evaluator) nameContext(traversals []hcl.Traversal, sc scope) *hcl.EvalContext {
	if !quickEval || len(traversals) == 0 || len(sc.vals) != 0 {
		return nil
	}
	var root, name string
	for i, tr := range traversals {
		names, n := traversalNames3(tr)
		if n < 2 || names[0] != "var" && names[0] != "local" {
			return nil
		}
		if i == 0 {
			root, name = names[0], names[1]
		} else if names[0] != root || names[1] != name {
			return nil
		}
	}
	isVar := root == "var"
	if isVar {
		if v, ok := ev.vars[name]; !ok || v == nil {
			return nil
		}
	} else if _, ok := ev.decls.locals[name]; !ok {
		return nil
	}
	var of *parser.Value
	var val cty.Value
	for range traversals {
		if isVar {
			of = ev.vars[name]
		} else {
			of = ev.local(name)
		}
		val = ev.converted(name, of, isVar)
	}
	cache := &ev.nameCtx
	if *cache == nil {
		*cache = map[nameKey]nameCtx{}
	}
	key := nameKey{isVar, name}
	if c, ok := (*cache)[key]; ok && c.of == of {
		return c.ctx
	}
	vars := map[string]cty.Value{
		"path": ev.pathVal, "terraform": ev.run.terraform,
		"var": cty.EmptyObjectVal, "local": cty.EmptyObjectVal,
		"module": cty.EmptyObjectVal, "data": cty.EmptyObjectVal,
	}
	if isVar {
		vars["var"] = namesObject(map[string]cty.Value{name: val}, of, ev.varsCty)
	} else {
		vars["local"] = namesObject(map[string]cty.Value{name: val}, of, ev.localsCty)
	}
	ctx := &hcl.EvalContext{Variables: vars, Functions: ev.funcs}
	(*cache)[key] = nameCtx{of: of, ctx: ctx}
	return ctx
}

// nameKey names a variable (isVar) or a local.
type nameKey struct {
	isVar bool
	name  string
}

// nameCtx is a context of nameContext and the value it was made for.
type nameCtx struct {
	of  *parser.Value
	ctx *hcl.EvalContext
}
