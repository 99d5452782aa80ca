package engine

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestGivenChecked checks that Config.CheckReads holds a rule that judges
// each resource alone with the root's resources of its Given types
// (Rule.Given) to its claim: in a root that has none of them it must judge
// each resource alone; a root that has one is judged on its graph, and a
// rule that names too few Given types is reported.
func TestGivenChecked(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "without", "main.tf"), `resource "aws_instance" "a" {
  ami = "x"
}
resource "aws_instance" "b" {
  ami = "y"
}
`)
	write(t, filepath.Join(dir, "with", "main.tf"), `resource "aws_instance" "a" {
  ami = "x"
}
resource "aws_ec2_instance_metadata_defaults" "d" {
  http_tokens = "required"
}
`)
	write(t, filepath.Join(dir, "other", "main.tf"), `resource "aws_instance" "a" {
  ami = "x"
}
resource "aws_ebs_encryption_by_default" "e" {
  enabled = true
}
`)
	// defaulted reports each instance unless its root sets the account's
	// metadata defaults.
	defaulted := func(p *Pass) {
		if len(p.ResourcesOfType("aws_ec2_instance_metadata_defaults")) > 0 {
			return
		}
		for _, r := range p.ResourcesOfType("aws_instance") {
			p.Report(r, nil, "%s: no default", r.Address)
		}
	}
	reads := []string{"aws_instance", "aws_ec2_instance_metadata_defaults", "aws_ebs_encryption_by_default"}
	good := &Rule{ID: "TEST-GIVEN", Severity: Low, Alone: true, Reads: reads, Given: []string{"aws_ec2_instance_metadata_defaults"}, Check: defaulted}
	short := &Rule{ID: "TEST-SHORT", Severity: Low, Alone: true, Reads: reads, Given: []string{"aws_ebs_encryption_by_default"}, Check: defaulted}
	res, err := Scan(context.Background(), []string{dir}, Config{Rules: []*Rule{good, short}, CheckReads: true})
	if err != nil {
		t.Fatal(err)
	}
	var errs []string
	for _, d := range res.Diagnostics {
		if d.Severity == parser.SevError {
			errs = append(errs, d.Summary)
		}
	}
	if want := []string{"rule TEST-SHORT does not judge each resource alone (Rule.Alone)"}; !slices.Equal(errs, want) {
		t.Errorf("errors %q, want %q", errs, want)
	}
	n := 0
	for _, f := range res.Findings {
		if f.Rule == good {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d findings of TEST-GIVEN, want 3 (the instances of the roots without defaults)", n)
	}
}
