variable "managed_groups" {
  type    = list(string)
  default = ["AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet"]
}

variable "caller_groups" {
  type = list(string)
}

resource "aws_wafv2_web_acl" "managed" { # want AWS-189
  name  = "managed"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  dynamic "rule" {
    for_each = var.managed_groups
    content {
      name     = rule.value
      priority = rule.key
      override_action {
        none {}
      }
      statement {
        managed_rule_group_statement {
          name        = rule.value
          vendor_name = "AWS"
        }
      }
      visibility_config {
        cloudwatch_metrics_enabled = true
        metric_name                = rule.value
        sampled_requests_enabled   = true
      }
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "managed"
    sampled_requests_enabled   = true
  }
}

# Blocks everything it does not allow by rule: no rule means no access.
resource "aws_wafv2_web_acl" "deny_by_default" { # want AWS-189
  name  = "deny-by-default"
  scope = "CLOUDFRONT"
  default_action {
    block {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "deny-by-default"
    sampled_requests_enabled   = true
  }
}

# Rule groups added by a separate association resource.
resource "aws_wafv2_web_acl" "associated" { # want AWS-189
  name  = "associated"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "associated"
    sampled_requests_enabled   = true
  }
  lifecycle {
    ignore_changes = [rule]
  }
}

resource "aws_wafv2_rule_group" "rate" {
  name     = "rate"
  scope    = "REGIONAL"
  capacity = 10
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "rate"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_rule_group_association" "rate" {
  rule_name   = "rate"
  priority    = 10
  web_acl_arn = aws_wafv2_web_acl.associated.arn
  rule_group_reference {
    arn = aws_wafv2_rule_group.rate.arn
  }
}

resource "aws_wafv2_web_acl" "from_caller" { # want AWS-189
  name  = "from-caller"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  dynamic "rule" { # want-note AWS-243
    for_each = var.caller_groups
    content {
      name     = rule.value
      priority = rule.key
      override_action {
        none {}
      }
      statement {
        managed_rule_group_statement {
          name        = rule.value
          vendor_name = "AWS"
        }
      }
      visibility_config {
        cloudwatch_metrics_enabled = true
        metric_name                = rule.value
        sampled_requests_enabled   = true
      }
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "from-caller"
    sampled_requests_enabled   = true
  }
}

resource "aws_waf_web_acl" "classic" { # want AWS-189
  name        = "classic"
  metric_name = "classic"
  default_action {
    type = "ALLOW"
  }
  rules {
    action {
      type = "BLOCK"
    }
    priority = 1
    rule_id  = "0a1b2c3d-4e5f-6789-abcd-ef0123456789"
    type     = "REGULAR"
  }
}

# One group counts while it is being tuned; the other blocks with its own
# actions (override none), and the rate rule blocks: the ACL protects.
resource "aws_wafv2_web_acl" "tuning" { # want AWS-189
  name  = "tuning"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  rule {
    name     = "bad-inputs"
    priority = 1
    override_action {
      count {}
    }
    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesKnownBadInputsRuleSet"
        vendor_name = "AWS"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "bad-inputs"
      sampled_requests_enabled   = true
    }
  }
  rule {
    name     = "common"
    priority = 2
    override_action {
      none {}
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
    priority = 3
    action {
      block {}
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
    metric_name                = "tuning"
    sampled_requests_enabled   = true
  }
}
