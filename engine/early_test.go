package engine_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules"
)

// declaredOnly returns every rule but the per-root rules that declare
// nothing they read: with any of them, no resource is checked as it is
// evaluated (early.go), so the rules' tests would not exercise the path.
// The rules that read every type of a provider (AWS-117, AWS-302,
// AZURE-125, GCP-106, GCP-125, GCP-146) run too: none of them stops a
// type it does not judge with others from being checked so.
func declaredOnly() []*engine.Rule {
	return slices.DeleteFunc(rules.All(), func(r *engine.Rule) bool {
		return r.Scope == engine.PerRoot && r.Reads == nil
	})
}

// TestEarly checks that checking resources as they are evaluated, and
// trimming their values (early.go), finds what the plain scan finds: the
// same findings in the same order (with their attribute paths, resources,
// related places, instances and fingerprints), suppressions, diagnostics
// and evidence, with and without account-baseline, on every fixture
// directory, with every rule that declares what it reads
// (declaredOnly), in roots of every size (engine.Early), and that it
// checks some resources so.
func TestEarly(t *testing.T) {
	checked := 0
	for _, dir := range []string{"testdata/rules", "testdata/eval", "testdata/graph", "testdata/plan", "testdata/standin", "testdata/early", "examples"} {
		for _, baseline := range []bool{false, true} {
			// Required tags keep every type for the rules that run across
			// roots, so that no resource is checked as evaluated: once.
			var tags []string
			if baseline {
				tags = []string{"owner"}
			}
			t.Run(fmt.Sprint(dir, baseline), func(t *testing.T) {
				paths := []string{filepath.Join("..", dir)}
				cfg := engine.Config{Rules: declaredOnly(), Workers: 2, AccountBaseline: baseline, RequiredTags: tags}
				plain, err := engine.Scan(context.Background(), paths, engine.NoEarly(cfg))
				if err != nil {
					t.Fatal(err)
				}
				before := engine.EarlyChecked()
				early, err := engine.Scan(context.Background(), paths, engine.Early(cfg))
				if err != nil {
					t.Fatal(err)
				}
				checked += int(engine.EarlyChecked() - before)
				t.Logf("%d checked as evaluated", engine.EarlyChecked()-before)
				if len(plain.Findings) == 0 && dir == "testdata/rules" {
					t.Fatal("no findings: the comparison would prove nothing")
				}
				got, want := earlySummary(early), earlySummary(plain)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("checked as evaluated differs from the plain scan:\n%s", lineDiff(got, want))
				}
			})
		}
	}
	if checked == 0 {
		t.Error("no resource was checked as it was evaluated: the comparison proves nothing")
	}
	t.Logf("%d resources checked as evaluated", checked)
}

// earlySummary is what a scan found, in its order, with the fields a
// report writes.
func earlySummary(res *engine.Result) []string {
	var out []string
	for _, f := range res.Findings {
		var body any
		if f.Resource.Body != nil {
			body = f.Resource.Body.Range
		}
		out = append(out, fmt.Sprintf("%s %s %s %s %s %v %v %v %s %v %s", f.Rule.ID, f.Range, f.Attr, f.Resource.Address, f.Message,
			f.Related, f.Instances, f.Causes, engine.Fingerprint(&f, f.Range.File), body, f.Resource.Range))
	}
	for _, s := range res.Suppressed {
		out = append(out, fmt.Sprintf("suppressed %s %s %s %s", s.Finding.Rule.ID, s.Finding.Range, s.Finding.Attr, s.By.Range))
	}
	for _, d := range res.Diagnostics {
		out = append(out, d.Error())
	}
	out = append(out, fmt.Sprint(res.FilesScanned, quotable(res)))
	return append(out, evidence(res)...)
}

// TestSkeletonEdges checks that a resource's body trimmed once it is
// checked as evaluated (early.go's skeleton) leads the root's graph to the
// same edges as its whole body: for every Terraform resource of the
// fixtures, trimmed, the edges out of it and into it, in order, with
// their attributes, kinds, ranges and directness.
func TestSkeletonEdges(t *testing.T) {
	all := rules.All()
	links := engine.LiteralLinks(all)
	trimmed, edges := 0, 0
	for _, dir := range []string{"testdata/rules", "testdata/eval", "testdata/graph", "testdata/standin", "testdata/early", "examples"} {
		res, err := engine.Scan(context.Background(), []string{filepath.Join("..", dir)}, engine.Config{KeepGraph: true})
		if err != nil {
			t.Fatal(err)
		}
		var whole, cut []*parser.Resource
		copies := map[*parser.Resource]*parser.Resource{}
		for _, n := range res.Graph.Nodes() {
			if n.Kind != "" && n.Kind != parser.NodeProvider {
				continue
			}
			whole = append(whole, n)
			c := *n
			if n.Kind == "" && n.Format == parser.Terraform && !n.Data && n.Body != nil {
				c.Body = engine.Skeleton(n, all)
				trimmed++
			}
			copies[n] = &c
			cut = append(cut, &c)
		}
		gw, gc := engine.NewGraph(whole, links...), engine.NewGraph(cut, links...)
		show := func(es []engine.Edge) []string {
			var out []string
			for _, x := range es {
				out = append(out, fmt.Sprintf("%s %s %s %v %v %v", x.From.Address, x.Attr, x.To.Address, x.Kind, x.Range, x.Direct))
			}
			return out
		}
		for _, n := range whole {
			c := copies[n]
			edges += len(gw.EdgesFrom(n))
			if got, want := show(gc.EdgesFrom(c)), show(gw.EdgesFrom(n)); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: edges from %s trimmed:\n%v\nwhole:\n%v", dir, n.Address, got, want)
			}
			if got, want := show(gc.EdgesTo(c)), show(gw.EdgesTo(n)); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: edges to %s trimmed:\n%v\nwhole:\n%v", dir, n.Address, got, want)
			}
		}
	}
	if trimmed == 0 || edges == 0 {
		t.Fatal("no resource trimmed or no edge: the comparison proves nothing")
	}
	t.Logf("%d resources trimmed, %d edges", trimmed, edges)
}
