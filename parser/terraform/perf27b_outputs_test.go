package terraform

import (
	"strings"
	"testing"
)

// TestOutputsReadOneByOne: an expression that reads some outputs of a
// module call sees the same values as when every output was evaluated,
// for a call without count or for_each, one with count, one with
// for_each (indexed by key, and a key read as an attribute, which needs
// the whole value), and through references (Refs) to an output.
func TestOutputsReadOneByOne(t *testing.T) {
	root := `
module "one" { source = "./child" }
module "many" {
  source = "./child"
  count  = 2
  name   = "n${count.index}"
}
module "keyed" {
  source   = "./child"
  for_each = toset(["a", "b"])
  name     = each.key
}
resource "aws_s3_bucket" "direct" {
  bucket = module.one.name
  tags   = { both = "${module.one.name}-${module.one.upper}" }
}
resource "aws_s3_bucket" "counted" {
  bucket = module.many[1].name
}
resource "aws_s3_bucket" "keyed" {
  bucket = module.keyed["b"].upper
}
resource "aws_s3_bucket" "key_as_attr" {
  bucket = module.keyed.a.name
}
resource "aws_s3_bucket" "whole" {
  bucket = lookup(module.one, "upper", "none")
}
resource "aws_s3_bucket" "via_ref" {
  bucket = module.one.queue
}
`
	child := `
variable "name" { default = "base" }
resource "aws_sqs_queue" "q" { name = var.name }
output "name" { value = var.name }
output "upper" { value = upper(var.name) }
output "queue" { value = aws_sqs_queue.q.id }
output "unread" { value = "${var.name}-unread" }
`
	p := &Project{Modules: map[string]*Module{
		"root":       moduleOf(t, "root", root),
		"root/child": moduleOf(t, "root/child", child),
	}}
	rs, _ := p.EvaluateRoot("root")
	for addr, want := range map[string]string{
		"aws_s3_bucket.direct":      "base",
		"aws_s3_bucket.counted":     "n1",
		"aws_s3_bucket.keyed":       "B",
		"aws_s3_bucket.key_as_attr": "a",
		"aws_s3_bucket.whole":       "BASE",
	} {
		r := find(rs, addr)
		if r == nil {
			t.Fatalf("no %s", addr)
		}
		if got := r.Body.Get("bucket"); got == nil || got.Str != want {
			t.Errorf("%s: bucket %v, want %q", addr, got, want)
		}
	}
	if r := find(rs, "aws_s3_bucket.direct"); r != nil {
		if got := r.Body.Get("tags").Get("both"); got == nil || got.Str != "base-BASE" {
			t.Errorf("tags.both %v, want base-BASE", got)
		}
	}
	r := find(rs, "aws_s3_bucket.via_ref")
	if r == nil {
		t.Fatal("no aws_s3_bucket.via_ref")
	}
	refs := r.Body.Get("bucket").Refs()
	if !strings.Contains(strings.Join(refs, " "), "module.one.aws_sqs_queue.q") {
		t.Errorf("refs of module.one.queue: %q, want module.one.aws_sqs_queue.q", refs)
	}
}
