resource "aws_wafv2_web_acl" "empty" { # want AWS-189
  name  = "empty"
  scope = "REGIONAL"
  default_action {
    allow {} # want AWS-243
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "empty"
    sampled_requests_enabled   = true
  }
}

resource "aws_waf_web_acl" "classic" { # want AWS-189
  name        = "classic"
  metric_name = "classic"
  default_action {
    type = "ALLOW" # want AWS-243
  }
}

resource "aws_wafregional_web_acl" "regional" { # want AWS-189
  name        = "regional"
  metric_name = "regional"
  default_action {
    type = "ALLOW" # want AWS-243
  }
}
