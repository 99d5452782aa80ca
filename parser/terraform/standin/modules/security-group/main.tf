# soc2lint's stand-in for terraform-aws-modules/security-group/aws, major
# versions 4 and 5, written from the module's documented inputs and
# defaults. It creates the security group and the rules whose sources are
# CIDR ranges (ingress_rules and egress_rules with the *_cidr_blocks lists,
# ingress_with_cidr_blocks, egress_with_cidr_blocks and their IPv6 forms):
# the rules soc2lint judges. Rules between security groups, from prefix
# lists, to the group itself and the computed_* inputs are not modeled.

locals {
  create = var.create
  # The group the rules attach to: the one created here, or the one
  # named by security_group_id when create_sg is false.
  this_sg_id = var.create_sg ? one(aws_security_group.this[*].id) : var.security_group_id
}

resource "aws_security_group" "this" {
  count = local.create && var.create_sg ? 1 : 0

  name                   = var.use_name_prefix ? null : var.name
  name_prefix            = var.use_name_prefix ? "${var.name}-" : null
  description            = var.description
  vpc_id                 = var.vpc_id
  revoke_rules_on_delete = var.revoke_rules_on_delete
  tags                   = merge({ Name = var.name }, var.tags)
}

# One rule per named rule, from every CIDR range of ingress_cidr_blocks
# and ingress_ipv6_cidr_blocks.
resource "aws_security_group_rule" "ingress_rules" {
  count = local.create ? length(var.ingress_rules) : 0

  security_group_id = local.this_sg_id
  type              = "ingress"
  cidr_blocks       = var.ingress_cidr_blocks
  ipv6_cidr_blocks  = var.ingress_ipv6_cidr_blocks
  description       = local.rules[var.ingress_rules[count.index]].description
  from_port         = local.rules[var.ingress_rules[count.index]].from
  to_port           = local.rules[var.ingress_rules[count.index]].to
  protocol          = local.rules[var.ingress_rules[count.index]].protocol
}

# One rule per map: its own ports or named rule, and its own
# comma-separated cidr_blocks or else ingress_cidr_blocks.
resource "aws_security_group_rule" "ingress_with_cidr_blocks" {
  count = local.create ? length(var.ingress_with_cidr_blocks) : 0

  security_group_id = local.this_sg_id
  type              = "ingress"
  cidr_blocks       = compact(split(",", lookup(var.ingress_with_cidr_blocks[count.index], "cidr_blocks", join(",", var.ingress_cidr_blocks))))
  description       = lookup(var.ingress_with_cidr_blocks[count.index], "description", "Ingress Rule")
  from_port         = tonumber(lookup(var.ingress_with_cidr_blocks[count.index], "from_port", local.rules[lookup(var.ingress_with_cidr_blocks[count.index], "rule", "_")].from))
  to_port           = tonumber(lookup(var.ingress_with_cidr_blocks[count.index], "to_port", local.rules[lookup(var.ingress_with_cidr_blocks[count.index], "rule", "_")].to))
  protocol          = lookup(var.ingress_with_cidr_blocks[count.index], "protocol", local.rules[lookup(var.ingress_with_cidr_blocks[count.index], "rule", "_")].protocol)
}

resource "aws_security_group_rule" "ingress_with_ipv6_cidr_blocks" {
  count = local.create ? length(var.ingress_with_ipv6_cidr_blocks) : 0

  security_group_id = local.this_sg_id
  type              = "ingress"
  ipv6_cidr_blocks  = compact(split(",", lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "ipv6_cidr_blocks", join(",", var.ingress_ipv6_cidr_blocks))))
  description       = lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "description", "Ingress Rule")
  from_port         = tonumber(lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "from_port", local.rules[lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "rule", "_")].from))
  to_port           = tonumber(lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "to_port", local.rules[lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "rule", "_")].to))
  protocol          = lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "protocol", local.rules[lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "rule", "_")].protocol)
}

resource "aws_security_group_rule" "egress_rules" {
  count = local.create ? length(var.egress_rules) : 0

  security_group_id = local.this_sg_id
  type              = "egress"
  cidr_blocks       = var.egress_cidr_blocks
  ipv6_cidr_blocks  = var.egress_ipv6_cidr_blocks
  description       = local.rules[var.egress_rules[count.index]].description
  from_port         = local.rules[var.egress_rules[count.index]].from
  to_port           = local.rules[var.egress_rules[count.index]].to
  protocol          = local.rules[var.egress_rules[count.index]].protocol
}

resource "aws_security_group_rule" "egress_with_cidr_blocks" {
  count = local.create ? length(var.egress_with_cidr_blocks) : 0

  security_group_id = local.this_sg_id
  type              = "egress"
  cidr_blocks       = compact(split(",", lookup(var.egress_with_cidr_blocks[count.index], "cidr_blocks", join(",", var.egress_cidr_blocks))))
  description       = lookup(var.egress_with_cidr_blocks[count.index], "description", "Egress Rule")
  from_port         = tonumber(lookup(var.egress_with_cidr_blocks[count.index], "from_port", local.rules[lookup(var.egress_with_cidr_blocks[count.index], "rule", "_")].from))
  to_port           = tonumber(lookup(var.egress_with_cidr_blocks[count.index], "to_port", local.rules[lookup(var.egress_with_cidr_blocks[count.index], "rule", "_")].to))
  protocol          = lookup(var.egress_with_cidr_blocks[count.index], "protocol", local.rules[lookup(var.egress_with_cidr_blocks[count.index], "rule", "_")].protocol)
}

resource "aws_security_group_rule" "egress_with_ipv6_cidr_blocks" {
  count = local.create ? length(var.egress_with_ipv6_cidr_blocks) : 0

  security_group_id = local.this_sg_id
  type              = "egress"
  ipv6_cidr_blocks  = compact(split(",", lookup(var.egress_with_ipv6_cidr_blocks[count.index], "ipv6_cidr_blocks", join(",", var.egress_ipv6_cidr_blocks))))
  description       = lookup(var.egress_with_ipv6_cidr_blocks[count.index], "description", "Egress Rule")
  from_port         = tonumber(lookup(var.egress_with_ipv6_cidr_blocks[count.index], "from_port", local.rules[lookup(var.egress_with_ipv6_cidr_blocks[count.index], "rule", "_")].from))
  to_port           = tonumber(lookup(var.egress_with_ipv6_cidr_blocks[count.index], "to_port", local.rules[lookup(var.egress_with_ipv6_cidr_blocks[count.index], "rule", "_")].to))
  protocol          = lookup(var.egress_with_ipv6_cidr_blocks[count.index], "protocol", local.rules[lookup(var.egress_with_ipv6_cidr_blocks[count.index], "rule", "_")].protocol)
}
