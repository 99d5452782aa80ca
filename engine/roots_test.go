package engine

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
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
			roots = append(roots, filepath.Base(r.Name)+":"+strings.Join(addresses(r.Resources), ","))
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
	if want := []string{"a:aws_s3_bucket.a,aws_iam_user.u", "b:aws_iam_account_password_policy.p"}; !slices.Equal(roots, want) {
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
