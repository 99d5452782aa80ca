resource "aws_networkfirewall_rule_group" "domains" {
  capacity = 100
  name     = "blocked-domains"
  type     = "STATEFUL"
  rule_group {
    rules_source {
      rules_source_list {
        generated_rules_type = "DENYLIST"
        target_types         = ["HTTP_HOST", "TLS_SNI"]
        targets              = [".example-bad.com"]
      }
    }
  }
}

# The stateful domain list never sees a packet: unmatched packets pass.
resource "aws_networkfirewall_firewall_policy" "egress" {
  name = "egress"
  firewall_policy {
    stateless_default_actions          = ["aws:pass"] # want AWS-365 "stateless_default_actions holds aws:pass"
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
    stateful_rule_group_reference {
      resource_arn = aws_networkfirewall_rule_group.domains.arn
    }
  }
}

# Fragments pass uninspected, counted by a custom metrics action.
resource "aws_networkfirewall_firewall_policy" "ingress" {
  name = "ingress"
  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:pass", "FragmentCount"] # want AWS-365 "fragment"
    stateless_custom_action {
      action_name = "FragmentCount"
      action_definition {
        publish_metric_action {
          dimension {
            value = "fragments"
          }
        }
      }
    }
    stateful_rule_group_reference {
      resource_arn = aws_networkfirewall_rule_group.domains.arn
    }
  }
}

variable "stateful_groups" {
  description = "Stateful rule group ARNs; none yet."
  type        = list(string)
  default     = []
}

# Everything goes to a stateful engine that has no rules: it all passes.
resource "aws_networkfirewall_firewall_policy" "inspection" {
  name = "inspection"
  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"] # want AWS-365 "no rule group"
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
    dynamic "stateful_rule_group_reference" {
      for_each = var.stateful_groups
      content {
        resource_arn = stateful_rule_group_reference.value
      }
    }
  }
}
