package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
)

func TestParseConfig(t *testing.T) {
	known := map[string]bool{"AWS-001": true, "AWS-002": true, "AWS-040": true, "AWS-169": true, "AWS-371": true}
	tests := []struct {
		name, src string
		err       string // substring of the error, with its position; "" for none
		check     func(t *testing.T, c *fileConfig)
	}{
		{name: "empty", src: "", check: func(t *testing.T, c *fileConfig) {
			if c.FailOn != "" || c.AccountBaseline != nil || len(c.Exclude)+len(c.Disable)+len(c.Severity) != 0 {
				t.Errorf("empty file gives %+v", c)
			}
		}},
		{name: "full", src: "fail-on: high\naccount-baseline: true\nexclude: [legacy/**, '*.gen.tf']\nrules:\n  disable: [aws-001]\n  severity: {AWS-002: low}\n",
			check: func(t *testing.T, c *fileConfig) {
				if c.FailOn != "high" || c.AccountBaseline == nil || !*c.AccountBaseline || len(c.Exclude) != 2 ||
					len(c.Disable) != 1 || c.Disable[0] != "AWS-001" || c.Severity["AWS-002"] != engine.Low {
					t.Errorf("got %+v", c)
				}
			}},
		{name: "unknown key", src: "fail-on: high\nfail_on: low\n", err: "c.yaml:2:1: unknown setting \"fail_on\""},
		{name: "bad severity", src: "fail-on: urgent\n", err: "c.yaml:1:10: fail-on:"},
		{name: "unknown rule", src: "rules:\n  disable: [AWS-404]\n", err: "c.yaml:2:13: unknown rule \"AWS-404\""},
		{name: "unknown rule in severity", src: "rules:\n  severity:\n    NOPE-1: low\n", err: "c.yaml:3:5: unknown rule"},
		{name: "bad rule severity", src: "rules:\n  severity:\n    AWS-001: meh\n", err: "c.yaml:3:14: rules.severity.AWS-001"},
		{name: "not a mapping", src: "- a\n", err: "c.yaml:1:1: the configuration must be a mapping"},
		{name: "twice", src: "fail-on: low\nfail-on: high\n", err: "c.yaml:2:1:"},
		{name: "bad bool", src: "account-baseline: maybe\n", err: "c.yaml:1:19: account-baseline must be true or false"},
		{name: "bad pattern", src: "exclude: ['a/[b']\n", err: "c.yaml:1:11: exclude: bad pattern"},
		{name: "exclude not a list", src: "exclude: legacy\n", err: "c.yaml:1:10: exclude must be a list"},
		{name: "syntax error", src: "fail-on: [high\n", err: "c.yaml:"},
		{name: "aliases", src: "a: &x [1]\nexclude: *x\n", err: "aliases are not allowed"},
		{name: "unknown rules key", src: "rules:\n  enable: [AWS-001]\n", err: "c.yaml:2:3: unknown setting rules.enable"},
		{name: "rule options", src: "rules:\n  options:\n    aws-040: {require-customer-key: true}\n", check: func(t *testing.T, c *fileConfig) {
			opts := reflect.ValueOf(c.RuleOptions["AWS-040"])
			if !opts.IsValid() || opts.Kind() != reflect.Pointer || !opts.Elem().FieldByName("RequireCustomerKey").Bool() {
				t.Errorf("AWS-040 options = %#v", c.RuleOptions["AWS-040"])
			}
		}},
		{name: "retired id", src: "rules:\n  disable: [aws-371]\n  severity: {AWS-371: high}\n  options:\n    AWS-371: {require-customer-key: true}\npaths:\n  legacy/**: {disable: [AWS-371]}\n",
			check: func(t *testing.T, c *fileConfig) {
				// AWS-371 was folded into AWS-169: its settings are AWS-169's.
				if len(c.Disable) != 1 || c.Disable[0] != "AWS-169" || c.Severity["AWS-169"] != engine.High ||
					c.RuleOptions["AWS-169"] == nil || len(c.Paths) != 1 || c.Paths[0].Disable[0] != "AWS-169" {
					t.Errorf("got %+v", c)
				}
			}},
		{name: "unknown option", src: "rules:\n  options:\n    AWS-040:\n      require-customer-keys: true\n", err: "c.yaml:4:7: rules.options.AWS-040: unknown option \"require-customer-keys\" (want require-customer-key)"},
		{name: "option of the wrong type", src: "rules:\n  options:\n    AWS-040: {require-customer-key: often}\n", err: "c.yaml:3:14: rules.options.AWS-040:"},
		{name: "rule without options", src: "rules:\n  options:\n    AWS-001: {x: 1}\n", err: "c.yaml:3:14: rules.options.AWS-001: the rule takes no options"},
		{name: "options not a mapping", src: "rules:\n  options: [AWS-040]\n", err: "c.yaml:2:12: rules.options must map"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := parseConfig("c.yaml", []byte(tt.src), known)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want one containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, c)
		})
	}
}

func TestApplyRules(t *testing.T) {
	a := &engine.Rule{ID: "A-1", Severity: engine.High}
	b := &engine.Rule{ID: "B-1", Severity: engine.Low}
	c := &fileConfig{Disable: []string{"B-1"}, Severity: map[string]engine.Severity{"A-1": engine.Critical}}
	got := c.applyRules([]*engine.Rule{a, b})
	if len(got) != 1 || got[0].ID != "A-1" || got[0].Severity != engine.Critical {
		t.Fatalf("got %v", got)
	}
	if a.Severity != engine.High {
		t.Error("applyRules changed the registry's rule")
	}
	var none *fileConfig
	if len(none.applyRules([]*engine.Rule{a, b})) != 2 {
		t.Error("no configuration drops rules")
	}
}

func TestConfigFileInCLI(t *testing.T) {
	cfgFile := td + "configured/soc2lint.yaml"
	// fail-on medium from the file; AWS-002 lowered to low: exit 0.
	code, out, stderr := runCLI(t, "lint", "--no-color", "--config", cfgFile, td+"configured")
	if code != 0 || !strings.Contains(out, "LOW AWS-002") || strings.Contains(out, "AWS-001") {
		t.Errorf("exit %d, output:\n%s%s", code, out, stderr)
	}
	// A flag wins over the file.
	if code, _, _ := runCLI(t, "lint", "--config", cfgFile, "--fail-on", "low", td+"configured"); code != 1 {
		t.Errorf("--fail-on low with the file's medium: exit %d, want 1", code)
	}
	// The SARIF driver lists the configured severity and not the disabled rule.
	_, sarifOut, _ := runCLI(t, "lint", "--format", "sarif", "--config", cfgFile, td+"configured")
	if strings.Contains(sarifOut, `"id": "AWS-012"`) || !strings.Contains(sarifOut, `"id": "AWS-002"`) {
		t.Error("SARIF driver rules do not follow the configuration")
	}
	// Without the file, the excluded directory is scanned.
	if code, out, _ := runCLI(t, "lint", "--no-color", td+"configured"); code != 1 || !strings.Contains(out, "AWS-001") {
		t.Errorf("without --config: exit %d\n%s", code, out)
	}
	// A broken file is a usage error naming the file and line.
	code, _, stderr = runCLI(t, "lint", "--config", td+"configured/main.tf", td+"configured")
	if code != 2 || !strings.Contains(stderr, "main.tf:1:") {
		t.Errorf("broken configuration: exit %d, stderr %q", code, stderr)
	}
	if code, _, _ := runCLI(t, "lint", "--config", td+"nope.yaml", td+"configured"); code != 2 {
		t.Errorf("missing --config file: exit %d, want 2", code)
	}
}

// FuzzConfig: any configuration text gives a configuration or an error,
// never a panic or a hang.
func FuzzConfig(f *testing.F) {
	f.Add("fail-on: high\nexclude: [a/**]\nrules:\n  disable: [AWS-001]\n  severity: {AWS-002: low}\n")
	f.Add("a: &a [*a]\n")
	f.Add("rules: {severity: {AWS-001: [x]}}\n")
	known := map[string]bool{"AWS-001": true, "AWS-002": true}
	f.Fuzz(func(t *testing.T, src string) {
		c, err := parseConfig("c.yaml", []byte(src), known)
		if (c == nil) == (err == nil) {
			t.Fatalf("config %v with error %v", c, err)
		}
		if c != nil {
			c.applyRules([]*engine.Rule{{ID: "AWS-001"}, {ID: "AWS-002"}})
			if e := c.exclude(); e != nil {
				e.Match("/x/y", false)
			}
		}
	})
}

func TestBaselineInCLI(t *testing.T) {
	dir := t.TempDir()
	src := "resource \"aws_ebs_volume\" \"old\" {\n  availability_zone = \"eu-west-1a\"\n  encrypted         = false\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	base := filepath.Join(dir, "baseline.json")
	code, out, stderr := runCLI(t, "lint", "--no-color", "--write-baseline", base, dir)
	if code != 0 || !strings.Contains(stderr, "recorded 1 finding") || !strings.Contains(out, "1 suppressed") {
		t.Fatalf("--write-baseline: exit %d\n%s%s", code, out, stderr)
	}
	if code, out, _ := runCLI(t, "lint", "--no-color", "--baseline", base, dir); code != 0 {
		t.Errorf("with the baseline: exit %d\n%s", code, out)
	}
	// A new finding is reported; the recorded one is not.
	src += "resource \"aws_ebs_volume\" \"new\" {\n  availability_zone = \"eu-west-1a\"\n  encrypted         = false\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runCLI(t, "lint", "--no-color", "--baseline", base, dir)
	if code != 1 || !strings.Contains(out, "aws_ebs_volume.new") || strings.Contains(out, "aws_ebs_volume.old:") {
		t.Errorf("new finding: exit %d\n%s", code, out)
	}
	// From the configuration file, relative to it.
	if err := os.WriteFile(filepath.Join(dir, "soc2lint.yaml"), []byte("baseline: baseline.json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, js, _ := runCLI(t, "lint", "--format", "json", "--config", filepath.Join(dir, "soc2lint.yaml"), dir)
	if !strings.Contains(js, `"kind": "baseline"`) || !strings.Contains(js, `"resource": "aws_ebs_volume.new"`) {
		t.Errorf("JSON with the configured baseline:\n%s", js)
	}
	_, sarifOut, _ := runCLI(t, "lint", "--format", "sarif", "--include-suppressed", "--baseline", base, dir)
	if !strings.Contains(sarifOut, `"kind": "external"`) {
		t.Error("SARIF: a baselined finding is not an external suppression")
	}
	// A broken baseline is a usage error; --no-ignore disregards it.
	if err := os.WriteFile(base, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "lint", "--baseline", base, dir); code != 2 || !strings.Contains(stderr, "not a soc2lint baseline") {
		t.Errorf("broken baseline: exit %d %s", code, stderr)
	}
	if code, _, _ := runCLI(t, "lint", "--no-ignore", "--baseline", base, dir); code != 1 {
		t.Errorf("--no-ignore with a broken baseline: exit %d, want 1", code)
	}
}
