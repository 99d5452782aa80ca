package engine_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
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
	out = append(out, fmt.Sprint(res.FilesScanned, res.Evidence.Inspected, len(res.Evidence.Missing), len(res.Sources)))
	return out
}

func hasValueNode(g *engine.Graph) bool {
	for _, n := range g.Nodes() {
		if n.Kind != "" && n.Kind != parser.NodeProvider {
			return true
		}
	}
	return false
}
