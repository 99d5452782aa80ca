package terraform

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestModuleCallRefs: a resource made per instance of a module call
// (for_each = module.x, with each.value.out), or naming an output of some
// or every instance (module.x[count.index].out, module.x[*].out), refers
// to what the outputs of the call's instances refer to (all outputs: the
// output's name is not in the traversal), as a literal index
// (module.x[0].out) refers to that instance's output.
func TestModuleCallRefs(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"main.tf": `module "each" {
  source   = "./b"
  for_each = toset(["logs", "data"])
  name     = "acme-${each.key}"
}
module "counted" {
  source = "./b"
  count  = 2
  name   = "acme-${count.index}"
}
resource "aws_s3_bucket_public_access_block" "per_instance" {
  for_each = module.each
  bucket   = each.value.id
}
resource "aws_s3_bucket_public_access_block" "indexed" {
  count  = 2
  bucket = module.counted[count.index].id
}
resource "aws_s3_bucket_versioning" "splat" {
  for_each = toset(module.counted[*].id)
  bucket   = each.value
}
resource "aws_s3_bucket_versioning" "splat_known" {
  for_each = { a = module.counted[*].id }
  bucket   = each.value[0]
}
resource "aws_s3_bucket_policy" "literal" {
  bucket = module.counted[1].id
}
`,
		"b/main.tf": `variable "name" {}
resource "aws_s3_bucket" "this" {
  bucket = var.name
}
output "id" {
  value = aws_s3_bucket.this.id
}
`,
	}
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run, _ := evaluateFixture(t, dir)
	tests := []struct {
		addr string
		want []string
	}{
		{`aws_s3_bucket_public_access_block.per_instance["logs"]`, []string{`module.each["data"].aws_s3_bucket.this`, `module.each["logs"].aws_s3_bucket.this`}},
		{`aws_s3_bucket_public_access_block.indexed[0]`, []string{`module.counted[0].aws_s3_bucket.this`, `module.counted[1].aws_s3_bucket.this`}},
		// An unknown for_each gives its instance no references: each.value
		// may be any element, a literal as well as a reference, and a
		// rule reads "refers to" as "names one of these".
		{`aws_s3_bucket_versioning.splat[*]`, nil},
		{`aws_s3_bucket_versioning.splat_known["a"]`, []string{`module.counted[0].aws_s3_bucket.this`, `module.counted[1].aws_s3_bucket.this`}},
		{`aws_s3_bucket_policy.literal`, []string{`module.counted[1].aws_s3_bucket.this`}},
	}
	for _, tt := range tests {
		var res *parser.Resource
		for _, r := range run.run.resources {
			if r.Address == tt.addr {
				res = r
			}
		}
		if res == nil {
			t.Errorf("no %s", tt.addr)
			continue
		}
		refs := slices.Clone(res.Body.Get("bucket").Refs())
		slices.Sort(refs)
		if len(refs) != len(tt.want) || !slices.Equal(refs, tt.want) {
			t.Errorf("%s: bucket refers to %v, want %v", tt.addr, refs, tt.want)
		}
	}
}
