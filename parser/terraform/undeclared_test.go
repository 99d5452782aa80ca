package terraform

import (
	"fmt"
	"slices"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

func TestUndeclaredReferences(t *testing.T) {
	const decls = `
variable "region" {}
locals {
  name = "app"
}
module "net" {
  source = "./net"
}
data "aws_caller_identity" "me" {}
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
`
	cases := []struct {
		name, body string
		want       []string // "summary:line", lines of the body (decls come first)
	}{
		{"declared references", `
resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  availability_zone = "${var.region}a"
  tags              = { Name = local.name, Account = data.aws_caller_identity.me.account_id, Net = module.net.id }
}`, nil},
		{"undeclared resource, local, variable, data source and module call", `
resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.missing.id
  availability_zone = var.zone
  tags = {
    Name    = local.nope
    Account = data.aws_caller_identity.other.account_id
    Net     = module.other.id
  }
}`, []string{"reference to undeclared resource:3", "reference to undeclared input variable:4",
			"reference to undeclared local value:6", "reference to undeclared data source:7", "reference to undeclared module call:8"}},
		{"the resource. prefix", `
resource "aws_subnet" "a" {
  vpc_id = resource.aws_vpc.main.id
  tags   = { Other = resource.aws_vpc.gone.id }
}`, []string{"reference to undeclared resource:4"}},
		{"names that are not declarations", `
resource "aws_subnet" "a" {
  count      = 2
  provider   = aws.east
  vpc_id     = aws_vpc.main.id
  cidr_block = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  tags       = { for k, v in { a = 1 } : k => "${v}-${path.module}-${terraform.workspace}" }
  dynamic "ingress" {
    for_each = [1]
    content {
      from_port = ingress.value
    }
  }
  dynamic "egress" {
    for_each = [1]
    iterator = rule
    content {
      from_port = rule.value
    }
  }
  lifecycle {
    ignore_changes = [tags.Name]
  }
  provisioner "local-exec" {
    command = "echo ${self.id}"
  }
}
module "child" {
  source    = "./child"
  providers = { aws = aws.east }
}
moved {
  from = aws_subnet.old
  to   = aws_subnet.a
}
import {
  to = aws_vpc.imported
  id = "vpc-0123"
}`, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, diags := load(t, map[string]string{"a.tf": decls, "b.tf": c.body})
			var got []string
			for _, d := range diags {
				if d.Range.File == "mod/b.tf" && d.Severity == parser.SevWarning {
					got = append(got, fmt.Sprintf("%s:%d", d.Summary, d.Range.Start.Line))
				}
			}
			slices.Sort(got)
			want := slices.Clone(c.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("warnings %q, want %q", got, want)
			}
		})
	}
}

// A module with a file that does not parse whole may lack declarations:
// nothing is said of its references.
func TestUndeclaredReferencesBrokenFile(t *testing.T) {
	m := &Module{Dir: "mod"}
	for name, src := range map[string]string{
		"a.tf": "resource \"aws_subnet\" \"a\" {\n  vpc_id = aws_vpc.main.id\n}\n",
		"b.tf": "resource \"aws_vpc\" \"main\" {\n  cidr_block = \n",
	} {
		f, _ := ParseFile(parser.Source{Path: "mod/" + name, Bytes: []byte(src)})
		m.Files = append(m.Files, f)
	}
	_, diags := m.Resources(Options{})
	for _, d := range diags {
		if d.Severity == parser.SevWarning {
			t.Errorf("unexpected warning %s: %s", d.Summary, d.Detail)
		}
	}
}

// resource.TYPE.NAME is TYPE.NAME: the same value and the same reference.
func TestResourcePrefix(t *testing.T) {
	rs, diags := load(t, map[string]string{"main.tf": `
resource "aws_s3_bucket" "b" {
  bucket = "logs"
}
resource "aws_s3_bucket_versioning" "v" {
  bucket = resource.aws_s3_bucket.b.bucket
}
`})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	v := find(rs, "aws_s3_bucket_versioning.v")
	if v == nil {
		t.Fatal("no aws_s3_bucket_versioning.v")
	}
	b := v.Body.Get("bucket")
	if s, ok := b.AsString(); !ok || s != "logs" {
		t.Errorf("bucket = %v, want \"logs\"", b)
	}
	if refs := b.Refs(); !slices.Equal(refs, []string{"aws_s3_bucket.b"}) {
		t.Errorf("refs = %q, want [aws_s3_bucket.b]", refs)
	}
}
