variable "internal" {
  type = bool
}

resource "aws_lb" "internal" { # want AWS-180
  name     = "internal"
  internal = true
  subnets  = ["subnet-0a", "subnet-0b"]
}

# HTTP only redirects to HTTPS.
resource "aws_lb_listener" "redirect" {
  load_balancer_arn = aws_lb.internal.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.internal.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0123"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123"
  }
}

# A fixed response without listener rules carries no application data.
resource "aws_lb_listener" "health" {
  load_balancer_arn = aws_lb.internal.arn
  port              = 8080
  protocol          = "HTTP"

  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

# A network load balancer's listener defaults to TCP: not an HTTP listener.
resource "aws_lb" "nlb" {
  name               = "nlb"
  internal           = true
  load_balancer_type = "network"
  subnets            = ["subnet-0a", "subnet-0b"]
}

resource "aws_lb_listener" "nlb" {
  load_balancer_arn = aws_lb.nlb.arn
  port              = 5432

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/db/0123"
  }
}

# An internal classic load balancer that passes TCP through (not HTTP).
resource "aws_elb" "legacy" {
  name     = "legacy"
  subnets  = ["subnet-0a", "subnet-0b"]
  internal = true

  access_logs {
    bucket = "elb-logs"
  }

  listener {
    instance_port     = 6379
    instance_protocol = "tcp"
    lb_port           = 6379
    lb_protocol       = "tcp"
  }
}
