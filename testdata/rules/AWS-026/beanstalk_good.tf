resource "aws_elastic_beanstalk_application" "shop" {
  name = "shop"
}

variable "certificate_arn" {
  type = string
}

locals {
  eb_logs = {
    StreamLogs      = "true"
    RetentionInDays = "365"
  }
  https = {
    Protocol           = "HTTPS"
    SSLCertificateArns = var.certificate_arn
    SSLPolicy          = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  }
}

# An application load balancer with an HTTPS listener beside the default
# HTTP one.
resource "aws_elastic_beanstalk_environment" "web" {
  name                = "shop-web"
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
  dynamic "setting" {
    for_each = local.https
    content {
      namespace = "aws:elbv2:listener:443"
      name      = setting.key
      value     = setting.value
    }
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

# A classic load balancer with an HTTPS listener on port 443.
resource "aws_elastic_beanstalk_environment" "legacy" {
  name                = "shop-legacy"
  application         = aws_elastic_beanstalk_application.shop.name
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  setting {
    namespace = "aws:elb:listener:443"
    name      = "ListenerProtocol"
    value     = "HTTPS"
  }
  setting {
    namespace = "aws:elb:listener:443"
    name      = "SSLCertificateId"
    value     = var.certificate_arn
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

# Internal, single-instance and worker environments have no
# internet-facing load balancer.
resource "aws_elastic_beanstalk_environment" "internal" {
  name                = "shop-internal"
  application         = aws_elastic_beanstalk_application.shop.name
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  setting {
    namespace = "aws:ec2:vpc"
    name      = "ELBScheme"
    value     = "internal"
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

resource "aws_elastic_beanstalk_environment" "single" {
  name                = "shop-single"
  application         = aws_elastic_beanstalk_application.shop.name
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  setting {
    namespace = "aws:elasticbeanstalk:environment"
    name      = "EnvironmentType"
    value     = "SingleInstance"
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

resource "aws_elastic_beanstalk_environment" "jobs" {
  name                = "shop-jobs"
  application         = aws_elastic_beanstalk_application.shop.name
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"
  tier                = "Worker"

  dynamic "setting" {
    for_each = local.eb_logs
    content {
      namespace = "aws:elasticbeanstalk:cloudwatch:logs"
      name      = setting.key
      value     = setting.value
    }
  }
}

variable "environment_template" {
  type    = string
  default = "shop-https"
}

# Options of a saved configuration are not in the code.
resource "aws_elastic_beanstalk_environment" "from_template" {
  name          = "shop-saved"
  application   = aws_elastic_beanstalk_application.shop.name
  template_name = var.environment_template
}
