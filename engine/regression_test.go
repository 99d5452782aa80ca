package engine

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Regression tests for evaluation bugs found by the robustness work.

// A module call whose inputs refer to the call itself once panicked in
// terraform.collect (index out of range). Seen in the corpus at
// cloud-foundation-fabric/modules/net-lb-int/recipe-ilb-next-hop.
func TestModuleSelfReferenceIsUnknown(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "main.tf"), "module \"a\" {\n  source   = \"./child\"\n  for_each = toset([\"x\", \"y\"])\n  v        = module.a\n}\n")
	write(t, filepath.Join(dir, "child", "main.tf"), `variable "v" {}`)
	res := scanWith(t, []string{dir}, Config{})
	if res.Diagnostics.HasErrors() {
		t.Errorf("errors: %v", res.Diagnostics)
	}
}

// 10,000 locals each referring directly to the previous one once took
// minutes and 4 GB, when provenance chains were unbounded. The deadline
// only catches that runaway; it takes well under a second.
func TestDirectLocalChainIsLinear(t *testing.T) {
	var b strings.Builder
	b.WriteString("locals {\n  l0 = 1\n")
	for i := 1; i < 10000; i++ {
		b.WriteString("  l" + strconv.Itoa(i) + " = local.l" + strconv.Itoa(i-1) + "\n")
	}
	b.WriteString("}\nresource \"aws_ebs_volume\" \"v\" { size = local.l9999 }\n")
	dir := t.TempDir()
	write(t, filepath.Join(dir, "main.tf"), b.String())
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if _, err := Scan(ctx, []string{dir}, Config{Rules: []*Rule{touchEvery}}); err != nil {
		t.Fatalf("10,000 chained locals: %v", err)
	}
}

// A finding on a resource that exists only under an undecidable
// condition names the condition.
func TestResourceConditionNamed(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "t.yaml"), `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env:
    Type: String
Conditions:
  IsDev: !Equals [!Ref Env, dev]
Resources:
  DevVolume:
    Type: AWS::EC2::Volume
    Condition: IsDev
    Properties:
      Size: 10
`)
	res := scanWith(t, []string{dir}, Config{Rules: []*Rule{everyResource}})
	if len(res.Findings) != 1 || res.Findings[0].Condition != "IsDev" || !strings.HasSuffix(res.Findings[0].Text(), "(the resource exists only when condition IsDev is true)") {
		t.Fatalf("findings: %+v", res.Findings)
	}
}
