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
	if e, ok := expr.(*hclsyntax.ScopeTraversalExpr); ok {
		return ev.computedAttribute(e, sc)
	}
	if v, val, ok = ev.literalValue(expr); ok {
		v.SetRefsUses(nil, nil, &ev.extras)
	}
	return v, val, ok
}

// literalValue is the value of a literal (443, true, null) or of a quoted
// string without interpolation, and what toValueRef makes of it (no
// context is read for a known string, number, bool or null).
func (ev *evaluator) literalValue(expr hcl.Expression) (v *parser.Value, val cty.Value, ok bool) {
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
	default:
		return nil, cty.NilVal, false
	}
	if u, marks := val.Unmark(); len(marks) != 0 || !u.IsKnown() || !(u.IsNull() || u.Type().IsPrimitiveType()) {
		return nil, cty.NilVal, false
	}
	return toValueRef(val, expr, nil, 0, nil, nil), val, true
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
	if !ev.computedForm(e, sc) {
		return nil, cty.NilVal, false
	}
	v, ok := ev.computedValue(e)
	if !ok {
		return nil, cty.NilVal, false
	}
	v.SetRefsUses(ev.refsOf([]hcl.Traversal{e.Traversal}, sc), ev.usesOf([]hcl.Traversal{e.Traversal}, sc), &ev.extras)
	return v, unknownBecause(computedWhy), true
}

// computedForm reports whether e is TYPE.NAME.ATTR, TYPE a resource type
// of the module, outside an iterator of that name.
func (ev *evaluator) computedForm(e *hclsyntax.ScopeTraversalExpr, sc scope) bool {
	if len(e.Traversal) != 3 {
		return false
	}
	names, n := traversalNames3(e.Traversal)
	if n != 3 || !ev.decls.resourceTypes[names[0]] {
		return false
	}
	_, inScope := sc.vals[names[0]]
	return !inScope
}

// computedValue is the positioned value of e, of computedForm, when the
// resource has one instance and does not set the attribute: what
// toValueRef makes of the unknown attribute withComputed adds (no direct
// reference, since not a variable, local or iterator; no parts, since not
// a template; no concat()).
func (ev *evaluator) computedValue(e *hclsyntax.ScopeTraversalExpr) (*parser.Value, bool) {
	names, _ := traversalNames3(e.Traversal)
	// As resourceValue, which evaluates the resource first.
	st := ev.resource(names[0] + "." + names[1])
	if st == nil || !st.done || st.data || !st.known || st.mode != "" || len(st.instances) != 1 {
		// The context is built as usual: resource is called again, and
		// returns st as it is (done, or in flight: a cycle).
		return nil, false
	}
	body := st.instances[0].Body
	if body == nil || body.Kind != parser.Object {
		return nil, false
	}
	if _, set := body.Attrs[names[2]]; set {
		return nil, false
	}
	v := parser.UnknownValue(convertRange(e.Range()), computedWhy)
	v.SetParts(nil)
	return v, true
}

// quickExpr is evalExpr for the expressions quickValue knows, for
// references to a variable or a local (var.ami, var.ports[0],
// local.tags) whose value is known, and for tuples of those: evalExpr
// does not need their cty value, and their positioned value is the
// variable's or local's part moved to the use (rebase), whatever HCL
// computes.
func (ev *evaluator) quickExpr(expr hcl.Expression, sc scope) (*parser.Value, bool) {
	if !quickEval {
		return nil, false
	}
	switch e := expr.(type) {
	case *hclsyntax.ScopeTraversalExpr:
		if ev.directForm(e, sc) {
			v, ok := ev.directValue(e, sc)
			if !ok {
				return nil, false
			}
			v.SetRefsUses(ev.refsOf([]hcl.Traversal{e.Traversal}, sc), ev.usesOf([]hcl.Traversal{e.Traversal}, sc), &ev.extras)
			return v, true
		}
	case *hclsyntax.TupleConsExpr:
		return ev.quickTuple(e, sc)
	case *hclsyntax.TemplateExpr:
		if v, ok, tried := ev.quickTemplate(e, sc); tried {
			return v, ok
		}
	case *hclsyntax.FunctionCallExpr:
		if e.Name == "merge" && ev.funcs != nil {
			return ev.quickMerge(e, sc)
		}
	}
	v, _, ok := ev.quickValue(expr, sc)
	return v, ok
}

// directForm reports whether e is a reference into a variable or a local
// that directReference follows, and that can be looked up without a
// diagnostic: the variable is declared, the local is declared and is not
// being evaluated (a cycle).
func (ev *evaluator) directForm(e *hclsyntax.ScopeTraversalExpr, sc scope) bool {
	tr := e.Traversal
	if len(tr) < 2 {
		return false
	}
	root := tr.RootName()
	if root != "var" && root != "local" || sc.prov[root] != nil {
		return false
	}
	if _, inScope := sc.vals[root]; inScope {
		return false
	}
	attr, ok := tr[1].(hcl.TraverseAttr)
	if !ok {
		return false
	}
	if root == "var" {
		v, ok := ev.vars[attr.Name]
		return ok && v != nil
	}
	if _, ok := ev.decls.locals[attr.Name]; !ok {
		return false
	}
	return !ev.inFlight["local."+attr.Name]
}

// directValue is toValueRef's value of e, of directForm, when the part of
// the variable or local it refers to is known.
func (ev *evaluator) directValue(e *hclsyntax.ScopeTraversalExpr, sc scope) (*parser.Value, bool) {
	src, note, shared := ev.directReference(e, sc)
	if src == nil || !src.IsKnown() {
		return nil, false
	}
	if ev.rebased == nil {
		ev.rebased = rebaseCache{}
	}
	cache := ev.rebased
	if !shared {
		cache = nil
	}
	return rebase(src, convertRange(e.Range()), note, cache), true
}

// quickTuple is quickExpr for a tuple of literals, references into
// variables and locals, and computed attributes ([var.cidr],
// [aws_security_group.web.id], ["10.0.0.0/16"]): a list of their values,
// as toValueRef converts each element with its own expression.
func (ev *evaluator) quickTuple(e *hclsyntax.TupleConsExpr, sc scope) (*parser.Value, bool) {
	// Every element is checked before any is evaluated: what is evaluated
	// before giving up (variables, locals, resources) is evaluated in the
	// order the context of the whole tuple would evaluate it.
	kinds := make([]uint8, len(e.Exprs))
	for i, x := range e.Exprs {
		switch x := x.(type) {
		case *hclsyntax.LiteralValueExpr:
			kinds[i] = quickLiteral
		case *hclsyntax.TemplateExpr:
			if _, ok := literalTemplate(x); !ok {
				return nil, false
			}
			kinds[i] = quickLiteral
		case *hclsyntax.ScopeTraversalExpr:
			switch {
			case ev.directForm(x, sc):
				kinds[i] = quickDirect
			case ev.computedForm(x, sc):
				kinds[i] = quickComputed
			default:
				return nil, false
			}
		default:
			return nil, false
		}
	}
	out := &parser.Value{Kind: parser.List, Range: convertRange(e.Range())}
	for i, x := range e.Exprs {
		var el *parser.Value
		ok := false
		switch kinds[i] {
		case quickLiteral:
			el, _, ok = ev.literalValue(x)
		case quickDirect:
			el, ok = ev.directValue(x.(*hclsyntax.ScopeTraversalExpr), sc)
		case quickComputed:
			el, ok = ev.computedValue(x.(*hclsyntax.ScopeTraversalExpr))
		}
		if !ok {
			return nil, false
		}
		out.Elems = append(out.Elems, el)
	}
	traversals := variables(e)
	out.SetRefsUses(ev.refsOf(traversals, sc), ev.usesOf(traversals, sc), &ev.extras)
	return out, true
}

// quickTemplate is quickExpr for a template of literal text and
// references to string variables and locals ("${local.prefix}-data"):
// the known string TemplateExpr.Value makes of the values the context
// holds for them (see converted). tried is false when e is not of that
// form (nothing was looked up).
func (ev *evaluator) quickTemplate(e *hclsyntax.TemplateExpr, sc scope) (v *parser.Value, ok, tried bool) {
	if !ev.stringTemplateForm(e, sc) {
		return nil, false, false
	}
	refs := false
	for _, p := range e.Parts {
		if _, lit := p.(*hclsyntax.LiteralValueExpr); !lit {
			refs = true
		}
	}
	if !refs {
		// A literal: quickValue's.
		return nil, false, false
	}
	s, ok := ev.templateString(e)
	if !ok {
		return nil, false, true
	}
	v = parser.StringValue(s, convertRange(e.Range()))
	traversals := variables(e)
	v.SetRefsUses(ev.refsOf(traversals, sc), ev.usesOf(traversals, sc), &ev.extras)
	return v, true, true
}

// stringTemplateForm reports whether e is made of literal strings and
// references var.NAME or local.NAME of directForm.
func (ev *evaluator) stringTemplateForm(e *hclsyntax.TemplateExpr, sc scope) bool {
	for _, p := range e.Parts {
		switch p := p.(type) {
		case *hclsyntax.LiteralValueExpr:
			if !literalString(p.Val) {
				return false
			}
		case *hclsyntax.ScopeTraversalExpr:
			if len(p.Traversal) != 2 || !ev.directForm(p, sc) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// templateString is the string TemplateExpr.Value makes of e, of
// stringTemplateForm, when every variable and local it refers to is a
// known string in the context (see converted); the variables and locals
// are looked up as the context would.
func (ev *evaluator) templateString(e *hclsyntax.TemplateExpr) (string, bool) {
	var b strings.Builder
	for _, p := range e.Parts {
		switch p := p.(type) {
		case *hclsyntax.LiteralValueExpr:
			b.WriteString(p.Val.AsString())
		case *hclsyntax.ScopeTraversalExpr:
			name := p.Traversal[1].(hcl.TraverseAttr).Name
			isVar := p.Traversal.RootName() == "var"
			var of *parser.Value
			if isVar {
				of = ev.vars[name]
			} else {
				of = ev.local(name)
			}
			val := ev.converted(name, of, isVar)
			if !literalString(val) {
				return "", false
			}
			b.WriteString(val.AsString())
		}
	}
	return cty.StringVal(b.String()).AsString(), true
}

// quickMerge is quickExpr for merge() of locals and object constructors
// whose values are all known strings (merge(local.tags, { Name =
// "${local.prefix}-web" })), the commonest way to tag a resource: an
// object of the merged strings, each at the call (toValueRef converts a
// function's result without following its parts to their expressions).
// The arguments are checked before any local is looked up.
func (ev *evaluator) quickMerge(e *hclsyntax.FunctionCallExpr, sc scope) (*parser.Value, bool) {
	if _, ok := ev.funcs["merge"]; !ok || len(e.Args) == 0 || e.ExpandFinal {
		return nil, false
	}
	for _, a := range e.Args {
		switch a := a.(type) {
		case *hclsyntax.ScopeTraversalExpr:
			if len(a.Traversal) != 2 || a.Traversal.RootName() != "local" || !ev.directForm(a, sc) {
				return nil, false
			}
		case *hclsyntax.ObjectConsExpr:
			for _, item := range a.Items {
				if _, ok := objectKey(item.KeyExpr); !ok {
					return nil, false
				}
				switch x := item.ValueExpr.(type) {
				case *hclsyntax.TemplateExpr:
					if !ev.stringTemplateForm(x, sc) {
						return nil, false
					}
				default:
					return nil, false
				}
			}
		default:
			return nil, false
		}
	}
	rng := convertRange(e.Range())
	merged := map[string]*parser.Value{}
	for _, a := range e.Args {
		switch a := a.(type) {
		case *hclsyntax.ScopeTraversalExpr:
			name := a.Traversal[1].(hcl.TraverseAttr).Name
			of := ev.local(name)
			if of == nil || of.Kind != parser.Object {
				return nil, false
			}
			for k, x := range of.Attrs {
				if x == nil || x.Kind != parser.String {
					return nil, false
				}
				// fromValue's string, as the context holds it.
				merged[k] = parser.StringValue(cty.StringVal(x.Str).AsString(), rng)
			}
		case *hclsyntax.ObjectConsExpr:
			for _, item := range a.Items {
				k, _ := objectKey(item.KeyExpr)
				s, ok := ev.templateString(item.ValueExpr.(*hclsyntax.TemplateExpr))
				if !ok {
					return nil, false
				}
				merged[k] = parser.StringValue(s, rng)
			}
		}
	}
	v := &parser.Value{Kind: parser.Object, Range: rng, Attrs: merged}
	traversals := variables(e)
	v.SetRefsUses(ev.refsOf(traversals, sc), ev.usesOf(traversals, sc), &ev.extras)
	return v, true
}

// objectKey is the key of an object constructor's item when it is a name
// or a quoted string without interpolation, as ObjectConsKeyExpr.Value
// gives it.
func objectKey(expr hclsyntax.Expression) (string, bool) {
	k, ok := expr.(*hclsyntax.ObjectConsKeyExpr)
	if !ok || k.ForceNonLiteral {
		return "", false
	}
	switch w := k.Wrapped.(type) {
	case *hclsyntax.ScopeTraversalExpr:
		if len(w.Traversal) != 1 {
			return "", false
		}
		return cty.StringVal(w.Traversal.RootName()).AsString(), true
	case *hclsyntax.TemplateExpr:
		s, ok := literalTemplate(w)
		if !ok {
			return "", false
		}
		return cty.StringVal(s).AsString(), true
	}
	return "", false
}

// The kinds of elements of quickTuple.
const (
	quickLiteral uint8 = iota
	quickDirect
	quickComputed
)

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
