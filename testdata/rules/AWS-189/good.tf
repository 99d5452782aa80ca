locals {
  acls = toset(["api", "admin"])
}

resource "aws_cloudwatch_log_group" "waf" {
  name              = "aws-waf-logs-app"
  retention_in_days = 365
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
}

resource "aws_wafv2_web_acl" "app" {
  name  = "app"
  scope = "REGIONAL"

  default_action {
    allow {} # want AWS-243
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "app"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "app" {
  resource_arn            = aws_wafv2_web_acl.app.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]
}

resource "aws_wafv2_web_acl" "per_service" {
  for_each = local.acls
  name     = each.key
  scope    = "REGIONAL"

  default_action {
    block {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = each.key
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "per_service" {
  for_each                = local.acls
  resource_arn            = aws_wafv2_web_acl.per_service[each.key].arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]
}

resource "aws_waf_web_acl" "classic" {
  name        = "classic"
  metric_name = "classic"

  default_action {
    type = "ALLOW" # want AWS-243
  }

  logging_configuration {
    log_destination = "arn:aws:firehose:us-east-1:111122223333:deliverystream/aws-waf-logs-classic"
  }
}
