locals {
  # One filter and one alarm per event class; add the other classes the
  # same way.
  security_events = {
    NaclChanges          = "{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }"
    SecurityGroupChanges = "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }"
  }
}

resource "aws_cloudwatch_log_metric_filter" "security" {
  for_each       = local.security_events
  name           = each.key
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = each.value
  metric_transformation {
    name      = each.key
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "security" {
  for_each            = aws_cloudwatch_log_metric_filter.security
  alarm_name          = each.key
  metric_name         = each.value.metric_transformation[0].name
  namespace           = each.value.metric_transformation[0].namespace
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.security.arn]
}
