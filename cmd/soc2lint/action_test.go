package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// buildForScripts builds soc2lint once for the tests that run the
// Action's scripts.
func buildForScripts(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	bin := filepath.Join(t.TempDir(), "soc2lint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// readOutputs parses a $GITHUB_OUTPUT file of NAME=VALUE lines.
func readOutputs(t *testing.T, path string) map[string]string {
	t.Helper()
	data, _ := os.ReadFile(path)
	out := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if k, v, ok := strings.Cut(l, "="); ok {
			out[k] = v
		}
	}
	return out
}

// TestGitHubAction runs the lint step of the GitHub Action
// (.github/action/lint.sh) as the runner would, with a soc2lint binary
// built from this tree, and checks its outputs: the exit-code output, a
// SARIF file, the text in the log, annotations when the SARIF is not
// uploaded, the checklist in the job summary (cut under the limit), and
// that one scan wrote all of them.
func TestGitHubAction(t *testing.T) {
	bin := buildForScripts(t)
	root, _ := filepath.Abs("../..")
	// A wrapper that counts the scans.
	calls := filepath.Join(t.TempDir(), "calls")
	wrapper := filepath.Join(t.TempDir(), "soc2lint")
	script := fmt.Sprintf("#!/usr/bin/env bash\necho scan >> %q\nexec %q \"$@\"\n", calls, bin)
	if err := os.WriteFile(wrapper, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(t.TempDir(), "reports", "sub", "out.sarif") // outside the workspace, directory absent
	for _, tc := range []struct {
		name, paths, failOn, args string
		sarif                     string
		annotate                  bool
		summaryLimit              string
		wantCode                  string
		wantLog                   []string
		wantSummary               []string
		noSARIF                   bool
	}{
		{name: "findings", paths: "testdata/cli/high", wantCode: "1", wantLog: []string{"HIGH AWS-002", "docs: https://", "::error title=soc2lint::findings"}},
		{name: "below the threshold", paths: "testdata/cli/high", failOn: "critical", wantCode: "0", wantLog: []string{"AWS-002", "no finding at or above"}},
		{name: "two paths and extra flags", paths: "testdata/cli/clean testdata/cli/ignored", args: "--no-ignore --workers 2", wantCode: "1", wantLog: []string{"AWS-002"}},
		{name: "quoted args", paths: "'testdata/cli/high'", args: `--var "name=a b" --workers '2'`, wantCode: "1", wantLog: []string{"AWS-002"}},
		{name: "unbalanced quote", paths: "testdata/cli/high", args: `--var "name=a b`, wantCode: "2", wantLog: []string{"cannot split the args input"}, noSARIF: true},
		{name: "clean", paths: "testdata/cli/clean", wantCode: "0", wantLog: []string{"0 findings"}},
		{name: "broken file", paths: "testdata/cli/broken", wantCode: "2", wantLog: []string{"could not scan everything"}},
		{name: "SARIF outside the workspace", paths: "testdata/cli/high", sarif: outside, wantCode: "1"},
		{name: "annotations without upload", paths: "testdata/cli/high", annotate: true, wantCode: "1",
			wantLog: []string{"::error file=testdata/cli/high/main.tf,line=1", "title=AWS-002 "}},
		{name: "summary cut", paths: "testdata/cli/high", summaryLimit: "1500", wantCode: "1", wantSummary: []string{"**Cut:**"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			os.Remove(calls)
			outputs, summary := filepath.Join(dir, "outputs"), filepath.Join(dir, "summary.md")
			sarifFile := tc.sarif
			if sarifFile == "" {
				sarifFile = filepath.Join(dir, "out.sarif")
			}
			cmd := exec.Command("bash", filepath.Join(root, ".github/action/lint.sh"))
			cmd.Dir = root
			cmd.Env = append(os.Environ(), "SOC2LINT_BIN="+wrapper, "GITHUB_OUTPUT="+outputs, "GITHUB_STEP_SUMMARY="+summary, "RUNNER_TEMP="+dir,
				"SOC2LINT_PATHS="+tc.paths, "SOC2LINT_FAIL_ON="+tc.failOn, "SOC2LINT_ARGS="+tc.args, "SOC2LINT_SARIF="+sarifFile, "SOC2LINT_SUMMARY=true",
				fmt.Sprintf("SOC2LINT_ANNOTATE=%v", tc.annotate), "SOC2LINT_SUMMARY_LIMIT="+tc.summaryLimit)
			log, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("the lint step failed (it must exit 0 and leave the verdict in its output): %v\n%s", err, log)
			}
			outs := readOutputs(t, outputs)
			if outs["exit-code"] != tc.wantCode {
				t.Errorf("exit-code output %q, want %s\n%s", outs["exit-code"], tc.wantCode, log)
			}
			for _, w := range tc.wantLog {
				if !strings.Contains(string(log), w) {
					t.Errorf("log lacks %q:\n%s", w, log)
				}
			}
			if !tc.annotate && strings.Contains(string(log), "::error file=") {
				t.Errorf("annotations written while the SARIF is uploaded:\n%s", log)
			}
			if tc.noSARIF {
				return
			}
			if n := strings.Count(readFile(t, calls), "scan"); n != 1 {
				t.Errorf("%d scans, want one for every report", n)
			}
			if outs["sarif-file"] != sarifFile {
				t.Errorf("sarif-file output %q, want %s", outs["sarif-file"], sarifFile)
			}
			var sarifLog struct {
				Version string `json:"version"`
			}
			data, err := os.ReadFile(sarifFile)
			if err != nil || json.Unmarshal(data, &sarifLog) != nil || sarifLog.Version != "2.1.0" {
				t.Errorf("no valid SARIF at %s: %v", sarifFile, err)
			}
			md := readFile(t, summary)
			if !strings.Contains(md, "# SOC 2 pre-audit checklist") {
				t.Errorf("job summary lacks the checklist:\n%s", md)
			}
			if tc.summaryLimit != "" {
				if len(md) > 1500 {
					t.Errorf("job summary is %d bytes, over the limit 1500", len(md))
				}
				if full := readFile(t, outs["checklist-file"]); len(full) <= 1500 || !strings.HasPrefix(full, strings.SplitN(md, "\n", 2)[0]) {
					t.Errorf("checklist-file output %q does not hold the whole report (%d bytes)", outs["checklist-file"], len(full))
				}
			}
			for _, w := range tc.wantSummary {
				if !strings.Contains(md, w) {
					t.Errorf("job summary lacks %q:\n%s", w, md)
				}
			}
		})
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestActionInstall runs the install step (.github/action/install.sh):
// a released version is downloaded (here from a local release directory)
// and checked against the checksum file; a bad checksum, a branch ref or
// no release at all falls back to building from source; without Go it
// asks the action to set Go up.
func TestActionInstall(t *testing.T) {
	bin := buildForScripts(t)
	if _, err := exec.LookPath("curl"); err != nil {
		t.Skip("curl is not installed")
	}
	root, _ := filepath.Abs("../..")
	releases := t.TempDir()
	binData, _ := os.ReadFile(bin)
	writeRelease := func(version string, corrupt bool) {
		dir := filepath.Join(releases, version)
		os.MkdirAll(dir, 0o755)
		var buf bytes.Buffer
		gz := gzip.NewWriter(&buf)
		tw := tar.NewWriter(gz)
		tw.WriteHeader(&tar.Header{Name: "soc2lint", Mode: 0o755, Size: int64(len(binData))})
		tw.Write(binData)
		tw.Close()
		gz.Close()
		name := "soc2lint_" + strings.TrimPrefix(version, "v") + "_linux_amd64.tar.gz"
		sum := sha256.Sum256(buf.Bytes())
		if corrupt {
			sum[0] ^= 0xff
		}
		os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644)
		os.WriteFile(filepath.Join(dir, "soc2lint_"+strings.TrimPrefix(version, "v")+"_checksums.txt"), fmt.Appendf(nil, "%x  %s\n", sum, name), 0o644)
	}
	writeRelease("v9.9.9", false)
	writeRelease("v9.9.8", true)
	goDir := filepath.Dir(must(exec.LookPath("go")))
	noGo := t.TempDir()
	for _, tool := range []string{"bash", "curl", "tar", "gzip", "sha256sum", "awk", "mktemp", "mkdir", "mv", "chmod", "dirname", "cat", "uname", "git"} {
		if p, err := exec.LookPath(tool); err == nil {
			os.Symlink(p, filepath.Join(noGo, tool))
		}
	}
	for _, tc := range []struct {
		name, version, ref, path string
		want                     map[string]string
	}{
		{"release from the action's tag", "", "v9.9.9", noGo, map[string]string{"installed": "release"}},
		{"release from the version input", "9.9.9", "main", noGo, map[string]string{"installed": "release"}},
		{"bad checksum, no Go", "v9.9.8", "", noGo, map[string]string{"need-go": "true"}},
		{"no such release, no Go", "v1.0.0", "", noGo, map[string]string{"need-go": "true"}},
		{"branch ref builds from source", "", "main", goDir + string(os.PathListSeparator) + noGo, map[string]string{"installed": "source"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			dest, outputs := filepath.Join(dir, "bin", "soc2lint"), filepath.Join(dir, "outputs")
			cmd := exec.Command("bash", filepath.Join(root, ".github/action/install.sh"))
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "PATH="+tc.path, "SOC2LINT_BIN="+dest, "GITHUB_OUTPUT="+outputs, "GITHUB_ACTION_PATH="+root,
				"SOC2LINT_VERSION="+tc.version, "SOC2LINT_ACTION_REF="+tc.ref, "SOC2LINT_RELEASES=file://"+releases,
				"RUNNER_OS=Linux", "RUNNER_ARCH=X64", "RUNNER_TEMP="+dir)
			log, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("install step failed: %v\n%s", err, log)
			}
			outs := readOutputs(t, outputs)
			for k, v := range tc.want {
				if outs[k] != v {
					t.Errorf("output %s=%q, want %q\n%s", k, outs[k], v, log)
				}
			}
			if outs["installed"] != "" {
				out, err := exec.Command(dest, "version").Output()
				if err != nil || !strings.HasPrefix(string(out), "soc2lint ") {
					t.Errorf("installed binary does not run: %v %s", err, out)
				}
			}
		})
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// currentMajors are the major versions of the actions the Action and the
// README use; older ones run on deprecated runtimes.
var currentMajors = map[string]int{
	"actions/checkout":                  6,
	"actions/setup-go":                  6,
	"github/codeql-action/upload-sarif": 4,
}

var usesRE = regexp.MustCompile(`uses:\s*([\w.-]+/[\w./-]+)@v(\d+)`)

func checkUses(t *testing.T, where, text string) {
	t.Helper()
	for _, m := range usesRE.FindAllStringSubmatch(text, -1) {
		if want, ok := currentMajors[m[1]]; ok && m[2] != fmt.Sprint(want) {
			t.Errorf("%s uses %s@v%s, want @v%d", where, m[1], m[2], want)
		}
	}
}

// TestActionMetadata checks action.yml: every input reaches a step, the
// steps run the scripts this repository holds, the SARIF upload takes the
// category and the lint step's absolute path (hashFiles cannot see outside
// the workspace), and the actions used are at their current major version.
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
				If   string
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
	var lintStep, installStep, upload bool
	for _, s := range action.Runs.Steps {
		switch {
		case s.ID == "lint":
			lintStep = strings.Contains(s.Run, ".github/action/lint.sh")
		case s.ID == "install":
			installStep = strings.Contains(s.Run, ".github/action/install.sh")
		case strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@"):
			upload = s.With["category"] == "${{ inputs.category }}" && s.With["sarif_file"] == "${{ steps.lint.outputs.sarif-file }}" && !strings.Contains(s.If, "hashFiles")
		}
	}
	if !lintStep || !installStep {
		t.Error("no install and lint steps running .github/action/install.sh and lint.sh")
	}
	if !upload {
		t.Error("the SARIF upload does not take the category input and the lint step's sarif-file output")
	}
	for name, in := range action.Inputs {
		if in.Description == "" || in.Default == nil {
			t.Errorf("input %s lacks a description or a default", name)
		}
		if !strings.Contains(string(data), "${{ inputs."+name+" }}") && !strings.Contains(string(data), "inputs."+name+" ") {
			t.Errorf("input %s is never used", name)
		}
	}
	checkUses(t, "action.yml", string(data))
}

// TestReadmeWorkflow checks the README's GitHub workflow: the permissions
// the upload needs (actions: read too, for private repositories), a
// release tag of the action, current majors of the actions, and a
// workflow without the action that scans once.
func TestReadmeWorkflow(t *testing.T) {
	readme := readFile(t, "../../README.md")
	_, section, ok := strings.Cut(readme, "### In GitHub Actions")
	if !ok {
		t.Fatal("README has no GitHub Actions section")
	}
	section, _, _ = strings.Cut(section, "\n### ")
	blocks := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(section, -1)
	if len(blocks) < 2 {
		t.Fatalf("want the workflow and the one without the action, got %d yaml blocks", len(blocks))
	}
	var wf struct {
		Permissions map[string]string
		Jobs        map[string]struct {
			Steps []map[string]any
		}
	}
	if err := yaml.Unmarshal([]byte(blocks[0][1]), &wf); err != nil {
		t.Fatalf("README workflow: %v", err)
	}
	for k, v := range map[string]string{"contents": "read", "security-events": "write", "actions": "read"} {
		if wf.Permissions[k] != v {
			t.Errorf("README workflow permissions %s: %q, want %s", k, wf.Permissions[k], v)
		}
	}
	if !regexp.MustCompile(`uses: soc2lint/soc2lint@v\d+\.\d+\.\d+`).MatchString(blocks[0][1]) {
		t.Error("README workflow does not use the action at a release tag")
	}
	checkUses(t, "README", section)
	without := blocks[1][1]
	if strings.Count(without, "soc2lint lint") != 1 || !strings.Contains(without, "--format") {
		t.Errorf("README's workflow without the action does not scan once:\n%s", without)
	}
	ci := readFile(t, "../../.github/workflows/ci.yml")
	checkUses(t, "ci.yml", ci)
}
