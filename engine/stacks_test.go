package engine

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/cloudformation"
)

// openCidr reports every CidrIp of 0.0.0.0/0, as AWS-001 would.
var openCidr = &Rule{ID: "TEST-CIDR", Severity: High, Check: func(p *Pass) {
	for _, r := range p.ResourcesOfType("AWS::EC2::SecurityGroup") {
		for _, in := range r.Body.Get("SecurityGroupIngress").Items() {
			if c := in.Get("CidrIp"); c != nil && c.Str == "0.0.0.0/0" {
				p.Report(r, c, "%s is open", r.Address)
			}
		}
	}
}}

func scanRules(t *testing.T, paths []string, cfg Config, rules ...*Rule) *Result {
	t.Helper()
	cfg.Rules = rules
	res, err := Scan(context.Background(), paths, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

const networkTemplate = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  IngressCidr:
    Type: String
    Default: 10.1.0.0/16
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: !Ref IngressCidr
`

func TestNestedStacks(t *testing.T) {
	root := t.TempDir()
	scan := filepath.Join(root, "scan")
	write(t, filepath.Join(scan, "parent.yaml"), `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  AdminCidr:
    Type: String
    Default: 0.0.0.0/0
Resources:
  Network:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./stacks/network.yaml
      Parameters:
        IngressCidr: !Ref AdminCidr
  NetworkAgain:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: stacks/network.yaml
      Parameters:
        IngressCidr: 10.0.0.0/8
  Remote:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://s3.amazonaws.com/bucket/t.yaml
  Outside:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ../outside.yaml
  Missing:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./missing.yaml
  App:
    Type: AWS::Serverless::Application
    Properties:
      Location: ./stacks/app.yaml
      Parameters:
        Cidr: 0.0.0.0/0
`)
	write(t, filepath.Join(scan, "stacks", "network.yaml"), networkTemplate)
	write(t, filepath.Join(scan, "stacks", "app.yaml"), `Transform: AWS::Serverless-2016-10-31
Parameters:
  Cidr:
    Type: String
Resources:
  Inner:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: network.yaml
      Parameters:
        IngressCidr: !Ref Cidr
  Loop:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ../parent.yaml
`)
	write(t, filepath.Join(root, "outside.yaml"), networkTemplate)

	res := scanRules(t, []string{scan}, Config{}, everyResource, openCidr)
	var addrs, open []string
	for _, f := range res.Findings {
		switch f.Rule.ID {
		case "TEST-001":
			if len(f.Instances) > 0 {
				addrs = append(addrs, f.Instances...)
			} else {
				addrs = append(addrs, f.Resource.Address)
			}
		case "TEST-CIDR":
			open = append(open, f.Text())
			if !strings.HasSuffix(f.Range.File, "stacks/network.yaml") || f.Range.Start.Line != 15 {
				t.Errorf("finding at %s", f.Range)
			}
			if !strings.HasSuffix(f.Resource.Root, "parent.yaml") || len(f.Resource.Calls) == 0 {
				t.Errorf("root %q calls %v", f.Resource.Root, f.Resource.Calls)
			}
		}
	}
	slices.Sort(addrs)
	want := []string{"App", "App/Inner", "App/Inner/Sg", "App/Loop", "Missing", "Network", "Network/Sg", "NetworkAgain", "NetworkAgain/Sg", "Outside", "Remote"}
	if strings.Join(addrs, " ") != strings.Join(want, " ") {
		t.Errorf("resources %v\nwant      %v", addrs, want)
	}
	// Network and App/Inner pass 0.0.0.0/0; NetworkAgain passes 10.0.0.0/8.
	// Both instances yield one finding at the same place: merged.
	if len(open) != 1 || !strings.Contains(open[0], "2 instances: App/Inner/Sg, Network/Sg") {
		t.Errorf("open findings %q", open)
	}
	for _, f := range res.Findings {
		if f.Rule.ID != "TEST-CIDR" {
			continue
		}
		var rel []string
		for _, r := range f.Related {
			rel = append(rel, filepath.Base(r.Range.File)+":"+r.Text())
		}
		joined := strings.Join(rel, "|")
		for _, w := range []string{"parent.yaml:from parameter IngressCidr passed by stack Network", "parent.yaml:from parameter AdminCidr default"} {
			if !strings.Contains(joined, w) {
				t.Errorf("related %q lacks %q", joined, w)
			}
		}
	}
	var summaries []string
	for _, d := range res.Diagnostics {
		summaries = append(summaries, d.Summary)
	}
	for _, w := range []string{"remote nested stack not read", "nested stack outside the scanned tree not read", "nested stack template not found", "nested stack cycle"} {
		if !slices.Contains(summaries, w) {
			t.Errorf("no diagnostic %q in %q", w, summaries)
		}
	}
	// The nested template scanned on its own: its default (10.1.0.0/16)
	// makes no finding, and it is a root of its own.
	res = scanRules(t, []string{filepath.Join(scan, "stacks", "network.yaml")}, Config{}, everyResource, openCidr)
	if len(res.Findings) != 1 || res.Findings[0].Resource.Address != "Sg" {
		t.Errorf("network alone: %v", res.Findings)
	}
}

func TestCloudFormationParameters(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "net.yaml"), networkTemplate)
	pf := parser.Range{File: "p.txt", Start: parser.Pos{Line: 1, Column: 13}, End: parser.Pos{Line: 1, Column: 22}}
	res := scanRules(t, []string{dir}, Config{CloudFormationParameters: map[string]cloudformation.ParamValue{
		"IngressCidr": cloudformation.StringParam("0.0.0.0/0", pf, "parameter IngressCidr in the parameters file"),
		"Unused":      cloudformation.StringParam("x", pf, ""),
	}}, openCidr)
	if len(res.Findings) != 1 || len(res.Findings[0].Related) != 1 || res.Findings[0].Related[0].Range != pf {
		t.Fatalf("findings %+v", res.Findings)
	}
}

func TestVariantFindings(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "t.yaml"), `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Mode:
    Type: String
  Zone:
    Type: String
Conditions:
  Open: !Equals [!Ref Mode, open]
  InZone: !Equals [!Ref Zone, a]
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: x
      SecurityGroupIngress:
        - CidrIp: !If [Open, 0.0.0.0/0, 10.0.0.0/8]
        - CidrIp: 0.0.0.0/0
        - CidrIp: !If [InZone, !If [Open, 10.0.0.0/8, 0.0.0.0/0], 0.0.0.0/0]
`)
	res := scanRules(t, []string{dir}, Config{}, openCidr)
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Range.String()[len(f.Range.File):]+" "+f.Text())
	}
	want := []string{
		":16:30 Sg is open (when condition Open is true)",
		":17:19 Sg is open",
		":18:55 Sg is open (when condition Open is false and condition InZone is true)",
		":18:67 Sg is open (when condition InZone is false)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestDescribeVariants(t *testing.T) {
	l := func(a, b bool) []string { return []string{conditionLabel("A", a), conditionLabel("B", b)} }
	tests := []struct {
		present [][]string
		want    string
	}{
		{[][]string{l(true, true)}, "condition A is true and condition B is true"},
		{[][]string{l(true, true), l(true, false)}, "condition A is true"},
		{[][]string{l(true, true), l(true, false), l(false, true)}, "condition A is true, or when condition B is true"},
		{[][]string{l(true, false), l(false, true)}, "condition A is true and condition B is false, or when condition A is false and condition B is true"},
	}
	for _, tc := range tests {
		if got := describeVariants(tc.present, 2); got != tc.want {
			t.Errorf("%v: %q, want %q", tc.present, got, tc.want)
		}
	}
}

func conditionLabel(name string, b bool) string {
	if b {
		return "condition " + name + " is true"
	}
	return "condition " + name + " is false"
}
