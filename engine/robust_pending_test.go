//go:build pending

package engine

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Failing tests for bugs in files other engineers own; run with
// go test -tags pending ./engine. Each names the bug and its fix.

// A module call whose inputs refer to the call itself panics in
// terraform.collect (index out of range): callValue sees the call done and
// resolved while its instances are still being built. Seen in the corpus at
// cloud-foundation-fabric/modules/net-lb-int/recipe-ilb-next-hop.
func TestPendingModuleSelfReferencePanics(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "main.tf"), "module \"a\" {\n  source   = \"./child\"\n  for_each = toset([\"x\", \"y\"])\n  v        = module.a\n}\n")
	write(t, filepath.Join(dir, "child", "main.tf"), `variable "v" {}`)
	res := scanWith(t, []string{dir}, Config{})
	if res.Diagnostics.HasErrors() {
		t.Errorf("errors: %v", res.Diagnostics)
	}
}

// 10,000 locals each referring directly to the previous one take about a
// minute and 4 GB: rebase copies the whole Via chain at every step, so the
// chain costs O(n²).
func TestPendingDirectLocalChainIsQuadratic(t *testing.T) {
	var b strings.Builder
	b.WriteString("locals {\n  l0 = 1\n")
	for i := 1; i < 10000; i++ {
		b.WriteString("  l" + strconv.Itoa(i) + " = local.l" + strconv.Itoa(i-1) + "\n")
	}
	b.WriteString("}\nresource \"aws_ebs_volume\" \"v\" { size = local.l9999 }\n")
	dir := t.TempDir()
	write(t, filepath.Join(dir, "main.tf"), b.String())
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := Scan(ctx, []string{dir}, Config{Rules: []*Rule{touchEvery}}); err != nil {
		t.Fatalf("10,000 chained locals: %v", err)
	}
}
