package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden reports in testdata/golden")

// goldenInput is a small scan result that exercises every part of every
// report: two findings of different severities (one with a related
// location and characters that need escaping in XML, JSON and workflow
// commands), a suppressed finding, a parse error and a warning.
func goldenInput() reportInput {
	high := &engine.Rule{
		ID: "TEST-001", Name: "open-ssh", Title: "Security group allows SSH from anywhere", Severity: engine.High,
		Description: "SSH open to 0.0.0.0/0.",
		Remediation: engine.Remediation{Summary: "Restrict cidr_blocks to known networks.", Terraform: "cidr_blocks = [\"10.0.0.0/8\"]"},
		Checklist:   []string{"NET-1"}, SOC2: []string{"CC6.6"}, Provider: "aws", Precision: "high",
		Links: []string{"https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"},
	}
	low := &engine.Rule{
		ID: "TEST-002", Name: "no-tags", Title: "Bucket lacks tags", Severity: engine.Low,
		Description: "Tags help.", Remediation: engine.Remediation{Summary: "Add tags."},
		Checklist: []string{"LOG-4"}, SOC2: []string{"CC2.1"}, Provider: "aws", Precision: "medium",
	}
	rng := func(file string, line, col, endLine int) parser.Range {
		return parser.Range{File: file, Start: parser.Pos{Line: int32(line), Column: int32(col)}, End: parser.Pos{Line: int32(endLine), Column: int32(col + 10)}}
	}
	sg := &parser.Resource{Format: parser.Terraform, Type: "aws_security_group", Name: "bastion", Address: "aws_security_group.bastion", Range: rng("infra/main.tf", 1, 1, 9)}
	bucket := &parser.Resource{Format: parser.Terraform, Type: "aws_s3_bucket", Name: "logs", Address: "aws_s3_bucket.logs", Range: rng("infra/main.tf", 11, 1, 11)}
	res := &engine.Result{
		Findings: []engine.Finding{
			{Rule: high, Resource: sg, Range: rng("infra/main.tf", 6, 5, 6),
				Message: `aws_security_group.bastion allows port 22 from 0.0.0.0/0 <"admin" & 100%, ok: yes>`,
				Related: []engine.Related{{Range: rng("infra/terraform.tfvars", 2, 1, 2), Message: "from var.admin_cidrs"}}},
			{Rule: low, Resource: bucket, Range: rng("infra/main.tf", 11, 1, 11), Message: "aws_s3_bucket.logs has no tag owner"},
		},
		Suppressed: []engine.Suppressed{{
			Finding: engine.Finding{Rule: low, Resource: sg, Range: rng("infra/main.tf", 1, 1, 9), Message: "aws_security_group.bastion has no tag owner"},
			By:      &engine.Suppression{Rules: []string{"TEST-002"}, Reason: "tagged by the module", Range: rng("infra/main.tf", 0, 0, 0), Kind: "comment"},
		}},
		Diagnostics: parser.Diagnostics{
			{Severity: parser.SevError, Summary: "Unclosed configuration block", Detail: "There is no closing brace.", Range: rng("infra/broken.tf", 3, 1, 3)},
			{Severity: parser.SevWarning, Summary: "ignore comment names unknown rule NOPE-1", Range: rng("infra/main.tf", 10, 3, 10)},
		},
		Sources: engine.SourceMap{
			"infra/main.tf": []byte("resource \"aws_security_group\" \"bastion\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = var.admin_cidrs\n  }\n}\n\n# soc2lint:ignore NOPE-1\nresource \"aws_s3_bucket\" \"logs\" {}\n"),
		},
		FilesScanned: 3,
	}
	res.Suppressed[0].By.Range = rng("infra/main.tf", 1, 1, 1)
	return reportInput{res: res, rules: []*engine.Rule{high, low}, includeSuppressed: true}
}

// TestGoldenReports writes every format from one scan result and compares
// it with testdata/golden/<format>.golden (go test -run TestGoldenReports
// -update rewrites them). Then each is checked for what its consumers need.
func TestGoldenReports(t *testing.T) {
	for _, name := range formatNames {
		t.Run(name, func(t *testing.T) {
			got, err := render(name, goldenInput(), false)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "golden", name+".golden")
			if *updateGolden {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGoldenReports -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s report differs from %s (go test -run TestGoldenReports -update rewrites it):\n%s", name, path, got)
			}
			again, _ := render(name, goldenInput(), false)
			if !bytes.Equal(got, again) {
				t.Errorf("%s report differs between two runs", name)
			}
		})
	}
}

// TestColorOnlyWhenAsked: colour codes appear in text only with colour on.
func TestColorOnlyWhenAsked(t *testing.T) {
	plain, _ := render("text", goldenInput(), false)
	colored, _ := render("text", goldenInput(), true)
	if bytes.Contains(plain, []byte("\x1b[")) || !bytes.Contains(colored, []byte("\x1b[")) {
		t.Error("colour does not follow the option")
	}
	for _, tt := range []struct {
		mode     colorMode
		toFile   bool
		terminal bool
		noColor  string
		want     bool
	}{
		{"always", true, false, "1", true},
		{"never", false, true, "", false},
		{"auto", false, true, "", true},
		{"auto", false, false, "", false},
		{"auto", true, true, "", false},
		{"auto", false, true, "1", false},
	} {
		t.Setenv("NO_COLOR", tt.noColor)
		t.Setenv("TERM", "xterm")
		if got := useColor(tt.mode, tt.toFile, tt.terminal); got != tt.want {
			t.Errorf("useColor(%s, file %v, terminal %v, NO_COLOR=%q) = %v", tt.mode, tt.toFile, tt.terminal, tt.noColor, got)
		}
	}
}

// TestTextDocsLinks: every finding in text names its rule's docs page.
func TestTextDocsLinks(t *testing.T) {
	out, _ := render("text", goldenInput(), false)
	for _, id := range []string{"TEST-001", "TEST-002"} {
		if !bytes.Contains(out, []byte("docs: https://github.com/soc2lint/soc2lint/blob/main/docs/rules/"+id+".md")) {
			t.Errorf("text lacks the docs link of %s:\n%s", id, out)
		}
	}
}

// TestJUnitStructure checks the JUnit report as JUnit consumers read it
// (there is no official schema to validate against): a testsuites root
// whose counts add up over its suites and theirs over their testcases,
// every testcase named with a classname, at most one outcome per testcase,
// and messages that survived escaping.
func TestJUnitStructure(t *testing.T) {
	out, _ := render("junit", goldenInput(), false)
	if !bytes.HasPrefix(out, []byte(`<?xml version="1.0" encoding="UTF-8"?>`)) {
		t.Error("no XML declaration")
	}
	type problem struct {
		Message string `xml:"message,attr"`
		Type    string `xml:"type,attr"`
		Text    string `xml:",chardata"`
	}
	type testcase struct {
		Name      string   `xml:"name,attr"`
		Classname string   `xml:"classname,attr"`
		File      string   `xml:"file,attr"`
		Line      string   `xml:"line,attr"`
		Failure   *problem `xml:"failure"`
		Error     *problem `xml:"error"`
		Skipped   *problem `xml:"skipped"`
	}
	type suite struct {
		Name     string     `xml:"name,attr"`
		Tests    int        `xml:"tests,attr"`
		Failures int        `xml:"failures,attr"`
		Errors   int        `xml:"errors,attr"`
		Skipped  int        `xml:"skipped,attr"`
		Cases    []testcase `xml:"testcase"`
	}
	var root struct {
		XMLName  xml.Name
		Name     string  `xml:"name,attr"`
		Tests    int     `xml:"tests,attr"`
		Failures int     `xml:"failures,attr"`
		Errors   int     `xml:"errors,attr"`
		Skipped  int     `xml:"skipped,attr"`
		Suites   []suite `xml:"testsuite"`
	}
	if err := xml.Unmarshal(out, &root); err != nil {
		t.Fatalf("not well-formed XML: %v", err)
	}
	if root.XMLName.Local != "testsuites" {
		t.Fatalf("root element %q", root.XMLName.Local)
	}
	var tests, failures, errors, skipped int
	var failureText string
	for _, s := range root.Suites {
		var st, sf, se, ss int
		for _, c := range s.Cases {
			st++
			outcomes := 0
			if c.Failure != nil {
				sf++
				outcomes++
				failureText += c.Failure.Message + c.Failure.Text
			}
			if c.Error != nil {
				se++
				outcomes++
			}
			if c.Skipped != nil {
				ss++
				outcomes++
			}
			if outcomes > 1 || c.Name == "" || c.Classname == "" {
				t.Errorf("suite %s: testcase %+v", s.Name, c)
			}
		}
		if st != s.Tests || sf != s.Failures || se != s.Errors || ss != s.Skipped || st == 0 {
			t.Errorf("suite %s counts %d/%d/%d/%d, testcases give %d/%d/%d/%d", s.Name, s.Tests, s.Failures, s.Errors, s.Skipped, st, sf, se, ss)
		}
		tests, failures, errors, skipped = tests+st, failures+sf, errors+se, skipped+ss
	}
	if tests != root.Tests || failures != root.Failures || errors != root.Errors || skipped != root.Skipped {
		t.Errorf("root counts %d/%d/%d/%d, suites give %d/%d/%d/%d", root.Tests, root.Failures, root.Errors, root.Skipped, tests, failures, errors, skipped)
	}
	if failures != 2 || errors != 1 || skipped != 1 {
		t.Errorf("%d failures, %d errors, %d skipped; want 2, 1, 1", failures, errors, skipped)
	}
	if !strings.Contains(failureText, `<"admin" & 100%, ok: yes>`) {
		t.Errorf("message lost in escaping: %q", failureText)
	}
}

// TestCodeQualityReport validates the GitLab Code Quality report against
// what GitLab documents for it: an array of issues, each with a
// description, a check_name, a fingerprint unique in the report, a
// severity of info, minor, major, critical or blocker, and a location with
// a relative path and lines.begin.
func TestCodeQualityReport(t *testing.T) {
	out, _ := render("codequality", goldenInput(), false)
	var issues []map[string]any
	if err := json.Unmarshal(out, &issues); err != nil {
		t.Fatal(err)
	}
	if len(issues) != 2 {
		t.Fatalf("%d issues, want the 2 open findings", len(issues))
	}
	seen := map[string]bool{}
	for _, is := range issues {
		for _, k := range []string{"description", "check_name", "fingerprint", "severity"} {
			if s, _ := is[k].(string); s == "" {
				t.Errorf("issue lacks %s: %v", k, is)
			}
		}
		switch is["severity"] {
		case "info", "minor", "major", "critical", "blocker":
		default:
			t.Errorf("severity %v", is["severity"])
		}
		fp, _ := is["fingerprint"].(string)
		if seen[fp] {
			t.Errorf("fingerprint %s twice", fp)
		}
		seen[fp] = true
		loc, _ := is["location"].(map[string]any)
		path, _ := loc["path"].(string)
		lines, _ := loc["lines"].(map[string]any)
		if path == "" || strings.HasPrefix(path, "/") || lines["begin"] == nil || lines["begin"].(float64) < 1 {
			t.Errorf("location %v", loc)
		}
	}
}

// TestGitHubAnnotations checks the workflow commands: one per line, a
// known command, properties the runner reads, and a message that the
// runner's unescaping turns back into the finding's text.
func TestGitHubAnnotations(t *testing.T) {
	out, _ := render("github", goldenInput(), false)
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d annotations, want 2 findings and 2 diagnostics:\n%s", len(lines), out)
	}
	unescape := strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%").Replace
	var messages []string
	for _, l := range lines {
		cmd, rest, ok := strings.Cut(strings.TrimPrefix(l, "::"), " ")
		props, msg, ok2 := strings.Cut(rest, "::")
		if !strings.HasPrefix(l, "::") || !ok || !ok2 {
			t.Fatalf("not a workflow command: %q", l)
		}
		switch cmd {
		case "error", "warning", "notice":
		default:
			t.Errorf("command %q", cmd)
		}
		for _, p := range strings.Split(props, ",") {
			k, _, _ := strings.Cut(p, "=")
			switch k {
			case "file", "line", "endLine", "col", "title":
			default:
				t.Errorf("property %q in %q", k, l)
			}
		}
		messages = append(messages, unescape(msg))
	}
	if !strings.HasPrefix(lines[2], "::error file=infra/main.tf,line=6,col=5,title=TEST-001 ") ||
		!strings.HasPrefix(messages[2], `aws_security_group.bastion allows port 22 from 0.0.0.0/0 <"admin" & 100%, ok: yes>`+"\nfix: ") {
		t.Errorf("high finding annotation %q (message %q)", lines[2], messages[2])
	}
	if !strings.HasPrefix(lines[3], "::notice ") {
		t.Errorf("low finding is not a notice: %q", lines[3])
	}
}
