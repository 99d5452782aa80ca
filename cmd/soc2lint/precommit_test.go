package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreCommitHook runs the repository's .pre-commit-hooks.yaml through the
// real pre-commit framework, which builds soc2lint with go install as a
// user's machine would, on a throwaway repository: the soc2lint hook fails
// on an insecure file and passes once it is fixed, and soc2lint-changed
// judges only the files it is given, each with its module's other files.
// The hooks come from a one-commit snapshot of this checkout, working-tree
// changes included (pre-commit try-repo would build soc2lint again for
// every call on a checkout with changes). It skips where pre-commit or git
// is not installed, and with -short.
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
	checkout := strings.TrimSpace(string(top))
	if _, err := os.Stat(filepath.Join(checkout, ".pre-commit-hooks.yaml")); err != nil {
		t.Fatalf("no .pre-commit-hooks.yaml at the repository root: %v", err)
	}
	env := append(os.Environ(), "PRE_COMMIT_HOME="+filepath.Join(t.TempDir(), "cache"), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com", "NO_COLOR=1")
	run := func(dir, name string, args ...string) (string, int) {
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("%s %v: %v\n%s", name, args, err, out)
		}
		return string(out), code
	}
	must := func(dir, name string, args ...string) string {
		out, code := run(dir, name, args...)
		if code != 0 {
			t.Fatalf("%s %v: exit %d\n%s", name, args, code, out)
		}
		return out
	}

	// The hook repository: this checkout's files as they are now.
	hooks := t.TempDir()
	must(hooks, "git", "init", "-q")
	files := must(checkout, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	for _, name := range strings.Split(strings.TrimRight(files, "\x00"), "\x00") {
		data, err := os.ReadFile(filepath.Join(checkout, name))
		if os.IsNotExist(err) {
			continue // deleted in the working tree
		} else if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(hooks, name)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	must(hooks, "git", "add", "-A")
	must(hooks, "git", "commit", "-q", "-m", "snapshot")
	rev := strings.TrimSpace(must(hooks, "git", "rev-parse", "HEAD"))

	work := t.TempDir()
	must(work, "git", "init", "-q")
	write := func(name, src string) {
		path := filepath.Join(work, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		must(work, "git", "add", name)
	}
	write(".pre-commit-config.yaml", "repos:\n  - repo: "+hooks+"\n    rev: "+rev+"\n    hooks:\n      - id: soc2lint\n      - id: soc2lint-changed\n")
	volume := func(encrypted string) string {
		return "resource \"aws_ebs_volume\" \"data\" {\n  availability_zone = \"eu-west-1a\"\n  size              = 10\n  encrypted         = " + encrypted + "\n}\n"
	}
	for _, step := range []struct {
		write map[string]string // files changed before the step
		args  []string          // after pre-commit run
		fail  bool              // whether the hook fails with AWS-002
	}{
		// The whole-repository hook.
		{write: map[string]string{"main.tf": volume("false")}, args: []string{"soc2lint", "--all-files"}, fail: true},
		{write: map[string]string{"main.tf": volume("true")}, args: []string{"soc2lint", "--all-files"}},
		// The changed-files hook lints only the files it is given.
		{write: map[string]string{
			"legacy/main.tf":       volume("false"),
			"app/main.tf":          "variable \"encrypted\" {\n  type = bool\n}\n\n" + volume("var.encrypted"),
			"app/terraform.tfvars": "encrypted = true\n",
		}, args: []string{"soc2lint-changed", "--files", "app/main.tf"}},
		{args: []string{"soc2lint-changed", "--files", "legacy/main.tf"}, fail: true},
		// ... with its directory's tfvars.
		{write: map[string]string{"app/terraform.tfvars": "encrypted = false\n"}, args: []string{"soc2lint-changed", "--files", "app/main.tf"}, fail: true},
		// A commit of files that are not infrastructure code passes.
		{write: map[string]string{"package.json": `{"name": "app"}`}, args: []string{"soc2lint-changed", "--files", "main.tf", "package.json"}},
		{args: []string{"soc2lint", "--all-files"}, fail: true},
	} {
		for name, src := range step.write {
			write(name, src)
		}
		out, code := run(work, "pre-commit", append([]string{"run"}, step.args...)...)
		switch {
		case step.fail && (code != 1 || !strings.Contains(out, "AWS-002") || !strings.Contains(out, "Failed")):
			t.Errorf("pre-commit run %v: exit %d, want 1 with AWS-002:\n%s", step.args, code, out)
		case !step.fail && (code != 0 || !strings.Contains(out, "Passed")):
			t.Errorf("pre-commit run %v: exit %d, want 0:\n%s", step.args, code, out)
		}
	}
}
