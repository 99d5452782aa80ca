package terraform

import (
	"reflect"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// TestVariablesAsHCL checks that variables gives what HCL's Variables
// gives, on every expression (and every expression within one) of the
// .tf files of the fixtures, the examples and the corpus.
func TestVariablesAsHCL(t *testing.T) {
	exprs := 0
	for name, src := range nativeSources() {
		f, _ := hclsyntax.ParseConfig(src, name, hcl.InitialPos)
		body, ok := f.Body.(*hclsyntax.Body)
		if !ok {
			continue
		}
		_ = hclsyntax.VisitAll(body, func(n hclsyntax.Node) hcl.Diagnostics {
			if expr, ok := n.(hclsyntax.Expression); ok {
				exprs++
				if got, want := variables(expr), expr.Variables(); !reflect.DeepEqual(got, want) {
					t.Errorf("%s: %T: variables %v, HCL %v", expr.Range(), expr, got, want)
				}
			}
			return nil
		})
	}
	t.Logf("%d expressions compared", exprs)
	if exprs < 10000 {
		t.Errorf("only %d expressions compared", exprs)
	}
}
