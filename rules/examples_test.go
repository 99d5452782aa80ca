package rules

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
)

// TestRemediationExamples scans the compliant examples of every rule's
// remediation, as the docs show them, and requires that the rule raises
// nothing on them: an example that fails its own rule teaches the wrong
// fix. CloudFormation examples are resource snippets; they are scanned
// inside a template's Resources.
func TestRemediationExamples(t *testing.T) {
	for _, r := range All() {
		t.Run(r.ID, func(t *testing.T) {
			dir := t.TempDir()
			if ex := r.Remediation.Terraform; ex != "" {
				write(t, filepath.Join(dir, "tf", "main.tf"), ex)
			}
			if ex := r.Remediation.CloudFormation; ex != "" {
				write(t, filepath.Join(dir, "cfn", "template.yaml"),
					"AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n"+indent(ex, "  "))
			}
			res, err := engine.Scan(context.Background(), []string{dir}, engine.Config{Rules: []*engine.Rule{r}})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range res.Diagnostics {
				if d.Severity == "error" {
					t.Errorf("the example does not parse: %s", d.Error())
				}
			}
			for _, f := range res.Findings {
				t.Errorf("the remediation example raises %s: %s", f.Rule.ID, f.Text())
			}
		})
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func indent(s, by string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = by + l
		}
	}
	return strings.Join(lines, "\n")
}
