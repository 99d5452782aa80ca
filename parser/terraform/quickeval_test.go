package terraform

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/bench/gen/generate"
	"github.com/soc2lint/soc2lint/parser"
)

// TestQuickEvalSameAsHCL evaluates every Terraform file of the fixtures,
// the examples, the real-world corpus (when present) and a generated file,
// each directory a module, with and without quickValue and nameContext:
// the resources and the diagnostics must be the same.
func TestQuickEvalSameAsHCL(t *testing.T) {
	var big bytes.Buffer
	if err := generate.Terraform(&big, 300); err != nil {
		t.Fatal(err)
	}
	srcs := nativeSources()
	srcs["generated/main.tf"] = big.Bytes()
	srcs["quickeval-edges/main.tf"] = []byte(quickEvalEdges)
	project := func() *Project {
		mods := map[string]*Module{}
		for _, name := range sortedKeys(srcs) {
			if !strings.HasSuffix(name, ".tf") {
				continue
			}
			f, _ := ParseFile(parser.Source{Path: name, Bytes: srcs[name]})
			dir := filepath.Dir(name)
			if mods[dir] == nil {
				mods[dir] = &Module{Dir: dir}
			}
			mods[dir].Files = append(mods[dir].Files, f)
		}
		return &Project{Modules: mods}
	}
	defer func() { quickEval = true }()
	pGot, pWant := project(), project()
	resources, diagnostics := 0, 0
	for _, root := range pWant.Roots() {
		quickEval = true
		got, gotDiags := pGot.EvaluateRoot(root)
		quickEval = false
		want, wantDiags := pWant.EvaluateRoot(root)
		// The order of a root's resources and diagnostics is not fixed
		// (it is not with quickEval off either): compare them sorted.
		sortResources(got)
		sortResources(want)
		sortDiagsFully(gotDiags)
		sortDiagsFully(wantDiags)
		resources += len(want)
		diagnostics += len(wantDiags)
		if len(got) != len(want) {
			t.Errorf("%s: %d resources, want %d", root, len(got), len(want))
			continue
		}
		for i := range got {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("%s: %s differs with quickEval", root, want[i].Address)
				diffTrees(t, reflect.ValueOf(got[i]), reflect.ValueOf(want[i]), "resource")
			}
		}
		if !reflect.DeepEqual(gotDiags, wantDiags) {
			t.Errorf("%s: diagnostics differ with quickEval", root)
		}
		if t.Failed() {
			return
		}
	}
	t.Logf("%d roots, %d resources, %d diagnostics", len(pWant.Roots()), resources, diagnostics)
	if resources < 1000 {
		t.Errorf("%d resources, want 1000 and more", resources)
	}
}

func sortResources(rs []*parser.Resource) {
	sort.SliceStable(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.Address != b.Address {
			return a.Address < b.Address
		}
		if a.Module != b.Module {
			return a.Module < b.Module
		}
		return a.Range.String() < b.Range.String()
	})
}

func sortDiagsFully(ds parser.Diagnostics) {
	sort.SliceStable(ds, func(i, j int) bool { return fmt.Sprint(ds[i]) < fmt.Sprint(ds[j]) })
}

// quickEvalEdges are forms near the ones quickValue and quickExpr take,
// and the same forms where they must give up.
const quickEvalEdges = `
variable "s" {
  default = "e\u0301x"
}
variable "n" {
  type    = string
  default = 5
}
variable "m" {
  type    = map(string)
  default = { a = 1 }
}
variable "l" {
  default = ["a", "b"]
}
variable "u" {}

locals {
  a    = "${local.b}-a"
  b    = "${local.a}-b"
  c    = [local.c]
  d    = merge(local.d, { x = "y" })
  tags = { Owner = "o", Env = var.s }
  num  = { n = 1 }
  nest = { x = { y = "z" } }
  str  = "abc"
  self = local.self
}

resource "aws_s3_bucket" "one" {
  bucket = "b"
}

resource "aws_s3_bucket" "many" {
  count  = 2
  bucket = "b${count.index}"
}

resource "aws_s3_bucket" "each" {
  for_each = { a = 1 }
  bucket   = each.key
}

data "aws_caller_identity" "me" {}

resource "aws_thing" "t" {
  lit      = 443
  neg      = -1
  big      = 123456789012345678901234567890
  frac     = 1.50
  nul      = null
  yes      = true
  str      = "plain"
  nfc      = "e\u0301"
  split    = "a\nb$${c}%%{d}"
  heredoc  = <<-EOT
    hello
      world
  EOT
  tmpl     = "${local.str}-${var.s}-x"
  tmplnum  = "${var.n}"
  tmplmap  = "${var.m}"
  tmpllist = "${var.l}"
  tmplu    = "${var.u}"
  tmplnone = "${var.none}"
  tmplcyc  = "${local.a}"
  only     = "${local.str}"
  wrapped  = "${var.s}"
  id       = aws_s3_bucket.one.id
  set      = aws_s3_bucket.one.bucket
  cnt      = aws_s3_bucket.many.id
  idx      = aws_s3_bucket.many[0].id
  each     = aws_s3_bucket.each["a"].id
  data     = data.aws_caller_identity.me.account_id
  whole    = aws_s3_bucket.one
  deep     = aws_s3_bucket.one.id.x
  undecl   = aws_nothing.x.id
  v        = var.s
  vn       = var.n
  vm       = var.m
  vma      = var.m.a
  vmb      = var.m["b"]
  vl0      = var.l[0]
  vl5      = var.l[5]
  vu       = var.u
  vnone    = var.none
  lt       = local.tags
  ltx      = local.tags.Owner
  lc       = local.c
  lself    = local.self
  lnone    = local.none
  tup      = [1, "a", null, true, var.s, local.str, aws_s3_bucket.one.id]
  tupbad   = [var.s, upper("x")]
  tupcyc   = [local.a, local.str]
  tupset   = [aws_s3_bucket.one.bucket]
  tupcnt   = [aws_s3_bucket.many.id]
  tupu     = [var.u, var.l[9]]
  empty    = []
  nested   = [[1]]
  m1       = merge(local.tags, { Name = "n" })
  m2       = merge(local.tags, { "Name" = "${local.str}-x", Name = "dup" })
  m3       = merge(local.num, { a = "b" })
  m4       = merge(local.tags, var.m)
  m5       = merge({ a = "b" }, { a = "c" })
  m6       = merge(local.nest, {})
  m7       = merge(local.d)
  m8       = merge(local.none, { a = "b" })
  m9       = merge(local.tags, { (local.str) = "k" })
  m10      = merge(local.tags, { a = 1 })
  m11      = merge(local.tags...)
  m12      = merge()
  m13      = merge(local.tags, { a.b = "x" })

  dynamic "ingress" {
    for_each = var.l
    content {
      v    = ingress.value
      t    = "${ingress.value}-x"
      tup  = [ingress.value, var.s]
      lit  = "x"
      id   = aws_s3_bucket.one.id
      m    = merge(local.tags, { k = ingress.key })
    }
  }
}

resource "aws_thing" "counted" {
  count = 2
  a     = "${local.str}-${count.index}"
  b     = [var.s, count.index]
  c     = aws_s3_bucket.one.id
  d     = var.s
}
`
