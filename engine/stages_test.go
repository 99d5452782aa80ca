package engine_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules"
)

// TestLintWithoutValueNodes checks that a lint scan, which drops the
// variable, local, output and module call nodes of each root as soon as
// it is evaluated and releases the syntax of modules no root still
// needs, finds exactly what a scan keeping the whole graph finds.
func TestLintWithoutValueNodes(t *testing.T) {
	for _, tc := range []struct {
		dir   string
		nodes bool // the full graph has value nodes
	}{{"graph", true}, {"eval", true}, {"cloudformation", false}, {"plan", false}, {"rules", true}} {
		t.Run(tc.dir, func(t *testing.T) {
			paths := []string{filepath.Join("..", "testdata", tc.dir)}
			lint, err := engine.Scan(context.Background(), paths, engine.Config{Rules: rules.All(), Workers: 3})
			if err != nil {
				t.Fatal(err)
			}
			full, err := engine.Scan(context.Background(), paths, engine.Config{Rules: rules.All(), Workers: 3, KeepGraph: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(full.Findings) == 0 {
				t.Fatal("no findings: the comparison would prove nothing")
			}
			if got, want := summarize(lint), summarize(full); !reflect.DeepEqual(got, want) {
				t.Errorf("lint scan differs from full scan:\n%v\nwant\n%v", got, want)
			}
			for _, n := range lint.Graph.Nodes() {
				if n.Kind != "" && n.Kind != parser.NodeProvider {
					t.Fatalf("lint graph keeps %s node %s", n.Kind, n.Address)
				}
			}
			if hasValueNode(full.Graph) != tc.nodes {
				t.Errorf("full graph has variable, local, output or module nodes: %v, want %v", !tc.nodes, tc.nodes)
			}
		})
	}
}

// TestRootByRoot checks that checking each root as soon as it is
// evaluated, and the across-roots rules once on what the roots kept, finds
// what running every rule once over the graph of every root finds: the
// same findings, notes, suppressions, diagnostics and evidence, with and
// without account-baseline. testdata/rules holds the fixtures of every
// rule, each its own root, scanned together: a rule declared PerRoot that
// joins resources of other roots (a password policy anywhere in the scan)
// or an AcrossRoots rule that reads a type it did not declare makes it
// fail.
func TestRootByRoot(t *testing.T) {
	for _, dir := range []string{"testdata/rules", "testdata/cloudformation", "testdata/eval", "testdata/graph", "testdata/plan", "testdata/standin", "examples"} {
		for _, baseline := range []bool{false, true} {
			t.Run(fmt.Sprint(dir, baseline), func(t *testing.T) {
				paths := []string{filepath.Join("..", dir)}
				cfg := engine.Config{Rules: rules.All(), Workers: 3, AccountBaseline: baseline, RequiredTags: []string{"owner"}}
				byRoot, err := engine.Scan(context.Background(), paths, cfg)
				if err != nil {
					t.Fatal(err)
				}
				whole, err := engine.Scan(context.Background(), paths, engine.Whole(cfg))
				if err != nil {
					t.Fatal(err)
				}
				if len(whole.Findings) == 0 {
					t.Fatal("no findings: the comparison would prove nothing")
				}
				got, want := summarize(byRoot), summarize(whole)
				got, want = append(got, evidence(byRoot)...), append(want, evidence(whole)...)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("root by root differs from the whole graph:\n%s", lineDiff(got, want))
				}
			})
		}
	}
}

// lineDiff lists the lines only in got (+) and only in want (-).
func lineDiff(got, want []string) string {
	count := map[string]int{}
	for _, l := range want {
		count[l]++
	}
	var b strings.Builder
	for _, l := range got {
		if count[l] > 0 {
			count[l]--
		} else {
			fmt.Fprintf(&b, "+ %s\n", l)
		}
	}
	for _, l := range want {
		if count[l] > 0 {
			count[l]--
			fmt.Fprintf(&b, "- %s\n", l)
		}
	}
	if b.Len() == 0 {
		return "(same lines in another order)"
	}
	return b.String()
}

func evidence(res *engine.Result) []string {
	ev := res.Evidence
	out := []string{fmt.Sprint(ev.Inspected), fmt.Sprint(ev.Types), fmt.Sprint(ev.Unconfigured)}
	for _, m := range ev.Missing {
		out = append(out, fmt.Sprintf("missing %s %s %s", m.Rule.ID, m.Range, m.Message))
	}
	for _, u := range ev.Undecided {
		out = append(out, fmt.Sprintf("undecided %s %s %s %s", u.Rule.ID, u.Range, u.Resource.Address, u.Detail))
	}
	return out
}

func summarize(res *engine.Result) []string {
	var out []string
	for _, f := range res.Findings {
		out = append(out, fmt.Sprintf("%s %s %s %v", f.Rule.ID, f.Range, f.Message, f.Related))
	}
	for _, s := range res.Suppressed {
		out = append(out, "suppressed "+s.Finding.Rule.ID+" "+s.Finding.Range.String())
	}
	for _, d := range res.Diagnostics {
		out = append(out, d.Error())
	}
	out = append(out, fmt.Sprint(res.FilesScanned, res.Evidence.Inspected, len(res.Evidence.Missing), quotable(res)))
	return out
}

// quotable counts the files findings point at that the result can quote.
func quotable(res *engine.Result) int {
	n, seen := 0, map[string]bool{}
	for _, f := range res.Findings {
		if !seen[f.Range.File] && res.Sources.Source(f.Range.File) != nil {
			n++
		}
		seen[f.Range.File] = true
	}
	return n
}

func hasValueNode(g *engine.Graph) bool {
	for _, n := range g.Nodes() {
		if n.Kind != "" && n.Kind != parser.NodeProvider {
			return true
		}
	}
	return false
}
