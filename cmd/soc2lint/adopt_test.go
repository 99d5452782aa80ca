package main

import (
	"encoding/json"
	"fmt"
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

func TestVariableMistakesWarn(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"typo.tfvars": "ssh_cidr = [\"0.0.0.0/0\"]\n"})
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"undeclared --var", []string{"--var", `ssh_cidr=["0.0.0.0/0"]`}, []string{"value for an undeclared variable", "--var ssh_cidr=", `"ssh_cidr"`}},
		{"undeclared in --var-file", []string{"--var-file", filepath.Join(dir, "typo.tfvars")}, []string{"typo.tfvars:1:1", "undeclared variable", `"ssh_cidr"`}},
		{"not of the type", []string{"--var", "ssh_cidrs=anywhere"}, []string{"invalid value for variable", "var.ssh_cidrs (--var)", "list of string"}},
		{"wrong type", []string{"--var", `ssh_cidrs={a={}}`}, []string{"invalid value for variable", "ssh_cidrs"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, out, stderr := runCLI(t, append([]string{"lint", "--no-color"}, append(tc.args, td+"vars")...)...)
			for _, w := range tc.want {
				if !strings.Contains(out+stderr, w) {
					t.Errorf("output does not say %q:\n%s%s", w, out, stderr)
				}
			}
		})
	}
	// A declared, well-typed value says nothing.
	if _, out, stderr := runCLI(t, "lint", "--no-color", "--var", `ssh_cidrs=["10.0.0.0/8"]`, td+"vars"); strings.Contains(out+stderr, "warning") {
		t.Errorf("a good --var warns:\n%s%s", out, stderr)
	}
}

func TestSubcommandHelp(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"rules", "-h"}, "Usage: soc2lint rules"},
		{[]string{"rules", "--help"}, "--format"},
		{[]string{"version", "-h"}, "Usage: soc2lint version"},
	} {
		code, out, stderr := runCLI(t, tc.args...)
		if code != 0 || !strings.Contains(out+stderr, tc.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want help saying %q", tc.args, code, out, stderr, tc.want)
		}
	}
}

func TestOutputTargets(t *testing.T) {
	dir := t.TempDir()
	// --output - is standard output.
	code, out, _ := runCLI(t, "lint", "--format", "json", "--output", "-", td+"high")
	if code != 1 || !strings.HasPrefix(out, "{") {
		t.Errorf("--output -: exit %d, stdout %q", code, out)
	}
	if _, err := os.Stat("-"); err == nil {
		os.Remove("-")
		t.Error("--output - wrote a file named -")
	}
	// A symbolic link: its target is written, the link stays a link.
	target := filepath.Join(dir, "real.sarif")
	link := filepath.Join(dir, "link.sarif")
	if err := os.WriteFile(target, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.sarif", link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if code, _, stderr := runCLI(t, "lint", "--format", "sarif", "--output", link, td+"high"); code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", info, err)
	}
	data, _ := os.ReadFile(target)
	if info, _ := os.Stat(target); !strings.Contains(string(data), `"version": "2.1.0"`) || info.Mode().Perm() != 0o600 {
		t.Errorf("the link's target was not rewritten in place (mode %v):\n%.80s", info.Mode(), data)
	}
	// A device is written through, never replaced.
	if _, err := os.Stat("/dev/null"); err == nil {
		if code, _, stderr := runCLI(t, "lint", "--output", "/dev/null", td+"high"); code != 1 {
			t.Errorf("--output /dev/null: exit %d: %s", code, stderr)
		}
		if info, err := os.Stat("/dev/null"); err != nil || info.Mode()&os.ModeDevice == 0 {
			t.Fatalf("/dev/null is no longer a device: %v %v", info, err)
		}
	}
	// A failed write is exit 2 with the error.
	if _, err := os.Stat("/dev/full"); err == nil {
		code, _, stderr := runCLI(t, "lint", "--output", "/dev/full", td+"high")
		if code != 2 || !strings.Contains(stderr, "no space") {
			t.Errorf("--output /dev/full: exit %d, stderr %q; want 2 and the error", code, stderr)
		}
		if info, err := os.Stat("/dev/full"); err != nil || info.Mode()&os.ModeDevice == 0 {
			t.Fatalf("/dev/full is no longer a device: %v %v", info, err)
		}
	}
	// A named pipe is written through.
	fifo := filepath.Join(dir, "pipe")
	if err := mkfifo(fifo); err == nil {
		got := make(chan []byte)
		go func() {
			data, _ := os.ReadFile(fifo)
			got <- data
		}()
		if code, _, stderr := runCLI(t, "lint", "--format", "json", "--output", fifo, td+"high"); code != 1 {
			t.Errorf("--output fifo: exit %d: %s", code, stderr)
		}
		if data := <-got; !strings.HasPrefix(string(data), "{") {
			t.Errorf("the pipe's reader got %q", data)
		}
		if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
			t.Errorf("the pipe was replaced: %v %v", info, err)
		}
	}
}

func TestRuleAndSeveritySelection(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"main.tf": `resource "aws_security_group" "s" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # soc2lint:ignore AWS-012 reviewed
  }
}
`})
	rulesOf := func(rep jsonReport) string {
		var ids []string
		for _, f := range rep.Findings {
			ids = append(ids, f.Rule)
		}
		return strings.Join(ids, ",")
	}
	_, all, _ := lintJSON(t, "--no-ignore", dir)
	if rulesOf(all) != "AWS-001,AWS-012" {
		t.Fatalf("the fixture yields %s, want AWS-001,AWS-012", rulesOf(all))
	}
	for _, tc := range []struct {
		args []string
		want string
		code int
	}{
		{[]string{"--no-ignore", "--severity", "high,critical"}, "AWS-001", 1},
		{[]string{"--no-ignore", "--severity", "medium"}, "AWS-012", 1},
		{[]string{"--no-ignore", "--severity", "low"}, "", 0},
		{[]string{"--no-ignore", "--only-rule", "AWS-012"}, "AWS-012", 1},
		{[]string{"--no-ignore", "--skip-rule", "aws-001,AWS-050"}, "AWS-012", 1},
		{[]string{"--no-ignore", "--only-rule", "AWS-001", "--only-rule", "AWS-012", "--skip-rule", "AWS-001"}, "AWS-012", 1},
	} {
		code, rep, stderr := lintJSON(t, append(tc.args, dir)...)
		if rulesOf(rep) != tc.want || code != tc.code {
			t.Errorf("%v: findings %s, exit %d; want %s, exit %d\n%s", tc.args, rulesOf(rep), code, tc.want, tc.code, stderr)
		}
	}
	// A skipped rule's ignore neither warns as unknown nor as unused.
	_, rep, _ := lintJSON(t, "--skip-rule", "AWS-012", dir)
	if len(rep.Diagnostics) != 0 {
		t.Errorf("diagnostics %+v, want none for the ignore of a skipped rule", rep.Diagnostics)
	}
	if code, _, stderr := runCLI(t, "lint", "--only-rule", "AWS-999", dir); code != 2 || !strings.Contains(stderr, "AWS-999") {
		t.Errorf("unknown --only-rule: exit %d, %s", code, stderr)
	}
	if code, _, _ := runCLI(t, "lint", "--severity", "urgent", dir); code != 2 {
		t.Errorf("unknown --severity: exit %d", code)
	}
}

func TestDisabledRuleIgnoresDoNotWarn(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeTree(t, dir, map[string]string{
		".soc2lint.yaml": "rules:\n  disable: [AWS-012]\n",
		".git/HEAD":      "",
		"main.tf":        "resource \"aws_security_group\" \"s\" {\n  egress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = \"-1\"\n    cidr_blocks = [\"0.0.0.0/0\"] # soc2lint:ignore AWS-012 reviewed\n  }\n}\n",
	})
	_, rep, _ := lintJSON(t, ".")
	if len(rep.Diagnostics) != 0 || len(rep.Findings) != 0 {
		t.Errorf("findings %+v, diagnostics %+v; want nothing", rep.Findings, rep.Diagnostics)
	}
}

func TestOtherScannersIgnoresInCLI(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"main.tf": `resource "aws_security_group" "s" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] #tfsec:ignore:aws-ec2-no-public-ingress-sgr
  }
}

resource "aws_ebs_volume" "v" {
  # checkov:skip=CKV_AWS_3:scratch volume, no data
  availability_zone = "eu-west-1a"
  size              = 1
}
`})
	code, rep, _ := lintJSON(t, dir)
	if code != 0 || len(rep.Findings) != 0 || len(rep.Suppressed) != 2 {
		t.Errorf("exit %d, findings %+v, suppressed %+v; want both silenced by the other scanners' comments", code, rep.Findings, rep.Suppressed)
	}
	code, rep, _ = lintJSON(t, "--no-compat-ignores", dir)
	if code != 1 || len(rep.Findings) != 2 {
		t.Fatalf("--no-compat-ignores: exit %d, findings %+v", code, rep.Findings)
	}
	for _, f := range rep.Findings {
		if len(f.Aliases) == 0 {
			t.Errorf("%s: no aliases in the JSON", f.Rule)
		}
	}
	_, out, _ := runCLI(t, "lint", "--format", "sarif", "--no-compat-ignores", dir)
	if !strings.Contains(out, `"aliases": [`) || !strings.Contains(out, `"AVD-AWS-0107"`) {
		t.Error("the SARIF rules do not list their aliases")
	}
}

func TestExplain(t *testing.T) {
	code, out, _ := runCLI(t, "explain", "aws-001")
	for _, want := range []string{"AWS-001  Security group allows ingress", "severity: critical", "Fix: ", "Terraform:", "CloudFormation:", "AVD-AWS-0107"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("explain aws-001: exit %d, output lacks %q:\n%s", code, want, out)
		}
	}
	// Another scanner's id finds the rule too.
	if code, out, _ := runCLI(t, "explain", "CKV_AWS_24"); code != 0 || !strings.HasPrefix(out, "AWS-001") {
		t.Errorf("explain CKV_AWS_24: exit %d\n%s", code, out)
	}
	if code, _, stderr := runCLI(t, "explain", "AWS-999"); code != 2 || !strings.Contains(stderr, "unknown rule") {
		t.Errorf("explain AWS-999: exit %d, %s", code, stderr)
	}
	if code, _, _ := runCLI(t, "explain"); code != 2 {
		t.Errorf("explain without a rule: exit %d", code)
	}
}

func TestInspect(t *testing.T) {
	code, out, stderr := runCLI(t, "inspect", td+"vars", "aws_security_group.bastion", "--var", `ssh_cidrs=["0.0.0.0/0"]`)
	for _, want := range []string{
		"aws_security_group.bastion (aws_security_group)",
		`ingress[0].cidr_blocks[0] = "0.0.0.0/0"`, "var.ssh_cidrs from --var",
		"ingress[0].from_port = 22", "literal",
		"CRITICAL AWS-001",
	} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("exit %d, output lacks %q:\n%s%s", code, want, out, stderr)
		}
	}
	// JSON, and any expression through terraform_data.
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"main.tf": `variable "env" {
  default = "prod"
}
variable "id" {}
resource "terraform_data" "probe" {
  input = {
    name  = "app-${upper(var.env)}"
    env   = var.env
    ports = [for p in [22, 443] : p + 1]
    id    = var.id
  }
}
`, "terraform.tfvars": "env = \"stage\"\n"})
	code, out, stderr = runCLI(t, "inspect", "--format", "json", dir, "terraform_data.probe")
	var got []struct {
		Address    string
		Attributes []struct {
			Path, Provenance, Unknown string
			Value                     any
		}
		Findings []any
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != 0 || len(got) != 1 {
		t.Fatalf("exit %d, %v:\n%s%s", code, err, out, stderr)
	}
	attrs := map[string]string{}
	for _, a := range got[0].Attributes {
		attrs[a.Path] = fmt.Sprintf("%v | %s | %s", a.Value, a.Provenance, a.Unknown)
	}
	for path, want := range map[string]string{
		"input.name":     "app-STAGE | ",
		"input.ports[1]": "444 | ",
		"input.id":       "<nil> | unknown | var.id has no value",
	} {
		if !strings.HasPrefix(attrs[path], want) {
			t.Errorf("%s = %q, want prefix %q", path, attrs[path], want)
		}
	}
	if !strings.Contains(attrs["input.env"], "terraform.tfvars") {
		t.Errorf("input.env provenance %q does not name terraform.tfvars", attrs["input.env"])
	}
	if code, _, stderr := runCLI(t, "inspect", dir, "terraform_data.nope"); code != 2 || !strings.Contains(stderr, "no resource") {
		t.Errorf("unknown address: exit %d, %s", code, stderr)
	}
}

// TestEvidenceNamesTheSupplyingLine: a value from a CloudFormation
// parameter default or from each.value of a module call names the line
// that supplied it.
func TestEvidenceNamesTheSupplyingLine(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"cfn/t.yaml":     "AWSTemplateFormatVersion: \"2010-09-09\"\nParameters:\n  Cidr:\n    Type: String\n    Default: 0.0.0.0/0\nResources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: x\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: !Ref Cidr\n",
		"tf/main.tf":     "module \"sg\" {\n  source   = \"./mod\"\n  for_each = { a = \"0.0.0.0/0\", b = \"10.0.0.0/8\" }\n  cidr     = each.value\n}\n",
		"tf/mod/main.tf": "variable \"cidr\" {}\nresource \"aws_security_group\" \"s\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [var.cidr]\n  }\n}\n",
	})
	_, out, _ := runCLI(t, "lint", "--no-color", "--only-rule", "AWS-001", dir)
	for _, want := range []string{"from parameter Cidr default (", "cfn/t.yaml:5)", "tf/main.tf:4)", "tf/main.tf:3)"} {
		if !strings.Contains(out, want) {
			t.Errorf("evidence lacks %q:\n%s", want, out)
		}
	}
}
