package terraform

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/bench/gen/generate"
	"github.com/soc2lint/soc2lint/parser"
)

// TestQuickEvalSameAsHCL evaluates every Terraform file of the fixtures,
// the examples, the real-world corpus (when present) and a generated file,
// each directory a module, with and without quickValue and nameContext:
// the resources and the diagnostics must be the same.
func TestQuickEvalSameAsHCL(t *testing.T) {
	var big bytes.Buffer
	if err := generate.Terraform(&big, 300); err != nil {
		t.Fatal(err)
	}
	srcs := nativeSources()
	srcs["generated/main.tf"] = big.Bytes()
	project := func() *Project {
		mods := map[string]*Module{}
		for _, name := range sortedKeys(srcs) {
			if !strings.HasSuffix(name, ".tf") {
				continue
			}
			f, _ := ParseFile(parser.Source{Path: name, Bytes: srcs[name]})
			dir := filepath.Dir(name)
			if mods[dir] == nil {
				mods[dir] = &Module{Dir: dir}
			}
			mods[dir].Files = append(mods[dir].Files, f)
		}
		return &Project{Modules: mods}
	}
	defer func() { quickEval = true }()
	pGot, pWant := project(), project()
	resources, diagnostics := 0, 0
	for _, root := range pWant.Roots() {
		quickEval = true
		got, gotDiags := pGot.EvaluateRoot(root)
		quickEval = false
		want, wantDiags := pWant.EvaluateRoot(root)
		// The order of a root's resources and diagnostics is not fixed
		// (it is not with quickEval off either): compare them sorted.
		sortResources(got)
		sortResources(want)
		sortDiagsFully(gotDiags)
		sortDiagsFully(wantDiags)
		resources += len(want)
		diagnostics += len(wantDiags)
		if len(got) != len(want) {
			t.Errorf("%s: %d resources, want %d", root, len(got), len(want))
			continue
		}
		for i := range got {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("%s: %s differs with quickEval", root, want[i].Address)
				diffTrees(t, reflect.ValueOf(got[i]), reflect.ValueOf(want[i]), "resource")
			}
		}
		if !reflect.DeepEqual(gotDiags, wantDiags) {
			t.Errorf("%s: diagnostics differ with quickEval", root)
		}
		if t.Failed() {
			return
		}
	}
	t.Logf("%d roots, %d resources, %d diagnostics", len(pWant.Roots()), resources, diagnostics)
	if resources < 1000 {
		t.Errorf("%d resources, want 1000 and more", resources)
	}
}

func sortResources(rs []*parser.Resource) {
	sort.SliceStable(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.Address != b.Address {
			return a.Address < b.Address
		}
		if a.Module != b.Module {
			return a.Module < b.Module
		}
		return a.Range.String() < b.Range.String()
	})
}

func sortDiagsFully(ds parser.Diagnostics) {
	sort.SliceStable(ds, func(i, j int) bool { return fmt.Sprint(ds[i]) < fmt.Sprint(ds[j]) })
}
