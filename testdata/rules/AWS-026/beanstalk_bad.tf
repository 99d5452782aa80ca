resource "aws_elastic_beanstalk_application" "shop" {
  name = "shop"
}

locals {
  # Every environment streams its logs (AWS-214).
  eb_logs = {
    StreamLogs      = "true"
    RetentionInDays = "365"
  }
}

# The API's default: a classic load balancer that listens for HTTP on
# port 80 only.
resource "aws_elastic_beanstalk_environment" "api" { # want AWS-026
  name                = "shop-api"
  application         = aws_elastic_beanstalk_application.shop.name
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  dynamic "setting" {
    for_each = local.eb_logs
    content {
      namespace = "aws:elasticbeanstalk:cloudwatch:logs"
      name      = setting.key
      value     = setting.value
    }
  }
}

# An application load balancer whose HTTPS listener is turned off.
resource "aws_elastic_beanstalk_environment" "web" {
  for_each            = toset(["staging", "prod"])
  name                = "shop-web-${each.key}"
  application         = aws_elastic_beanstalk_application.shop.name
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  setting {
    namespace = "aws:elasticbeanstalk:environment"
    name      = "LoadBalancerType"
    value     = "application"
  }
  setting {
    namespace = "aws:elbv2:loadbalancer"
    name      = "AccessLogsS3Bucket"
    value     = "shop-lb-logs"
  }
  setting {
    namespace = "aws:elbv2:loadbalancer"
    name      = "AccessLogsS3Enabled"
    value     = "true"
  }
  setting {
    namespace = "aws:elbv2:listener:443"
    name      = "Protocol"
    value     = "HTTPS"
  }
  setting {
    namespace = "aws:elbv2:listener:443"
    name      = "ListenerEnabled"
    value     = "false" # want AWS-026
  }
  dynamic "setting" {
    for_each = local.eb_logs
    content {
      namespace = "aws:elasticbeanstalk:cloudwatch:logs"
      name      = setting.key
      value     = setting.value
    }
  }
}
