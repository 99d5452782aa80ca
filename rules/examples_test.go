package rules

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// TestRemediationExampleFiles keeps the example files in
// rules/<provider>/examples/ and the registry in step: every rule has a
// Terraform example, and an AWS rule a CloudFormation one too (the formats
// its fixtures cover), and every file there is <ID>.tf or <ID>.yaml of a
// registered rule of that provider, so that an example is neither missing
// nor left behind by a renamed or removed rule.
func TestRemediationExampleFiles(t *testing.T) {
	provider := map[string]string{}
	for _, r := range All() {
		provider[r.ID] = r.Provider
		for _, p := range exampleProblems(r) {
			t.Error(p)
		}
	}
	for _, p := range []string{"aws", "azure", "gcp"} {
		entries, err := os.ReadDir(filepath.Join(p, exampleDir))
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]string{} // rule id and extension -> file
		for _, e := range entries {
			name := e.Name()
			ext := filepath.Ext(name)
			switch {
			case e.IsDir() || exampleFormats[ext] == "":
				t.Errorf("rules/%s/%s/%s: not an example (<ID>.tf or <ID>.yaml)", p, exampleDir, name)
				continue
			case ext == ".yaml" && p != "aws":
				t.Errorf("rules/%s/%s/%s: CloudFormation examples are for AWS rules only", p, exampleDir, name)
			}
			ids := exampleIDs(name)
			if !slices.IsSorted(ids) {
				t.Errorf("rules/%s/%s/%s: list the rule ids in order", p, exampleDir, name)
			}
			for _, id := range ids {
				if provider[id] != p {
					t.Errorf("rules/%s/%s/%s: no %s rule %s is registered", p, exampleDir, name, p, id)
				}
				if other, dup := seen[id+ext]; dup {
					t.Errorf("rules/%s/%s: %s has two examples, %s and %s", p, exampleDir, id, other, name)
				}
				seen[id+ext] = name
			}
		}
	}
}

// exampleProblems says what is wrong with a rule's examples: one missing
// in a format the rule judges (every format of its provider: Terraform,
// and CloudFormation for AWS, unless its metadata limits it), or one
// present in a format the rule is declared not to judge.
func exampleProblems(r *engine.Rule) []string {
	var out []string
	for _, f := range providerFormats[r.Provider] {
		ex, ext := r.Remediation.Terraform, ".tf"
		if f == parser.CloudFormation {
			ex, ext = r.Remediation.CloudFormation, ".yaml"
		}
		switch {
		case r.InFormat(f) && ex == "":
			out = append(out, fmt.Sprintf("%s: no %s example (rules/%s/%s/%s%s)", r.ID, formatNames[f], r.Provider, exampleDir, r.ID, ext))
		case !r.InFormat(f) && ex != "":
			out = append(out, fmt.Sprintf("%s: a %s example, but the rule is declared %s", r.ID, formatNames[f], onlyIn(r)))
		}
	}
	return out
}

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
