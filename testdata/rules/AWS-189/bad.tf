resource "aws_wafv2_web_acl" "no_logging" { # want AWS-189 "no aws_wafv2_web_acl_logging_configuration names it"
  name  = "no-logging"
  scope = "REGIONAL"

  default_action {
    allow {} # want AWS-243
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "no_logging"
    sampled_requests_enabled   = true
  }
}

# Logs another web ACL, named by a written-out ARN.
resource "aws_wafv2_web_acl_logging_configuration" "other" {
  resource_arn            = "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/other/0123"
  log_destination_configs = ["arn:aws:logs:eu-west-1:111122223333:log-group:aws-waf-logs-other"]
}

resource "aws_waf_web_acl" "classic" { # want AWS-189 "logging_configuration is not set"
  name        = "classic"
  metric_name = "classic"

  default_action {
    type = "ALLOW" # want AWS-243
  }
}
