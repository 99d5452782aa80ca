package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const hostile = "../../testdata/hostile/syntax"

// syntaxErrors are the files of testdata/hostile/syntax that fail to parse,
// with the line and column of their error.
var syntaxErrors = []struct {
	file         string
	line, column int
}{
	{"bad.json", 3, 22},
	{"bad.tf", 2, 10},
	{"bad.tf.json", 3, 38},
	{"bad.yaml", 5, 5},
}

func TestSyntaxErrorsInEveryFormat(t *testing.T) {
	t.Run("text", func(t *testing.T) {
		code, out, stderr := runCLI(t, "lint", hostile)
		if code != 2 {
			t.Errorf("exit %d, want 2", code)
		}
		for _, e := range syntaxErrors {
			want := fmt.Sprintf("error: %s/%s:%d:%d: ", hostile, e.file, e.line, e.column)
			if !strings.Contains(stderr, want) {
				t.Errorf("text output lacks %q", want)
			}
		}
		for _, want := range []string{"good/main.tf:3:15  aws_ebs_volume.good", "good/stack.yaml:7:18  GoodVol", "2 findings:", "4 errors"} {
			if !strings.Contains(out, want) {
				t.Errorf("text output lacks %q:\n%s", want, out)
			}
		}
	})
	t.Run("json", func(t *testing.T) {
		code, out, _ := runCLI(t, "lint", "--format", "json", hostile)
		if code != 2 {
			t.Errorf("exit %d, want 2", code)
		}
		var doc struct {
			Findings    []struct{ Rule, Resource string }
			Diagnostics []struct {
				Severity, Summary, Detail, File string
				Range                           struct{ Start struct{ Line, Column int } }
			}
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Findings) != 2 {
			t.Errorf("findings %+v, want the two of good/", doc.Findings)
		}
		if len(doc.Diagnostics) != len(syntaxErrors) {
			t.Fatalf("diagnostics %+v", doc.Diagnostics)
		}
		for i, e := range syntaxErrors {
			d := doc.Diagnostics[i]
			if d.Severity != "error" || !strings.HasSuffix(d.File, "/"+e.file) || d.Range.Start.Line != e.line ||
				d.Range.Start.Column != e.column || d.Summary == "" || d.Detail == "" {
				t.Errorf("diagnostic %d: %+v, want an error at %s:%d:%d with the parser's message", i, d, e.file, e.line, e.column)
			}
		}
	})
	t.Run("sarif", func(t *testing.T) {
		code, out, _ := runCLI(t, "lint", "--format", "sarif", hostile)
		if code != 2 {
			t.Errorf("exit %d, want 2", code)
		}
		var log struct {
			Runs []struct {
				Results     []struct{ RuleID string }
				Invocations []struct {
					ExecutionSuccessful        bool
					ToolExecutionNotifications []struct {
						Level     string
						Message   struct{ Text string }
						Locations []struct {
							PhysicalLocation struct {
								ArtifactLocation struct{ URI string }
								Region           struct{ StartLine, StartColumn int }
							}
						}
					}
				}
			}
		}
		if err := json.Unmarshal([]byte(out), &log); err != nil {
			t.Fatal(err)
		}
		run := log.Runs[0]
		if len(run.Results) != 2 {
			t.Errorf("%d results, want 2", len(run.Results))
		}
		ns := run.Invocations[0].ToolExecutionNotifications
		if len(ns) != len(syntaxErrors) {
			t.Fatalf("%d notifications, want %d", len(ns), len(syntaxErrors))
		}
		for i, e := range syntaxErrors {
			n := ns[i]
			if n.Level != "error" || len(n.Locations) != 1 || n.Message.Text == "" {
				t.Errorf("notification %d: %+v", i, n)
				continue
			}
			pl := n.Locations[0].PhysicalLocation
			if !strings.HasSuffix(pl.ArtifactLocation.URI, "/"+e.file) || pl.Region.StartLine != e.line || pl.Region.StartColumn != e.column {
				t.Errorf("notification %d at %+v, want %s:%d:%d", i, pl, e.file, e.line, e.column)
			}
		}
	})
}

func TestMissingAmongOtherPaths(t *testing.T) {
	code, out, stderr := runCLI(t, "lint", hostile+"/good", hostile+"/nope")
	if code != 2 || out != "" || !strings.Contains(stderr, "nope") {
		t.Errorf("exit %d, stdout %q, stderr %q: want 2 and the missing path named", code, out, stderr)
	}
}

func TestMaxFileSizeFlag(t *testing.T) {
	code, _, out := runCLI(t, "lint", "--max-file-size", "40", hostile+"/good")
	if code != 2 || strings.Count(out, "file too large") != 2 {
		t.Errorf("exit %d, want 2 with two files too large:\n%s", code, out)
	}
}

// generatedTree writes n directories with a Terraform module, a YAML and a
// JSON template each, every tenth with a broken file.
func generatedTree(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	put := func(p, s string) {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < n; i++ {
		d := filepath.Join(dir, fmt.Sprintf("m%03d", i))
		put(filepath.Join(d, "main.tf"), fmt.Sprintf(`variable "open" { default = ["0.0.0.0/0"] }
resource "aws_security_group" "sg%d" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.open
  }
}
resource "aws_ebs_volume" "v" {
  count     = %d
  encrypted = count.index == 0
}
`, i, i%4))
		put(filepath.Join(d, "stack.yaml"), fmt.Sprintf("AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Vol%d:\n    Type: AWS::EC2::Volume\n    Properties:\n      Encrypted: false\n", i))
		put(filepath.Join(d, "stack.json"), fmt.Sprintf(`{"Resources": {"Vol%d": {"Type": "AWS::EC2::Volume", "Properties": {"Encrypted": "false"}}}}`, i))
		if i%10 == 0 {
			put(filepath.Join(d, "broken.tf"), "resource {\n")
		}
	}
	return dir
}

func TestTimeout(t *testing.T) {
	dir := generatedTree(t, 300)
	for _, timeout := range []string{"1ns", "1ms"} {
		out := filepath.Join(t.TempDir(), "out.sarif")
		code, stdout, stderr := runCLI(t, "lint", "--timeout", timeout, "--format", "sarif", "--output", out, dir)
		if code != 2 || stdout != "" || !strings.Contains(stderr, "--timeout") {
			t.Errorf("--timeout %s: exit %d, stdout %q, stderr %q", timeout, code, stdout, stderr)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("--timeout %s: the report was written", timeout)
		}
		if left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), "*")); len(left) != 0 {
			t.Errorf("--timeout %s: files left behind: %v", timeout, left)
		}
	}
}

// TestDeterministicGeneratedTree scans hundreds of files with 1, 3 and 16
// workers: JSON and SARIF must be byte-identical every time.
func TestDeterministicGeneratedTree(t *testing.T) {
	dir := generatedTree(t, 150)
	for _, format := range []string{"json", "sarif"} {
		code, one, _ := runCLI(t, "lint", "--format", format, "--workers", "1", dir)
		if code != 2 || !strings.Contains(one, "AWS-001") {
			t.Fatalf("%s: exit %d, output lacks findings", format, code)
		}
		for _, w := range []string{"3", "16", "16"} {
			if _, many, _ := runCLI(t, "lint", "--format", format, "--workers", w, dir); many != one {
				t.Fatalf("%s output with %s workers differs from 1 worker", format, w)
			}
		}
	}
}
