package terraform

import (
	"bytes"
	"testing"

	"github.com/soc2lint/soc2lint/bench/gen/generate"
	"github.com/soc2lint/soc2lint/parser"
)

// BenchmarkLargeFile parses and evaluates one generated file of 30,000
// resources (bench/gen -kind tf): S3 buckets, security groups with ingress
// blocks and instances using variables, locals and each other's ids.
// `soc2lint lint` on the same file adds the rules, see bench/README.md.
func BenchmarkLargeFile(b *testing.B) {
	const resources = 30000
	var buf bytes.Buffer
	if err := generate.Terraform(&buf, resources); err != nil {
		b.Fatal(err)
	}
	src := parser.Source{Path: "big/main.tf", Bytes: buf.Bytes()}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	var n int
	for i := 0; i < b.N; i++ {
		f, diags := ParseFile(src)
		if diags.HasErrors() {
			b.Fatal(diags)
		}
		p := &Project{Modules: map[string]*Module{"big": {Dir: "big", Files: []*File{f}}}}
		rs, _ := p.Evaluate()
		n = 0
		for _, r := range rs {
			if r.Kind == "" {
				n++
			}
		}
	}
	if n != resources {
		b.Fatalf("%d resources, want %d", n, resources)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/resources, "ns/resource")
}

// BenchmarkLargeFileOwned is BenchmarkLargeFile with the root handed over
// to the evaluation (Project.Own), as `soc2lint lint` does: each block's
// tree is dropped once evaluated, and blocks are evaluated from their
// source (stream.go) or, in the sub-benchmark tree, from the tree
// quickTree builds.
func BenchmarkLargeFileOwned(b *testing.B) {
	const resources = 30000
	var buf bytes.Buffer
	if err := generate.Terraform(&buf, resources); err != nil {
		b.Fatal(err)
	}
	src := parser.Source{Path: "big/main.tf", Bytes: buf.Bytes()}
	defer func() { streamEval = true }()
	for _, stream := range []bool{true, false} {
		name := "stream"
		if !stream {
			name = "tree"
		}
		b.Run(name, func(b *testing.B) {
			streamEval = stream
			b.SetBytes(int64(buf.Len()))
			b.ReportAllocs()
			var n int
			for i := 0; i < b.N; i++ {
				f, diags := ParseFile(src)
				if diags.HasErrors() {
					b.Fatal(diags)
				}
				p := &Project{Modules: map[string]*Module{"big": {Dir: "big", Files: []*File{f}}}}
				p.Own = func(dir string) (*Module, bool) { return p.Modules[dir], true }
				rs, _ := p.Evaluate()
				n = 0
				for _, r := range rs {
					if r.Kind == "" {
						n++
					}
				}
			}
			if n != resources {
				b.Fatalf("%d resources, want %d", n, resources)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/resources, "ns/resource")
		})
	}
}
