package terraform

import (
	"bytes"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/soc2lint/soc2lint/bench/gen/generate"
)

// BenchmarkLargeFileParseOnly is the floor of BenchmarkLargeFile: HCL's
// own parse of the same file (hclsyntax.ParseConfig, which lexes it once),
// nothing of ours. What BenchmarkLargeFile and `lint` spend beyond it is
// ours to save; see bench/README.md.
func BenchmarkLargeFileParseOnly(b *testing.B) {
	var buf bytes.Buffer
	if err := generate.Terraform(&buf, 30000); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		f, diags := hclsyntax.ParseConfig(buf.Bytes(), "big/main.tf", hcl.InitialPos)
		if diags.HasErrors() || f == nil {
			b.Fatal(diags)
		}
	}
}
