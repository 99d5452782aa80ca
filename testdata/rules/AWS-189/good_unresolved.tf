variable "web_acl_arn" {
  type = string
}

resource "aws_wafv2_web_acl" "unresolved" {
  name  = "unresolved"
  scope = "REGIONAL"

  default_action {
    allow {} # want AWS-243
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "unresolved"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "from_variable" {
  resource_arn            = var.web_acl_arn # want-note AWS-189
  log_destination_configs = ["arn:aws:logs:eu-west-1:111122223333:log-group:aws-waf-logs-app"]
}
