package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

const td = "../../testdata/cli/"

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"no findings", []string{"lint", td + "clean"}, 0},
		{"findings", []string{"lint", td + "high"}, 1},
		{"findings below --fail-on", []string{"lint", "--fail-on", "critical", td + "high"}, 0},
		{"findings at --fail-on", []string{"lint", "--fail-on", "high", td + "high"}, 1},
		{"flags after paths", []string{"lint", td + "high", "--fail-on", "critical"}, 0},
		{"exit-zero", []string{"lint", "--exit-zero", td + "high"}, 0},
		{"all findings ignored", []string{"lint", td + "ignored"}, 0},
		{"ignores disregarded", []string{"lint", "--no-ignore", td + "ignored"}, 1},
		{"parse error", []string{"lint", td + "broken"}, 2},
		{"parse error with exit-zero", []string{"lint", "--exit-zero", td + "broken"}, 2},
		{"missing path", []string{"lint", td + "does-not-exist"}, 2},
		{"unknown flag", []string{"lint", "--nope", td + "clean"}, 2},
		{"bad severity", []string{"lint", "--fail-on", "urgent", td + "clean"}, 2},
		{"bad format", []string{"lint", "--format", "xml", td + "clean"}, 2},
		{"unknown command", []string{"scan"}, 2},
		{"no command", nil, 2},
		{"rules", []string{"rules"}, 0},
		{"version", []string{"version"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tt.args...)
			if code != tt.want {
				t.Errorf("exit code %d, want %d (stderr: %s)", code, tt.want, stderr)
			}
		})
	}
}

func TestTextOutput(t *testing.T) {
	_, out, stderr := runCLI(t, "lint", td+"broken")
	// Diagnostics go to standard error, the report to standard output.
	if want := "error: ../../testdata/cli/broken/broken.tf:2:"; !strings.Contains(stderr, want) || strings.Contains(out, want) {
		t.Errorf("standard error lacks %q, or standard output has it:\n%s\n%s", want, stderr, out)
	}
	for _, want := range []string{
		"HIGH AWS-002",
		"../../testdata/cli/broken/ok.yaml:7:18  Vol",
		"> 7 |       Encrypted: false",
		"fix: ",
		"1 finding: 0 critical, 1 high, 0 medium, 0 low",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour written to a non-terminal")
	}
	if strings.Contains(out, "notcfn") {
		t.Error("a Kubernetes manifest was reported")
	}
}

func TestJSONOutput(t *testing.T) {
	code, out, _ := runCLI(t, "lint", "--format", "json", td+"broken")
	if code != 2 {
		t.Errorf("exit %d", code)
	}
	var doc struct {
		SchemaVersion string
		Findings      []struct {
			Rule, Severity, File, Resource string
			Checklist                      []string
			Range                          struct{ Start struct{ Line, Column int } }
		}
		Diagnostics []struct {
			Severity, File string
			Range          struct{ Start struct{ Line int } }
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, out)
	}
	if len(doc.Findings) != 1 || doc.Findings[0].Rule != "AWS-002" || doc.Findings[0].Resource != "Vol" ||
		doc.Findings[0].Range.Start.Line != 7 || doc.Findings[0].Checklist[0] != "DATA-2" {
		t.Errorf("findings: %+v", doc.Findings)
	}
	if len(doc.Diagnostics) != 1 || doc.Diagnostics[0].Severity != "error" || doc.Diagnostics[0].Range.Start.Line != 2 {
		t.Errorf("diagnostics: %+v", doc.Diagnostics)
	}
}

func TestSARIFOutputToFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.sarif")
	code, stdout, _ := runCLI(t, "lint", "--format", "sarif", "--output", out, td+"broken")
	if code != 2 || stdout != "" {
		t.Errorf("exit %d, stdout %q", code, stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var log struct {
		Version string
		Runs    []struct {
			Results []struct {
				RuleID string
			}
			Invocations []struct {
				ToolExecutionNotifications []json.RawMessage
			}
		}
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs[0].Results) != 1 || len(log.Runs[0].Invocations[0].ToolExecutionNotifications) != 1 {
		t.Errorf("unexpected SARIF: %s", data)
	}
}

// TestDeterministicAcrossWorkers compares every format with 1 and 8 workers.
func TestDeterministicAcrossWorkers(t *testing.T) {
	for _, format := range []string{"text", "json", "sarif"} {
		_, one, _ := runCLI(t, "lint", "--format", format, "--workers", "1", "../../examples", "../../testdata")
		for i := 0; i < 3; i++ {
			_, many, _ := runCLI(t, "lint", "--format", format, "--workers", "8", "../../examples", "../../testdata")
			if one != many {
				t.Fatalf("%s output differs between 1 and 8 workers", format)
			}
		}
	}
}

func TestRulesList(t *testing.T) {
	_, out, _ := runCLI(t, "rules")
	for _, id := range []string{"AWS-001", "AWS-002", "AWS-003", "NET-1", "DATA-2", "IAM-3"} {
		if !strings.Contains(out, id) {
			t.Errorf("rules output lacks %s:\n%s", id, out)
		}
	}
}

func TestTerraformVariables(t *testing.T) {
	tests := []struct {
		name string
		env  string
		args []string
		want int
	}{
		{"default", "", []string{"lint", td + "vars"}, 0},
		{"--var", "", []string{"lint", "--var", `ssh_cidrs=["0.0.0.0/0"]`, td + "vars"}, 1},
		{"--var-file", "", []string{"lint", "--var-file", td + "open.tfvars", td + "vars"}, 1},
		{"later --var wins", "", []string{"lint", "--var-file", td + "open.tfvars", "--var", `ssh_cidrs=["10.1.0.0/16"]`, td + "vars"}, 0},
		{"TF_VAR_", `["0.0.0.0/0"]`, []string{"lint", td + "vars"}, 1},
		{"--var beats TF_VAR_", `["0.0.0.0/0"]`, []string{"lint", "--var", `ssh_cidrs=["10.1.0.0/16"]`, td + "vars"}, 0},
		{"bad --var", "", []string{"lint", "--var", "novalue", td + "vars"}, 2},
		{"missing --var-file", "", []string{"lint", "--var-file", td + "nope.tfvars", td + "vars"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.env != "" {
				t.Setenv("TF_VAR_ssh_cidrs", tt.env)
			}
			code, out, stderr := runCLI(t, tt.args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d\n%s%s", code, tt.want, out, stderr)
			}
		})
	}
}

func TestSuppressedOutput(t *testing.T) {
	_, text, _ := runCLI(t, "lint", "--no-color", td+"ignored")
	if !strings.Contains(text, "0 findings") || !strings.Contains(text, "1 suppressed") {
		t.Errorf("text summary does not count the suppressed finding:\n%s", text)
	}
	_, js, _ := runCLI(t, "lint", "--format", "json", td+"ignored")
	if !strings.Contains(js, `"reason": "scratch volume holding no customer data"`) || !strings.Contains(js, `"suppressed": 1`) {
		t.Errorf("JSON lacks the suppressed finding:\n%s", js)
	}
	_, plain, _ := runCLI(t, "lint", "--format", "sarif", td+"ignored")
	_, with, _ := runCLI(t, "lint", "--format", "sarif", "--include-suppressed", td+"ignored")
	if strings.Contains(plain, `"suppressions"`) || strings.Contains(plain, `"ruleId"`) {
		t.Errorf("SARIF without --include-suppressed has suppressed results")
	}
	if !strings.Contains(with, `"kind": "inSource"`) || !strings.Contains(with, `"justification": "scratch volume holding no customer data"`) {
		t.Errorf("SARIF with --include-suppressed lacks the suppression:\n%s", with)
	}
	_, md, _ := runCLI(t, "lint", "--format", "checklist", td+"ignored")
	if !strings.Contains(md, "## Accepted exceptions") || !strings.Contains(md, "scratch volume holding no customer data") {
		t.Errorf("checklist report lacks the accepted exception:\n%s", md)
	}
}
