variable "lb_arn" {
  type = string
}

variable "internal" {
  type = bool
}

resource "aws_lb" "ok" { # want AWS-180
  name    = "ok"
  subnets = ["subnet-0a", "subnet-0b"]
}

resource "aws_wafv2_web_acl_association" "ok" {
  resource_arn = aws_lb.ok.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/app/0123"
}

resource "aws_lb_listener" "redirect" {
  load_balancer_arn = aws_lb.ok.arn
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
  load_balancer_arn = aws_lb.ok.arn
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
resource "aws_lb_listener" "fixed" {
  load_balancer_arn = aws_lb.ok.arn
  port              = 8080
  protocol          = "HTTP"

  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }
}

resource "aws_lb" "internal" { # want AWS-180
  name     = "internal"
  internal = true
  subnets  = ["subnet-0a", "subnet-0b"]
}

resource "aws_lb_listener" "internal" {
  load_balancer_arn = aws_lb.internal.arn
  port              = 80
  protocol          = "HTTP" # want AWS-416

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123"
  }
}

# Not known statically to be internet-facing: not reported, but noted as
# undecided (at the unknown setting, in the load balancer); plain HTTP either
# way, which AWS-416 reports.
resource "aws_lb" "maybe" { # want AWS-180
  name     = "maybe"
  internal = var.internal # want-note AWS-026
  subnets  = ["subnet-0a", "subnet-0b"]
}

resource "aws_lb_listener" "maybe" {
  load_balancer_arn = aws_lb.maybe.arn
  port              = 80
  protocol          = "HTTP" # want AWS-416 "not known statically"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123"
  }
}

# A load balancer outside the scan may be internet-facing: undecided (plain
# HTTP either way: AWS-416).
resource "aws_lb_listener" "elsewhere" {
  load_balancer_arn = var.lb_arn
  port              = 80
  protocol          = "HTTP" # want-note AWS-026 # want AWS-416 "not in the scan"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123"
  }
}

# A network load balancer listener defaults to TCP.
resource "aws_lb" "nlb" {
  name               = "nlb"
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
