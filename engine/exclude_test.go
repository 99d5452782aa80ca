package engine

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
)

func TestExcludeMatch(t *testing.T) {
	e := &Exclude{Base: "/repo", Patterns: []string{"*.generated.tf", "fixtures", "legacy/**", "modules/*/test/*.tf", "**/examples/**", "build/"}}
	tests := []struct {
		path  string
		dir   bool
		match bool
	}{
		{"/repo/main.tf", false, false},
		{"/repo/a.generated.tf", false, true},
		{"/repo/deep/er/b.generated.tf", false, true},
		{"/repo/x/fixtures", true, true},
		{"/repo/fixtures", false, true},
		{"/repo/legacy", true, true},
		{"/repo/legacy/old/main.tf", false, true},
		{"/repo/src/legacy/main.tf", false, false},
		{"/repo/modules/vpc/test/t.tf", false, true},
		{"/repo/modules/vpc/test/deeper/t.tf", false, false},
		{"/repo/modules/vpc/main.tf", false, false},
		{"/repo/a/b/examples/c/main.tf", false, true},
		{"/repo/examples", true, true},
		{"/repo/build", true, true},
		{"/repo/build", false, false},
		{"/elsewhere/legacy/main.tf", false, false},
		{"/repo", true, false},
	}
	for _, tt := range tests {
		if got := e.Match(tt.path, tt.dir); got != tt.match {
			t.Errorf("Match(%s, dir=%v) = %v, want %v", tt.path, tt.dir, got, tt.match)
		}
	}
	var none *Exclude
	if none.Match("/repo/main.tf", false) {
		t.Error("a nil Exclude matches")
	}
	for _, bad := range []string{"", "  ", "a/[b"} {
		if ValidatePattern(bad) == nil {
			t.Errorf("ValidatePattern(%q) accepts it", bad)
		}
	}
}

func TestScanExcludes(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "main.tf"), `resource "a" "kept" {}`)
	write(t, filepath.Join(dir, "legacy", "old.tf"), `resource "a" "old" {}`)
	write(t, filepath.Join(dir, "z.generated.tf"), `resource "a" "gen" {}`)
	write(t, filepath.Join(dir, "explicit", "x.generated.tf"), `resource "a" "explicit" {}`)
	cfg := Config{Rules: []*Rule{flagNotOK}, Exclude: &Exclude{Base: dir, Patterns: []string{"legacy/**", "*.generated.tf"}}}
	res, err := Scan(context.Background(), []string{dir, filepath.Join(dir, "explicit", "x.generated.tf")}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Resource.Address)
	}
	if fmt.Sprint(got) != "[a.explicit a.kept]" {
		t.Errorf("findings on %v, want a.explicit (named on the command line) and a.kept", got)
	}
}

func TestNamedDirectoryBeatsExclude(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "legacy", "old.tf"), `resource "a" "old" {}`)
	write(t, filepath.Join(dir, "legacy", "sub", "deep.tf"), `resource "a" "deep" {}`)
	write(t, filepath.Join(dir, "legacy", "sub", "x.generated.tf"), `resource "a" "gen" {}`)
	for _, pats := range [][]string{{"legacy/**"}, {"legacy/"}, {"legacy"}, {"legacy/**", "*.generated.tf"}} {
		cfg := Config{Rules: []*Rule{flagNotOK}, Exclude: &Exclude{Base: dir, Patterns: pats}}
		for _, named := range []string{filepath.Join(dir, "legacy"), filepath.Join(dir, "legacy", "sub")} {
			res, err := Scan(context.Background(), []string{named}, cfg)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range res.Findings {
				got = append(got, f.Resource.Address)
			}
			// Patterns that match only below the named directory still apply.
			if len(got) == 0 || (len(pats) == 2) == slices.Contains(got, "a.gen") {
				t.Errorf("exclude %v, scan of %s: findings on %v", pats, named, got)
			}
		}
	}
}

func TestNothingScannedWarns(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "README.md"), "not infrastructure")
	res, err := Scan(context.Background(), []string{dir}, Config{Rules: []*Rule{flagNotOK}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diagnostics) != 1 || res.Diagnostics[0].Severity != "warning" || res.Diagnostics[0].Summary != "no files scanned" {
		t.Errorf("diagnostics %v, want a warning that nothing was scanned", res.Diagnostics)
	}
}

func TestNamedFileEvaluatedWithItsModule(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	write(t, filepath.Join(dir, "infra", "main.tf"), `variable "flag" {
  default = false
}
resource "a" "named" {
  ok  = 1
  bad = var.flag
}
`)
	write(t, filepath.Join(dir, "infra", "terraform.tfvars"), "flag = true\n")
	write(t, filepath.Join(dir, "infra", "other.tf"), "resource \"a\" \"sibling\" {\n  bad = true\n}\n")
	res, err := Scan(context.Background(), []string{"infra/main.tf"}, Config{Rules: []*Rule{flagBad, flagNotOK}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Rule.ID+" "+f.Resource.Address)
	}
	if fmt.Sprint(got) != "[TEST-001 a.named]" || res.FilesScanned != 1 {
		t.Errorf("findings %v, %d files scanned; want only the named file's finding, its value from terraform.tfvars", got, res.FilesScanned)
	}
	// Named with its sibling, both are reported.
	res, err = Scan(context.Background(), []string{"infra/main.tf", "infra/other.tf"}, Config{Rules: []*Rule{flagBad}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 2 {
		t.Errorf("both files named: %d findings, want 2", len(res.Findings))
	}
}
