resource "aws_lb" "no_block" { # want AWS-180 "access_logs.enabled is not set"
  name               = "no-block"
  internal           = true
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

# A bucket alone does not turn logging on: enabled defaults to false.
resource "aws_lb" "bucket_only" {
  name     = "bucket-only"
  internal = true
  subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  access_logs { # want AWS-180
    bucket = "acme-lb-logs"
  }
}

variable "lb_logging" {
  type    = bool
  default = false
}

resource "aws_alb" "off_by_variable" {
  name     = "off-by-variable"
  internal = true
  subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  access_logs {
    bucket  = "acme-lb-logs"
    enabled = var.lb_logging # want AWS-180
  }
}

resource "aws_lb" "nlb_tls" { # want AWS-180
  name               = "nlb-tls"
  load_balancer_type = "network"
  internal           = true
  subnets            = ["subnet-0a1b2c3d"]
}

resource "aws_lb_listener" "nlb_tls" {
  load_balancer_arn = aws_lb.nlb_tls.arn
  port              = 443
  protocol          = "TLS"
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/app/0123456789abcdef"
  }
}

resource "aws_elb" "classic" { # want AWS-180 "no access_logs"
  name               = "classic"
  availability_zones = ["eu-west-1a"]

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 8080
    lb_protocol       = "http" # want AWS-026
  }
}

resource "aws_elb" "classic_off" {
  name               = "classic-off"
  availability_zones = ["eu-west-1a"]

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 8080
    lb_protocol       = "http" # want AWS-026
  }

  access_logs {
    bucket  = "acme-lb-logs"
    enabled = false # want AWS-180
  }
}
