package engine

import (
	"context"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// unknownReason reduces an unknown value's explanation to its kind, so
// that variable names do not split the counts.
var unknownVarName = regexp.MustCompile(`^var\.[^ ]+ `)

// corpusRules stand in for the rule pack (which engine tests cannot
// import): they ask for the resource types the AWS, Azure and GCP rules
// examine, so that the unknown values counted are those a rule would have
// had to skip.
var corpusRules = []*Rule{{ID: "PROBE-001", Severity: Low, Check: func(p *Pass) {
	p.ResourcesOfType("aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule",
		"aws_vpc_security_group_egress_rule", "aws_ebs_volume", "aws_instance", "aws_launch_template",
		"aws_iam_policy", "aws_iam_role_policy", "aws_iam_role", "aws_iam_role_policy_attachment",
		"aws_s3_bucket", "aws_s3_bucket_acl", "aws_s3_bucket_policy", "aws_s3_bucket_public_access_block",
		"aws_s3_bucket_versioning", "aws_s3_bucket_logging", "aws_vpc", "aws_flow_log", "aws_lb", "aws_cloudtrail",
		"aws_cloudwatch_log_group", "azurerm_network_security_group", "azurerm_network_security_rule",
		"google_compute_firewall", "google_compute_subnetwork", "google_compute_instance")
}}}

// TestCorpusTerraformUnknowns evaluates every Terraform root of the real
// world corpus and reports how many attribute values stayed unknown in the
// resources that rules examine, by reason. Every root must evaluate without
// an internal error, and unresolved remote modules must end as notes.
func TestCorpusTerraformUnknowns(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus scan skipped in -short mode")
	}
	dir := corpusDir()
	if dir == "" {
		t.Skip("shared/corpus/realworld not found")
	}
	res, err := Scan(context.Background(), []string{dir}, Config{Rules: corpusRules, KeepGraph: true})
	if err != nil {
		t.Fatal(err)
	}
	reasons := map[string]int{}
	total, unknown := 0, 0
	for _, r := range res.Graph.Resources() {
		if r.Format != parser.Terraform || r.Data || !res.Evidence.Types[r.Type] {
			continue
		}
		walkValues(r.Body, "", func(_ string, v *parser.Value) {
			if v.Kind == parser.Object || v.Kind == parser.List {
				return
			}
			total++
			if v.Kind == parser.Unknown {
				unknown++
				reasons[unknownVarName.ReplaceAllString(v.Why(), "var.NAME ")]++
			}
		})
	}
	var internal, unresolved int
	for _, d := range res.Diagnostics {
		if strings.HasPrefix(d.Summary, "internal error") {
			internal++
			t.Errorf("internal error: %s", d.Error())
		}
		if d.Summary == "module not resolved" {
			unresolved++
			if d.Severity != parser.SevNote {
				t.Errorf("an unresolved module must be a note: %s", d.Error())
			}
		}
	}
	type kv struct {
		k string
		n int
	}
	var top []kv
	for k, n := range reasons {
		top = append(top, kv{k, n})
	}
	sort.Slice(top, func(i, j int) bool { return top[i].n > top[j].n || top[i].n == top[j].n && top[i].k < top[j].k })
	t.Logf("terraform resources: %d values, %d unknown (%.1f%%); %d unresolved remote modules (notes)", total, unknown, 100*float64(unknown)/float64(max(total, 1)), unresolved)
	for i, x := range top {
		if i == 10 {
			break
		}
		t.Logf("  %6d  %s", x.n, x.k)
	}
}
