package engine

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/soc2lint/soc2lint/parser"
)

// flagBad reports every resource attribute named bad that is true, at the
// attribute, and every resource without an attribute named ok, at the
// resource.
var flagBad = &Rule{ID: "TEST-001", Severity: High, Check: func(p *Pass) {
	for _, r := range p.graph.Resources() {
		if v := r.Body.Get("bad"); v != nil {
			if b, ok := v.AsBool(); ok && b {
				p.Report(r, v, "%s is bad", r.Address)
			}
		}
	}
}}

var flagNotOK = &Rule{ID: "TEST-002", Severity: Low, Check: func(p *Pass) {
	for _, r := range p.graph.Resources() {
		if r.Body.Get("ok") == nil && r.Body.Get("Ok") == nil {
			p.Report(r, nil, "%s is not ok", r.Address)
		}
	}
}}

func TestParseIgnore(t *testing.T) {
	tests := []struct {
		text    string
		rules   []string
		until   string
		reason  string
		problem bool
	}{
		{text: " AWS-001", rules: []string{"AWS-001"}},
		{text: ":AWS-001", rules: []string{"AWS-001"}},
		{text: " aws-001,AWS-002 reason here", rules: []string{"AWS-001", "AWS-002"}, reason: "reason here"},
		{text: " AWS-001, AWS-002 -- bastion, reviewed in SEC-42", rules: []string{"AWS-001", "AWS-002"}, reason: "bastion, reviewed in SEC-42"},
		{text: " AWS-001 until:2027-03-31 temporary", rules: []string{"AWS-001"}, until: "2027-03-31", reason: "temporary"},
		{text: " AWS-001 exp=2027-03-31", rules: []string{"AWS-001"}, until: "2027-03-31"},
		{text: " GCP-020 */", rules: []string{"GCP-020"}},
		{text: "", problem: true},
		{text: " because I said so", problem: true},
		{text: " AWS-001 until:2027-13-45", rules: []string{"AWS-001"}, until: "2027-13-45", problem: true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var s Suppression
			problem := parseIgnore(tt.text, &s)
			if (problem != "") != tt.problem {
				t.Fatalf("problem = %q, want problem: %v", problem, tt.problem)
			}
			if tt.problem {
				return
			}
			if fmt.Sprint(s.Rules) != fmt.Sprint(tt.rules) || s.Until != tt.until || s.Reason != tt.reason {
				t.Errorf("got rules %v until %q reason %q; want %v %q %q", s.Rules, s.Until, s.Reason, tt.rules, tt.until, tt.reason)
			}
		})
	}
}

func TestCommentSuppressionLines(t *testing.T) {
	tf := `resource "a" "b" { # soc2lint:ignore TEST-002 trailing on the header
  bad = true // soc2lint:ignore TEST-001
}

# soc2lint:ignore TEST-001 above, with a blank line and a comment between

# another comment
resource "a" "c" {
  x = "# soc2lint:ignore TEST-001 inside a string is not a comment"
}
/* soc2lint:ignore TEST-001 block */
resource "a" "d" {}
# see soc2lint:ignore in the README (prose, not an ignore)
resource "a" "e" {}
`
	yaml := `Resources:
  # soc2lint:ignore TEST-002 above the logical id
  A:
    Type: AWS::S3::Bucket
    Properties:
      Name: "a # soc2lint:ignore TEST-001 in quotes"
      Other: b # soc2lint:ignore TEST-001 trailing
`
	for _, tc := range []struct {
		file, src string
		want      []string // "line:target:rules"
	}{
		{"main.tf", tf, []string{"1:1:TEST-002", "2:2:TEST-001", "5:8:TEST-001", "11:12:TEST-001"}},
		{"t.yaml", yaml, []string{"2:3:TEST-002", "7:7:TEST-001"}},
		{"t.json", `{"a": "# soc2lint:ignore TEST-001"}`, nil},
	} {
		sups, diags := commentSuppressions(tc.file, []byte(tc.src), nil)
		if len(diags) > 0 {
			t.Errorf("%s: diagnostics %v", tc.file, diags)
		}
		var got []string
		for _, s := range sups {
			got = append(got, fmt.Sprintf("%d:%d:%s", s.Range.Start.Line, s.line, strings.Join(s.Rules, ",")))
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: got %v, want %v", tc.file, got, tc.want)
		}
	}
}

func TestSuppressionsInScan(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "main.tf"), `resource "a" "silenced_attr" {
  ok  = 1
  bad = true # soc2lint:ignore TEST-001 accepted: reviewed in SEC-1
}

# soc2lint:ignore TEST-001, TEST-002 the whole resource
resource "a" "silenced_resource" {
  bad = true
}

resource "a" "other_rule_silenced" {
  ok  = 1
  bad = true # soc2lint:ignore TEST-002 names another rule
}

# soc2lint:ignore TEST-001 until:2020-01-01 expired
resource "a" "expired" {
  ok  = 1
  bad = true
}

resource "a" "by_variable" {
  ok  = 1
  bad = var.flag
}

variable "flag" {
  default = true # soc2lint:ignore TEST-001 silenced at the cause
}

# soc2lint:ignore NOPE-404 unknown rule
resource "a" "unknown_rule" {
  ok = 1
}
`)
	write(t, filepath.Join(dir, "t.yaml"), `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Meta:
    Type: AWS::S3::Bucket
    Metadata:
      soc2lint:
        ignore:
          - rules: [TEST-002]
            reason: metadata ignore
  MetaString:
    Type: AWS::S3::Bucket
    Metadata:
      soc2lint:
        ignore: TEST-002 as one string
  Bad:
    Type: AWS::S3::Bucket
    Metadata:
      soc2lint:
        ignore:
          - rules: TEST-001
            reason: wrong rule
`)
	write(t, filepath.Join(dir, "t.json"), `{"Resources": {"J": {"Type": "AWS::S3::Bucket",
  "Metadata": {"soc2lint": {"ignore": [{"rule": "TEST-002", "reason": "json can't comment"}]}}}}}
`)
	cfg := Config{Rules: []*Rule{flagBad, flagNotOK}, Workers: 2, Now: time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)}
	t.Chdir(dir)
	res, err := Scan(context.Background(), []string{"."}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var open, silenced, warnings []string
	for _, f := range res.Findings {
		open = append(open, fmt.Sprintf("%s %s:%d", f.Rule.ID, f.Resource.Address, f.Range.Start.Line))
	}
	for _, s := range res.Suppressed {
		silenced = append(silenced, fmt.Sprintf("%s %s (%s: %s)", s.Finding.Rule.ID, s.Finding.Resource.Address, s.By.Kind, s.By.Reason))
	}
	for _, d := range res.Diagnostics {
		warnings = append(warnings, fmt.Sprintf("%s:%d %s", d.Range.File, d.Range.Start.Line, d.Summary))
	}
	sort.Strings(silenced)
	wantOpen := []string{
		"TEST-001 a.other_rule_silenced:13",
		"TEST-001 a.expired:19",
		"TEST-002 Bad:15",
	}
	wantSilenced := []string{
		"TEST-001 a.by_variable (comment: silenced at the cause)",
		"TEST-001 a.silenced_attr (comment: accepted: reviewed in SEC-1)",
		"TEST-001 a.silenced_resource (comment: the whole resource)",
		"TEST-002 J (metadata: json can't comment)",
		"TEST-002 Meta (metadata: metadata ignore)",
		"TEST-002 MetaString (metadata: as one string)",
		"TEST-002 a.silenced_resource (comment: the whole resource)",
	}
	wantWarnings := []string{
		"main.tf:13 unused ignore",
		"main.tf:16 ignore has expired",
		"main.tf:31 ignore names an unknown rule",
		"t.yaml:20 unused ignore",
	}
	if fmt.Sprint(open) != fmt.Sprint(wantOpen) {
		t.Errorf("open findings:\n got %q\nwant %q", open, wantOpen)
	}
	if fmt.Sprint(silenced) != fmt.Sprint(wantSilenced) {
		t.Errorf("suppressed:\n got %q\nwant %q", silenced, wantSilenced)
	}
	if fmt.Sprint(warnings) != fmt.Sprint(wantWarnings) {
		t.Errorf("warnings:\n got %q\nwant %q", warnings, wantWarnings)
	}

	// --no-ignore reports everything and reads no ignore.
	cfg.NoIgnore = true
	all, err := Scan(context.Background(), []string{"."}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Findings) != len(res.Findings)+len(res.Suppressed) || len(all.Suppressed) != 0 || len(all.Diagnostics) != 0 {
		t.Errorf("NoIgnore: %d findings, %d suppressed, %d diagnostics; want %d, 0, 0",
			len(all.Findings), len(all.Suppressed), len(all.Diagnostics), len(res.Findings)+len(res.Suppressed))
	}
}

// FuzzIgnore feeds arbitrary text to the ignore comment readers: they must
// not panic and every suppression must lie inside its file.
func FuzzIgnore(f *testing.F) {
	f.Add("main.tf", "resource \"a\" \"b\" { # soc2lint:ignore AWS-001 why\n}\n")
	f.Add("t.yaml", "A: 'x # soc2lint:ignore AWS-001' # soc2lint:ignore AWS-002 until:2027-01-01 r\n")
	f.Add("main.tf", "/* soc2lint:ignore AWS-001\n*/\n# soc2lint:ignore\n")
	f.Fuzz(func(t *testing.T, name, src string) {
		sups, diags := commentSuppressions(name, []byte(src), map[string][]string{"aws-s3-enable-versioning": {"AWS-008"}, "ckv_aws_21": {"AWS-008"}})
		check := func(r parser.Range) {
			if r.Start.Byte < 0 || int(r.End.Byte) > len(src) || r.Start.Byte > r.End.Byte || r.Start.Line < 1 {
				t.Fatalf("range %+v outside a source of %d bytes", r, len(src))
			}
		}
		for _, s := range sups {
			check(s.Range)
			if len(s.Rules) == 0 || s.line < s.Range.Start.Line {
				t.Fatalf("bad suppression %+v", s)
			}
		}
		for _, d := range diags {
			check(d.Range)
		}
	})
}
