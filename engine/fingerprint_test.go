package engine

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

func TestStripInstanceKeys(t *testing.T) {
	for in, want := range map[string]string{
		"aws_s3_bucket.logs":                      "aws_s3_bucket.logs",
		"aws_s3_bucket.logs[0]":                   "aws_s3_bucket.logs",
		`module.net["a"].aws_vpc.main[3]`:         "module.net.aws_vpc.main",
		`module.x["a]b\"c"].module.y[1].t.n["k"]`: "module.x.module.y.t.n",
		"Parent/Bucket":                           "Parent/Bucket",
	} {
		if got := stripInstanceKeys(in); got != want {
			t.Errorf("stripInstanceKeys(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAttrPath(t *testing.T) {
	at := func(start, end int) parser.Range {
		return parser.Range{File: "a.tf", Start: parser.Pos{Line: 1, Byte: int32(start)}, End: parser.Pos{Line: 1, Byte: int32(end)}}
	}
	cidr := &parser.Value{Kind: parser.String, Str: "0.0.0.0/0", Range: at(40, 51)}
	policy := &parser.Value{Kind: parser.String, Str: "{...}", Range: at(100, 200)}
	body := &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{
		"ingress": {Kind: parser.List, Range: at(10, 90), Elems: []*parser.Value{
			{Kind: parser.Object, Range: at(10, 30), Attrs: map[string]*parser.Value{"from_port": {Kind: parser.Number, Range: at(12, 14)}}},
			{Kind: parser.Object, Range: at(31, 90), Attrs: map[string]*parser.Value{
				"cidr_blocks": {Kind: parser.List, Range: at(39, 52), Elems: []*parser.Value{cidr}},
			}},
		}},
		"policy": policy,
	}}
	for name, tc := range map[string]struct {
		v    *parser.Value
		want string
	}{
		"itself":            {cidr, "ingress[1].cidr_blocks[0]"},
		"same place":        {&parser.Value{Kind: parser.String, Range: at(40, 51)}, "ingress[1].cidr_blocks[0]"},
		"inside a document": {&parser.Value{Kind: parser.String, Range: at(150, 160)}, "policy"},
		"elsewhere":         {&parser.Value{Kind: parser.String, Range: parser.Range{File: "b.tf", Start: parser.Pos{Line: 1, Byte: 40}, End: parser.Pos{Line: 1, Byte: 41}}}, ""},
		"nil":               {nil, ""},
	} {
		if got := attrPath(body, tc.v); got != tc.want {
			t.Errorf("%s: attrPath = %q, want %q", name, got, tc.want)
		}
	}
}

// instancesTree writes a root that calls a module once per name; the
// module's resource is bad.
func instancesTree(t *testing.T, dir string, names ...string) {
	t.Helper()
	write(t, filepath.Join(dir, "infra", "main.tf"), fmt.Sprintf(`module "store" {
  source   = "./store"
  for_each = toset([%s])
}
`, `"`+strings.Join(names, `", "`)+`"`))
	write(t, filepath.Join(dir, "infra", "store", "main.tf"), `resource "a" "bucket" {
  bad = true
}
`)
}

func TestBaselineSurvivesNewInstance(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	scan := func() *Result {
		t.Helper()
		res, err := Scan(context.Background(), []string{"infra"}, Config{Rules: []*Rule{flagBad}})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	instancesTree(t, dir, "a", "b")
	res := scan()
	if len(res.Findings) != 1 || len(res.Findings[0].Instances) != 2 {
		t.Fatalf("findings %v, want one naming 2 instances", res.Findings)
	}
	if res.Findings[0].Attr != "bad" {
		t.Errorf("Attr = %q, want bad", res.Findings[0].Attr)
	}
	b, err := NewBaseline("baseline.json", res.Findings)
	if err != nil {
		t.Fatal(err)
	}
	if b.Entries[0].Resource != "module.store.a.bucket" || b.Entries[0].Attribute != "bad" {
		t.Errorf("entry %+v, want the address without instance keys and the attribute", b.Entries[0])
	}
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		t.Fatal(err)
	}
	read, err := ReadBaseline("baseline.json", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	// A third instance changes the message ("3 instances: ..."), not the
	// finding's identity.
	instancesTree(t, dir, "a", "b", "c")
	res = scan()
	read.Apply(res)
	if len(res.Findings) != 0 || len(res.Suppressed) != 1 || len(res.Diagnostics) != 0 {
		t.Errorf("after a new instance: open %v, suppressed %d, diagnostics %v; want the finding still baselined",
			res.Findings, len(res.Suppressed), res.Diagnostics)
	}
}

func TestBaselineVersion1IsMigrated(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	instancesTree(t, dir, "a", "b", "c")
	// What version 1 wrote for the two instances of before.
	v1 := map[string]any{"version": 1, "tool": "soc2lint", "findings": []map[string]string{{
		"rule": "TEST-001", "file": "infra/store/main.tf", "resource": `module.store["a"].a.bucket`,
		"message":     `module.store["a"].a.bucket is bad (2 instances: module.store["a"].a.bucket, module.store["b"].a.bucket)`,
		"fingerprint": "0123456789abcdef0123456789abcdef",
	}}}
	data, _ := json.Marshal(v1)
	if err := os.WriteFile("baseline.json", data, 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := ReadBaseline("baseline.json", data)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Scan(context.Background(), []string{"infra"}, Config{Rules: []*Rule{flagBad}})
	if err != nil {
		t.Fatal(err)
	}
	b.Apply(res)
	if len(res.Findings) != 0 || len(res.Suppressed) != 1 {
		t.Errorf("open %v, suppressed %d: a version 1 entry must still match", res.Findings, len(res.Suppressed))
	}
	if len(res.Diagnostics) != 1 || res.Diagnostics[0].Summary != "old baseline format" {
		t.Errorf("diagnostics %v, want a note suggesting --write-baseline", res.Diagnostics)
	}
}

// noTrail reports every root as missing an account-level control.
var noTrail = &Rule{ID: "TEST-009", Severity: Medium, Check: func(p *Pass) {
	for _, root := range p.Roots() {
		p.ReportMissing(root, "%s declares no trail", root.Name)
	}
}}

func TestAccountFindingOnRoot(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	scan := func() Finding {
		t.Helper()
		res, err := Scan(context.Background(), []string{"."}, Config{Rules: []*Rule{noTrail}, AccountBaseline: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Findings) != 1 {
			t.Fatalf("findings %v, want 1", res.Findings)
		}
		return res.Findings[0]
	}
	write(t, filepath.Join(dir, "prod", "network.tf"), "resource \"a\" \"net\" {}\n")
	write(t, filepath.Join(dir, "prod", "main.tf"), "variable \"x\" {}\n\n\nresource \"a\" \"z\" {}\n")
	first := scan()
	if first.Range.File != "prod/main.tf" || first.Range.Start.Line != 1 {
		t.Errorf("account finding at %s, want prod/main.tf:1", first.Range)
	}
	// A file that sorts first changes neither place nor identity.
	write(t, filepath.Join(dir, "prod", "aaa.tf"), "resource \"a\" \"aaa\" {}\n")
	second := scan()
	if second.Range != first.Range || Fingerprint(&second, second.Range.File) != Fingerprint(&first, first.Range.File) {
		t.Errorf("a new file moved the account finding: %s -> %s", first.Range, second.Range)
	}
	// Without main.tf, the first file by name, with the same identity.
	if err := os.Remove(filepath.Join(dir, "prod", "main.tf")); err != nil {
		t.Fatal(err)
	}
	third := scan()
	if third.Range.File != "prod/aaa.tf" || Fingerprint(&third, third.Range.File) != Fingerprint(&first, first.Range.File) {
		t.Errorf("without main.tf: %s, fingerprint changed: %v", third.Range, Fingerprint(&third, third.Range.File) != Fingerprint(&first, first.Range.File))
	}
}

// TestHashPartsAsFprintf checks hashParts against writing each part to
// the hash with fmt, as it did, on parts empty, long, with colons,
// newlines and bytes other than ASCII.
func TestHashPartsAsFprintf(t *testing.T) {
	fprintf := func(parts ...string) string {
		h := sha256.New()
		for _, part := range parts {
			fmt.Fprintf(h, "%d:%s\n", len(part), part)
		}
		return hex.EncodeToString(h.Sum(nil))
	}
	long := strings.Repeat("module.a[\"x:y\"].", 40)
	for _, parts := range [][]string{
		nil, {""}, {"", ""}, {"AWS-001", "main.tf", "aws_s3_bucket.b", "acl"},
		{"a:b", "c\nd", "é\xff", ""}, {long, long, "x"}, {strings.Repeat("z", 250)}, {strings.Repeat("z", 300)},
	} {
		if got, want := hashParts(parts...), fprintf(parts...); got != want {
			t.Fatalf("hashParts(%q) = %s, want %s", parts, got, want)
		}
	}
}
