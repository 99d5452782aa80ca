package engine

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// fuzzNames are the files FuzzScan writes its input to, chosen by a byte.
// The tfvars case comes with a main.tf whose variables it sets.
var fuzzNames = []string{"main.tf", "main.tf.json", "template.yaml", "template.json", "stack.template", "terraform.tfvars"}

const fuzzVarsModule = `variable "a" {}
variable "b" { default = "x" }
resource "aws_security_group" "s" {
  count = length(var.a)
  ingress { cidr_blocks = var.a
            from_port = var.b }
}
`

// touchEvery is a rule that reads every value of every resource and reports
// one finding per resource at its deepest known value, so that the rule
// API, Report and the related locations all run on whatever was parsed.
var touchEvery = &Rule{ID: "TEST-ALL", Severity: Low, Check: func(p *Pass) {
	for _, r := range p.graph.Resources() {
		deepest, depth := (*parser.Value)(nil), -1
		var visit func(v *parser.Value, d int)
		visit = func(v *parser.Value, d int) {
			if v == nil {
				return
			}
			v.AsString()
			v.AsBool()
			v.AsInt()
			_ = v.IsNull()
			if v.IsKnown() && d > depth {
				deepest, depth = v, d
			}
			for _, e := range v.Items() {
				if e != v {
					visit(e, d+1)
				}
			}
			for _, k := range v.Keys() {
				visit(v.Get(k), d+1)
			}
		}
		visit(r.Body, 0)
		p.Report(r, deepest, "%s at depth %d", r.Address, depth)
	}
	_ = p.ResourcesOfType("aws_security_group", "AWS::EC2::SecurityGroup")
	_ = p.DataSourcesOfType("aws_iam_policy_document")
}}

// FuzzScan writes its input as one file of a kind chosen by sel, scans it
// with 1 and 3 workers and checks that nothing panicked, that every
// position lies in the file, and that both scans agree.
func FuzzScan(f *testing.F) {
	seeds := map[string]byte{".tf": 0, ".json": 3, ".yaml": 2, ".yml": 2, ".template": 4, ".tfvars": 5}
	for _, dir := range []string{"../testdata", "../examples", "testdata"} {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			sel, ok := seeds[filepath.Ext(p)]
			if strings.HasSuffix(p, ".tf.json") {
				sel, ok = 1, true
			}
			if !ok {
				return nil
			}
			if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
				f.Add(b, sel)
			}
			return nil
		})
	}
	f.Add([]byte("a = [[[[[[1]]]]]]\n"), byte(5))
	f.Add([]byte(`resource "a" "b" { x = "${"${1}"}" }`), byte(0))
	f.Add([]byte("# soc2lint:ignore TEST-ALL until:2030-01-01 r\nresource \"a\" \"b\" {\n  x = 1 # soc2lint:ignore X-1, TEST-ALL\n}\n"), byte(0))
	f.Fuzz(func(t *testing.T, data []byte, sel byte) {
		dir := t.TempDir()
		name := fuzzNames[int(sel)%len(fuzzNames)]
		if name == "terraform.tfvars" {
			if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(fuzzVarsModule), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		var outs [2]string
		for i, workers := range []int{1, 3} {
			res, err := Scan(context.Background(), []string{dir}, Config{Rules: []*Rule{touchEvery}, Workers: workers, KeepGraph: true})
			if err != nil {
				t.Fatalf("scan: %v", err)
			}
			files := map[string][]byte{"main.tf": []byte(fuzzVarsModule), name: data}
			outs[i] = checkResult(t, res, files)
		}
		if outs[0] != outs[1] {
			t.Fatalf("1 and 3 workers disagree:\n%s\n----\n%s", outs[0], outs[1])
		}
	})
}

// checkResult fails on internal errors and positions outside their file,
// and renders the result as text for comparison. files maps a base name to
// its content.
func checkResult(t *testing.T, res *Result, files map[string][]byte) string {
	t.Helper()
	var b strings.Builder
	check := func(what string, r parser.Range) {
		if r.File == "" {
			if r.Start.Line != 0 || r.Start.Byte != 0 {
				t.Fatalf("%s: position without a file: %+v", what, r)
			}
			return
		}
		data, ok := files[filepath.Base(r.File)]
		if !ok {
			t.Fatalf("%s: unknown file %q", what, r.File)
		}
		if err := rangeWithin(data, r); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	for _, d := range res.Diagnostics {
		if strings.Contains(d.Summary, "internal error") {
			t.Fatalf("internal error: %s", d.Error())
		}
		check("diagnostic "+d.Summary, d.Range)
		fmt.Fprintln(&b, d.Error(), d.Severity)
	}
	for _, fd := range res.Findings {
		check("finding "+fd.Message, fd.Range)
		check("resource "+fd.Resource.Address, fd.Resource.Range)
		for _, r := range fd.Related {
			check("related "+r.Message, r.Range)
		}
		fmt.Fprintln(&b, fd.Range, fd.Rule.ID, fd.Message, len(fd.Related))
	}
	for _, r := range res.Graph.Resources() {
		var visit func(path string, v *parser.Value, d int)
		visit = func(path string, v *parser.Value, d int) {
			if v == nil || d > 300 {
				return
			}
			check(r.Address+path, v.Range)
			check(r.Address+path+" key", v.KeyRange)
			for _, s := range v.Via() {
				check(r.Address+path+" via", s.Range)
			}
			for i, e := range v.Elems {
				visit(fmt.Sprintf("%s[%d]", path, i), e, d+1)
			}
			for k, e := range v.Attrs {
				visit(path+"."+k, e, d+1)
			}
		}
		visit("", r.Body, 0)
	}
	return b.String()
}

// rangeWithin reports whether r lies inside data: lines and columns from 1,
// within the file's lines, and byte offsets within its length. A file with
// a byte order mark may count offsets from after the mark.
func rangeWithin(data []byte, r parser.Range) error {
	lines := bytes.Count(data, []byte("\n")) + 1
	for _, p := range []parser.Pos{r.Start, r.End} {
		if p.Line == 0 && p.Column == 0 && p.Byte == 0 {
			continue
		}
		if p.Line < 1 || int(p.Line) > lines || p.Column < 1 || p.Byte < 0 || int(p.Byte) > len(data) {
			return fmt.Errorf("position %+v outside the file (%d lines, %d bytes)", p, lines, len(data))
		}
	}
	if r.End.Line != 0 && (r.End.Line < r.Start.Line || r.End.Byte < r.Start.Byte) {
		return fmt.Errorf("range ends before it starts: %+v", r)
	}
	return nil
}
