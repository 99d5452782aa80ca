package sarif

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// Fake rules: one per severity, with and without links and examples.
var (
	ruleCritical = &engine.Rule{
		ID:          "SOC2-AWS-001",
		Name:        "sg-open-ssh",
		Title:       "Security group allows SSH from the internet",
		Severity:    engine.Critical,
		Description: "Port 22 is reachable from 0.0.0.0/0 & ::/0, so anyone can try to log in.",
		Remediation: engine.Remediation{
			Summary:        "Restrict the ingress CIDR to your VPN range.",
			Terraform:      "resource \"aws_security_group\" \"bastion\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    cidr_blocks = [\"10.0.0.0/8\"]\n  }\n}\n",
			CloudFormation: "Bastion:\n  Type: AWS::EC2::SecurityGroup\n  Properties:\n    SecurityGroupIngress:\n      - CidrIp: 10.0.0.0/8\n        FromPort: 22\n        ToPort: 22\n",
		},
		Checklist: []string{"NET-1", "NET-2"},
		SOC2:      []string{"CC6.1", "CC6.6"},
		Provider:  "aws",
		Links:     []string{"https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"},
		Precision: "very-high",
	}
	ruleHigh = &engine.Rule{
		ID:          "SOC2-AWS-002",
		Name:        "s3-unencrypted",
		Title:       "S3 bucket is not encrypted",
		Severity:    engine.High,
		Description: "Objects are stored without server-side encryption.",
		Remediation: engine.Remediation{
			Summary:        "Enable default encryption.",
			CloudFormation: "{\n  \"BucketEncryption\": {}\n}",
		},
		Checklist: []string{"ENC-1"},
		SOC2:      []string{"CC6.1"},
		Provider:  "aws",
		Precision: "high",
	}
	ruleMedium = &engine.Rule{
		ID:          "SOC2-AZ-001",
		Name:        "storage-https-only",
		Title:       "Storage account allows HTTP",
		Severity:    engine.Medium,
		Description: "Traffic can travel unencrypted.",
		Remediation: engine.Remediation{Summary: "Set https_traffic_only_enabled = true.", Terraform: "x = \"```\"\n"},
		Checklist:   []string{"ENC-2"},
		SOC2:        []string{"CC6.7"},
		Provider:    "azure",
		Links:       []string{"not a url"},
		Precision:   "medium",
	}
	ruleLow = &engine.Rule{
		ID:          "SOC2-GCP-001",
		Name:        "bucket-no-versioning",
		Title:       "Bucket versioning is off",
		Severity:    engine.Low,
		Description: "Deleted objects cannot be recovered.",
		Provider:    "gcp",
		Precision:   "low",
	}
	// ruleUnregistered is not in testRules: findings may still use it.
	ruleUnregistered = &engine.Rule{
		ID:       "SOC2-EXTRA-001",
		Name:     "extra",
		Title:    "Extra rule",
		Severity: engine.Medium,
	}
	testRules = []*engine.Rule{ruleCritical, ruleHigh, ruleMedium, ruleLow}
)

func pos(line, col int) parser.Pos { return parser.Pos{Line: int32(line), Column: int32(col)} }

func rng(file string, sl, sc, el, ec int) parser.Range {
	return parser.Range{File: file, Start: pos(sl, sc), End: pos(el, ec)}
}

func resource(file, typ, name string, line int) *parser.Resource {
	return &parser.Resource{
		Format:  parser.Terraform,
		Type:    typ,
		Name:    name,
		Address: typ + "." + name,
		Module:  filepath.Dir(file),
		Range:   rng(file, line, 1, line, 30),
	}
}

func finding(rule *engine.Rule, res *parser.Resource, r parser.Range, msg string, related ...engine.Related) engine.Finding {
	return engine.Finding{Rule: rule, Resource: res, Range: r, Message: msg, Related: related}
}

// testRuns are the runs every validator sees.
func testRuns() []struct {
	name string
	run  Run
} {
	sg := resource("infra/network.tf", "aws_security_group", "bastion", 10)
	bucket := resource("infra/storage.tf", "aws_s3_bucket", "logs", 3)
	spaced := resource("my project/env prod/main.tf", "azurerm_storage_account", "data", 1)
	unicode := resource("héllo/日本語/main.tf", "google_storage_bucket", "b", 2)
	cfn := &parser.Resource{Format: parser.CloudFormation, Type: "AWS::S3::Bucket", Name: "Logs", Address: "Logs",
		Module: "stack.yaml", Range: rng("templates/stack.yaml", 4, 3, 4, 7)}
	return []struct {
		name string
		run  Run
	}{
		{"empty", Run{}},
		{"rules only", Run{ToolVersion: "1.2.3", Rules: testRules}},
		{"findings with related locations", Run{
			ToolVersion: "v0.4.0-rc.1+build.5",
			Rules:       testRules,
			Findings: []engine.Finding{
				finding(ruleCritical, sg, rng("infra/network.tf", 14, 19, 14, 32),
					"aws_security_group.bastion allows SSH (port 22) from 0.0.0.0/0",
					engine.Related{Range: rng("infra/variables.tf", 5, 13, 5, 26), Message: "var.ssh_cidr defaults to \"0.0.0.0/0\" here"},
					engine.Related{Range: rng("env/prod.tfvars", 2, 1, 2, 22), Message: "set to 0.0.0.0/0 in env/prod.tfvars"}),
				finding(ruleHigh, bucket, rng("infra/storage.tf", 3, 1, 8, 2), "aws_s3_bucket.logs has no encryption"),
				finding(ruleHigh, cfn, rng("templates/stack.yaml", 4, 3, 4, 7), "bucket is not encrypted"),
				finding(ruleLow, bucket, rng("infra/storage.tf", 3, 1, 3, 1), "aws_s3_bucket.logs has versioning off"),
				// Identical findings get distinct fingerprints.
				finding(ruleLow, bucket, rng("infra/storage.tf", 30, 1, 30, 9), "aws_s3_bucket.logs has versioning off"),
				finding(ruleUnregistered, nil, rng("infra/extra.tf", 1, 1, 0, 0), ""),
			},
		}},
		{"diagnostics", Run{
			ToolVersion: "(devel)",
			Rules:       testRules,
			Diagnostics: parser.Diagnostics{
				{Severity: parser.SevError, Summary: "Unclosed configuration block", Detail: "There is no closing brace for this block.", Range: rng("broken.tf", 3, 12, 3, 13)},
				{Severity: parser.SevWarning, Summary: "Unsupported function", Detail: "templatefile is not evaluated", Range: rng("main.tf", 7, 0, 0, 0)},
				{Severity: parser.SevNote, Summary: "value unknown", Range: rng("vars.tf", 0, 0, 0, 0)},
				{Severity: parser.SevError, Summary: "cannot read directory"},
			},
		}},
		{"undecided notes", Run{
			ToolVersion: "1.0.0",
			Rules:       testRules,
			Findings: []engine.Finding{
				finding(ruleHigh, bucket, rng("infra/storage.tf", 3, 1, 8, 2), "aws_s3_bucket.logs has no encryption"),
			},
			Undecided: []engine.Undecided{
				{Rule: ruleHigh, Resource: sg, Range: rng("infra/network.tf", 12, 3, 12, 20), Detail: "storage_encrypted: var.encrypt has no value"},
				{Rule: ruleUnregistered, Resource: cfn, Range: parser.Range{}, Detail: "StorageEncrypted: parameter Encrypt has no default value"},
			},
		}},
		{"unicode and spaces in paths", Run{
			ToolVersion: "0.1.0",
			Rules:       testRules,
			Findings: []engine.Finding{
				finding(ruleMedium, spaced, rng("my project/env prod/main.tf", 1, 1, 1, 40), "azurerm_storage_account.data allows HTTP",
					engine.Related{Range: rng("my project/#50% [x]&y?.tf", 2, 3, 2, 9), Message: "défini ici ✓"}),
				finding(ruleLow, unicode, rng("héllo/日本語/main.tf", 2, 5, 2, 4), "versioning is off ✗ <b>&amp;</b>"),
			},
			Diagnostics: parser.Diagnostics{
				{Severity: parser.SevWarning, Summary: "odd file", Range: rng("dir with space/ünï.tf", 1, 1, 1, 2)},
			},
		}},
		{"degenerate input", Run{
			ToolVersion: "2.0.0",
			Rules:       []*engine.Rule{ruleHigh, nil, {ID: "BARE"}, ruleHigh},
			Findings: []engine.Finding{
				// No range: the resource's range is used.
				finding(ruleHigh, bucket, parser.Range{}, "  "),
				// No position at all, nor a resource.
				finding(&engine.Rule{ID: "BARE"}, nil, parser.Range{}, "m",
					engine.Related{Message: "only a message"},
					engine.Related{},
					engine.Related{Range: rng("a.tf", 0, 0, 0, 0)}),
				// A file without a line.
				finding(ruleLow, nil, rng("b.tf", 0, 3, 0, 9), "no line"),
			},
		}},
		{"suppressed findings", Run{
			ToolVersion: "1.0.0",
			Rules:       testRules,
			Findings:    []engine.Finding{finding(ruleHigh, bucket, rng("infra/storage.tf", 3, 1, 3, 20), "aws_s3_bucket.logs has no encryption")},
			Suppressed: []engine.Suppressed{
				{Finding: finding(ruleCritical, sg, rng("infra/network.tf", 14, 19, 14, 32), "aws_security_group.bastion allows SSH from 0.0.0.0/0"),
					By: &engine.Suppression{Kind: "comment", Rules: []string{"T-CRIT"}, Reason: "bastion, reviewed in SEC-42 ✓", Range: rng("infra/network.tf", 14, 34, 14, 80)}},
				{Finding: finding(ruleLow, cfn, rng("templates/stack.yaml", 4, 3, 4, 7), "no versioning"),
					By: &engine.Suppression{Kind: "metadata", Rules: []string{"T-LOW"}}},
			},
		}},
		{"source root", Run{
			ToolVersion: "1.0.0",
			Rules:       testRules,
			SourceRoot:  "/home/runner/work/my repo",
			Findings:    []engine.Finding{finding(ruleHigh, bucket, rng("infra/storage.tf", 3, 1, 3, 20), "aws_s3_bucket.logs has no encryption")},
		}},
	}
}

func write(t testing.TB, run Run) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, run); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

func decode(t testing.TB, data []byte) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, data)
	}
	return v
}

// findShared walks up from the working directory to a directory with a
// shared/sarif/<name> file.
func findShared(name string) string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "shared", "sarif", name)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
)

// sarifSchema compiles the official SARIF 2.1.0 schema once. It returns
// nil, nil when the schema file is absent.
func sarifSchema() (*jsonschema.Schema, error) {
	schemaOnce.Do(func() {
		path := findShared("sarif-schema-2.1.0.json")
		if path == "" {
			return
		}
		f, err := os.Open(path)
		if err != nil {
			schemaErr = err
			return
		}
		defer f.Close()
		doc, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			schemaErr = fmt.Errorf("%s: %w", path, err)
			return
		}
		c := jsonschema.NewCompiler()
		c.AssertFormat() // check uri and uri-reference too
		const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
		if schemaErr = c.AddResource(url, doc); schemaErr != nil {
			return
		}
		schema, schemaErr = c.Compile(url)
	})
	return schema, schemaErr
}

func requireSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	sch, err := sarifSchema()
	if err != nil {
		t.Fatalf("compiling the SARIF schema: %v", err)
	}
	if sch == nil {
		skipAbsent(t, "shared/sarif/sarif-schema-2.1.0.json above the working directory")
	}
	return sch
}

func validateSchema(sch *jsonschema.Schema, data []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return sch.Validate(inst)
}
