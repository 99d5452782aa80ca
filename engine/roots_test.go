package engine

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestAcrossRootsReads checks what a rule that runs across roots sees:
// every root (also those whose resources were dropped), the resources of
// the types it declared in every root, and an internal error, never a
// silent wrong verdict, when it asks for a type it did not declare.
func TestAcrossRootsReads(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a", "main.tf"), `resource "aws_s3_bucket" "a" {}
resource "aws_iam_user" "u" {}`)
	write(t, filepath.Join(dir, "b", "main.tf"), `resource "aws_iam_account_password_policy" "p" {}`)
	var roots, policies, all []string
	declared := &Rule{ID: "TEST-ACROSS", Severity: Low, Scope: AcrossRoots, Reads: []string{"aws_iam_account_password_policy"}, Check: func(p *Pass) {
		for _, r := range p.Roots() {
			// The types a root declares that the rule did not ask for are
			// not among its resources: Deploys shows them as samples, a
			// type and no address.
			var rs []string
			for _, res := range r.Resources {
				rs = append(rs, res.Address)
			}
			r.Deploys(func(res *parser.Resource) bool {
				if res.Address == "" {
					rs = append(rs, "sample "+res.Type)
				}
				return false
			})
			roots = append(roots, filepath.Base(r.Name)+":"+strings.Join(rs, ","))
		}
		policies = addresses(p.OfType("aws_iam_account_password_policy"))
		all = addresses(p.All())
	}}
	undeclared := &Rule{ID: "TEST-UNDECLARED", Severity: Low, Scope: AcrossRoots, Reads: []string{"aws_iam_account_password_policy"}, Check: func(p *Pass) {
		p.OfType("aws_s3_bucket")
	}}
	res, err := Scan(context.Background(), []string{dir}, Config{Rules: []*Rule{declared, undeclared}})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a:sample aws_iam_user,sample aws_s3_bucket", "b:aws_iam_account_password_policy.p"}; !slices.Equal(roots, want) {
		t.Errorf("roots %v, want %v", roots, want)
	}
	if want := []string{"aws_iam_account_password_policy.p"}; !slices.Equal(policies, want) || !slices.Equal(all, want) {
		t.Errorf("OfType %v, All %v, want %v", policies, all, want)
	}
	var found bool
	for _, d := range res.Diagnostics {
		found = found || d.Summary == "internal error in rule TEST-UNDECLARED" && strings.Contains(d.Detail, "aws_s3_bucket")
	}
	if !found {
		t.Errorf("no internal error for the undeclared type: %v", res.Diagnostics)
	}
}

func addresses(rs []*parser.Resource) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Address)
	}
	return out
}

// TestTemplatesCheckedApart checks that CloudFormation templates are
// checked a top-level stack at a time, a nested template with its parent:
// a rule declared PerRoot that joins resources of two templates judges
// differently than over the graph of every template (what TestRootByRoot
// catches), and the same rule declared AcrossRoots judges the same.
func TestTemplatesCheckedApart(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "network.yaml"), `Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
`)
	write(t, filepath.Join(dir, "logging.yaml"), `Resources:
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !ImportValue network-VpcId
  App:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./nested/app.yaml
`)
	write(t, filepath.Join(dir, "nested", "app.yaml"), `Resources:
  AppVpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.1.0.0/16
`)
	var mu sync.Mutex // roots are checked in parallel
	var graphs [][]string
	check := func(p *Pass) {
		var seen []string
		for _, r := range p.ResourcesOfType("AWS::EC2::VPC", "AWS::EC2::FlowLog") {
			seen = append(seen, r.Address)
		}
		mu.Lock()
		graphs = append(graphs, seen)
		mu.Unlock()
		if len(p.OfType("AWS::EC2::FlowLog")) > 0 {
			return
		}
		for _, r := range p.OfType("AWS::EC2::VPC") {
			p.Report(r, nil, "%s: no flow log anywhere", r.Address)
		}
	}
	perRoot := &Rule{ID: "TEST-JOIN", Severity: Low, Check: check}
	across := &Rule{ID: "TEST-JOIN", Severity: Low, Check: check, Scope: AcrossRoots, Reads: []string{"AWS::EC2::VPC", "AWS::EC2::FlowLog"}}
	for _, tc := range []struct {
		name   string
		rule   *Rule
		whole  bool
		graphs []string
		found  int
	}{
		// nested/app.yaml is checked alone too, before the scan knows a
		// template nests it; what that left is dropped.
		{"per root", perRoot, false, []string{"AppVpc", "FlowLog,App/AppVpc", "Vpc"}, 1},
		{"whole graph", perRoot, true, []string{"FlowLog,App/AppVpc,Vpc"}, 0},
		{"across roots", across, false, []string{"FlowLog,App/AppVpc,Vpc"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			graphs = nil
			res, err := Scan(context.Background(), []string{dir}, Config{Rules: []*Rule{tc.rule}, Workers: 2, whole: tc.whole})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, g := range graphs {
				got = append(got, strings.Join(g, ","))
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.graphs) {
				t.Errorf("graphs %q, want %q", got, tc.graphs)
			}
			if len(res.Findings) != tc.found {
				t.Errorf("%d findings, want %d: %v", len(res.Findings), tc.found, res.Findings)
			}
		})
	}
}

// A missing control's message is the same whether formatted when the rule
// reports it or when the scan is settled, whatever its arguments.
func TestMissingControlMessage(t *testing.T) {
	place := &parser.Resource{Root: "envs/prod", Range: parser.Range{File: "envs/prod/main.tf"}}
	for _, c := range []struct {
		format string
		args   []any
	}{
		{"%s declares no CloudTrail trail", []any{"envs/prod"}},
		{"%s has no alert for %s (100%% of %q)", []any{"envs/prod", "a, b", "x"}},
		{"%s has %d trails at 50%%", []any{"envs/prod", 3}},
		{"no trail at 100%", nil},
		{"%v", []any{[]string{"a"}}},
	} {
		mc := newMissingControl(place, c.format, c.args)
		want := fmt.Sprintf(c.format, c.args...)
		if got := mc.message(); got != want {
			t.Errorf("%q %v: message %q, want %q", c.format, c.args, got, want)
		}
		if f := mc.finding(nil); f.Message != want || f.Resource != place || f.Range != place.Range {
			t.Errorf("%q: finding %+v", c.format, f)
		}
	}
}

// TestAcrossRootsReadsAttrs checks what the scan keeps of a type the
// across-roots rules narrow (Rule.ReadsAttrs): only the attributes listed,
// with the edges from them and from depends_on; the whole resource when
// another rule reads the type without narrowing it; and provider
// configurations only for a rule that reads every type.
func TestAcrossRootsReadsAttrs(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a", "main.tf"), `provider "aws" { region = "eu-west-1" }
resource "aws_vpc" "v" { cidr_block = "10.0.0.0/16" }
resource "aws_route_table" "r" { vpc_id = aws_vpc.v.id }
resource "aws_subnet" "s" {
  vpc_id     = aws_vpc.v.id
  cidr_block = "10.0.1.0/24"
  tags       = { Name = aws_route_table.r.id }
  depends_on = [aws_route_table.r]
}`)
	type seen struct {
		attrs                 map[string][]string
		subnetEdges, vpcEdges []string
		providers             int
		err                   string
	}
	run := func(rules ...*Rule) map[string]*seen {
		out := map[string]*seen{}
		for _, r := range rules {
			s := &seen{attrs: map[string][]string{}}
			out[r.ID] = s
			check := r.Check
			r.Check = func(p *Pass) {
				defer func() {
					if e := recover(); e != nil {
						s.err = fmt.Sprint(e)
					}
				}()
				for _, res := range p.OfType("aws_vpc", "aws_subnet") {
					for k := range res.Body.Attrs {
						s.attrs[res.Type] = append(s.attrs[res.Type], k)
					}
					slices.Sort(s.attrs[res.Type])
				}
				for _, sub := range p.OfType("aws_subnet") {
					for _, e := range p.graph.EdgesFrom(sub) {
						s.subnetEdges = append(s.subnetEdges, string(e.Kind)+" "+e.Attr+" "+e.To.Address)
					}
				}
				for _, v := range p.OfType("aws_vpc") {
					s.vpcEdges = addresses(p.Referrers(v, "vpc_id", "aws_subnet"))
					s.providers = len(p.Providers(v, "aws"))
				}
				if check != nil {
					check(p)
				}
			}
		}
		if _, err := Scan(context.Background(), []string{dir}, Config{Rules: rules}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	narrowing := func(id string) *Rule {
		return &Rule{ID: id, Severity: Low, Scope: AcrossRoots, Reads: []string{"aws_vpc", "aws_subnet"},
			ReadsAttrs: map[string][]string{"aws_vpc": {}, "aws_subnet": {"vpc_id"}}}
	}
	got := run(narrowing("TEST-NARROW"))["TEST-NARROW"]
	if want := map[string][]string{"aws_subnet": {"vpc_id"}}; fmt.Sprint(got.attrs) != fmt.Sprint(want) {
		t.Errorf("narrowed: attributes kept %v, want %v", got.attrs, want)
	}
	if fmt.Sprint(got.vpcEdges) != "[aws_subnet.s]" {
		t.Errorf("narrowed: subnets referring to the VPC %v", got.vpcEdges)
	}
	// The route table the subnet's tags name is not an edge of the
	// narrowed subnet; its depends_on is, and its vpc_id.
	slices.Sort(got.subnetEdges)
	if want := "[depends_on depends_on aws_route_table.r reference vpc_id aws_vpc.v]"; fmt.Sprint(got.subnetEdges) != want {
		t.Errorf("narrowed: subnet's edges %v, want %v", got.subnetEdges, want)
	}
	if !strings.Contains(got.err, "provider configurations") {
		t.Errorf("Providers in a rule that does not read every type: %q, want a panic", got.err)
	}
	// A second rule reading subnets whole keeps them whole for both.
	whole := &Rule{ID: "TEST-WHOLE", Severity: Low, Scope: AcrossRoots, Reads: []string{"aws_subnet", "aws_vpc"}}
	both := run(narrowing("TEST-NARROW"), whole)
	for id, s := range both {
		if want := map[string][]string{"aws_subnet": {"cidr_block", "tags", "vpc_id"}, "aws_vpc": {"cidr_block"}}; fmt.Sprint(s.attrs) != fmt.Sprint(want) {
			t.Errorf("%s beside a rule reading them whole: attributes kept %v, want %v", id, s.attrs, want)
		}
	}
	// A rule reading every type sees the provider configurations.
	all := &Rule{ID: "TEST-ALL", Severity: Low, Scope: AcrossRoots, Reads: []string{ReadsAll}}
	if s := run(all)["TEST-ALL"]; s.err != "" || s.providers != 1 {
		t.Errorf("rule reading every type: providers %d, error %q", s.providers, s.err)
	}
}

// TestTypeListShared checks that roots asking for the same types share
// one sorted list, whatever order they asked in, and that another set,
// even of the same size, gets its own.
func TestTypeListShared(t *testing.T) {
	c := &checker{}
	set := func(names ...string) map[string]bool {
		m := map[string]bool{}
		for _, n := range names {
			m[n] = true
		}
		return m
	}
	a := c.typeList(set("b", "a", "c"))
	if !slices.Equal(a, []string{"a", "b", "c"}) {
		t.Fatalf("typeList = %q, want sorted", a)
	}
	b := c.typeList(set("c", "a", "b"))
	if &a[0] != &b[0] {
		t.Errorf("the same set got another list")
	}
	d := c.typeList(set("a", "b", "d"))
	if !slices.Equal(d, []string{"a", "b", "d"}) || &d[0] == &a[0] {
		t.Errorf("typeList(a, b, d) = %q, shared with (a, b, c): %v", d, &d[0] == &a[0])
	}
	if e := c.typeList(set("a", "b")); !slices.Equal(e, []string{"a", "b"}) {
		t.Errorf("typeList(a, b) = %q", e)
	}
	if len(c.typeList(map[string]bool{})) != 0 {
		t.Errorf("an empty set gave a list")
	}
}
