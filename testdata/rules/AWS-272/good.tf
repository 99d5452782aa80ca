resource "aws_networkfirewall_firewall" "egress" {
  for_each            = toset(["a", "b"])
  name                = "egress-${each.key}"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:111122223333:firewall-policy/egress"
  vpc_id              = "vpc-0123456789abcdef0"
  subnet_mapping {
    subnet_id = "subnet-0123456789abcdef0"
  }
}

resource "aws_networkfirewall_logging_configuration" "egress" {
  for_each     = aws_networkfirewall_firewall.egress
  firewall_arn = each.value.arn
  logging_configuration {
    log_destination_config {
      log_destination = {
        bucketName = "acme-network-firewall-logs"
        prefix     = "egress"
      }
      log_destination_type = "S3"
      log_type             = "FLOW"
    }
    log_destination_config {
      log_destination = {
        logGroup = "/network-firewall/alerts"
      }
      log_destination_type = "CloudWatchLogs"
      log_type             = "ALERT"
    }
  }
}
