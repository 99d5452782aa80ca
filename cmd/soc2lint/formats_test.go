package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeveralFormats: one scan writes every --format, FORMAT=FILE to its
// file and at most one to standard output; the exit code is the scan's.
func TestSeveralFormats(t *testing.T) {
	dir := t.TempDir()
	sarifFile := filepath.Join(dir, "reports", "new", "out.sarif") // directories are made
	junitFile, mdFile := filepath.Join(dir, "out.xml"), filepath.Join(dir, "soc2.md")
	code, out, stderr := runCLI(t, "lint", "--format", "compact", "--format", "sarif="+sarifFile,
		"--format", "junit="+junitFile, "--format=checklist="+mdFile, td+"high")
	if code != 1 {
		t.Fatalf("exit code %d, want 1 (findings)\n%s", code, stderr)
	}
	if !strings.Contains(out, "high AWS-002 ") || strings.Count(strings.TrimSpace(out), "\n") != 0 {
		t.Errorf("standard output is not the one compact line:\n%s", out)
	}
	var sarifLog struct{ Version string }
	if data, err := os.ReadFile(sarifFile); err != nil || json.Unmarshal(data, &sarifLog) != nil || sarifLog.Version != "2.1.0" {
		t.Errorf("no SARIF at %s: %v", sarifFile, err)
	}
	for file, want := range map[string]string{junitFile: "<testsuites", mdFile: "# SOC 2 pre-audit checklist"} {
		if data, err := os.ReadFile(file); err != nil || !strings.Contains(string(data), want) {
			t.Errorf("%s lacks %q: %v", file, want, err)
		}
	}

	// --output takes the format that has no file.
	outFile := filepath.Join(dir, "out.json")
	code, out, stderr = runCLI(t, "lint", "--format", "json", "--format", "junit="+junitFile, "--output", outFile, td+"high")
	if code != 1 || out != "" {
		t.Errorf("with --output: exit %d, stdout %q", code, out)
	}
	// Nothing on standard output: the summary goes to stderr, with the
	// real counts.
	if want := "1 finding: 0 critical, 1 high, 0 medium, 0 low (1 file scanned); written to " + outFile + ", " + junitFile; !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
	if data, _ := os.ReadFile(outFile); !strings.Contains(string(data), `"schemaVersion"`) {
		t.Errorf("--output did not get the JSON report: %.100s", data)
	}
}

func TestFormatErrors(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "x")
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"two to standard output", []string{"--format", "json", "--format", "sarif"}, "2 formats for standard output"},
		{"one file twice", []string{"--format", "json=" + f, "--format", "sarif=" + f}, "both write"},
		{"output without a free format", []string{"--format", "json=" + f, "--output", f + "2"}, "every --format already names its file"},
		{"unknown format", []string{"--format", "jnuit"}, "did you mean junit?"},
		{"empty file", []string{"--format", "sarif="}, "empty file name"},
		{"bad color", []string{"--color", "sometimes"}, "always, never or auto"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, append(append([]string{"lint"}, tt.args...), td+"clean")...)
			if code != 2 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr lacks %q:\n%s", code, tt.want, stderr)
			}
		})
	}
	if _, err := os.Stat(f); err == nil {
		t.Error("a report was written although the flags were wrong")
	}
}

// TestColorFlag: --color=always colours even a pipe, never and --no-color
// never do.
func TestColorFlag(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want bool
	}{
		{[]string{"--color", "always"}, true},
		{[]string{"--color=never"}, false},
		{[]string{"--color", "always", "--no-color"}, false},
		{nil, false}, // auto, and the output is not a terminal
	} {
		_, out, _ := runCLI(t, append(append([]string{"lint"}, tt.args...), td+"high")...)
		if got := strings.Contains(out, "\x1b["); got != tt.want {
			t.Errorf("%v: colour %v, want %v", tt.args, got, tt.want)
		}
	}
}

// TestReportFilesWholeOrNotAtAll checks that when one report file cannot
// be written, no other report file is replaced and no temporary file is
// left: every file is written to a temporary file beside it first and
// renamed into place only once all are written.
func TestReportFilesWholeOrNotAtAll(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "first.json")
	if err := os.WriteFile(first, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	blocker := filepath.Join(dir, "blocker")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "lint", "--format", "json="+first, "--format", "sarif="+filepath.Join(blocker, "out.sarif"), td+"high")
	if code != exitError || out != "" {
		t.Fatalf("exit %d, stdout %q, want exit %d and nothing: %s", code, out, exitError, stderr)
	}
	if data, err := os.ReadFile(first); err != nil || string(data) != "old\n" {
		t.Errorf("%s was replaced although another report failed: %.80q %v", first, data, err)
	}
	if info, err := os.Stat(first); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("%s: mode %v %v", first, info.Mode(), err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if name := e.Name(); name != "first.json" && name != "blocker" {
			t.Errorf("left behind: %s", name)
		}
	}
	// Written again without the blocker, the file keeps its mode and gets
	// the whole report.
	code, _, stderr = runCLI(t, "lint", "--format", "json="+first, td+"high")
	if code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if data, err := os.ReadFile(first); err != nil || !strings.HasSuffix(string(data), "}\n") || !strings.Contains(string(data), `"schemaVersion"`) {
		t.Errorf("%s: %.80q %v", first, data, err)
	}
	if info, err := os.Stat(first); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("%s: mode %v %v", first, info.Mode(), err)
	}
}
