package engine

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBaseline(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	scan := func() *Result {
		res, err := Scan(context.Background(), []string{"infra"}, Config{Rules: []*Rule{flagBad, flagNotOK}})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	write(t, filepath.Join(dir, "infra", "main.tf"), `resource "a" "one" {
  bad = true
}
resource "a" "two" {
  ok  = 1
  bad = true
}
`)
	res := scan()
	if len(res.Findings) != 3 {
		t.Fatalf("%d findings, want 3", len(res.Findings))
	}
	b, err := NewBaseline(filepath.Join("policy", "baseline.json"), res.Findings)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"file": "../infra/main.tf"`) {
		t.Errorf("paths are not relative to the baseline's directory:\n%s", buf.String())
	}
	write(t, filepath.Join(dir, "policy", "baseline.json"), buf.String())

	// Lines move, one finding is fixed, one is new: only the new one is
	// reported, and the fixed one is noted.
	write(t, filepath.Join(dir, "infra", "main.tf"), `# a comment that moves every line

resource "a" "one" {
  bad = true
}
resource "a" "two" {
  ok  = 1
}
resource "a" "three" {
  ok  = 1
  bad = true
}
`)
	// Read it from another working directory: paths still match.
	t.Chdir(filepath.Join(dir, "policy"))
	data, err := os.ReadFile("baseline.json")
	if err != nil {
		t.Fatal(err)
	}
	read, err := ReadBaseline("baseline.json", data)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	res = scan()
	read.Apply(res)
	var open, silenced []string
	for _, f := range res.Findings {
		open = append(open, f.Rule.ID+" "+f.Resource.Address)
	}
	for _, s := range res.Suppressed {
		silenced = append(silenced, s.Finding.Rule.ID+" "+s.Finding.Resource.Address+" "+string(s.By.Kind))
	}
	if fmt.Sprint(open) != "[TEST-001 a.three]" {
		t.Errorf("open findings %v, want only the new one", open)
	}
	if fmt.Sprint(silenced) != "[TEST-002 a.one baseline TEST-001 a.one baseline]" {
		t.Errorf("baselined %v", silenced)
	}
	if len(res.Diagnostics) != 1 || !strings.Contains(res.Diagnostics[0].Detail, "1 of the 3 findings") {
		t.Errorf("diagnostics %v, want one note about the fixed finding", res.Diagnostics)
	}
}

func TestReadBaselineRejects(t *testing.T) {
	for _, bad := range []string{
		``, `[]`, `{"version": 3, "findings": []}`, `{"version": 1, "findings": [{"rule": "A-1"}]}`,
		`{"version": 1, "findings": [], "extra": true}`,
	} {
		if _, err := ReadBaseline("b.json", []byte(bad)); err == nil {
			t.Errorf("ReadBaseline accepts %q", bad)
		}
	}
	if _, err := ReadBaseline("b.json", []byte(`{"version": 1, "tool": "soc2lint", "findings": []}`)); err != nil {
		t.Errorf("an empty baseline: %v", err)
	}
}
