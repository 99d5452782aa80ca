package terraform

import (
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/soc2lint/soc2lint/parser"
)

// Partly known strings and lists.
//
// cty makes the whole result unknown as soon as one piece of a template,
// a format() or a join() is unknown (keeping at most a known prefix). The
// functions below go back to the expression and keep the known text
// around the unknown pieces in parser.Value.Parts, so that
// format("arn:%s:iam::aws:policy/AdministratorAccess", var.partition) is
// still seen to name the AdministratorAccess policy. concatListOf does the
// same for concat() with an unknown list among known elements, and
// templateFileParts for templatefile() with unknown variables.

// maxPartsDepth bounds the nesting of templates and calls followed.
const maxPartsDepth = 32

// templateParts returns the known text of a string expression whose value
// is unknown: a template ("arn:${data.aws_partition.current.partition}:..."),
// a format() or join() call, or one of these in parentheses or wrapped in
// "${...}". It returns nil when nothing is known or expr is something else
// (a reference to a partly known variable or local is handled by the
// caller's reference function).
func templateParts(expr hcl.Expression, ctx *hcl.EvalContext, ref referenceFunc) []string {
	if ctx == nil || !partsForm(expr) {
		return nil
	}
	var b parser.PartsBuilder
	addParts(&b, expr, ctx, ref, 0)
	return b.Parts()
}

// partsForm reports whether expr is an expression templateParts looks into.
func partsForm(expr hcl.Expression) bool {
	switch e := expr.(type) {
	case *hclsyntax.TemplateExpr:
		return true
	case *hclsyntax.TemplateWrapExpr:
		return partsForm(e.Wrapped)
	case *hclsyntax.ParenthesesExpr:
		return partsForm(e.Expression)
	case *hclsyntax.FunctionCallExpr:
		return !e.ExpandFinal && (e.Name == "format" || e.Name == "join" || e.Name == "templatefile")
	}
	return false
}

// addParts appends to b the string expr evaluates to: its known text, and
// a gap for each piece of it that is unknown.
func addParts(b *parser.PartsBuilder, expr hcl.Expression, ctx *hcl.EvalContext, ref referenceFunc, depth int) {
	if depth > maxPartsDepth {
		b.Gap()
		return
	}
	switch e := expr.(type) {
	case *hclsyntax.TemplateExpr:
		for _, part := range e.Parts {
			addParts(b, part, ctx, ref, depth+1)
		}
		return
	case *hclsyntax.TemplateWrapExpr:
		addParts(b, e.Wrapped, ctx, ref, depth+1)
		return
	case *hclsyntax.ParenthesesExpr:
		addParts(b, e.Expression, ctx, ref, depth+1)
		return
	}
	val, _ := expr.Value(ctx)
	val, _ = val.UnmarkDeep()
	if val.IsKnown() {
		if s, ok := ctyString(val); ok {
			b.Known(s)
			return
		}
		b.Gap() // null or not a string: Terraform refuses it; nothing to keep
		return
	}
	if call, ok := expr.(*hclsyntax.FunctionCallExpr); ok && !call.ExpandFinal {
		switch call.Name {
		case "format":
			if formatParts(b, call, ctx, ref, depth) {
				return
			}
		case "join":
			if joinParts(b, call, ctx, ref, depth) {
				return
			}
		case "templatefile":
			if templateFileParts(b, call, ctx) {
				return
			}
		}
	}
	if ref != nil {
		if src, _, _ := ref(expr); src.KnownParts() != nil {
			b.Add(src)
			return
		}
	}
	if val.Type() == cty.String {
		if prefix := val.Range().StringPrefix(); prefix != "" {
			b.Known(prefix)
		}
	}
	b.Gap()
}

// ctyString returns a known, non-null value converted to a string as a
// template interpolation converts it.
func ctyString(val cty.Value) (string, bool) {
	if !val.IsKnown() || val.IsNull() {
		return "", false
	}
	s, err := convert.Convert(val, cty.String)
	if err != nil || !s.IsKnown() || s.IsNull() {
		return "", false
	}
	return s.AsString(), true
}

// formatPiece is a piece of a format string: literal text, or a verb
// (spec, without any argument index) applied to argument arg.
type formatPiece struct {
	lit  string
	spec string
	arg  int
}

// parseFormat splits a format string into literal text and verbs, with
// the argument each verb takes (counting from 0), following the verb
// syntax of Terraform's format(): %[flags][[n]][width][.precision]verb,
// and %% for a percent sign. next is the argument a further verb would
// take (Terraform refuses arguments from there on). ok is false for
// anything it does not read.
func parseFormat(f string) (pieces []formatPiece, next int, ok bool) {
	var lit strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			lit.WriteByte(f[i])
			continue
		}
		i++
		if i >= len(f) {
			return nil, 0, false
		}
		if f[i] == '%' {
			lit.WriteByte('%')
			continue
		}
		var spec strings.Builder
		spec.WriteByte('%')
		for i < len(f) && strings.IndexByte("+-# 0", f[i]) >= 0 {
			spec.WriteByte(f[i])
			i++
		}
		if i < len(f) && f[i] == '[' {
			end := strings.IndexByte(f[i:], ']')
			if end < 0 {
				return nil, 0, false
			}
			n, err := strconv.Atoi(f[i+1 : i+end])
			if err != nil || n < 1 {
				return nil, 0, false
			}
			next = n - 1
			i += end + 1
		}
		for i < len(f) && (f[i] >= '0' && f[i] <= '9' || f[i] == '.') {
			spec.WriteByte(f[i])
			i++
		}
		if i >= len(f) || !strings.ContainsRune("vtdbofxXeEgGsq", rune(f[i])) {
			return nil, 0, false
		}
		spec.WriteByte(f[i])
		if lit.Len() > 0 {
			pieces = append(pieces, formatPiece{lit: lit.String()})
			lit.Reset()
		}
		pieces = append(pieces, formatPiece{spec: spec.String(), arg: next})
		next++
	}
	if lit.Len() > 0 {
		pieces = append(pieces, formatPiece{lit: lit.String()})
	}
	return pieces, next, true
}

// formatParts appends the parts of format(f, args...) with a known format
// string f: each verb on a known argument is formatted as Terraform's
// format() does it (by calling it on that argument alone), a %s or %v on
// an unknown one contributes what is known of the argument, and any other
// verb on an unknown argument is a gap. It appends nothing and returns
// false when the call cannot be read that way.
func formatParts(b *parser.PartsBuilder, call *hclsyntax.FunctionCallExpr, ctx *hcl.EvalContext, ref referenceFunc, depth int) bool {
	format, ok := ctx.Functions["format"]
	if !ok || len(call.Args) < 1 {
		return false
	}
	fv, _ := call.Args[0].Value(ctx)
	fv, _ = fv.UnmarkDeep()
	if !fv.IsKnown() || fv.IsNull() || fv.Type() != cty.String {
		return false
	}
	pieces, next, ok := parseFormat(fv.AsString())
	args := call.Args[1:]
	if !ok || next < len(args) {
		return false // we cannot read it, or Terraform refuses it
	}
	for _, p := range pieces {
		if p.spec != "" && p.arg >= len(args) {
			return false // Terraform refuses the call
		}
	}
	for _, p := range pieces {
		if p.spec == "" {
			b.Known(p.lit)
			continue
		}
		arg := args[p.arg]
		av, _ := arg.Value(ctx)
		av, _ = av.UnmarkDeep()
		if av.IsWhollyKnown() {
			out, err := format.Call([]cty.Value{cty.StringVal(p.spec), av})
			if s, ok := ctyString(out); err == nil && ok {
				b.Known(s)
			} else {
				b.Gap()
			}
			continue
		}
		if p.spec == "%s" || p.spec == "%v" {
			addParts(b, arg, ctx, ref, depth+1)
			continue
		}
		b.Gap()
	}
	return true
}

// joinParts appends the parts of join(sep, lists...) with a known
// separator: the known elements with separators between them, a gap for
// each unknown element, and one gap for a list of unknown length (which
// stands for its elements and the separators around them). It appends
// nothing and returns false when the call cannot be read that way.
func joinParts(b *parser.PartsBuilder, call *hclsyntax.FunctionCallExpr, ctx *hcl.EvalContext, ref referenceFunc, depth int) bool {
	if len(call.Args) < 2 {
		return false
	}
	sv, _ := call.Args[0].Value(ctx)
	sv, _ = sv.UnmarkDeep()
	if !sv.IsKnown() || sv.IsNull() || sv.Type() != cty.String {
		return false
	}
	sep := sv.AsString()
	// An item is an element's expression (elemExpr), a known element's
	// value, or an unknown run of elements (rest).
	type item struct {
		expr hcl.Expression
		val  cty.Value
		rest bool
	}
	var items []item
	for _, arg := range call.Args[1:] {
		if tc, ok := arg.(*hclsyntax.TupleConsExpr); ok {
			for _, e := range tc.Exprs {
				items = append(items, item{expr: e})
			}
			continue
		}
		lv, _ := arg.Value(ctx)
		lv, _ = lv.UnmarkDeep()
		ty := lv.Type()
		switch {
		case !lv.IsKnown():
			items = append(items, item{rest: true})
		case lv.IsNull() || !(ty.IsListType() || ty.IsTupleType()):
			return false
		default:
			for it := lv.ElementIterator(); it.Next(); {
				_, ev := it.Element()
				items = append(items, item{val: ev})
			}
		}
		if len(items) > maxValues {
			return false
		}
	}
	prevKnown := false
	for _, it := range items {
		if it.rest {
			b.Gap()
			prevKnown = false
			continue
		}
		if prevKnown {
			b.Known(sep)
		}
		prevKnown = true
		if it.expr != nil {
			addParts(b, it.expr, ctx, ref, depth+1)
			continue
		}
		if s, ok := ctyString(it.val); ok {
			b.Known(s)
			continue
		}
		if it.val.Type() == cty.String && !it.val.IsKnown() {
			if prefix := it.val.Range().StringPrefix(); prefix != "" {
				b.Known(prefix)
			}
		}
		b.Gap()
	}
	return true
}

// concatListOf returns the list concat(lists...) makes when some argument
// is a list of unknown length (so cty makes the whole result unknown): the
// known elements of the other arguments in order, each unknown argument
// standing as one Unknown element marked Rest. It returns nil when expr is
// not such a call; evaluated says whether the call's arguments were
// evaluated.
func (c converter) concatListOf(expr hcl.Expression, depth int) (l *parser.Value, evaluated bool) {
	if w, ok := expr.(*hclsyntax.TemplateWrapExpr); ok {
		expr = w.Wrapped
	}
	call, ok := expr.(*hclsyntax.FunctionCallExpr)
	if !ok || call.Name != "concat" || call.ExpandFinal || c.ctx == nil || len(call.Args) == 0 || depth > maxPartsDepth {
		return nil, false
	}
	out := &parser.Value{Kind: parser.List, Range: convertRange(call.Range())}
	rest := false
	for _, arg := range call.Args {
		av, _ := arg.Value(c.ctx)
		pv := c.value(av, arg, depth+1)
		switch {
		case pv.Kind == parser.List:
			out.Elems = append(out.Elems, pv.Elems...)
			for _, e := range pv.Elems {
				rest = rest || e.Rest()
			}
		case pv.Kind == parser.Unknown && !isNonList(av):
			pv.SetRest(true)
			pv.SetParts(nil)
			out.Elems = append(out.Elems, pv)
			rest = true
		default:
			return nil, true // null or not a list: Terraform refuses the call
		}
		if len(out.Elems) > maxValues {
			return nil, true
		}
	}
	if !rest {
		return nil, true
	}
	return out, true
}

// isNonList reports whether the unknown value v is known to be of a type
// that is not a list, tuple or set (concat refuses it).
func isNonList(v cty.Value) bool {
	ty := v.Type()
	return ty != cty.DynamicPseudoType && !ty.IsListType() && !ty.IsTupleType() && !ty.IsSetType()
}

// templateFileParts appends the text of a templatefile() call whose
// variables are partly unknown: the template's own text, each known
// interpolation, and a gap for each unknown one. A policy kept in a
// template file ("Resource": "${bucket_arn}/*" with the bucket's ARN
// unknown) is then read as a heredoc with the same interpolations is.
// The template is rendered by the hidden function templatePartsFunc of
// ctx's function table, which holds the file scope. It returns false
// when it keeps nothing.
func templateFileParts(b *parser.PartsBuilder, call *hclsyntax.FunctionCallExpr, ctx *hcl.EvalContext) bool {
	if len(call.Args) != 2 {
		return false
	}
	var fn function.Function
	found := false
	for c := ctx; c != nil && !found; c = c.Parent() {
		fn, found = c.Functions[templatePartsFunc]
	}
	if !found {
		return false
	}
	path, _ := call.Args[0].Value(ctx)
	vars, _ := call.Args[1].Value(ctx)
	out, err := fn.Call([]cty.Value{path, vars})
	if err != nil || !out.IsKnown() || out.IsNull() || !out.Type().IsTupleType() {
		return false
	}
	for it := out.ElementIterator(); it.Next(); {
		_, piece := it.Element()
		if s, ok := ctyString(piece); ok {
			b.Known(s)
		} else {
			b.Gap()
		}
	}
	return true
}
