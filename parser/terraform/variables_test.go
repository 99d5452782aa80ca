package terraform

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// TestVariablesAsHCL checks that variables gives what HCL's Variables
// gives, on every expression (and every expression within one) of the
// .tf files of the fixtures, the examples and the corpus.
func TestVariablesAsHCL(t *testing.T) {
	dirs := []string{"../../testdata", "../../examples"}
	if corpus := corpusDir(); corpus != "" {
		dirs = append(dirs, corpus)
	}
	exprs := 0
	for _, dir := range dirs {
		_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".tf") || strings.HasSuffix(p, ".tfvars")) {
				return nil
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return nil
			}
			f, _ := hclsyntax.ParseConfig(src, p, hcl.InitialPos)
			body, ok := f.Body.(*hclsyntax.Body)
			if !ok {
				return nil
			}
			_ = hclsyntax.VisitAll(body, func(n hclsyntax.Node) hcl.Diagnostics {
				expr, ok := n.(hclsyntax.Expression)
				if !ok {
					return nil
				}
				exprs++
				if got, want := variables(expr), expr.Variables(); !reflect.DeepEqual(got, want) {
					t.Errorf("%s: %T: variables %v, HCL %v", expr.Range(), expr, got, want)
				}
				return nil
			})
			return nil
		})
	}
	t.Logf("%d expressions compared", exprs)
	if exprs < 10000 {
		t.Errorf("only %d expressions compared", exprs)
	}
}
