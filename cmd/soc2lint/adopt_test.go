package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTree writes files (path → content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// lintJSON runs lint with --format json and decodes the report.
func lintJSON(t *testing.T, args ...string) (int, jsonReport, string) {
	t.Helper()
	code, out, stderr := runCLI(t, append([]string{"lint", "--format", "json"}, args...)...)
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("exit %d, not JSON: %v\n%s\n%s", code, err, out, stderr)
	}
	return code, rep, stderr
}

type jsonReport struct {
	Findings []struct {
		Rule, File, Resource, Message string
		Aliases                       []string
	}
	Suppressed []struct {
		Rule, File, Resource string
		Suppression          struct{ Kind, Reason string }
	}
	Diagnostics []struct{ Severity, Summary, Detail, File string }
}

func (r jsonReport) open(rule string) []string {
	var out []string
	for _, f := range r.Findings {
		if f.Rule == rule {
			out = append(out, f.File)
		}
	}
	return out
}

func TestAccountFindingsAcceptedPerRoot(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	bucket := "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n"
	writeTree(t, dir, map[string]string{
		"envs/prod/main.tf":       bucket,
		"envs/sandbox/main.tf":    bucket,
		"envs/sandbox/network.tf": "resource \"aws_vpc\" \"v\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n",
		"soc2lint.yaml":           "paths:\n  envs/sandbox:\n    disable: [AWS-015]\n    reason: the organization trail covers the sandbox account\n",
	})
	_, rep, stderr := lintJSON(t, "--account-baseline", "--config", "soc2lint.yaml", "envs")
	if got := rep.open("AWS-015"); len(got) != 1 || got[0] != "envs/prod/main.tf" {
		t.Errorf("open AWS-015 findings in %v, want only envs/prod/main.tf\n%s", got, stderr)
	}
	found := false
	for _, s := range rep.Suppressed {
		if s.Rule == "AWS-015" && s.File == "envs/sandbox/main.tf" && s.Suppression.Kind == "config" &&
			strings.Contains(s.Suppression.Reason, "organization trail") {
			found = true
		}
	}
	if !found {
		t.Errorf("the sandbox's AWS-015 is not suppressed by the configuration: %+v", rep.Suppressed)
	}
	// --no-ignore shows it again.
	_, rep, _ = lintJSON(t, "--account-baseline", "--no-ignore", "--config", "soc2lint.yaml", "envs")
	if got := rep.open("AWS-015"); len(got) != 2 {
		t.Errorf("--no-ignore: AWS-015 in %v, want both roots", got)
	}
}

func TestPathsConfigErrors(t *testing.T) {
	known := map[string]bool{"AWS-001": true}
	for _, src := range []string{
		"paths: [a]\n",
		"paths: {legacy/**: {disable: [AWS-999]}}\n",
		"paths: {legacy/**: {disable: []}}\n",
		"paths: {legacy/**: {skip: [AWS-001]}}\n",
		"paths: {\"[\": {disable: [AWS-001]}}\n",
	} {
		if _, err := parseConfig("c.yaml", []byte(src), known); err == nil {
			t.Errorf("parseConfig accepts %q", src)
		}
	}
	c, err := parseConfig("c.yaml", []byte("paths:\n  legacy/**:\n    disable: [aws-001]\n"), known)
	if err != nil || len(c.Paths) != 1 || c.Paths[0].Disable[0] != "AWS-001" || c.Paths[0].Line != 2 {
		t.Errorf("config %+v, error %v", c, err)
	}
}

func TestPathsDisableRules(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	sg := "resource \"aws_security_group\" \"s\" {\n  egress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = \"-1\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n"
	writeTree(t, dir, map[string]string{
		"legacy/old/main.tf": sg,
		"current/main.tf":    sg,
		".soc2lint.yaml":     "paths:\n  legacy/**:\n    disable: [AWS-012]\n",
		".git/HEAD":          "",
	})
	_, rep, _ := lintJSON(t, ".")
	if got := rep.open("AWS-012"); len(got) != 1 || got[0] != "current/main.tf" {
		t.Errorf("AWS-012 reported in %v, want only current/main.tf", got)
	}
}
