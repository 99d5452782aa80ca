package terraform

import (
	"errors"
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/soc2lint/soc2lint/parser"
)

// maxTemplateNesting bounds the nesting of brackets and directives in a
// template, so that the parser's recursion stays shallow.
const maxTemplateNesting = 256

// errTooLarge stops a rendering that would exceed its budget.
var errTooLarge = errors.New("template output too large")

func templateFileFunc(st *funcState, inner map[string]function.Function) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{
			{Name: "path", Type: cty.String},
			{Name: "vars", Type: cty.DynamicPseudoType},
		},
		Type: function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			name := args[0].AsString()
			src, err := st.readFile("templatefile", name)
			if why, ok := refused(err); ok {
				return unknownWhy(cty.DynamicPseudoType, why), nil
			}
			if err != nil {
				return cty.DynamicVal, err
			}
			return st.renderTemplate("templatefile", name, src, args[1], inner)
		},
	})
}

// templatePartsFunc names the hidden function of the evaluation context
// that renders a template file with partly unknown variables into its
// known text and gaps (templateFileParts). No call in a configuration can
// name it: a function name is an identifier, which has no space.
const templatePartsFunc = "templatefile parts"

// templateFilePartsFunc renders the template file at path with vars, as
// templatefile does, but keeps the known text around each unknown
// interpolation: the result is a tuple of known strings and unknown
// strings, one for each gap. It is unknown when the file cannot be read
// or parsed, when a variable the template names is missing, or when
// nothing is unknown (templatefile's own result is then known).
func templateFilePartsFunc(st *funcState, inner map[string]function.Function) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{
			{Name: "path", Type: cty.String, AllowMarked: true},
			{Name: "vars", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowMarked: true},
		},
		Type: function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			path, _ := args[0].UnmarkDeep()
			vars, _ := args[1].UnmarkDeep()
			if !path.IsKnown() || path.IsNull() {
				return cty.DynamicVal, nil
			}
			ty := vars.Type()
			if !vars.IsKnown() || vars.IsNull() || !(ty.IsMapType() || ty.IsObjectType()) {
				return cty.DynamicVal, nil
			}
			name := path.AsString()
			src, err := st.readFile("templatefile", name)
			if err != nil || templateNesting(src) > maxTemplateNesting {
				return cty.DynamicVal, nil
			}
			expr, diags := hclsyntax.ParseTemplate(src, name, hcl.Pos{Line: 1, Column: 1})
			if diags.HasErrors() {
				return cty.DynamicVal, nil
			}
			ctxVars := map[string]cty.Value{}
			for it := vars.ElementIterator(); it.Next(); {
				k, v := it.Element()
				ctxVars[k.AsString()] = v
			}
			for _, tr := range expr.Variables() {
				if _, ok := ctxVars[tr.RootName()]; !ok {
					return cty.DynamicVal, nil
				}
			}
			var b parser.PartsBuilder
			addParts(&b, expr, &hcl.EvalContext{Variables: ctxVars, Functions: inner}, nil, 1)
			parts := b.Parts()
			if parts == nil {
				return cty.DynamicVal, nil
			}
			out := make([]cty.Value, 0, 2*len(parts)-1)
			for i, p := range parts {
				if i > 0 {
					out = append(out, cty.UnknownVal(cty.String))
				}
				out = append(out, cty.StringVal(p))
			}
			return cty.TupleVal(out), nil
		},
	})
}

func templateStringFunc(st *funcState, inner map[string]function.Function) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{
			{Name: "template", Type: cty.String},
			{Name: "vars", Type: cty.DynamicPseudoType},
		},
		Type: function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			return st.renderTemplate("templatestring", "<templatestring argument>", []byte(args[0].AsString()), args[1], inner)
		},
	})
}

// renderTemplate parses src as a template and renders it with vars,
// within the output budget.
func (st *funcState) renderTemplate(fn, name string, src []byte, vars cty.Value, funcs map[string]function.Function) (cty.Value, error) {
	ty := vars.Type()
	if !(ty.IsMapType() || ty.IsObjectType()) || vars.IsNull() {
		return cty.DynamicVal, function.NewArgErrorf(1, "invalid vars value: must be a map")
	}
	if d := templateNesting(src); d > maxTemplateNesting {
		st.report("Template nested too deeply",
			fmt.Sprintf("%s(%q) nests more than %d levels deep; its result is unknown.", fn, name, maxTemplateNesting))
		return unknownWhy(cty.DynamicPseudoType, fmt.Sprintf("%s(%q) nests too deeply", fn, name)), nil
	}
	expr, diags := hclsyntax.ParseTemplate(src, name, hcl.Pos{Line: 1, Column: 1})
	if diags.HasErrors() {
		return cty.DynamicVal, diags
	}
	ctxVars := map[string]cty.Value{}
	for it := vars.ElementIterator(); it.Next(); {
		k, v := it.Element()
		key := k.AsString()
		if !hclsyntax.ValidIdentifier(key) {
			return cty.DynamicVal, function.NewArgErrorf(1, "invalid template variable name %q: must start with a letter, followed by zero or more letters, digits, and underscores", key)
		}
		ctxVars[key] = v
	}
	for _, tr := range expr.Variables() {
		if _, ok := ctxVars[tr.RootName()]; !ok {
			return cty.DynamicVal, fmt.Errorf("vars map does not contain key %q, referenced at %s", tr.RootName(), tr.SourceRange())
		}
	}
	ctx := &hcl.EvalContext{Variables: ctxVars, Functions: funcs}
	r := &renderer{budget: maxStringOut}
	v, err := r.value(expr, ctx)
	if errors.Is(err, errTooLarge) {
		st.report("Template output too large",
			fmt.Sprintf("%s(%q) renders more than %d bytes; its result is unknown.", fn, name, maxStringOut))
		return unknownWhy(cty.DynamicPseudoType, tooLarge(fn)), nil
	}
	if err != nil {
		return cty.DynamicVal, err
	}
	if v.Type() == cty.String && v.IsKnown() && !v.IsNull() && !v.IsMarked() && !st.spend(int64(len(v.AsString()))) {
		return unknownWhy(cty.DynamicPseudoType, tooLarge(fn)), nil
	}
	return v, nil
}

// templateNesting is an upper bound of the nesting depth of a template:
// brackets and if/for directives, wherever they appear.
func templateNesting(src []byte) int {
	depth, deepest := 0, 0
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '%':
			if i+1 < len(src) && src[i+1] == '{' {
				rest := strings.TrimLeft(string(src[i+2:min(len(src), i+40)]), "~ \t\r\n")
				switch {
				case strings.HasPrefix(rest, "if"), strings.HasPrefix(rest, "for"):
					depth++
				case strings.HasPrefix(rest, "endif"), strings.HasPrefix(rest, "endfor"):
					depth--
				}
			}
		}
		deepest = max(deepest, depth)
	}
	return deepest
}

// renderer evaluates template expressions itself, so that the size of the
// output is checked as it grows: a template's for directives nest, and
// hcl would otherwise build their product in memory before any check.
type renderer struct {
	budget int64
	marks  []cty.ValueMarks // of the values rendered, for the result
}

// value evaluates a template: a single interpolation keeps its type, any
// other template is a string.
func (r *renderer) value(expr hclsyntax.Expression, ctx *hcl.EvalContext) (cty.Value, error) {
	if w, ok := expr.(*hclsyntax.TemplateWrapExpr); ok {
		v, diags := w.Wrapped.Value(ctx)
		if diags.HasErrors() {
			return cty.DynamicVal, diags
		}
		if u, _ := v.Unmark(); u.Type() == cty.String && u.IsKnown() && !u.IsNull() && int64(len(u.AsString())) > r.budget {
			return cty.DynamicVal, errTooLarge
		}
		return v, nil
	}
	var sb strings.Builder
	known, err := r.render(expr, ctx, &sb)
	if err != nil {
		return cty.DynamicVal, err
	}
	if !known {
		return cty.UnknownVal(cty.String).WithMarks(r.marks...), nil
	}
	return cty.StringVal(sb.String()).WithMarks(r.marks...), nil
}

// render appends the string value of expr to sb; known is false when
// some part is unknown.
func (r *renderer) render(expr hclsyntax.Expression, ctx *hcl.EvalContext, sb *strings.Builder) (known bool, err error) {
	switch e := expr.(type) {
	case *hclsyntax.TemplateExpr:
		known = true
		for _, part := range e.Parts {
			k, err := r.render(part, ctx, sb)
			if err != nil {
				return false, err
			}
			known = known && k
		}
		return known, nil
	case *hclsyntax.TemplateJoinExpr:
		if fe, ok := e.Tuple.(*hclsyntax.ForExpr); ok && fe.KeyExpr == nil {
			return r.renderFor(fe, ctx, sb)
		}
	case *hclsyntax.ConditionalExpr:
		_, t := e.TrueResult.(*hclsyntax.TemplateExpr)
		_, f := e.FalseResult.(*hclsyntax.TemplateExpr)
		if t && f { // an if directive
			c, diags := e.Condition.Value(ctx)
			if diags.HasErrors() {
				return false, diags
			}
			c, err := convert.Convert(c, cty.Bool)
			if err != nil {
				return false, err
			}
			if c.IsNull() {
				return false, errors.New("the condition value is null")
			}
			if !c.IsKnown() {
				return false, nil
			}
			c, m := c.Unmark()
			r.keep(m)
			if c.True() {
				return r.render(e.TrueResult, ctx, sb)
			}
			return r.render(e.FalseResult, ctx, sb)
		}
	}
	v, diags := expr.Value(ctx)
	if diags.HasErrors() {
		return false, diags
	}
	return r.appendValue(v, sb)
}

// keep records marks for the result.
func (r *renderer) keep(m cty.ValueMarks) {
	if len(m) > 0 {
		r.marks = append(r.marks, m)
	}
}

func (r *renderer) appendValue(v cty.Value, sb *strings.Builder) (bool, error) {
	v, m := v.UnmarkDeep()
	r.keep(m)
	if v.IsNull() {
		return false, errors.New("the expression result is null; cannot include a null value in a string template")
	}
	if !v.IsKnown() {
		return false, nil
	}
	s, err := convert.Convert(v, cty.String)
	if err != nil {
		return false, fmt.Errorf("cannot include the given value in a string template: %s", err)
	}
	if !s.IsKnown() {
		return false, nil
	}
	str := s.AsString()
	if int64(sb.Len()+len(str)) > r.budget {
		return false, errTooLarge
	}
	sb.WriteString(str)
	return true, nil
}

// renderFor renders a for directive, one iteration at a time.
func (r *renderer) renderFor(fe *hclsyntax.ForExpr, ctx *hcl.EvalContext, sb *strings.Builder) (bool, error) {
	coll, diags := fe.CollExpr.Value(ctx)
	if diags.HasErrors() {
		return false, diags
	}
	coll, m := coll.Unmark()
	r.keep(m)
	if coll.IsNull() {
		return false, errors.New("a null value cannot be used as the collection in a 'for' expression")
	}
	if !coll.IsKnown() {
		return false, nil
	}
	if !coll.CanIterateElements() {
		return false, fmt.Errorf("a %s value cannot be used as the collection in a 'for' expression", coll.Type().FriendlyName())
	}
	known := true
	for it := coll.ElementIterator(); it.Next(); {
		k, v := it.Element()
		child := ctx.NewChild()
		child.Variables = map[string]cty.Value{fe.ValVar: v}
		if fe.KeyVar != "" {
			child.Variables[fe.KeyVar] = k
		}
		if fe.CondExpr != nil {
			c, diags := fe.CondExpr.Value(child)
			if diags.HasErrors() {
				return false, diags
			}
			c, err := convert.Convert(c, cty.Bool)
			if err != nil || c.IsNull() {
				return false, errors.New("invalid 'for' condition")
			}
			if !c.IsKnown() {
				return false, nil
			}
			c, m := c.Unmark()
			r.keep(m)
			if c.False() {
				continue
			}
		}
		ok, err := r.render(fe.ValExpr, child, sb)
		if err != nil {
			return false, err
		}
		known = known && ok
	}
	return known, nil
}
