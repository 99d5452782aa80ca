package engine

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/soc2lint/soc2lint/parser"
)

// Hostile and broken input: every case must end in a result or a
// diagnostic, never in a crash, a hang, a read outside the tree or a lost
// finding.

// reportUnencrypted reports the encrypted/Encrypted attribute of every
// resource, wherever it is, so tests can check positions exactly.
var reportUnencrypted = &Rule{ID: "TEST-ENC", Severity: High, Check: func(p *Pass) {
	for _, r := range p.graph.Resources() {
		for _, name := range []string{"encrypted", "Encrypted"} {
			if v := r.Body.Get(name); v != nil {
				p.Report(r, v, "%s is not encrypted", r.Address)
			}
		}
	}
}}

const (
	tfVolume   = "resource \"aws_ebs_volume\" \"v\" {\n  size      = 10\n  encrypted = false\n}\n"
	yamlVolume = "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Vol:\n    Type: AWS::EC2::Volume\n    Properties:\n      Size: 10\n      Encrypted: false\n"
	jsonVolume = "{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n  \"Resources\": {\n    \"Vol\": {\n      \"Type\": \"AWS::EC2::Volume\",\n      \"Properties\": {\"Size\": 10, \"Encrypted\": false}\n    }\n  }\n}\n"
	tfJSONVol  = "{\n  \"resource\": {\n    \"aws_ebs_volume\": {\n      \"v\": {\n        \"encrypted\": false\n      }\n    }\n  }\n}\n"
)

func scanWith(t testing.TB, paths []string, cfg Config) *Result {
	t.Helper()
	if cfg.Rules == nil {
		cfg.Rules = []*Rule{reportUnencrypted}
	}
	res, err := Scan(context.Background(), paths, cfg)
	if err != nil {
		t.Fatalf("scan: %v", err)
	}
	for _, d := range res.Diagnostics {
		if strings.Contains(d.Summary, "internal error") {
			t.Errorf("internal error: %s", d.Error())
		}
	}
	return res
}

// textAt returns the text of data at a 1-based line and a column counted in
// code points, ignoring a byte order mark and a carriage return.
func textAt(data []byte, p parser.Pos) string {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	lines := strings.Split(string(data), "\n")
	if p.Line < 1 || int(p.Line) > len(lines) {
		return ""
	}
	line := []rune(strings.TrimSuffix(lines[p.Line-1], "\r"))
	if p.Column < 1 || int(p.Column) > len(line)+1 {
		return ""
	}
	return string(line[p.Column-1:])
}

func diagsOf(res *Result, file string) parser.Diagnostics {
	var out parser.Diagnostics
	for _, d := range res.Diagnostics {
		if strings.HasSuffix(d.Range.File, file) {
			out = append(out, d)
		}
	}
	return out
}

func TestSyntaxErrorsEveryFormat(t *testing.T) {
	tests := []struct {
		name, content string
	}{
		{"bad.tf", "resource \"aws_ebs_volume\" \"x\" {\n  encrypted = \n}\n"},
		{"bad.tf.json", "{\"resource\": {\"aws_ebs_volume\": {\"x\": {\"encrypted\": }}}}"},
		{"bad.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Vol:\n    Type: AWS::EC2::Volume\n    Properties: {Encrypted: false\n"},
		{"bad.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\",\n \"Resources\": {\"Vol\" {\"Type\": \"AWS::EC2::Volume\"}}}"},
		{"terraform.tfvars", "x = = 1\n"},
		{"bad.template", "AWSTemplateFormatVersion: [\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "broken", tt.name), tt.content)
			write(t, filepath.Join(dir, "good", "main.tf"), tfVolume)
			write(t, filepath.Join(dir, "good2", "vol.yaml"), yamlVolume)
			res := scanWith(t, []string{dir}, Config{})
			ds := diagsOf(res, tt.name)
			if len(ds) == 0 || !ds.HasErrors() {
				t.Fatalf("no error for %s: %v", tt.name, res.Diagnostics)
			}
			for _, d := range ds {
				if d.Severity != parser.SevError {
					continue
				}
				if d.Range.Start.Line < 1 || d.Range.Start.Column < 1 || d.Summary == "" || d.Detail == "" && d.Summary == "" {
					t.Errorf("error without a position or message: %+v", d)
				}
			}
			if len(res.Findings) != 2 {
				t.Errorf("the findings of the other files are lost: %d findings", len(res.Findings))
			}
		})
	}
}

// TestEncodings checks that byte order marks and CRLF line endings neither
// break parsing nor move positions: the finding must point at "false".
func TestEncodings(t *testing.T) {
	variants := []struct {
		name string
		conv func(string) string
	}{
		{"plain", func(s string) string { return s }},
		{"bom", func(s string) string { return "\xef\xbb\xbf" + s }},
		{"crlf", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
		{"bom+crlf", func(s string) string { return "\xef\xbb\xbf" + strings.ReplaceAll(s, "\n", "\r\n") }},
		{"unicode", func(s string) string {
			return strings.Replace(s, "10", "10 # ünïcödé 🚀 注释", 1)
		}},
	}
	files := []struct{ name, content string }{
		{"main.tf", tfVolume},
		{"vol.yaml", yamlVolume},
		{"vol.json", jsonVolume},
		{"main.tf.json", tfJSONVol},
	}
	for _, f := range files {
		for _, v := range variants {
			if v.name == "unicode" && strings.HasSuffix(f.name, "json") {
				continue // JSON has no comments
			}
			t.Run(f.name+"/"+v.name, func(t *testing.T) {
				dir := t.TempDir()
				content := v.conv(f.content)
				write(t, filepath.Join(dir, f.name), content)
				res := scanWith(t, []string{dir}, Config{})
				if res.Diagnostics.HasErrors() {
					t.Fatalf("errors: %v", res.Diagnostics)
				}
				if len(res.Findings) != 1 {
					t.Fatalf("want 1 finding, got %d", len(res.Findings))
				}
				fd := res.Findings[0]
				if got := textAt([]byte(content), fd.Range.Start); !strings.HasPrefix(got, "false") {
					t.Errorf("finding at %d:%d points at %q, not at false", fd.Range.Start.Line, fd.Range.Start.Column, got)
				}
				if !bytes.Equal(res.Sources.Source(fd.Range.File), []byte(content)) {
					t.Errorf("the source kept for quoting is not the file")
				}
			})
		}
	}
}

func TestBinaryEmptyAndCommentFiles(t *testing.T) {
	tests := []struct {
		name, content string
		// want is "" (nothing said), or the summary of a note.
		want string
	}{
		{"nul.tf", "resource \"aws_vpc\" \"a\" {\x00}\n", "binary file skipped"},
		{"latin1.tf", "resource \"aws_vpc\" \"a\" { tags = { n = \"caf\xe9\" } }\n", "binary file skipped"},
		{"nul.tf.json", "{\"resource\": {}}\x00", "binary file skipped"},
		{"terraform.tfvars", "a = \"\xff\xfe\"\n", "binary file skipped"},
		{"nul.yaml", "Resources:\n  A:\n    Type: AWS::S3::Bucket\x00\n", "binary file skipped"},
		{"nul.template", "\x00\x01\x02", "binary file skipped"},
		{"image.json", "\x89PNG\r\n\x1a\n\x00\x00", ""},
		{"utf16.yaml", "\xff\xfeR\x00e\x00s\x00", ""},
		{"empty.tf", "", ""},
		{"empty.yaml", "", ""},
		{"empty.json", "", ""},
		{"empty.tfvars.json", "", ""},
		{"comments.tf", "# one\n// two\n/* three\n   four */\n", ""},
		{"comments.yaml", "# nothing but a comment\n---\n# and another\n", ""},
		{"terraform.tfvars", "# no values\n", ""},
		{"bom-only.tf", "\xef\xbb\xbf", ""},
		{"crlf-only.yaml", "\r\n\r\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "x", tt.name), tt.content)
			write(t, filepath.Join(dir, "y", "main.tf"), tfVolume)
			res := scanWith(t, []string{dir}, Config{})
			ds := diagsOf(res, tt.name)
			switch {
			case tt.want == "" && len(ds) > 0:
				t.Errorf("want no diagnostic, got %v", ds)
			case tt.want != "" && (len(ds) != 1 || ds[0].Summary != tt.want || ds[0].Severity != parser.SevNote):
				t.Errorf("want one note %q, got %v", tt.want, ds)
			}
			if len(res.Findings) != 1 {
				t.Errorf("the other file's finding is lost")
			}
		})
	}
}

// deep builds the hostile inputs of TestLimits.
func deep(n int, open, mid, close string) string {
	return strings.Repeat(open, n) + mid + strings.Repeat(close, n)
}

func yamlTemplate(props string) string {
	return "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n" + props
}

func TestLimits(t *testing.T) {
	blockNest := func(n int) string {
		var b strings.Builder
		b.WriteString("resource \"aws_s3_bucket\" \"b\" {\n")
		for i := 0; i < n; i++ {
			b.WriteString("a {\n")
		}
		b.WriteString(strings.Repeat("}\n", n+1))
		return b.String()
	}
	yamlBlocks := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(strings.Repeat(" ", 6+i) + "k:\n")
		}
		return yamlTemplate(b.String())
	}
	laughs := func() string {
		var b strings.Builder
		b.WriteString("AWSTemplateFormatVersion: \"2010-09-09\"\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
		for i := 1; i < 10; i++ {
			fmt.Fprintf(&b, "x%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 10), ", "))
		}
		b.WriteString("Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: *a9\n")
		return b.String()
	}
	long := strings.Repeat("x", 5<<20)
	tests := []struct {
		name, file string
		content    func() string
		// want is the summary of the error expected, or "" for none.
		want string
	}{
		{"hcl blocks 400 deep", "main.tf", func() string { return blockNest(400) }, ""},
		{"hcl blocks 1000 deep", "main.tf", func() string { return blockNest(1000) }, "nesting too deep"},
		{"hcl lists 1000 deep", "main.tf", func() string { return "x = " + deep(1000, "[", "1", "]") + "\n" }, "nesting too deep"},
		{"hcl objects 1000 deep", "main.tf", func() string { return "x = " + deep(1000, "{a = ", "1", "}") + "\n" }, "nesting too deep"},
		{"hcl lists 150000 deep", "main.tf", func() string { return "x = " + deep(150000, "[", "1", "]") + "\n" }, "nesting too deep"},
		{"hcl parentheses 150000 deep", "terraform.tfvars", func() string { return "x = " + deep(150000, "(", "1", ")") + "\n" }, "nesting too deep"},
		{"hcl templates 1000 deep", "main.tf", func() string { return "x = " + deep(1000, "\"${", "1", "}\"") + "\n" }, "nesting too deep"},
		{"hcl template directives 1000 deep", "main.tf", func() string {
			return "x = <<EOT\n" + deep(1000, "%{ if true }", "x", "%{ endif }") + "\nEOT\n"
		}, "nesting too deep"},
		{"hcl unary 200000", "main.tf", func() string { return "x = " + strings.Repeat("-", 200000) + "1\n" }, "expression too long"},
		{"hcl sum of 200000", "main.tf", func() string { return "x = 1" + strings.Repeat("+1", 200000) + "\n" }, "expression too long"},
		{"hcl conditionals 100000", "main.tf", func() string { return "x = " + strings.Repeat("true?1:", 100000) + "1\n" }, "expression too long"},
		{"hcl index chain 100000", "main.tf", func() string { return "x = a" + strings.Repeat("[a]", 100000) + "\n" }, "expression too long"},
		{"hcl long sum 1000", "main.tf", func() string { return "x = 1" + strings.Repeat(" + 1", 1000) + "\n" }, ""},
		{"tf.json 1000 deep", "main.tf.json", func() string { return `{"locals": {"x": ` + deep(1000, "[", "1", "]") + "}}" }, "nesting too deep"},
		{"tf.json template 1000 deep", "main.tf.json", func() string {
			return `{"locals": {"x": "${` + deep(1000, "[", "1", "]") + `}"}}`
		}, "nesting too deep"},
		{"tf.json escaped template", "main.tf.json", func() string {
			return `{"locals": {"x": "\u0024{` + strings.Repeat("-", 100000) + `1}"}}`
		}, "expression too long"},
		{"yaml flow 1000 deep", "t.yaml", func() string { return yamlTemplate("      P: " + deep(1000, "[", "1", "]") + "\n") }, "nesting too deep"},
		{"yaml blocks 1000 deep", "t.yaml", func() string { return yamlBlocks(1000) }, "nesting too deep"},
		{"yaml flow 100000 deep", "t.yaml", func() string { return yamlTemplate("      P: " + deep(100000, "[", "1", "]") + "\n") }, "?"},
		{"json 1000 deep", "t.json", func() string {
			return `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"P": ` + deep(1000, "[", "1", "]") + "}}}}"
		}, "nesting too deep"},
		{"json 200000 deep", "t.json", func() string {
			return `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"P": ` + deep(200000, "[", "1", "]") + "}}}}"
		}, "nesting too deep"},
		{"yaml billion laughs", "t.yaml", laughs, "?"},
		{"hcl 5 MB line", "main.tf", func() string { return `resource "aws_s3_bucket" "b" { tags = { x = "` + long + `" } }` }, ""},
		{"yaml 5 MB line", "t.yaml", func() string { return yamlTemplate("      BucketName: " + long + "\n") }, ""},
		{"json 5 MB line", "t.json", func() string {
			return `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "` + long + `"}}}}`
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "x", tt.file), tt.content())
			write(t, filepath.Join(dir, "y", "main.tf"), tfVolume)
			res := scanWith(t, []string{dir}, Config{})
			ds := diagsOf(res, tt.file)
			var errs parser.Diagnostics
			for _, d := range ds {
				if d.Severity == parser.SevError {
					errs = append(errs, d)
				}
			}
			switch tt.want {
			case "?": // success or any error: only no crash
				t.Logf("diagnostics: %v", ds)
			case "":
				if len(errs) > 0 {
					t.Errorf("want no error, got %v", errs)
				}
			default:
				if len(errs) != 1 || errs[0].Summary != tt.want || errs[0].Range.Start.Line < 1 {
					t.Errorf("want one positioned error %q, got %v", tt.want, ds)
				}
			}
			if len(res.Findings) != 1 {
				t.Errorf("the other file's finding is lost")
			}
		})
	}
}

// TestNestingErrorPosition checks that the nesting error points at the
// line where the limit was crossed.
func TestNestingErrorPosition(t *testing.T) {
	var b strings.Builder
	b.WriteString("locals {\n  x = ")
	for i := 0; i < 600; i++ {
		b.WriteString("[\n")
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "main.tf"), b.String())
	res := scanWith(t, []string{dir}, Config{})
	if len(res.Diagnostics) != 1 {
		t.Fatalf("want one diagnostic, got %v", res.Diagnostics)
	}
	// locals { is level 1, the first [ on line 2 level 2: level 501 is the
	// [ on line 501.
	if d := res.Diagnostics[0]; d.Range.Start.Line != 501 || d.Range.Start.Column != 1 {
		t.Errorf("nesting error at %d:%d, want 501:1", d.Range.Start.Line, d.Range.Start.Column)
	}
}

func TestMaxFileSizeTemplates(t *testing.T) {
	dir := t.TempDir()
	pad := "\n# " + strings.Repeat("x", 3000) + "\n"
	write(t, filepath.Join(dir, "big.yaml"), yamlVolume+pad)
	write(t, filepath.Join(dir, "big.template"), "{}"+strings.Repeat(" ", 3000))
	write(t, filepath.Join(dir, "k8s.yaml"), "kind: Pod"+pad)
	write(t, filepath.Join(dir, "small.yaml"), yamlVolume)
	res := scanWith(t, []string{dir}, Config{MaxFileSize: 2000})
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, filepath.Base(d.Range.File)+": "+d.Summary)
	}
	want := []string{"big.template: file too large", "big.yaml: file too large"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics %q, want %q", got, want)
	}
	if len(res.Findings) != 1 {
		t.Errorf("small.yaml was not scanned")
	}
}

func writeTB(tb testing.TB, path, content string) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// manyResources writes n small resources as one .tf and one template.
func manyResources(t testing.TB, dir string, n int) {
	var tf, cfn strings.Builder
	cfn.WriteString("AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&tf, "resource \"aws_ebs_volume\" \"v%d\" {\n  size      = %d\n  encrypted = %t\n}\n", i, i, i%2 == 0)
		fmt.Fprintf(&cfn, "  Vol%d:\n    Type: AWS::EC2::Volume\n    Properties:\n      Size: %d\n      Encrypted: %t\n", i, i, i%2 == 0)
	}
	writeTB(t, filepath.Join(dir, "tf", "main.tf"), tf.String())
	writeTB(t, filepath.Join(dir, "cfn", "stack.yaml"), cfn.String())
}

// TestManyResources scans 10,000 resources in one .tf file and 10,000 in
// one template (3,000 with -short); BenchmarkManyResources scans 30,000 of
// each and measures the time.
func TestManyResources(t *testing.T) {
	n := 10000
	if testing.Short() {
		n = 3000
	}
	dir := t.TempDir()
	manyResources(t, dir, n)
	res := scanWith(t, []string{dir}, Config{})
	if len(res.Diagnostics) > 0 {
		t.Errorf("diagnostics: %v", res.Diagnostics[:min(3, len(res.Diagnostics))])
	}
	if len(res.Findings) != 2*n {
		t.Errorf("%d findings, want %d", len(res.Findings), 2*n)
	}
}

func BenchmarkManyResources(b *testing.B) {
	dir := b.TempDir()
	manyResources(b, dir, 30000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		scanWith(b, []string{dir}, Config{})
	}
}

func BenchmarkNestingCheck(b *testing.B) {
	var tf strings.Builder
	for i := 0; i < 30000; i++ {
		fmt.Fprintf(&tf, "resource \"aws_ebs_volume\" \"v%d\" {\n  size      = %d\n  encrypted = %t\n}\n", i, i, i%2 == 0)
	}
	src := []byte(tf.String())
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if d := checkNesting("main.tf", src); d != nil {
			b.Fatal(d)
		}
	}
}

// TestEvaluationLimits: expansions and references that could run forever or
// without bound end in a diagnostic or an unknown value.
func TestEvaluationLimits(t *testing.T) {
	chain := func(n int, direct bool) string {
		var b strings.Builder
		b.WriteString("locals {\n  l0 = 1\n")
		for i := 1; i < n; i++ {
			if direct {
				fmt.Fprintf(&b, "  l%d = local.l%d\n", i, i-1)
			} else {
				fmt.Fprintf(&b, "  l%d = local.l%d + 1\n", i, i-1)
			}
		}
		fmt.Fprintf(&b, "}\nresource \"aws_ebs_volume\" \"v\" {\n  size = local.l%d\n}\n", n-1)
		return b.String()
	}
	tests := []struct {
		name, src string
		want      string // a diagnostic summary expected, or ""
	}{
		{"count of millions", `resource "aws_ebs_volume" "v" { count = 10000000 }`, "too many instances"},
		{"for_each of millions", `resource "aws_ebs_volume" "v" { for_each = { for i in range(100000) : tostring(i) => i } }`, ""},
		{"count from a huge range", `resource "aws_ebs_volume" "v" { count = length(range(1000000000000)) }`, ""},
		{"range with a huge step count", `locals { r = range(0, 1e300, 1e-300) }
resource "aws_ebs_volume" "v" { size = length(local.r) }`, ""},
		{"nested for over ranges", `locals { x = [for a in range(100000) : [for b in range(100000) : b]] }
resource "aws_ebs_volume" "v" { size = length(flatten(local.x)) }`, ""},
		{"dynamic blocks of millions", `resource "aws_security_group" "v" {
  dynamic "ingress" {
    for_each = range(10000000)
    content { from_port = ingress.value }
  }
}`, ""},
		{"local refers to itself", `locals { a = local.a }
resource "aws_ebs_volume" "v" { size = local.a }`, "local value refers to itself"},
		{"mutual recursion", "locals {\n  a = local.b\n  b = local.c\n  c = local.a\n}\nresource \"aws_ebs_volume\" \"v\" { size = local.a }\n", "local value refers to itself"},
		{"variable refers to itself", `variable "v" { default = var.v }
resource "aws_ebs_volume" "v" { size = var.v }`, ""},
		{"resource refers to itself", `resource "aws_ebs_volume" "v" { size = aws_ebs_volume.v.size }`, ""},
		{"resources refer to each other", `resource "aws_ebs_volume" "a" { size = aws_ebs_volume.b.size }
resource "aws_ebs_volume" "b" { size = aws_ebs_volume.a.size }`, ""},
		{"module calls itself", `module "self" { source = "./" }
resource "aws_ebs_volume" "v" {}`, "module cycle"},
		{"2,000 chained locals", chain(2000, false), ""},
		{"1,000 directly chained locals", chain(1000, true), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTB(t, filepath.Join(dir, "main.tf"), tt.src)
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			defer cancel()
			res, err := Scan(ctx, []string{dir}, Config{Rules: []*Rule{touchEvery}, KeepGraph: true})
			if err != nil {
				t.Fatalf("scan did not end within its bound: %v", err)
			}
			if res.Diagnostics.HasErrors() {
				t.Errorf("errors: %v", res.Diagnostics)
			}
			var found bool
			for _, d := range res.Diagnostics {
				found = found || strings.Contains(d.Summary, tt.want)
			}
			if tt.want != "" && !found {
				t.Errorf("want a diagnostic %q, got %v", tt.want, res.Diagnostics)
			}
			if len(res.Graph.Resources()) == 0 {
				t.Errorf("no resource scanned")
			}
		})
	}
}

// TestFileSystem extends TestWalkSkipsAndSymlinks with link loops and
// links that leave the tree in roundabout ways.
func TestFileSystem(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	tree := filepath.Join(root, "tree")
	writeTB(t, filepath.Join(tree, "main.tf"), tfVolume)
	writeTB(t, filepath.Join(outside, "secret.tf"), `resource "aws_ebs_volume" "outside" { encrypted = false }`)
	writeTB(t, filepath.Join(outside, "secret.yaml"), strings.Replace(yamlVolume, "Vol:", "Outside:", 1))
	// File links that loop.
	must(t, os.Symlink(filepath.Join(tree, "b.tf"), filepath.Join(tree, "a.tf")))
	must(t, os.Symlink(filepath.Join(tree, "a.tf"), filepath.Join(tree, "b.tf")))
	must(t, os.Symlink("self.tf", filepath.Join(tree, "self.tf")))
	// Directory links that loop, relative and absolute.
	must(t, os.MkdirAll(filepath.Join(tree, "d1", "d2"), 0o755))
	must(t, os.Symlink("../..", filepath.Join(tree, "d1", "d2", "up")))
	must(t, os.Symlink(tree, filepath.Join(tree, "d1", "root")))
	// Links out of the tree: absolute, relative, through an inside link,
	// and to a system file.
	must(t, os.Symlink(filepath.Join(outside, "secret.tf"), filepath.Join(tree, "abs.tf")))
	rel, _ := filepath.Rel(tree, filepath.Join(outside, "secret.yaml"))
	must(t, os.Symlink(rel, filepath.Join(tree, "rel.yaml")))
	must(t, os.Symlink(filepath.Join(tree, "abs.tf"), filepath.Join(tree, "via.tf")))
	must(t, os.Symlink("/etc/passwd", filepath.Join(tree, "passwd.json")))
	must(t, os.Symlink(filepath.Join(tree, "d1", "..", "..", "..", filepath.Base(outside), "secret.tf"), filepath.Join(tree, "dots.tf")))
	// A FIFO would block a reader forever.
	if err := mkfifo(filepath.Join(tree, "fifo.tf")); err != nil {
		t.Logf("no FIFO: %v", err)
	}

	done := make(chan *Result, 1)
	go func() { done <- scanWith(t, []string{tree}, Config{}) }()
	var res *Result
	select {
	case res = <-done:
	case <-time.After(3 * time.Minute):
		t.Fatal("the scan hangs")
	}
	var addrs []string
	for _, f := range res.Findings {
		addrs = append(addrs, f.Resource.Address)
		if !strings.HasPrefix(f.Range.File, display(tree, mustWd(t))) {
			t.Errorf("finding outside the tree: %s", f.Range)
		}
	}
	if strings.Join(addrs, ",") != "aws_ebs_volume.v" {
		t.Errorf("findings %v, want only aws_ebs_volume.v", addrs)
	}
	notes := map[string]string{}
	for _, d := range res.Diagnostics {
		notes[filepath.Base(d.Range.File)] = d.Summary
	}
	for _, name := range []string{"abs.tf", "rel.yaml", "via.tf", "passwd.json", "dots.tf"} {
		if notes[name] != "symbolic link out of the scanned tree not followed" {
			t.Errorf("%s: %q, want a note that the link leaves the tree", name, notes[name])
		}
	}
	for _, name := range []string{"a.tf", "b.tf", "self.tf"} {
		if notes[name] != "broken symbolic link skipped" {
			t.Errorf("%s: %q, want a note for the link loop", name, notes[name])
		}
	}
}

func mustWd(t *testing.T) string {
	wd, err := os.Getwd()
	must(t, err)
	return wd
}

// TestScanRootIsSymlink scans a tree through a link to it: files under it
// are inside the tree.
func TestScanRootIsSymlink(t *testing.T) {
	real := filepath.Join(t.TempDir(), "real")
	writeTB(t, filepath.Join(real, "main.tf"), tfVolume)
	writeTB(t, filepath.Join(real, "sub", "vol.yaml"), yamlVolume)
	must(t, os.Symlink(filepath.Join(real, "sub", "vol.yaml"), filepath.Join(real, "inside.yaml")))
	link := filepath.Join(t.TempDir(), "link")
	must(t, os.Symlink(real, link))
	res := scanWith(t, []string{link}, Config{})
	// inside.yaml and sub/vol.yaml are one file, read once under the
	// first name met.
	var files []string
	for _, f := range res.Findings {
		files = append(files, f.Range.File)
	}
	want := []string{display(filepath.Join(link, "inside.yaml"), mustWd(t)), display(filepath.Join(link, "main.tf"), mustWd(t))}
	if strings.Join(files, " ") != strings.Join(want, " ") || len(res.Diagnostics) != 0 {
		t.Errorf("findings in %v, want %v; diagnostics %v", files, want, res.Diagnostics)
	}
}

func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop reads")
	}
	dir := t.TempDir()
	writeTB(t, filepath.Join(dir, "a", "main.tf"), tfVolume)
	writeTB(t, filepath.Join(dir, "b", "main.tf"), tfVolume)
	writeTB(t, filepath.Join(dir, "c", "vol.yaml"), yamlVolume)
	must(t, os.Chmod(filepath.Join(dir, "b", "main.tf"), 0))
	must(t, os.Chmod(filepath.Join(dir, "c"), 0))
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "c"), 0o755) })
	res := scanWith(t, []string{dir}, Config{})
	if len(res.Findings) != 1 {
		t.Errorf("%d findings, want 1 from a/main.tf", len(res.Findings))
	}
	var file, sub bool
	for _, d := range res.Diagnostics {
		file = file || strings.HasSuffix(d.Range.File, "b/main.tf") && d.Summary == "cannot read file"
		sub = sub || strings.HasSuffix(d.Range.File, "c") && d.Summary == "cannot read directory"
	}
	if !file || !sub {
		t.Errorf("want diagnostics for the unreadable file and directory, got %v", res.Diagnostics)
	}
}

func TestMissingPath(t *testing.T) {
	dir := t.TempDir()
	_, err := Scan(context.Background(), []string{dir, filepath.Join(dir, "nope")}, Config{Rules: []*Rule{reportUnencrypted}})
	var pe *PathError
	if !errors.As(err, &pe) || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("want a PathError for the missing path, got %v", err)
	}
}

// bigTree writes n modules of a few files each.
func bigTree(t testing.TB, n int) string {
	dir := t.TempDir()
	for i := 0; i < n; i++ {
		d := filepath.Join(dir, fmt.Sprintf("m%03d", i))
		writeTB(t, filepath.Join(d, "main.tf"), strings.Replace(tfVolume, `"v"`, fmt.Sprintf(`"v%d"`, i), 1)+
			fmt.Sprintf("variable \"x\" { default = %d }\nresource \"aws_ebs_volume\" \"w\" {\n  count = var.x %% 3\n  encrypted = count.index == 0\n}\n", i))
		writeTB(t, filepath.Join(d, "stack.yaml"), yamlVolume)
		writeTB(t, filepath.Join(d, "stack.json"), jsonVolume)
		if i%10 == 0 {
			writeTB(t, filepath.Join(d, "broken.tf"), "resource {")
		}
	}
	return dir
}

func TestCancellationIsPrompt(t *testing.T) {
	dir := bigTree(t, 200)
	// A module whose evaluation alone would take minutes.
	write(t, filepath.Join(dir, "slow", "main.tf"), `locals { x = setproduct(range(1000), range(1000), range(1000)) }
resource "aws_ebs_volume" "v" { size = length(local.x) }`)
	for _, after := range []time.Duration{0, time.Millisecond, 50 * time.Millisecond, 500 * time.Millisecond} {
		ctx, cancel := context.WithTimeout(context.Background(), after)
		start := time.Now()
		_, err := Scan(ctx, []string{dir}, Config{Rules: []*Rule{reportUnencrypted}})
		took := time.Since(start)
		cancel()
		// A scan may finish just as its deadline passes (a loaded machine
		// reaches the last stage late): then its result stands. One that
		// cannot have finished must report the deadline.
		if err != nil && !errors.Is(err, context.DeadlineExceeded) || err == nil && after < 10*time.Millisecond {
			t.Errorf("after %v: want the deadline error, got %v", after, err)
		}
		if took > after+30*time.Second {
			t.Errorf("after %v: the scan took %v to stop", after, took)
		}
	}
}

func TestDeterministicBigTree(t *testing.T) {
	dir := bigTree(t, 300)
	render := func(workers int) string {
		res := scanWith(t, []string{dir}, Config{Workers: workers, Rules: []*Rule{reportUnencrypted, touchEvery}})
		var b strings.Builder
		for _, f := range res.Findings {
			fmt.Fprintln(&b, f.Range, f.Rule.ID, f.Resource.Address, f.Message, f.Related)
		}
		for _, d := range res.Diagnostics {
			fmt.Fprintln(&b, d.Error())
		}
		return b.String()
	}
	one := render(1)
	for _, w := range []int{4, 16, runtime.NumCPU()} {
		if got := render(w); got != one {
			t.Fatalf("%d workers differ from 1", w)
		}
	}
}

// corpusDir finds shared/corpus/realworld above the working directory.
func corpusDir() string {
	wd, _ := os.Getwd()
	for d := wd; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "shared", "corpus", "realworld")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// TestRealworldCorpus scans every real-world project of the shared corpus:
// no panic, no hang, no internal error, and every file that is not read is
// listed with a reason. Every error must be a real problem of its file:
// the known ones are listed in corpusErrors.
func TestRealworldCorpus(t *testing.T) {
	dir := corpusDir()
	if dir == "" {
		t.Skip("shared/corpus/realworld not found")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	start := time.Now()
	res, err := Scan(ctx, []string{dir}, Config{Rules: []*Rule{touchEvery}, KeepGraph: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d files scanned, %d resources, %d diagnostics in %v", res.FilesScanned, len(res.Graph.Resources()), len(res.Diagnostics), time.Since(start))

	byRule := map[string]int{}
	for _, f := range res.Findings {
		byRule[f.Rule.ID]++
	}
	t.Logf("findings per rule: %v", byRule)
	bySummary := map[string]int{}
	for _, d := range res.Diagnostics {
		bySummary[string(d.Severity)+": "+d.Summary]++
		if d.Severity == parser.SevError {
			t.Logf("error: %s", d.Error())
			if strings.Contains(d.Summary, "internal error") {
				t.Errorf("internal error: %s", d.Error())
			}
			if d.Range.File == "" {
				t.Errorf("error without a file: %s", d.Error())
			}
		}
		if d.Summary == "cannot read file" || d.Summary == "cannot read directory" {
			if d.Detail == "" {
				t.Errorf("unreadable without a reason: %s", d.Error())
			}
		}
	}
	keys := make([]string, 0, len(bySummary))
	for k := range bySummary {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%5d %s", bySummary[k], k)
	}
	if res.FilesScanned == 0 {
		t.Error("nothing scanned")
	}
}
