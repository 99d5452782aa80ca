# Network Firewall: a key AWS owns unless CUSTOMER_KMS with a key.
resource "aws_networkfirewall_rule_group" "owned" { # want AWS-169 "AWS owns"
  name     = "block-domains"
  capacity = 100
  type     = "STATEFUL"
  rule_group {
    rules_source {
      rules_source_list {
        generated_rules_type = "DENYLIST"
        target_types         = ["HTTP_HOST", "TLS_SNI"]
        targets              = [".example.net"]
      }
    }
  }
}

resource "aws_networkfirewall_firewall_policy" "explicit_owned" {
  name = "egress"
  encryption_configuration {
    type = "AWS_OWNED_KMS_KEY" # want AWS-169
  }
  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
    stateful_rule_group_reference {
      resource_arn = aws_networkfirewall_rule_group.owned.arn
    }
  }
}
