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

# Monitoring only: the managed group's actions are overridden to count and
# the rate rule counts too, so nothing is ever blocked.
resource "aws_wafv2_web_acl" "count_only" { # want AWS-189
  name  = "count-only"
  scope = "REGIONAL"
  default_action {
    allow {} # want AWS-243 "only counts"
  }
  rule {
    name     = "common"
    priority = 1
    override_action {
      count {}
    }
    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "common"
      sampled_requests_enabled   = true
    }
  }
  rule {
    name     = "rate"
    priority = 2
    action {
      count {}
    }
    statement {
      rate_based_statement {
        limit              = 2000
        aggregate_key_type = "IP"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "rate"
      sampled_requests_enabled   = true
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "count-only"
    sampled_requests_enabled   = true
  }
}
