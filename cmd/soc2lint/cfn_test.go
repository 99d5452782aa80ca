package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// jsonFindings runs lint --format json and returns rule, line and message
// of every finding in one file, and the related locations.
func jsonFindings(t *testing.T, args ...string) (code int, findings []map[string]any) {
	t.Helper()
	code, out, stderr := runCLI(t, append([]string{"lint", "--format", "json"}, args...)...)
	var doc struct {
		Findings []map[string]any `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("json: %v\n%s\n%s", err, out, stderr)
	}
	return code, doc.Findings
}

func findingText(f map[string]any) string {
	b, _ := json.Marshal(f)
	return string(b)
}

// TestCloudFormationConditionInMessage: a finding that holds only when an
// undecidable condition does names the condition.
func TestCloudFormationConditionInMessage(t *testing.T) {
	_, fs := jsonFindings(t, "../../testdata/rules/AWS-001/cfn_intrinsics.yaml")
	var undecided, decided string
	for _, f := range fs {
		s := findingText(f)
		switch {
		case strings.Contains(s, "ViaUndecidedIf"):
			undecided = s
		case strings.Contains(s, "ViaDecidedIf"):
			decided = s
		}
	}
	if !strings.Contains(undecided, "(when condition Open is true)") {
		t.Errorf("undecided: %s", undecided)
	}
	if decided == "" || strings.Contains(decided, "when condition") {
		t.Errorf("decided: %s", decided)
	}
}

// TestCloudFormationParametersFlag: --cfn-parameters overrides defaults
// in all three formats, the finding names the file and line, and a bad
// file is an error.
func TestCloudFormationParametersFlag(t *testing.T) {
	dir := t.TempDir()
	tmpl := filepath.Join(dir, "stack.yaml")
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(tmpl, []byte(`AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  AdminCidr:
    Type: String
    Default: 10.0.0.0/8
  PolicyArn:
    Type: String
    Default: arn:aws:iam::aws:policy/ReadOnlyAccess
Mappings:
  PolicyByRegion:
    eu-west-1:
      Arn: arn:aws:iam::aws:policy/AdministratorAccess
Resources:
  Ssh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: sg-0123456789abcdef0
      IpProtocol: tcp
      FromPort: 22
      ToPort: 22
      CidrIp: !Ref AdminCidr
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      ManagedPolicyArns:
        - !FindInMap [PolicyByRegion, !Ref "AWS::Region", Arn]
`), 0o644))
	files := map[string]string{
		"cli.json":      `[{"ParameterKey": "AdminCidr", "ParameterValue": "0.0.0.0/0"}, {"ParameterKey": "Unknown", "ParameterValue": "x"}]`,
		"pipeline.json": "{\n  \"Parameters\": {\n    \"AdminCidr\": \"0.0.0.0/0\"\n  }\n}\n",
		"params.txt":    "# overrides\nAdminCidr=0.0.0.0/0\nAWS::Region=eu-west-1\n",
	}
	wantLine := map[string]float64{"cli.json": 1, "pipeline.json": 3, "params.txt": 2}
	for name, content := range files {
		pf := filepath.Join(dir, name)
		must(os.WriteFile(pf, []byte(content), 0o644))
		code, fs := jsonFindings(t, "--cfn-parameters", pf, tmpl)
		if code != 1 {
			t.Errorf("%s: exit %d", name, code)
		}
		var open map[string]any
		var admin bool
		for _, f := range fs {
			switch f["rule"] {
			case "AWS-001":
				open = f
			case "AWS-003":
				admin = true
			}
		}
		if open == nil {
			t.Errorf("%s: no AWS-001 finding: %v", name, fs)
			continue
		}
		rel, _ := open["evidence"].([]any)
		found := false
		for _, r := range rel {
			rm, _ := r.(map[string]any)
			rng, _ := rm["range"].(map[string]any)
			start, _ := rng["start"].(map[string]any)
			file, _ := rm["file"].(string)
			if strings.HasSuffix(file, name) && start["line"] == wantLine[name] {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: related %v does not point at line %v of the file", name, rel, wantLine[name])
		}
		// AWS::Region given: the mapping by region is decided, and the
		// AdministratorAccess ARN it holds is found.
		if admin != (name == "params.txt") {
			t.Errorf("%s: AWS-003 finding %v", name, admin)
		}
	}
	// Without the file: the default is private, no AWS-001.
	if _, fs := jsonFindings(t, tmpl); len(fs) != 0 {
		t.Errorf("defaults: %v", fs)
	}
	// A file that cannot be read, or holds bad entries, is an error.
	if code, _, _ := runCLI(t, "lint", "--cfn-parameters", filepath.Join(dir, "missing.json"), tmpl); code != 2 {
		t.Errorf("missing file: exit %d", code)
	}
	bad := filepath.Join(dir, "bad.txt")
	must(os.WriteFile(bad, []byte("AdminCidr=0.0.0.0/0\nnot a pair\n"), 0o644))
	code, out, stderr := runCLI(t, "lint", "--no-color", "--cfn-parameters", bad, tmpl)
	if code != 2 || !strings.Contains(stderr, "bad.txt:2:1") || strings.Contains(out, "bad.txt:2:1") {
		t.Errorf("bad file: exit %d\n%s", code, out)
	}
}
