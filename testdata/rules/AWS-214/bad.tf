resource "aws_elastic_beanstalk_environment" "web" { # want AWS-214 "StreamLogs is not set"
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

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "IamInstanceProfile"
    value     = "aws-elasticbeanstalk-ec2-role"
  }
}

resource "aws_elastic_beanstalk_environment" "worker" {
  name                = "worker"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"
  tier                = "Worker"

  setting {
    namespace = "aws:elasticbeanstalk:cloudwatch:logs"
    name      = "StreamLogs"
    value     = "false" # want AWS-214
  }
}
