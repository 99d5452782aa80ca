package terraform

import (
	"bytes"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/bench/gen/generate"
	"github.com/soc2lint/soc2lint/parser"
)

// TestStreamSameEvaluation evaluates every Terraform file of the fixtures,
// the examples, the real-world corpus (when present), a generated file and
// modules of edge cases, each directory a module, every resource and data
// block lazy and every root owned, with and without the streamed
// evaluation: the resources and the diagnostics must be the same.
func TestStreamSameEvaluation(t *testing.T) {
	var big bytes.Buffer
	if err := generate.Terraform(&big, 300); err != nil {
		t.Fatal(err)
	}
	srcs := nativeSources()
	srcs["generated/main.tf"] = big.Bytes()
	srcs["quickeval-edges/main.tf"] = []byte(quickEvalEdges)
	srcs["stream-edges/main.tf"] = []byte(streamEdges)
	srcs["stream-edges/other.tf"] = []byte(streamEdgesOther)
	project := func() (*Project, int) {
		mods := map[string]*Module{}
		streams := 0
		for _, name := range slices.Sorted(maps.Keys(srcs)) {
			if !strings.HasSuffix(name, ".tf") {
				continue
			}
			f, diags := parseFile(parser.Source{Path: name, Bytes: srcs[name]}, 0, 1)
			if diags.HasErrors() {
				continue
			}
			for i := range f.lazy {
				if f.lazy[i].streams() {
					streams++
				}
			}
			addToModule(mods, name, f)
		}
		p := &Project{Modules: mods}
		p.Own = func(dir string) (*Module, bool) { return p.Modules[dir], true }
		return p, streams
	}
	defer func() { streamEval = true }()
	pGot, streams := project()
	pWant, _ := project()
	resources, diagnostics := 0, 0
	for _, root := range pWant.Roots() {
		streamEval = true
		got, gotDiags := pGot.EvaluateRoot(root)
		streamEval = false
		want, wantDiags := pWant.EvaluateRoot(root)
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
				t.Errorf("%s: %s differs when streamed", root, want[i].Address)
				diffTrees(t, reflect.ValueOf(got[i]), reflect.ValueOf(want[i]), "resource")
			}
		}
		if !reflect.DeepEqual(gotDiags, wantDiags) {
			t.Errorf("%s: diagnostics differ when streamed:\n%v\n%v", root, gotDiags, wantDiags)
		}
		if t.Failed() {
			return
		}
	}
	t.Logf("%d roots, %d resources, %d diagnostics, %d blocks streamable", len(pWant.Roots()), resources, diagnostics, streams)
	if resources < 1000 || streams < 1000 {
		t.Errorf("%d resources, %d blocks streamable, want 1000 and more", resources, streams)
	}
}

// streamEdges are blocks streamed and blocks near them that are not:
// nested blocks before arguments, dynamic blocks, meta-argument blocks
// and arguments, references between blocks in both directions and in a
// cycle, comments.
const streamEdges = `
variable "rules" {
  default = [{ port = 22 }, { port = 443 }]
}

locals {
  name = "edge"
  tags = { Owner = "o" }
}

resource "aws_security_group" "a" {
  # a comment
  ingress {
    from_port   = 22 // another
    to_port     = 22
    cidr_blocks = ["0.0.0.0/0", var.rules[0].port]
    nested {
      deep {
        x = aws_s3_bucket.later.id
      }
      y = 1
    }
  }
  name = "${local.name}-sg"
  dynamic "egress" {
    for_each = var.rules
    content {
      from_port = egress.value.port
    }
  }
  dynamic "twolabels" "x" {
    y = 2
  }
  lifecycle {
    create_before_destroy = true
  }
  provisioner "local-exec" {
    command = "echo"
  }
  ingress {
    from_port = 443
  }
  tags = merge(local.tags, { Name = "x" })
}

resource "aws_s3_bucket" "later" {
  bucket = aws_security_group.a.name
  tags   = local.tags

  logging {
    target_bucket = aws_s3_bucket.cycle1.id
  }
}

resource "aws_s3_bucket" "cycle1" {
  bucket = aws_s3_bucket.cycle2.bucket
}

resource "aws_s3_bucket" "cycle2" {
  bucket = aws_s3_bucket.cycle1.bucket
}

resource "aws_s3_bucket" "counted" {
  count  = 2
  bucket = "c-${count.index}"
}

resource "aws_s3_bucket" "provided" {
  provider = aws.west
  bucket   = "p"
}

resource "aws_s3_bucket" "depends" {
  depends_on = [aws_s3_bucket.later]
  bucket     = aws_s3_bucket.counted[0].id
}

resource "aws_s3_bucket" "calls" {
  bucket = module.m.out
  policy = jsonencode({ Statement = [{ Resource = "${aws_s3_bucket.later.arn}/*" }] })
}

data "aws_iam_policy_document" "doc" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.later.arn}/*"]
  }
}

resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.later.id
  policy = data.aws_iam_policy_document.doc.json
}

resource "aws_s3_bucket" "undeclared" {
  bucket = var.nothing
  tags   = local.nothing
}

resource "aws_s3_bucket" "empty" {
}

resource "aws_thing" "literals" {
  s1      = "plain"
  s2      = ""
  s3      = "esc\"aped\\n\t and \n"
  s4      = "a$b%c $"
  n1      = 0
  n2      = 10.25
  n3      = 123456789012345678901234567890
  b1      = true
  b2      = false
  nl      = null
  t1      = trueish.x
  t2      = nullable
  t3      = tostring(true)
  t4      = false_friend
  list    = [true, "x", 1, null]
  obj     = { a = true, b = "c" }
  tmpl    = "${true}-${1}"
  nested {
    n = 1.5
    s = "in"
  }
}

resource "aws_thing" "notquick" {
  s = "$${x}"
  n = 1
}

module "m" {
  source = "./m"
  bucket = aws_s3_bucket.empty.bucket
}
`

const streamEdgesOther = `
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "k" {
  description = "${local.name}-key"
  policy      = data.aws_iam_policy_document.doc.json
}
`
