# The logging configuration names a firewall by an input without a value:
# it may be this firewall's.
variable "firewall_arn" {
  type = string
}

resource "aws_networkfirewall_firewall" "inspection" {
  name                = "inspection"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:111122223333:firewall-policy/inspection"
  vpc_id              = "vpc-0123456789abcdef0"
  subnet_mapping {
    subnet_id = "subnet-0123456789abcdef0"
  }
}

resource "aws_networkfirewall_logging_configuration" "inspection" {
  firewall_arn = var.firewall_arn # want-note AWS-272
  logging_configuration {
    log_destination_config {
      log_destination = {
        logGroup = "/network-firewall/alerts"
      }
      log_destination_type = "CloudWatchLogs"
      log_type             = "ALERT"
    }
  }
}
