resource "aws_elastic_beanstalk_application" "shop" {
  name = "shop"
}

variable "certificate_arn" {
  type    = string
  default = "arn:aws:acm:eu-west-1:111122223333:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"
}

locals {
  eb_settings = [
    { namespace = "aws:elasticbeanstalk:environment", name = "LoadBalancerType", value = "application" },
    { namespace = "aws:elbv2:listener:443", name = "Protocol", value = "HTTPS" },
    { namespace = "aws:elbv2:listener:443", name = "SSLCertificateArns", value = var.certificate_arn },
    { namespace = "aws:elasticbeanstalk:cloudwatch:logs", name = "StreamLogs", value = "true" },
  ]
}

# An application load balancer that keeps the default: no access logs.
resource "aws_elastic_beanstalk_environment" "web" { # want AWS-180
  name                = "shop-web"
  application         = aws_elastic_beanstalk_application.shop.name
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  dynamic "setting" {
    for_each = local.eb_settings
    content {
      namespace = setting.value.namespace
      name      = setting.value.name
      value     = setting.value.value
    }
  }
}

# A bucket named, but access logging left off.
resource "aws_elastic_beanstalk_environment" "api" {
  name                = "shop-api"
  application         = aws_elastic_beanstalk_application.shop.name
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  dynamic "setting" {
    for_each = local.eb_settings
    content {
      namespace = setting.value.namespace
      name      = setting.value.name
      value     = setting.value.value
    }
  }
  setting {
    namespace = "aws:elbv2:loadbalancer"
    name      = "AccessLogsS3Bucket"
    value     = "shop-lb-logs"
  }
  setting {
    namespace = "aws:elbv2:loadbalancer"
    name      = "AccessLogsS3Enabled"
    value     = "false" # want AWS-180
  }
}
