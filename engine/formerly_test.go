package engine

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestFormerIDs: a rule that took over a retired id (Rule.Formerly) is
// silenced by ignores naming the old id, and a baseline recorded under the
// old id still accepts its findings.
func TestFormerIDs(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	old := &Rule{ID: "TEST-009", Severity: High, Check: flagBad.Check}
	now := &Rule{ID: "TEST-001", Severity: High, Check: flagBad.Check, Formerly: []string{"TEST-009"}}
	write(t, filepath.Join(dir, "infra", "main.tf"), `resource "a" "silenced" {
  bad = true # soc2lint:ignore TEST-009 accepted before the rule was folded
}
resource "a" "recorded" {
  bad = true
}
`)
	res, err := Scan(context.Background(), []string{"infra"}, Config{Rules: []*Rule{now}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].Resource.Address != "a.recorded" || len(res.Suppressed) != 1 {
		t.Fatalf("the ignore of the former id did not silence the finding: %d findings, %d suppressed", len(res.Findings), len(res.Suppressed))
	}
	for _, d := range res.Diagnostics {
		if strings.Contains(d.Summary, "unknown rule") || strings.Contains(d.Detail, "silences no finding") {
			t.Errorf("unexpected diagnostic: %s: %s", d.Summary, d.Detail)
		}
	}

	// A baseline written while the finding was the old rule's.
	before, err := Scan(context.Background(), []string{"infra"}, Config{Rules: []*Rule{old}, NoIgnore: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewBaseline("baseline.json", before.Findings)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"rule": "TEST-009"`) {
		t.Fatalf("baseline not recorded under the old id:\n%s", buf.String())
	}
	read, err := ReadBaseline("baseline.json", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	read.Apply(res)
	if len(res.Findings) != 0 {
		t.Errorf("the baseline of the former id left %d findings", len(res.Findings))
	}

	// Without Formerly the old id's baseline entry matches nothing.
	plain := &Rule{ID: "TEST-001", Severity: High, Check: flagBad.Check}
	res, err = Scan(context.Background(), []string{"infra"}, Config{Rules: []*Rule{plain}, NoIgnore: true})
	if err != nil {
		t.Fatal(err)
	}
	read.Apply(res)
	if len(res.Findings) != 2 {
		t.Errorf("a baseline entry of another rule id matched: %d findings left, want 2", len(res.Findings))
	}
}
