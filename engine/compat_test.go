package engine

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

func TestIgnoreCommentForms(t *testing.T) {
	for _, tc := range []struct {
		comment string
		rules   string // the rules silenced, or "" when it is no ignore
		warns   bool
	}{
		{"# soc2lint:ignore TEST-001 why", "TEST-001", false},
		{"# SOC2LINT:IGNORE TEST-001 why", "TEST-001", false},
		{"# Soc2lint:Ignore test-001 why", "TEST-001", false},
		{"# soc2lint: ignore TEST-001 why", "", true},
		{"# soc2lint ignore TEST-001", "", true},
		{"# soc2lint-ignore TEST-001", "", true},
		{"// SOC2LINT : IGNORE TEST-001", "", true},
		{"# soc2lint:disable TEST-001", "", true},
		{"# soc2lint checks this bucket", "", false},
		{"# see the soc2lint:ignore docs", "", false},
	} {
		src := tc.comment + "\nresource \"a\" \"b\" {}\n"
		sups, diags := commentSuppressions("main.tf", []byte(src), nil)
		var got []string
		for _, s := range sups {
			got = append(got, strings.Join(s.Rules, ","))
		}
		if strings.Join(got, " ") != tc.rules || (len(diags) > 0) != tc.warns {
			t.Errorf("%q: silences %v with diagnostics %v; want %q, warning %v", tc.comment, got, diags, tc.rules, tc.warns)
		}
	}
}

// versioned reports every resource without versioning; it maps to other
// scanners' versioning checks.
var versioned = &Rule{ID: "TEST-008", Severity: Medium,
	Aliases: []string{"AVD-AWS-0090", "aws-s3-enable-versioning", "CKV_AWS_21"},
	Check: func(p *Pass) {
		for _, r := range p.graph.Resources() {
			if r.Body.Get("versioning") == nil && r.Body.Get("Versioning") == nil {
				p.Report(r, nil, "%s has no versioning", r.Address)
			}
		}
	}}

func TestOtherScannersIgnores(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	write(t, filepath.Join(dir, "main.tf"), `#tfsec:ignore:aws-s3-enable-versioning
resource "a" "tfsec" {}

resource "a" "trivy" { # trivy:ignore:AVD-AWS-0090:exp:2099-01-01
}

resource "a" "checkov" {
  # checkov:skip=CKV_AWS_21:scratch bucket, versioning not needed
  name = "x"
}

# tfsec:ignore:aws-s3-enable-versioning:exp:2020-01-01
resource "a" "expired" {}

# tfsec:ignore:aws-ec2-no-public-ingress-sgr
resource "a" "unmapped" {}

resource "a" "plain" {}
`)
	write(t, filepath.Join(dir, "t.yaml"), `Resources:
  # trivy:ignore:avd-aws-0090
  B:
    Type: AWS::S3::Bucket
`)
	scan := func(cfg Config) ([]string, []string, []string) {
		t.Helper()
		cfg.Rules = []*Rule{versioned}
		res, err := Scan(context.Background(), []string{"."}, cfg)
		if err != nil {
			t.Fatal(err)
		}
		var open, silenced, diags []string
		for _, f := range res.Findings {
			open = append(open, f.Resource.Address)
		}
		for _, s := range res.Suppressed {
			silenced = append(silenced, s.Finding.Resource.Address+": "+s.By.Reason)
		}
		for _, d := range res.Diagnostics {
			diags = append(diags, d.Summary)
		}
		sort.Strings(open)
		sort.Strings(silenced)
		return open, silenced, diags
	}
	open, silenced, diags := scan(Config{})
	if fmt.Sprint(open) != "[a.expired a.plain a.unmapped]" {
		t.Errorf("open %v", open)
	}
	want := "[B: trivy:ignore:avd-aws-0090 a.checkov: scratch bucket, versioning not needed a.tfsec: tfsec:ignore:aws-s3-enable-versioning a.trivy: trivy:ignore:AVD-AWS-0090:exp:2099-01-01]"
	if fmt.Sprint(silenced) != want {
		t.Errorf("silenced\n got %v\nwant %v", silenced, want)
	}
	if fmt.Sprint(diags) != "[ignore has expired]" {
		t.Errorf("diagnostics %v, want only the expiry (other scanners' ignores never warn as unused)", diags)
	}
	open, _, _ = scan(Config{NoCompatIgnores: true})
	if len(open) != 7 {
		t.Errorf("NoCompatIgnores: open %v, want all 7", open)
	}
}

func TestIgnoresOfDisabledRules(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	write(t, filepath.Join(dir, "main.tf"), `# soc2lint:ignore TEST-001 reviewed
resource "a" "b" {
  bad = true
  ok  = 1
}
`)
	write(t, filepath.Join(dir, "t.yaml"), `Resources:
  B:
    Type: AWS::S3::Bucket
    Metadata:
      soc2lint:
        ignore: soc2lint:ignore TEST-002 the comment syntax in one string
    Properties:
      bad: false
`)
	res, err := Scan(context.Background(), []string{"."}, Config{Rules: []*Rule{flagNotOK}, Off: map[string]bool{"TEST-001": true}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diagnostics) != 0 || len(res.Findings) != 0 || len(res.Suppressed) != 1 {
		t.Errorf("findings %v, suppressed %d, diagnostics %v; want the Metadata string ignore to work and no warning about the disabled rule",
			res.Findings, len(res.Suppressed), res.Diagnostics)
	}
}

// Checkov's CloudFormation skips live in a resource's Metadata; those of
// checks that map to a rule silence that resource only, with the comment as
// the reason, and only while compat ignores are on.
func TestCheckovMetadataSkips(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	write(t, filepath.Join(dir, "t.yaml"), `Resources:
  Skipped:
    Type: AWS::S3::Bucket
    Metadata:
      checkov:
        skip:
          - id: CKV_AWS_18
            comment: logs go elsewhere
          - id: ckv_aws_21
            comment: scratch bucket
  OneEntry:
    Type: AWS::S3::Bucket
    Metadata:
      checkov:
        skip:
          id: CKV_AWS_21
  OtherCheck:
    Type: AWS::S3::Bucket
    Metadata:
      checkov:
        skip:
          - id: CKV_AWS_18
            comment: not versioning
  Malformed:
    Type: AWS::S3::Bucket
    Metadata:
      checkov:
        skip: CKV_AWS_21
  Plain:
    Type: AWS::S3::Bucket
`)
	for _, tc := range []struct {
		cfg                 Config
		open, silenced, dgs string
	}{
		{Config{}, "[Malformed OtherCheck Plain]", "[OneEntry: checkov skip CKV_AWS_21 Skipped: scratch bucket]", "[]"},
		{Config{NoCompatIgnores: true}, "[Malformed OneEntry OtherCheck Plain Skipped]", "[]", "[]"},
	} {
		tc.cfg.Rules = []*Rule{versioned}
		res, err := Scan(context.Background(), []string{"."}, tc.cfg)
		if err != nil {
			t.Fatal(err)
		}
		var open, silenced, diags []string
		for _, f := range res.Findings {
			open = append(open, f.Resource.Address)
		}
		for _, s := range res.Suppressed {
			silenced = append(silenced, s.Finding.Resource.Address+": "+s.By.Reason)
		}
		for _, d := range res.Diagnostics {
			diags = append(diags, d.Summary)
		}
		sort.Strings(open)
		sort.Strings(silenced)
		if fmt.Sprint(open) != tc.open || fmt.Sprint(silenced) != tc.silenced || fmt.Sprint(diags) != tc.dgs {
			t.Errorf("NoCompatIgnores=%v:\n open %v, want %s\n silenced %v, want %s\n diagnostics %v, want %s",
				tc.cfg.NoCompatIgnores, open, tc.open, silenced, tc.silenced, diags, tc.dgs)
		}
	}
}

// mayHoldIgnoreLowered is mayHoldIgnore as it was: every text lowered.
func mayHoldIgnoreLowered(b []byte, compat bool) bool {
	lower := bytes.ToLower(b)
	if bytes.Contains(lower, []byte("soc2lint")) {
		return true
	}
	return compat && (bytes.Contains(lower, []byte("tfsec:")) || bytes.Contains(lower, []byte("trivy:")) || bytes.Contains(lower, []byte("checkov:")))
}

// TestMayHoldIgnoreAsLowered checks the in-place search against lowering
// the whole text, on the words cut, mixed in case, joined to each other
// and to punctuation and non-ASCII letters (the Kelvin sign lowers to k).
func TestMayHoldIgnoreAsLowered(t *testing.T) {
	pieces := []string{"soc2lint", "SoC2LiNt", "soc2", "lint", "soc", "2lint", "tfsec:", "TFSEC", "tfsec", ":", "trivy:", "TrIvY", "checkov:",
		"chec\u212aov:", "CHECKOV", "s", "2", "x", "\n", "# ", "\u0130", "soc\u0032lint", "[", "`", "@", "{", "é", "sOc2lin", "t:"}
	checked := 0
	var walk func(prefix []byte, depth int)
	walk = func(prefix []byte, depth int) {
		for _, compat := range []bool{false, true} {
			if got, want := mayHoldIgnore(prefix, compat), mayHoldIgnoreLowered(prefix, compat); got != want {
				t.Fatalf("mayHoldIgnore(%q, %v) = %v, lowered %v", prefix, compat, got, want)
			}
			checked++
		}
		if depth == 3 {
			return
		}
		for _, p := range pieces {
			walk(append(slices.Clip(prefix), p...), depth+1)
		}
	}
	walk(nil, 0)
	// Every byte value around the words, which case folding by |0x20
	// must not confuse with a letter.
	for c := 0; c < 256; c++ {
		for _, w := range []string{"soc2lint", "tfsec:", "trivy:", "checkov:"} {
			for i := 0; i < len(w); i++ {
				b := []byte("ab " + w + " cd")
				b[3+i] = byte(c)
				for _, compat := range []bool{false, true} {
					if got, want := mayHoldIgnore(b, compat), mayHoldIgnoreLowered(b, compat); got != want {
						t.Fatalf("mayHoldIgnore(%q, %v) = %v, lowered %v", b, compat, got, want)
					}
				}
			}
		}
	}
	if checked < 50000 {
		t.Fatalf("only %d texts checked", checked)
	}
}
