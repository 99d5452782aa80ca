package engine

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestLinkPaths checks that Graph.link, which makes a value's path only
// when an edge is found there (linkWalk), finds the edges, in the same
// order and with the same paths, that walking every value with its path
// (walkValues, as link did before) finds, literal links included, on the
// graphs of the test fixtures.
func TestLinkPaths(t *testing.T) {
	links := []LiteralLink{
		{Attr: "bucket", ToType: "aws_s3_bucket", ToAttr: "bucket"},
		{Attr: "target_bucket", ToType: "aws_s3_bucket", ToAttr: "bucket"},
		{Attr: "Bucket", ToType: "AWS::S3::Bucket", ToAttr: "BucketName"},
		{Attr: "vpc_id", ToType: "aws_vpc", ToAttr: "id"},
		{Attr: "VpcId", ToType: "AWS::EC2::VPC", ToAttr: "Id"},
	}
	edges := 0
	for _, dir := range []string{"testdata/graph", "testdata/eval", "testdata/rules", "testdata/plan", "testdata/cloudformation", "examples"} {
		res, err := Scan(context.Background(), []string{filepath.Join("..", dir)}, Config{KeepGraph: true, Workers: 2})
		if err != nil {
			t.Fatal(err)
		}
		g := NewGraph(res.Graph.Nodes(), links...)
		want := &Graph{byNode: g.byNode, links: links, out: map[*parser.Resource][]Edge{}, in: map[*parser.Resource][]Edge{}}
		names := g.literalNames()
		for _, r := range g.nodes {
			want.walkLink(r, names)
		}
		for _, r := range g.nodes {
			got, exp := edgeLines(g.out[r]), edgeLines(want.out[r])
			if !slices.Equal(got, exp) {
				t.Errorf("%s: edges from %s:\n%s\nwant\n%s", dir, r.Address, strings.Join(got, "\n"), strings.Join(exp, "\n"))
			}
			if got, exp := edgeLines(g.in[r]), edgeLines(want.in[r]); !slices.Equal(got, exp) {
				t.Errorf("%s: edges to %s:\n%s\nwant\n%s", dir, r.Address, strings.Join(got, "\n"), strings.Join(exp, "\n"))
			}
			edges += len(g.out[r])
		}
	}
	if edges < 100 {
		t.Fatalf("%d edges: the comparison would prove little", edges)
	}
}

func edgeLines(es []Edge) []string {
	var out []string
	for _, e := range es {
		out = append(out, fmt.Sprintf("%p %s %p %s %v %v", e.From, e.Attr, e.To, e.Kind, e.Range, e.Direct))
	}
	return out
}

// walkLink is link as it was, walking every value with its path.
func (g *Graph) walkLink(r *parser.Resource, names map[string][]*parser.Resource) {
	add := func(e Edge) {
		if e.To == r {
			return
		}
		for _, x := range g.out[r] {
			if x.To == e.To && x.Attr == e.Attr && x.Kind == e.Kind {
				return
			}
		}
		g.out[r] = append(g.out[r], e)
		g.in[e.To] = append(g.in[e.To], e)
	}
	walkValues(r.Body, "", func(path string, v *parser.Value) {
		for _, ref := range v.Refs() {
			direct := slices.Contains(v.Uses(), ref)
			for _, to := range g.resolve(r, ref) {
				add(Edge{From: r, Attr: path, To: to, Kind: Reference, Range: v.Range, Direct: direct})
			}
		}
		for _, u := range v.Uses() {
			for _, to := range g.resolve(r, u) {
				if to.Kind != "" || r.Kind != "" {
					add(Edge{From: r, Attr: path, To: to, Kind: Uses, Range: v.Range, Direct: true})
				}
			}
		}
		if v.Kind != parser.String {
			return
		}
		last := path[strings.LastIndex(path, ".")+1:]
		for _, l := range g.links {
			if l.Attr != last {
				continue
			}
			for _, to := range names[l.ToType+"|"+v.Str] {
				if to.Root == r.Root {
					add(Edge{From: r, Attr: path, To: to, Kind: Literal, Range: v.Range, Direct: true})
				}
			}
		}
	})
	for _, d := range r.DependsOn {
		for _, to := range g.resolve(r, d) {
			add(Edge{From: r, Attr: "depends_on", To: to, Kind: DependsOn, Range: r.Range, Direct: true})
		}
	}
}

// TestFindPathSame checks that findPath, which stops at the first value
// that matches and makes only its path, gives what walking every value
// with its path (walkPaths, as findPath did before) gives, for every value
// of every resource of the test fixtures, matched by identity and by range,
// and for a value of no resource.
func TestFindPathSame(t *testing.T) {
	old := func(v *parser.Value, match func(*parser.Value) bool) (string, bool) {
		found, out := false, ""
		walkPaths(v, "", func(p string, x *parser.Value) {
			if !found && p != "" && match(x) {
				found, out = true, p
			}
		})
		return out, found
	}
	checked := 0
	stranger := &parser.Value{Kind: parser.String, Str: "x"}
	for _, dir := range []string{"testdata/graph", "testdata/eval", "testdata/rules", "testdata/plan", "testdata/cloudformation", "examples"} {
		res, err := Scan(context.Background(), []string{filepath.Join("..", dir)}, Config{KeepGraph: true, Workers: 2})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res.Graph.Nodes() {
			body := r.Body
			var values []*parser.Value
			walkPaths(body, "", func(_ string, x *parser.Value) { values = append(values, x) })
			for _, v := range append(values, stranger) {
				for _, match := range []func(*parser.Value) bool{
					func(x *parser.Value) bool { return x == v },
					func(x *parser.Value) bool { return x.Range == v.Range },
				} {
					gp, gok := findPath(body, "", match)
					wp, wok := old(body, match)
					if gp != wp || gok != wok {
						t.Fatalf("%s: %s: findPath %q %v, want %q %v", dir, r.Address, gp, gok, wp, wok)
					}
					checked++
				}
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("%d paths checked: the comparison would prove little", checked)
	}
}
