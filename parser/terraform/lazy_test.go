package terraform

import (
	"bytes"
	"maps"
	"path"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/soc2lint/soc2lint/bench/gen/generate"
	"github.com/soc2lint/soc2lint/parser"
)

// parseTreeWith parses files into modules by directory as parseTree does:
// whole, with HCL's parser (lazy false), or cut at every top-level item
// with the resource and data blocks lazy (lazy true).
func parseTreeWith(t *testing.T, files map[string][]byte, lazy bool) (map[string]*Module, int) {
	t.Helper()
	mods := map[string]*Module{}
	n := 0
	for _, name := range slices.Sorted(maps.Keys(files)) {
		var f *File
		if lazy {
			var diags parser.Diagnostics
			f, diags = parseFile(parser.Source{Path: name, Bytes: files[name]}, 0, 1)
			if diags.HasErrors() {
				continue
			}
			n += len(f.lazy)
		} else {
			src := files[name]
			var hf *hcl.File
			var diags hcl.Diagnostics
			if path.Ext(name) == ".json" {
				ff, ds := parseFile(parser.Source{Path: name, Bytes: src}, 1<<62, 1)
				if ds.HasErrors() {
					continue
				}
				hf = ff.HCL
			} else if hf, diags = hclsyntax.ParseConfig(stripBOM(src), name, hcl.InitialPos); diags.HasErrors() {
				continue
			}
			f = &File{Path: name, HCL: hf}
		}
		addToModule(mods, name, f)
	}
	return mods, n
}

// TestLazyBlocksSameEvaluation evaluates every root of the Terraform
// fixtures, the examples and a generated file with the resource and data
// blocks parsed whole, and with them lazy (their trees parsed again when
// evaluated), shared and owned (dropped once evaluated and filled again
// when a later pass needs them): the resources and diagnostics must be
// the same, undeclared references and override files included.
func TestLazyBlocksSameEvaluation(t *testing.T) {
	var big bytes.Buffer
	if err := generate.Terraform(&big, 300); err != nil {
		t.Fatal(err)
	}
	trees := evaluationTrees(map[string][]byte{"generated/main.tf": big.Bytes()}, map[string][]byte{
		"undeclared/main.tf": []byte(`variable "a" {}

resource "aws_s3_bucket" "b" {
  bucket = var.missing
  tags   = { x = local.nothing, y = aws_kms_key.k.arn, z = var.a }
  dynamic "rule" {
    for_each = var.a
    content {
      id = rule.value
      x  = data.aws_caller_identity.none.account_id
    }
  }
}

resource "aws_s3_bucket" "c" {
  bucket = var.missing # the same reference, another place
}

resource "aws_s3_bucket" "b" {
  bucket = "duplicate"
}
`),
		"override/main.tf": []byte(`resource "aws_s3_bucket" "b" {
  bucket = "b"
  acl    = "public-read"
}

data "aws_iam_policy_document" "p" {
  statement {
    actions   = ["s3:*"]
    resources = ["*"]
  }
}
`),
		"override/main_override.tf": []byte(`resource "aws_s3_bucket" "b" {
  acl = "private"
}
`),
	})
	roots, lazy, warned := 0, 0, 0
	for _, files := range trees {
		whole, _ := parseTreeWith(t, files, false)
		want := &Project{Modules: whole}
		shared, n := parseTreeWith(t, files, true)
		lazy += n
		lz := &Project{Modules: shared}
		owned, _ := parseTreeWith(t, files, true)
		own := &Project{Modules: owned}
		own.Own = func(dir string) (*Module, bool) { return own.Modules[dir], true }
		for _, root := range want.Roots() {
			wantRes, wantDiags := want.EvaluateRoot(root)
			roots++
			for _, d := range wantDiags {
				if d.Summary == "reference to undeclared input variable" {
					warned++
				}
			}
			for _, p := range []*Project{lz, own} {
				got, gotDiags := p.EvaluateRoot(root)
				if !reflect.DeepEqual(wantRes, got) {
					t.Errorf("%s: resources differ when blocks are lazy (owned %t)", root, p.Own != nil)
				}
				sortDiags(wantDiags)
				sortDiags(gotDiags)
				if !reflect.DeepEqual(wantDiags, gotDiags) {
					t.Errorf("%s: diagnostics differ when blocks are lazy (owned %t):\n%v\n%v", root, p.Own != nil, wantDiags, gotDiags)
				}
			}
		}
	}
	t.Logf("%d roots, %d lazy blocks, %d undeclared variables", roots, lazy, warned)
	if roots < 100 || lazy < 1000 || warned < 2 {
		t.Errorf("%d roots, %d lazy blocks, %d warnings of undeclared variables: too few", roots, lazy, warned)
	}
}

func sortDiags(ds parser.Diagnostics) {
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].Range.String()+ds[i].Summary < ds[j].Range.String()+ds[j].Summary })
}

// TestLazyBlockParsesAsWhole checks that a lazy block parsed again gives
// the body the whole file's parse gives it.
func TestLazyBlockParsesAsWhole(t *testing.T) {
	var big bytes.Buffer
	if err := generate.Terraform(&big, 1000); err != nil {
		t.Fatal(err)
	}
	srcs := nativeSources()
	if corpus := corpusDir(); corpus != "" {
		for name := range srcs {
			if strings.HasPrefix(name, corpus) {
				delete(srcs, name) // TestParseInPiecesSameTree reads the corpus
			}
		}
	}
	srcs["generated.tf"] = big.Bytes()
	n := 0
	for name, src := range srcs {
		whole, diags := hclsyntax.ParseConfig(stripBOM(src), name, hcl.InitialPos)
		if len(diags) > 0 || IsOverrideFile(name) || IsVarsFile(path.Base(name)) {
			continue
		}
		f, _ := parseFile(parser.Source{Path: name, Bytes: src}, 0, 200)
		if f.lazy == nil {
			continue
		}
		want := map[hcl.Pos]*hclsyntax.Body{}
		for _, b := range whole.Body.(*hclsyntax.Body).Blocks {
			want[b.TypeRange.Start] = b.Body
		}
		for _, b := range f.HCL.Body.(*hclsyntax.Body).Blocks {
			if len(b.Body.Attributes)+len(b.Body.Blocks) > 0 && (b.Type == "resource" || b.Type == "data") && len(b.Labels) == 2 {
				t.Errorf("%s:%d: %s block kept its tree", name, b.TypeRange.Start.Line, b.Type)
			}
		}
		for i := range f.lazy {
			lb := &f.lazy[i]
			n++
			got := lb.parse()
			var start hcl.Pos
			for _, b := range f.HCL.Body.(*hclsyntax.Body).Blocks {
				if b.Body == lb.body {
					start = b.TypeRange.Start
				}
			}
			if !reflect.DeepEqual(want[start], got) {
				t.Errorf("%s:%d: the block parsed again differs from the whole file's", name, start.Line)
			}
		}
	}
	if n < 1000 {
		t.Errorf("%d lazy blocks compared, want the generated file's 1000 and more", n)
	}
}
