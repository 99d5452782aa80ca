resource "aws_elastic_beanstalk_application" "shop" {
  name = "shop"
}

variable "certificate_arn" {
  type    = string
  default = "arn:aws:acm:eu-west-1:111122223333:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"
}

locals {
  eb_settings = {
    "aws:elasticbeanstalk:environment/LoadBalancerType" = "application"
    "aws:elbv2:listener:443/Protocol"                   = "HTTPS"
    "aws:elbv2:listener:443/SSLCertificateArns"         = var.certificate_arn
    "aws:elasticbeanstalk:cloudwatch:logs/StreamLogs"   = "true"
    "aws:elbv2:loadbalancer/AccessLogsS3Bucket"         = "shop-lb-logs"
    "aws:elbv2:loadbalancer/AccessLogsS3Enabled"        = "true"
  }
}

resource "aws_elastic_beanstalk_environment" "web" {
  name                = "shop-web"
  application         = aws_elastic_beanstalk_application.shop.name
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  dynamic "setting" {
    for_each = local.eb_settings
    content {
      namespace = split("/", setting.key)[0]
      name      = split("/", setting.key)[1]
      value     = setting.value
    }
  }
}
