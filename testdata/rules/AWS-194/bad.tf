resource "aws_cloudwatch_log_group" "trail" { # want AWS-194 "security group changes, network ACL changes, network gateway changes, VPC changes" AWS-017 AWS-018 AWS-019 AWS-033 # want AWS-303
  name              = "cloudtrail"
  retention_in_days = 365
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
}

resource "aws_cloudtrail" "main" { # want AWS-216
  name                          = "main"
  s3_bucket_name                = "acme-cloudtrail"
  kms_key_id                    = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
  cloud_watch_logs_group_arn    = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn     = "arn:aws:iam::111122223333:role/cloudtrail-to-logs"
}

# Named for NACL changes, but it selects only two of the six calls.
resource "aws_cloudwatch_log_metric_filter" "nacl_changes" {
  name           = "nacl-changes"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ ($.eventName = CreateNetworkAcl) || ($.eventName = DeleteNetworkAcl) }"
  metric_transformation {
    name      = "NaclChanges"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "nacl_changes" {
  alarm_name          = "nacl-changes"
  metric_name         = "NaclChanges"
  namespace           = "CISBenchmark"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = ["arn:aws:sns:eu-west-1:111122223333:security"]
}

# The alarm's metric name comes from the route table filter (its id is the
# filter's name, which is also its metric's): it watches that metric only,
# not the security group filter's, which no alarm watches.
resource "aws_cloudwatch_log_metric_filter" "security_groups" {
  name           = "SecurityGroupChanges"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }"
  metric_transformation {
    name      = "SecurityGroupChanges"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_log_metric_filter" "route_tables" {
  name           = "RouteTableChanges"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }"
  metric_transformation {
    name      = "RouteTableChanges"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "route_tables" {
  alarm_name          = "route-table-changes"
  alarm_description   = "Route table created, changed or deleted"
  namespace           = "CISBenchmark"
  metric_name         = aws_cloudwatch_log_metric_filter.route_tables.id
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  evaluation_periods  = 1
  period              = 60
  statistic           = "Sum"
  treat_missing_data  = "notBreaching"
  alarm_actions       = ["arn:aws:sns:eu-west-1:111122223333:network-changes"]
}
