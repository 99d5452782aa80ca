package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// variables returns expr.Variables(): the traversals expr refers to, in
// the order HCL's walk finds them. HCL walks every expression with a
// walker that allocates at each node; the expressions configurations are
// mostly made of (literals, references, strings, templates, lists,
// objects and function calls, none of which binds names) are walked here
// without allocating, and any other (for expressions, splats, conditions,
// operators...) is handed to HCL whole, so that the names it binds are
// scoped as HCL scopes them. TestVariablesAsHCL compares the two on every
// expression of the fixtures, examples and corpus.
func variables(expr hcl.Expression) []hcl.Traversal {
	return appendVariables(nil, expr)
}

func appendVariables(out []hcl.Traversal, expr hcl.Expression) []hcl.Traversal {
	switch e := expr.(type) {
	case *hclsyntax.LiteralValueExpr:
		return out
	case *hclsyntax.ScopeTraversalExpr:
		return append(out, e.Traversal)
	case *hclsyntax.TemplateExpr:
		return appendEach(out, e.Parts)
	case *hclsyntax.TemplateWrapExpr:
		return appendVariables(out, e.Wrapped)
	case *hclsyntax.TupleConsExpr:
		return appendEach(out, e.Exprs)
	case *hclsyntax.FunctionCallExpr:
		return appendEach(out, e.Args)
	case *hclsyntax.ObjectConsExpr:
		for _, item := range e.Items {
			out = appendVariables(out, item.KeyExpr)
			out = appendVariables(out, item.ValueExpr)
		}
		return out
	case *hclsyntax.ObjectConsKeyExpr:
		// A key written as a bare name is a literal, not a reference.
		if hcl.ExprAsKeyword(e.Wrapped) == "" {
			out = appendVariables(out, e.Wrapped)
		}
		return out
	}
	return append(out, expr.Variables()...)
}

func appendEach(out []hcl.Traversal, exprs []hclsyntax.Expression) []hcl.Traversal {
	for _, x := range exprs {
		out = appendVariables(out, x)
	}
	return out
}
