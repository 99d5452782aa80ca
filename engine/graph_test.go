package engine

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestGraphEdges checks that references are found for every expression
// form: direct, in templates, in for expressions, through locals, module
// inputs and outputs, depends_on, literal names, and CloudFormation Ref,
// GetAtt, Sub and DependsOn.
func TestGraphEdges(t *testing.T) {
	// Literal links come from the rules that follow them.
	linker := &Rule{ID: "TEST-LINKS", Check: func(*Pass) {}, LiteralLinks: []LiteralLink{
		{Attr: "bucket", ToType: "aws_s3_bucket", ToAttr: "bucket"},
		{Attr: "Bucket", ToType: "AWS::S3::Bucket", ToAttr: "BucketName"},
	}}
	res, err := Scan(context.Background(), []string{filepath.Join("..", "testdata", "graph")}, Config{Rules: []*Rule{linker}, KeepGraph: true})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, r := range res.Graph.Nodes() {
		for _, e := range res.Graph.EdgesFrom(r) {
			got[e.From.Address+" ."+e.Attr+" -"+string(e.Kind)+"-> "+e.To.Address] = true
		}
	}
	want := []string{
		"aws_subnet.a .vpc_id -reference-> aws_vpc.main",
		"aws_flow_log.via_local .vpc_id -reference-> aws_vpc.main",
		"aws_s3_bucket_versioning.by_literal .bucket -literal-> aws_s3_bucket.logs",
		"aws_s3_bucket_policy.in_template .bucket -reference-> aws_s3_bucket.logs",
		"aws_s3_bucket_policy.in_template .policy -reference-> aws_s3_bucket.logs",
		"aws_security_group.sg .ingress[0].cidr_blocks -reference-> aws_subnet.a",
		"aws_security_group.sg .depends_on -depends_on-> aws_s3_bucket.logs",
		"module.net.aws_route_table.rt .vpc_id -reference-> aws_vpc.main",
		"aws_flow_log.via_module .vpc_id -reference-> module.net.aws_vpc.inner",
		`aws_flow_log.per_vpc["a"] .vpc_id -reference-> aws_vpc.each["a"]`,
		`aws_flow_log.per_vpc["b"] .vpc_id -reference-> aws_vpc.each["b"]`,
		"aws_flow_log.via_local .vpc_id -uses-> local.vpc",
		"local.vpc .value -uses-> aws_vpc.main",
		"module.net.var.vpc_id .value -uses-> module.net",
		"module.net.var.vpc_id .value -uses-> aws_vpc.main",
		"module.net .value -uses-> aws_vpc.main",
		"module.net.output.vpc .value -uses-> module.net.aws_vpc.inner",
		"FlowLog .ResourceId -reference-> Vpc",
		"LogsPolicy .Bucket -literal-> Logs",
		"LogsPolicy .PolicyDocument.Statement[0].Resource -reference-> Logs",
		"Subnet .VpcId -reference-> Vpc",
		"Subnet .depends_on -depends_on-> FlowLog",
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("missing edge %s", w)
		}
	}
	if t.Failed() {
		var all []string
		for k := range got {
			all = append(all, k)
		}
		sort.Strings(all)
		t.Logf("edges found:\n%s", strings.Join(all, "\n"))
	}
}
