package engine

import (
	"context"
	"fmt"
	"path/filepath"
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
