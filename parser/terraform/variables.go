package terraform

import (
	"slices"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// variables returns expr.Variables(): the traversals expr refers to, in
// the order HCL's walk finds them. HCL walks every expression with a
// walker that allocates at each node, and a map for the names each for
// expression binds; expressions are walked here without allocating, in
// the same order (each node's children as its walkChildNodes visits
// them), leaving out a reference whose first name an enclosing for
// expression binds, as HCL's walk does. An expression of a kind not known
// here (another syntax's, such as JSON's) is handed to HCL.
// TestVariablesAsHCL compares the two on every expression of the
// fixtures, examples and corpus.
func variables(expr hcl.Expression) []hcl.Traversal {
	return appendVariables(nil, expr)
}

func appendVariables(out []hcl.Traversal, expr hcl.Expression) []hcl.Traversal {
	var buf [4]string
	w := varWalker{out: out}
	w.walk(expr, buf[:0])
	return w.out
}

// varWalker gathers the traversals of an expression (see variables).
type varWalker struct {
	out []hcl.Traversal
}

// walk adds the traversals of expr to w.out; bound are the names the
// enclosing for expressions bind.
func (w *varWalker) walk(expr hcl.Expression, bound []string) {
	switch e := expr.(type) {
	case *hclsyntax.LiteralValueExpr, *hclsyntax.AnonSymbolExpr, *hclsyntax.ExprSyntaxError:
	case *hclsyntax.ScopeTraversalExpr:
		if len(bound) == 0 || !slices.Contains(bound, e.Traversal.RootName()) {
			w.out = append(w.out, e.Traversal)
		}
	case *hclsyntax.TemplateExpr:
		w.all(bound, e.Parts...)
	case *hclsyntax.TemplateWrapExpr:
		w.walk(e.Wrapped, bound)
	case *hclsyntax.TemplateJoinExpr:
		w.walk(e.Tuple, bound)
	case *hclsyntax.TupleConsExpr:
		w.all(bound, e.Exprs...)
	case *hclsyntax.FunctionCallExpr:
		w.all(bound, e.Args...)
	case *hclsyntax.ObjectConsExpr:
		for _, item := range e.Items {
			w.all(bound, item.KeyExpr, item.ValueExpr)
		}
	case *hclsyntax.ObjectConsKeyExpr:
		// A key written as a bare name is a literal, not a reference.
		if hcl.ExprAsKeyword(e.Wrapped) == "" {
			w.walk(e.Wrapped, bound)
		}
	case *hclsyntax.RelativeTraversalExpr:
		w.walk(e.Source, bound)
	case *hclsyntax.ConditionalExpr:
		w.all(bound, e.Condition, e.TrueResult, e.FalseResult)
	case *hclsyntax.IndexExpr:
		w.all(bound, e.Collection, e.Key)
	case *hclsyntax.SplatExpr:
		w.all(bound, e.Source, e.Each)
	case *hclsyntax.BinaryOpExpr:
		w.all(bound, e.LHS, e.RHS)
	case *hclsyntax.UnaryOpExpr:
		w.walk(e.Val, bound)
	case *hclsyntax.ParenthesesExpr:
		w.walk(e.Expression, bound)
	case *hclsyntax.ForExpr:
		// The collection is outside the names the for expression binds;
		// its key, value and condition are inside them.
		w.walk(e.CollExpr, bound)
		if e.KeyVar != "" {
			bound = append(bound, e.KeyVar)
		}
		if e.ValVar != "" {
			bound = append(bound, e.ValVar)
		}
		if e.KeyExpr != nil {
			w.walk(e.KeyExpr, bound)
		}
		w.walk(e.ValExpr, bound)
		if e.CondExpr != nil {
			w.walk(e.CondExpr, bound)
		}
	default:
		for _, tr := range expr.Variables() {
			if len(bound) == 0 || !slices.Contains(bound, tr.RootName()) {
				w.out = append(w.out, tr)
			}
		}
	}
}

func (w *varWalker) all(bound []string, exprs ...hclsyntax.Expression) {
	for _, x := range exprs {
		w.walk(x, bound)
	}
}
