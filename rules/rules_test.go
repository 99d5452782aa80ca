package rules

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/engine/enginetest"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/aws"
	"github.com/soc2lint/soc2lint/rules/azure"
	"github.com/soc2lint/soc2lint/rules/gcp"
)

var update = flag.Bool("update", false, "rewrite the generated rule docs and the README's rule list")

// TestFixtures runs every rule over its fixtures in testdata/rules/<ID>.
func TestFixtures(t *testing.T) {
	for _, r := range All() {
		t.Run(r.ID, func(t *testing.T) {
			dir := filepath.Join("..", "testdata", "rules", r.ID)
			// All rules run, so a fixture also proves that other rules stay quiet.
			enginetest.RunFiles(t, dir, All())
		})
	}
}

// TestFixturesCoverEveryFormat requires a bad and a good example in each
// format a rule covers, and none in a format it is declared not to judge.
func TestFixturesCoverEveryFormat(t *testing.T) {
	for _, r := range All() {
		problems, err := fixtureProblems(r, filepath.Join("..", "testdata", "rules", r.ID))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range problems {
			t.Error(p)
		}
	}
}

// fixtureExt is the extension of each format's fixtures: bad.tf and
// bad.yaml.
var fixtureExt = map[parser.Format]string{parser.Terraform: ".tf", parser.CloudFormation: ".yaml"}

// fixtureProblems says what is wrong with the fixtures of r in dir: for
// each format the rule judges (formatsOf), bad and good fixtures whose
// bad ones expect the rule; for a format its metadata excludes, no
// fixture of that format at all.
func fixtureProblems(r *engine.Rule, dir string) ([]string, error) {
	want, err := enginetest.Expectations(dir)
	if err != nil {
		return nil, err
	}
	expected := map[string]bool{}
	for _, e := range want {
		if e.Rule == r.ID {
			expected[filepath.Ext(e.File)] = true
		}
	}
	var out []string
	for _, f := range providerFormats[r.Provider] {
		ext := fixtureExt[f]
		if !r.InFormat(f) {
			err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() && (strings.HasSuffix(p, ext) || f == parser.Terraform && strings.HasSuffix(p, ".tf.json")) {
					out = append(out, fmt.Sprintf("%s: declared %s, but %s is a %s fixture", r.ID, onlyIn(r), p, formatNames[f]))
				}
				return err
			})
			if err != nil {
				return nil, err
			}
			continue
		}
		for _, name := range []string{"bad" + ext, "good" + ext} {
			if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
				out = append(out, fmt.Sprintf("%s: missing fixture %s", r.ID, name))
			}
		}
		if !expected[ext] {
			out = append(out, fmt.Sprintf("%s: the bad fixtures must expect the rule in %s (%s), got %v", r.ID, formatNames[f], ext, expected))
		}
	}
	return out, nil
}

// TestFormatDeclarations shows the format checks failing where they
// must: an AWS rule without Terraform fixtures or example that does not
// declare itself CloudFormation only, and a rule declared so that has
// them.
func TestFormatDeclarations(t *testing.T) {
	dir := t.TempDir()
	const bad = "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Q: # want AWS-999\n    Type: AWS::SQS::Queue\n"
	for name, text := range map[string]string{"bad.yaml": bad, "good.yaml": "Resources: {}\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	undeclared := &engine.Rule{ID: "AWS-999", Provider: "aws", Remediation: engine.Remediation{CloudFormation: "Q: {}"}}
	declared := &engine.Rule{ID: "AWS-999", Provider: "aws", Remediation: engine.Remediation{CloudFormation: "Q: {}"},
		Formats: []parser.Format{parser.CloudFormation}, FormatsWhy: "Terraform has no stack parameters"}
	count := func(r *engine.Rule) int {
		problems, err := fixtureProblems(r, dir)
		if err != nil {
			t.Fatal(err)
		}
		return len(problems) + len(exampleProblems(r))
	}
	if n := count(undeclared); n != 4 { // bad.tf, good.tf, no .tf expectation, no .tf example
		t.Errorf("an undeclared rule without Terraform: %d problems, want 4", n)
	}
	if n := count(declared); n != 0 {
		t.Errorf("a CloudFormation-only rule with CloudFormation fixtures and example: %d problems, want 0", n)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.tf"), []byte("resource \"aws_sqs_queue\" \"q\" {} # want AWS-999\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	declared.Remediation.Terraform = "resource \"aws_sqs_queue\" \"q\" {}"
	if n := count(declared); n != 2 { // bad.tf, the Terraform example
		t.Errorf("a CloudFormation-only rule with Terraform fixtures and example: %d problems, want 2", n)
	}
}

var idPattern = regexp.MustCompile(`^(AWS|AZURE|GCP)-[0-9]{3}$`)

func TestMetadata(t *testing.T) {
	items, err := Checklist()
	if err != nil {
		t.Fatal(err)
	}
	criteria := map[string][]string{}
	for _, it := range items {
		criteria[it.ID] = it.Criteria
	}
	// The registry fills in the provider (the package) and the SOC 2
	// criteria (the checklist items'): a rule that sets them itself
	// repeats them.
	described, err := metadata()
	if err != nil {
		t.Fatal(err)
	}
	for _, rs := range [][]*engine.Rule{aws.Rules(), azure.Rules(), gcp.Rules()} {
		for _, r := range rs {
			if r.Provider != "" || r.SOC2 != nil {
				t.Errorf("%s sets Provider or SOC2; the registry derives them", r.ID)
			}
			if _, inFile := described[r.ID]; inFile && (r.Name != "" || r.Title != "" || r.Severity != 0 ||
				r.Description != "" || r.Remediation.Summary != "" || r.Checklist != nil || r.Links != nil || r.Precision != "") {
				t.Errorf("%s sets metadata in Go and in its YAML file; keep it in the file (metadata.go)", r.ID)
			}
		}
	}
	seen := map[string]bool{}
	for _, r := range All() {
		if !idPattern.MatchString(r.ID) {
			t.Errorf("rule id %q does not match %s", r.ID, idPattern)
		}
		if seen[r.ID] || seen[r.Name] {
			t.Errorf("%s: duplicate id or name", r.ID)
		}
		seen[r.ID], seen[r.Name] = true, true
		if r.Title == "" || r.Description == "" || r.Remediation.Summary == "" || r.Check == nil || r.Severity == 0 {
			t.Errorf("%s: title, description, fix, check and severity are required", r.ID)
		}
		if len(r.Checklist) == 0 {
			t.Errorf("%s: names no checklist item", r.ID)
		}
		for _, item := range r.Checklist {
			if _, ok := criteria[item]; !ok {
				t.Errorf("%s: unknown checklist item %s", r.ID, item)
			}
		}
		if len(r.SOC2) == 0 {
			t.Errorf("%s: no SOC 2 criteria", r.ID)
		}
		if r.Formats != nil || r.FormatsWhy != "" {
			if r.FormatsWhy == "" || len(r.Formats) == 0 || len(formatsOf(r)) != len(r.Formats) ||
				len(r.Formats) >= len(providerFormats[r.Provider]) {
				t.Errorf("%s: formats %v (why %q): name fewer formats than its provider's, each one of %v, with why", r.ID, r.Formats, r.FormatsWhy, providerFormats[r.Provider])
			}
		}
		switch r.Precision {
		case "very-high", "high", "medium", "low":
		default:
			t.Errorf("%s: precision %q", r.ID, r.Precision)
		}
	}
}

// TestChecklistCopy keeps the embedded checklist equal to the shared one.
func TestChecklistCopy(t *testing.T) {
	shared, err := os.ReadFile(filepath.Join("..", "..", "shared", "checklist.yaml"))
	if err != nil {
		t.Skipf("shared checklist not found beside the repository: %v", err)
	}
	if !bytes.Equal(shared, checklistYAML) {
		t.Error("rules/checklist.yaml differs from ../shared/checklist.yaml: copy it over")
	}
}

// TestDocs keeps docs/rules/*.md and the README's rule list generated from
// the rules' metadata. Run `go test ./rules -update` after changing a rule.
func TestDocs(t *testing.T) {
	for _, r := range All() {
		checkGenerated(t, filepath.Join("..", "docs", "rules", r.ID+".md"), []byte(Markdown(r)))
	}
	checkGenerated(t, filepath.Join("..", "docs", "migration.md"), []byte(MigrationTable(All())))
	readme := filepath.Join("..", "README.md")
	data, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- rules:begin -->\n", "<!-- rules:end -->"
	i, j := bytes.Index(data, []byte(begin)), bytes.Index(data, []byte(end))
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the %q and %q markers", strings.TrimSpace(begin), end)
	}
	var b bytes.Buffer
	b.Write(data[:i+len(begin)])
	b.WriteString(MarkdownTable(All()))
	b.Write(data[j:])
	checkGenerated(t, readme, b.Bytes())
}

func checkGenerated(t *testing.T, path string, want []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("%s is out of date: run go test ./rules -update", path)
	}
}

// TestEvaluationFixtures checks findings that depend on evaluation:
// modules, variables, tfvars, locals, dynamic blocks.
func TestEvaluationFixtures(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join("..", "testdata", "eval"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Run(e.Name(), func(t *testing.T) {
			enginetest.Run(t, filepath.Join("..", "testdata", "eval", e.Name()), All())
		})
	}
}

// TestPlanFixtures checks that a plan JSON is scanned, with findings
// mapped back to the configuration beside it.
func TestPlanFixtures(t *testing.T) {
	enginetest.Run(t, filepath.Join("..", "testdata", "plan", "basic"), All())
}

// TestRegistry keeps the registry, the id allocation and the fixtures in
// step: a rule left out of the registry, or fixtures left without a rule,
// fail here instead of silently not running.
func TestRegistry(t *testing.T) {
	registered := map[string]bool{}
	for _, r := range All() {
		registered[r.ID] = true
		if name, ok := allocated[r.ID]; !ok {
			t.Errorf("%s (%s) is registered but not allocated in rules/ids.go", r.ID, r.Name)
		} else if name != r.Name {
			t.Errorf("%s is allocated to %q in rules/ids.go but registered as %q", r.ID, name, r.Name)
		}
		if _, err := os.Stat(filepath.Join("..", "testdata", "rules", r.ID)); err != nil {
			t.Errorf("%s is registered but has no fixtures in testdata/rules/%s", r.ID, r.ID)
		}
	}
	for _, r := range All() {
		for _, old := range r.Formerly {
			if retired[old] != r.ID {
				t.Errorf("%s names %s in Formerly, but rules/ids.go retires %s for %q", r.ID, old, old, retired[old])
			}
		}
	}
	for old, now := range retired {
		if _, ok := allocated[old]; ok || registered[old] {
			t.Errorf("%s is retired in rules/ids.go but allocated or registered again (ids are never reused)", old)
		}
		if now != "" && !registered[now] {
			t.Errorf("%s is retired for %s, which is not registered", old, now)
		}
	}
	for id, name := range allocated {
		if !registered[id] {
			t.Errorf("%s (%s) is allocated in rules/ids.go but no rule is registered with it", id, name)
		}
	}
	entries, err := os.ReadDir(filepath.Join("..", "testdata", "rules"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() && !registered[e.Name()] {
			t.Errorf("testdata/rules/%s names a rule that is not registered", e.Name())
		}
	}
}
