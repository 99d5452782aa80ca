resource "aws_elb" "web" {
  name    = "web"
  subnets = ["subnet-1", "subnet-2"]

  access_logs {
    bucket = "elb-logs"
  }

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http" # want AWS-026 "classic load balancer"
  }

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https" # want AWS-027
    ssl_certificate_id = "arn:aws:acm:eu-west-1:111122223333:certificate/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}
