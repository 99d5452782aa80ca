package terraform

import "testing"

// A resource attribute the configuration does not set is unknown (the
// provider computes it), without making the expressions around it
// unknown as a whole: an evaluation error in one argument used to make a
// function's whole result unknown.
func TestComputedAttributeKeepsTheRestKnown(t *testing.T) {
	rs, _ := load(t, map[string]string{"main.tf": `
resource "aws_kms_key" "k" {
  enable_key_rotation = true
}
resource "aws_sns_topic" "each" {
  for_each = toset(["a", "b"])
  name     = each.key
}
resource "aws_sqs_queue" "n" {
  count = 2
  name  = "q${count.index}"
}
data "aws_caller_identity" "me" {}
locals {
  base = { storage_encrypted = true, engine = "aurora-postgresql" }
  cfg  = merge(local.base, { kms_key_id = aws_kms_key.k.arn })
}
resource "aws_rds_cluster" "c" {
  engine            = local.cfg.engine
  storage_encrypted = local.cfg.storage_encrypted
  kms_key_id        = local.cfg.kms_key_id
  both              = [aws_kms_key.k.arn, aws_kms_key.k.enable_key_rotation]
  tried             = try(aws_kms_key.k.arn, "none")
  picked            = concat(["arn:aws:sns:us-east-1:111122223333:fixed"], [aws_sns_topic.each["a"].arn])
  counted           = [aws_sqs_queue.n[1].name, aws_sqs_queue.n[0].url]
  account           = { id = data.aws_caller_identity.me.account_id, fixed = "x" }
}
`})
	c := find(rs, "aws_rds_cluster.c")
	if c == nil {
		t.Fatal("no aws_rds_cluster.c")
	}
	tests := []struct {
		name string
		got  func() string
		want string
	}{
		{"merge keeps the known attributes", func() string { return c.Body.Get("engine").Str }, "aurora-postgresql"},
		{"merge keeps the known booleans", func() string { return c.Body.Get("storage_encrypted").Kind.String() }, "bool"},
		{"the computed attribute is unknown", func() string { return c.Body.Get("kms_key_id").Why() }, computedWhy},
		{"a list keeps its known elements", func() string { return c.Body.Get("both").Elems[1].Kind.String() }, "bool"},
		{"try of a computed attribute is unknown, not its fallback", func() string { return c.Body.Get("tried").Kind.String() }, "unknown"},
		{"for_each instance attribute", func() string { return c.Body.Get("picked").Elems[0].Str }, "arn:aws:sns:us-east-1:111122223333:fixed"},
		{"count instance, set attribute", func() string { return c.Body.Get("counted").Elems[0].Str }, "q1"},
		{"count instance, computed attribute", func() string { return c.Body.Get("counted").Elems[1].Kind.String() }, "unknown"},
		{"data source attribute", func() string { return c.Body.Get("account").Get("fixed").Str }, "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.got(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
