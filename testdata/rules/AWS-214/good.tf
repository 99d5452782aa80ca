locals {
  log_settings = {
    StreamLogs        = "true"
    DeleteOnTerminate = "false"
    RetentionInDays   = "365"
  }
}

resource "aws_elastic_beanstalk_environment" "web" {
  name                = "web"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"

  setting {
    namespace = "aws:elb:listener:443"
    name      = "ListenerProtocol"
    value     = "HTTPS"
  }
  setting {
    namespace = "aws:elb:listener:443"
    name      = "SSLCertificateId"
    value     = "arn:aws:acm:eu-west-1:111122223333:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"
  }

  dynamic "setting" {
    for_each = local.log_settings
    content {
      namespace = "aws:elasticbeanstalk:cloudwatch:logs"
      name      = setting.key
      value     = setting.value
    }
  }
}

resource "aws_elastic_beanstalk_configuration_template" "base" {
  name                = "base"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"

  setting {
    namespace = "aws:elb:listener:443"
    name      = "ListenerProtocol"
    value     = "HTTPS"
  }
  setting {
    namespace = "aws:elb:listener:443"
    name      = "SSLCertificateId"
    value     = "arn:aws:acm:eu-west-1:111122223333:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"
  }
}

resource "aws_elastic_beanstalk_environment" "from_template" {
  name          = "from-template"
  application   = "shop"
  template_name = aws_elastic_beanstalk_configuration_template.base.name
}

# Rotated logs copied to the environment's S3 bucket every hour.
resource "aws_elastic_beanstalk_environment" "api" {
  name                = "api"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Python 3.12"

  setting {
    namespace = "aws:elb:listener:443"
    name      = "ListenerProtocol"
    value     = "HTTPS"
  }
  setting {
    namespace = "aws:elb:listener:443"
    name      = "SSLCertificateId"
    value     = "arn:aws:acm:eu-west-1:111122223333:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"
  }

  setting {
    namespace = "aws:elasticbeanstalk:hostmanager"
    name      = "LogPublicationControl"
    value     = "true"
  }
}
