package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestGitHubAction runs the lint step of the GitHub Action
// (.github/action/lint.sh) as the runner would, with a soc2lint binary
// built from this tree, and checks its outputs: the exit-code output, a
// SARIF file, the text in the log and the checklist in the job summary.
func TestGitHubAction(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	root, _ := filepath.Abs("../..")
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "soc2lint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, tc := range []struct {
		name, paths, failOn, args string
		wantCode                  string
		wantLog                   []string
	}{
		{"findings", "testdata/cli/high", "", "", "1", []string{"AWS-002", "::error title=soc2lint::findings"}},
		{"below the threshold", "testdata/cli/high", "critical", "", "0", []string{"AWS-002", "no finding at or above"}},
		{"two paths and extra flags", "testdata/cli/clean testdata/cli/ignored", "", "--no-ignore --workers 2", "1", []string{"AWS-002"}},
		{"clean", "testdata/cli/clean", "", "", "0", []string{"0 findings"}},
		{"broken file", "testdata/cli/broken", "", "", "2", []string{"could not scan everything"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			outputs, summary, sarifFile := filepath.Join(dir, "outputs"), filepath.Join(dir, "summary.md"), filepath.Join(dir, "out.sarif")
			cmd := exec.Command("bash", filepath.Join(root, ".github/action/lint.sh"))
			cmd.Dir = root
			cmd.Env = append(os.Environ(), "SOC2LINT_BIN="+bin, "GITHUB_OUTPUT="+outputs, "GITHUB_STEP_SUMMARY="+summary,
				"SOC2LINT_PATHS="+tc.paths, "SOC2LINT_FAIL_ON="+tc.failOn, "SOC2LINT_ARGS="+tc.args, "SOC2LINT_SARIF="+sarifFile, "SOC2LINT_SUMMARY=true")
			log, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("the lint step failed (it must exit 0 and leave the verdict in its output): %v\n%s", err, log)
			}
			out, _ := os.ReadFile(outputs)
			if got := strings.TrimSpace(string(out)); got != "exit-code="+tc.wantCode {
				t.Errorf("outputs %q, want exit-code=%s\n%s", got, tc.wantCode, log)
			}
			for _, w := range tc.wantLog {
				if !strings.Contains(string(log), w) {
					t.Errorf("log lacks %q:\n%s", w, log)
				}
			}
			var sarifLog struct {
				Version string `json:"version"`
			}
			data, err := os.ReadFile(sarifFile)
			if err != nil || json.Unmarshal(data, &sarifLog) != nil || sarifLog.Version != "2.1.0" {
				t.Errorf("no valid SARIF at %s: %v", sarifFile, err)
			}
			md, _ := os.ReadFile(summary)
			if !strings.Contains(string(md), "# SOC 2 pre-audit checklist") {
				t.Errorf("job summary lacks the checklist:\n%s", md)
			}
		})
	}
}

// TestActionMetadata checks action.yml: every input reaches the lint step,
// and the step runs the script this repository holds.
func TestActionMetadata(t *testing.T) {
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var action struct {
		Name   string
		Inputs map[string]struct {
			Description string
			Default     *string
		}
		Runs struct {
			Using string
			Steps []struct {
				ID   string
				Run  string
				Uses string
				With map[string]string
				Env  map[string]string
			}
		}
	}
	if err := yaml.Unmarshal(data, &action); err != nil {
		t.Fatal(err)
	}
	if action.Runs.Using != "composite" || action.Name == "" {
		t.Fatalf("not a composite action: %+v", action.Runs)
	}
	used := map[string]bool{}
	var lintStep bool
	for _, s := range action.Runs.Steps {
		for _, v := range s.Env {
			used[v] = true
		}
		for _, v := range s.With {
			used[v] = true
		}
		if s.ID == "lint" {
			lintStep = strings.Contains(s.Run, ".github/action/lint.sh")
		}
	}
	if !lintStep {
		t.Error("no lint step running .github/action/lint.sh")
	}
	for name, in := range action.Inputs {
		if in.Description == "" || in.Default == nil {
			t.Errorf("input %s lacks a description or a default", name)
		}
		ref := "${{ inputs." + name + " }}"
		if !used[ref] && !strings.Contains(string(data), "inputs."+name+" ==") {
			t.Errorf("input %s is never used", name)
		}
	}
}
