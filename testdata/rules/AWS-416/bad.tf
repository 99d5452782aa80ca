# Internal application load balancers of one service per entry, as modules
# that wrap aws_lb build them.
variable "services" {
  type = map(object({ port = number }))
  default = {
    orders  = { port = 8080 }
    billing = { port = 8081 }
  }
}

resource "aws_lb" "internal" { # want AWS-180
  for_each = var.services

  name               = "${each.key}-internal"
  internal           = true
  load_balancer_type = "application"
  subnets            = ["subnet-0a", "subnet-0b"]
}

resource "aws_lb_target_group" "svc" {
  for_each = var.services

  name     = each.key
  port     = each.value.port
  protocol = "HTTP"
  vpc_id   = "vpc-0123"
}

# Forwards plain HTTP to the targets.
resource "aws_lb_listener" "http" {
  for_each = var.services

  load_balancer_arn = aws_lb.internal[each.key].arn
  port              = 80
  protocol          = "HTTP" # want AWS-416

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.svc[each.key].arn
  }
}

resource "aws_alb" "admin" { # want AWS-180
  name     = "admin"
  internal = true
  subnets  = ["subnet-0a", "subnet-0b"]
}

# No protocol: an application load balancer's listener defaults to HTTP.
resource "aws_alb_listener" "admin" { # want AWS-416
  load_balancer_arn = aws_alb.admin.arn
  port              = 8080

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/admin/0123"
  }
}

# A fixed response by default, but a listener rule forwards /api over HTTP.
resource "aws_lb_listener" "api" {
  load_balancer_arn = aws_alb.admin.arn
  port              = 8000
  protocol          = "HTTP" # want AWS-416

  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }
}

resource "aws_lb_listener_rule" "api" {
  listener_arn = aws_lb_listener.api.arn

  action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api/0123"
  }

  condition {
    path_pattern {
      values = ["/api/*"]
    }
  }
}

# A classic load balancer cannot redirect: its HTTP listener serves plain HTTP.
resource "aws_elb" "legacy" {
  name     = "legacy"
  subnets  = ["subnet-0a", "subnet-0b"]
  internal = true

  access_logs {
    bucket = "elb-logs"
  }

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http" # want AWS-416
  }
}

# Whether it is internal is not known: AWS-026 notes that it may be
# internet-facing; plain HTTP either way, which this rule reports.
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

# A listener module whose load balancer is an input: internal or
# internet-facing (AWS-026 notes that it may be), it serves plain HTTP.
variable "lb_arn" {
  type = string
}

resource "aws_lb_listener" "given" {
  load_balancer_arn = var.lb_arn
  port              = 8080
  protocol          = "HTTP" # want AWS-416 "not in the scan" # want-note AWS-026

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123"
  }
}

# A classic load balancer whose scheme is an input: AWS-026 notes that it may
# be internet-facing; its HTTP listener is plain HTTP either way.
variable "legacy_internal" {
  type = bool
}

resource "aws_elb" "maybe" {
  name     = "maybe-legacy"
  subnets  = ["subnet-0a", "subnet-0b"]
  internal = var.legacy_internal # want-note AWS-026

  access_logs {
    bucket = "elb-logs"
  }

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http" # want AWS-416 "not known statically"
  }
}
