package engine

import (
	"reflect"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestEncodedResults checks that a root's encoded findings, missing
// controls and notes come back as they were kept, resource sharing
// included, and that a root holding what the encoding cannot give back
// (a resource with values) keeps its results as they were.
func TestEncodedResults(t *testing.T) {
	r1 := &Rule{ID: "T-1"}
	r2 := &Rule{ID: "T-2"}
	rules := []*Rule{r1, r2}
	rng := func(file string, line int32) parser.Range {
		return parser.Range{File: file, Start: parser.Pos{Line: line, Column: 3, Byte: 40}, End: parser.Pos{Line: line + 2, Column: 1, Byte: 90}}
	}
	res := &parser.Resource{Format: parser.Terraform, Type: "aws_s3_bucket", Name: "b", Address: "module.m.aws_s3_bucket.b[\"x\"]",
		Condition: "var.on", Module: "module.m", Range: rng("m/main.tf", 4), Body: &parser.Value{Kind: parser.Object, Range: rng("m/main.tf", 4)},
		Provider: "aws.east", DependsOn: []string{}, Calls: []parser.Step{{Range: rng("main.tf", 1), Note: "module.m"}},
		Local: "aws_s3_bucket.b", Scope: "module.m", Root: "root", Assumptions: []string{"count is 1"},
		StandIn: &parser.StandIn{Call: "module.m", Source: "terraform-aws-modules/s3-bucket/aws", Versions: "v4",
			Causes: []parser.StandInCause{{Rule: "T-1", Type: "aws_s3_bucket", At: rng("main.tf", 2), Set: true, Note: "n", Text: "t"}}}}
	other := &parser.Resource{Format: parser.CloudFormation, Type: "AWS::S3::Bucket", Name: "B", Address: "B", Data: true, Range: rng("t.yaml", 9)}
	place := &parser.Resource{Format: parser.Terraform, Type: AccountType, Name: "root", Address: "root", Module: "root", Root: "root", Local: "root", Range: rng("main.tf", 1)}
	whole := &Finding{Resource: other, Range: rng("t.yaml", 10), Message: "m", Condition: "IsProd", Causes: []string{"c"}}
	rc := &rootChecked{
		findings: []keptFinding{
			{res: res, rng: rng("m/main.tf", 5), attr: "acl", message: "public", related: []Related{{Range: rng("m/vars.tf", 1), Kind: Origin, Message: "var.acl"}}},
			{res: res, rng: rng("m/main.tf", 6), message: "no related", related: []Related{}},
			{more: whole},
			{res: other, rng: rng("t.yaml", 9), message: "x"},
		},
		missing: []missingControl{
			{place: place, format: "%s declares no %s", args: []string{"root", "trail"}},
			{place: place, format: "100%% plain"},
		},
		undecided: []Undecided{{Rule: r2, Resource: res, Range: rng("m/main.tf", 7), Detail: "unknown"}, {Rule: r2, Resource: other, Detail: "d"}},
		spans:     []ruleSpan{{rule: 0, findings: 3, missing: 2}, {rule: 1, findings: 1, undecided: 2}},
	}
	want := rc.ruleResults(rules)
	for i := range want {
		// Views of no notes: nil once decoded, which gathering them
		// (finish) does not tell apart.
		if len(want[i].undecided) == 0 {
			want[i].undecided = nil
		}
	}
	for _, sp := range []*spill{nil, {}} {
		rc := *rc
		rc.encodeResults(rules, sp)
		if rc.enc == nil || rc.findings != nil || rc.missing != nil || rc.undecided != nil {
			t.Fatalf("results not encoded: enc %v", rc.enc)
		}
		if (rc.enc.data == nil) != (sp != nil) {
			t.Fatalf("spill %v: encoded data in memory: %v", sp != nil, rc.enc.data != nil)
		}
		var buf []byte
		got, err := rc.decodedResults(rules, sp, &buf)
		sp.close()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("decoded results differ:\n got %+v\nwant %+v", got, want)
		}
	}
	rc.encodeResults(rules, nil)
	var buf []byte
	got, _ := rc.decodedResults(rules, nil, &buf)
	if f := got[0].findings; f[0].Resource != f[1].Resource || got[1].undecided[0].Resource != f[0].Resource {
		t.Errorf("findings on one resource no longer share it")
	}
	if got[0].missing[0].Resource != got[0].missing[1].Resource {
		t.Errorf("missing controls no longer share their place")
	}

	withValues := *other
	withValues.Body = &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{"a": {Kind: parser.String, Str: "v"}}}
	kept := &rootChecked{findings: []keptFinding{{res: &withValues, message: "m"}}, spans: []ruleSpan{{rule: 0, findings: 1}}}
	kept.encodeResults(rules, nil)
	if kept.enc != nil || len(kept.findings) != 1 {
		t.Errorf("a resource with values was encoded")
	}
	extra := *other
	extra.Body = (&parser.Value{Kind: parser.Object}).SetExtra(parser.Extra{Why: "w"})
	kept = &rootChecked{findings: []keptFinding{{res: &extra, message: "m"}}, spans: []ruleSpan{{rule: 0, findings: 1}}}
	kept.encodeResults(rules, nil)
	if kept.enc != nil {
		t.Errorf("a body with extras was encoded")
	}
}
