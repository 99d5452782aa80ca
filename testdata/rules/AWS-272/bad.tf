resource "aws_networkfirewall_firewall_policy" "egress" {
  name = "egress"
  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"] # want AWS-365
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
  }
}

resource "aws_networkfirewall_firewall" "egress" { # want AWS-272 "no aws_networkfirewall_logging_configuration names it"
  name                = "egress"
  firewall_policy_arn = aws_networkfirewall_firewall_policy.egress.arn
  vpc_id              = "vpc-0123456789abcdef0"
  subnet_mapping {
    subnet_id = "subnet-0123456789abcdef0"
  }
}
