package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreCommitHook runs the repository's .pre-commit-hooks.yaml through the
// real pre-commit framework (pre-commit try-repo), which builds soc2lint
// with go install as a user's machine would, on a throwaway repository:
// the hook fails on an insecure file and passes once it is fixed. It skips
// where pre-commit or git is not installed, and with -short.
func TestPreCommitHook(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	for _, tool := range []string{"pre-commit", "git"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed", tool)
		}
	}
	top, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		t.Skipf("not in a git checkout: %v", err)
	}
	hookRepo := strings.TrimSpace(string(top))
	if _, err := os.Stat(filepath.Join(hookRepo, ".pre-commit-hooks.yaml")); err != nil {
		t.Fatalf("no .pre-commit-hooks.yaml at the repository root: %v", err)
	}
	work := t.TempDir()
	env := append(os.Environ(), "PRE_COMMIT_HOME="+filepath.Join(t.TempDir(), "cache"), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com", "NO_COLOR=1")
	run := func(name string, args ...string) (string, int) {
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = work, env
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("%s %v: %v\n%s", name, args, err, out)
		}
		return string(out), code
	}
	if out, code := run("git", "init", "-q"); code != 0 {
		t.Fatalf("git init: %s", out)
	}
	writeFile := func(encrypted string) {
		src := "resource \"aws_ebs_volume\" \"data\" {\n  availability_zone = \"eu-west-1a\"\n  size              = 10\n  encrypted         = " + encrypted + "\n}\n"
		if err := os.WriteFile(filepath.Join(work, "main.tf"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, code := run("git", "add", "main.tf"); code != 0 {
			t.Fatalf("git add: %s", out)
		}
	}

	writeFile("false")
	out, code := run("pre-commit", "try-repo", hookRepo, "soc2lint", "--all-files")
	if code != 1 || !strings.Contains(out, "AWS-002") || !strings.Contains(out, "Failed") {
		t.Fatalf("insecure file: exit %d, want 1 with AWS-002:\n%s", code, out)
	}
	writeFile("true")
	out, code = run("pre-commit", "try-repo", hookRepo, "soc2lint", "--all-files")
	if code != 0 || !strings.Contains(out, "Passed") {
		t.Fatalf("fixed file: exit %d, want 0:\n%s", code, out)
	}
}
