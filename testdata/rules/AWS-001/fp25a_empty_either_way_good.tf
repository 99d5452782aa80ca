# A module in cloudposse's style: whether it is enabled comes from a label
# module that is not downloaded, and the extra ingress rules are empty by
# default. Whichever way the flag goes, no rule is made.
module "cp_label" {
  source  = "cloudposse/label/null"
  version = "0.25.0"
}

variable "cp_admin_ingress" {
  type    = map(object({ port = number }))
  default = {}
}

resource "aws_security_group" "cp_bastion" {
  name        = "cp_bastion"
  description = "Bastion host"
  vpc_id      = "vpc-0a1b2c3d"
}

resource "aws_security_group_rule" "cp_admin" {
  for_each          = module.cp_label.enabled ? var.cp_admin_ingress : {}
  description       = "Administration from anywhere, when asked for"
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.cp_bastion.id
}
