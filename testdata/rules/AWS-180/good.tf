variable "public_subnet_ids" {
  type    = list(string)
  default = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

variable "logs_enabled" {
  type = bool
}

resource "aws_lb" "app" {
  name               = "app"
  internal           = true
  load_balancer_type = "application"
  subnets            = var.public_subnet_ids

  access_logs {
    bucket  = "acme-lb-logs"
    prefix  = "app"
    enabled = true
  }
}

locals {
  services = {
    api = { internal = true }
    web = { internal = true }
  }
}

resource "aws_lb" "service" {
  for_each = local.services
  name     = each.key
  internal = each.value.internal
  subnets  = var.public_subnet_ids

  dynamic "access_logs" {
    for_each = [each.key]
    content {
      bucket  = "acme-lb-logs"
      prefix  = access_logs.value
      enabled = true
    }
  }
}

resource "aws_lb" "unknown" {
  name     = "unknown"
  internal = true
  subnets  = var.public_subnet_ids

  access_logs {
    bucket  = "acme-lb-logs"
    enabled = var.logs_enabled # want-note AWS-180
  }
}

# A network load balancer logs only TLS connections: without a TLS listener there is nothing to log.
resource "aws_lb" "nlb_tcp" {
  name               = "nlb-tcp"
  load_balancer_type = "network"
  internal           = true
  subnets            = var.public_subnet_ids
}

resource "aws_lb_listener" "nlb_tcp" {
  load_balancer_arn = aws_lb.nlb_tcp.arn
  port              = 5432
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/db/0123456789abcdef"
  }
}

# Gateway load balancers have no access logs.
resource "aws_lb" "gwlb" {
  name               = "inspection"
  load_balancer_type = "gateway"
  subnets            = var.public_subnet_ids
}

resource "aws_elb" "classic" {
  name               = "classic"
  availability_zones = ["eu-west-1a"]

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 8080
    lb_protocol       = "http" # want AWS-026
  }

  # enabled defaults to true for a Classic Load Balancer.
  access_logs {
    bucket   = "acme-lb-logs"
    interval = 60
  }
}
