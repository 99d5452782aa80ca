package terraform

import "testing"

// TestEmptyEitherWay: a count or for_each whose condition is not known but
// whose two results are both empty makes no instance (cloudposse's
// `for_each = local.enabled ? var.rules : {}` with rules empty by default
// and enabled from a label module that is not downloaded); a dynamic
// block of that shape makes no block. When a result may be non-empty the
// number stays unknown.
func TestEmptyEitherWay(t *testing.T) {
	rs, _ := load(t, map[string]string{"main.tf": `variable "enabled" {
  type = bool
}
variable "rules" {
  type    = map(any)
  default = {}
}
variable "extra" {
  type    = list(string)
  default = []
}
variable "other" {
  type    = list(string)
  default = ["x"]
}
resource "aws_security_group_rule" "each" {
  for_each    = var.enabled ? var.rules : {}
  type        = "ingress"
  from_port   = 22
  to_port     = 22
  protocol    = "tcp"
  cidr_blocks = ["0.0.0.0/0"]
}
resource "aws_security_group_rule" "count" {
  count       = (var.enabled ? 0 : length(var.extra))
  type        = "ingress"
  cidr_blocks = ["0.0.0.0/0"]
}
resource "aws_security_group_rule" "maybe" {
  count       = var.enabled ? length(var.other) : 0
  type        = "ingress"
  cidr_blocks = ["0.0.0.0/0"]
}
resource "aws_security_group" "dyn" {
  dynamic "ingress" {
    for_each = var.enabled ? var.extra : []
    content {
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
  dynamic "egress" {
    for_each = var.enabled ? var.other : []
    content {
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
`})
	for _, addr := range []string{"aws_security_group_rule.each[*]", "aws_security_group_rule.count[*]"} {
		if find(rs, addr) != nil {
			t.Errorf("%s: a block empty whichever way its condition goes has an instance", addr)
		}
	}
	if find(rs, "aws_security_group_rule.maybe[*]") == nil {
		t.Errorf("a count that may be 1 lost its unknown instance")
	}
	sg := find(rs, "aws_security_group.dyn")
	if sg == nil {
		t.Fatal("no security group")
	}
	if v := sg.Body.Get("ingress"); v != nil {
		t.Errorf("a dynamic block empty either way is set: %+v", v)
	}
	if len(sg.Body.Get("egress").Items()) != 1 || !sg.Body.Get("egress").Items()[0].Rest() {
		t.Errorf("a dynamic block that may have blocks lost its unknown block: %+v", sg.Body.Get("egress"))
	}
}
