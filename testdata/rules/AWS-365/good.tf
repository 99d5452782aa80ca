variable "stateful_groups" {
  description = "Stateful rule group ARNs."
  type        = list(string)
  default = [
    "arn:aws:network-firewall:eu-west-1:aws-managed:stateful-rulegroup/MalwareDomainsActionOrder",
    "arn:aws:network-firewall:eu-west-1:aws-managed:stateful-rulegroup/BotNetCommandAndControlDomainsActionOrder",
  ]
}

variable "default_actions" {
  description = "Given by each environment."
  type        = list(string)
}

resource "aws_networkfirewall_rule_group" "allow_ntp" {
  capacity = 10
  name     = "allow-ntp"
  type     = "STATELESS"
  rule_group {
    rules_source {
      stateless_rules_and_custom_actions {
        stateless_rule {
          priority = 1
          rule_definition {
            actions = ["aws:pass"]
            match_attributes {
              protocols = [17]
              destination_port {
                from_port = 123
                to_port   = 123
              }
              destination {
                address_definition = "169.254.169.123/32"
              }
            }
          }
        }
      }
    }
  }
}

# Unmatched packets go to the managed stateful groups.
resource "aws_networkfirewall_firewall_policy" "egress" {
  name = "egress"
  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
    dynamic "stateful_rule_group_reference" {
      for_each = var.stateful_groups
      content {
        resource_arn = stateful_rule_group_reference.value
      }
    }
  }
}

# An allow list: NTP passes, everything else is dropped.
resource "aws_networkfirewall_firewall_policy" "appliance" {
  name = "appliance"
  firewall_policy {
    stateless_default_actions          = ["aws:drop"]
    stateless_fragment_default_actions = ["aws:drop"]
    stateless_rule_group_reference {
      priority     = 10
      resource_arn = aws_networkfirewall_rule_group.allow_ntp.arn
    }
  }
}

# Strict order with a default drop: nothing passes until a rule allows it.
resource "aws_networkfirewall_firewall_policy" "strict" {
  name = "strict"
  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
    stateful_default_actions           = ["aws:drop_established", "aws:alert_established"]
    stateful_engine_options {
      rule_order = "STRICT_ORDER"
    }
  }
}

resource "aws_networkfirewall_firewall_policy" "per_environment" {
  name = "per-environment"
  firewall_policy {
    stateless_default_actions          = var.default_actions # want-note AWS-365
    stateless_fragment_default_actions = ["aws:drop"]
    stateful_rule_group_reference {
      resource_arn = var.stateful_groups[0]
    }
  }
}
