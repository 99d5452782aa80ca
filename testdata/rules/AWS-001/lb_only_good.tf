variable "subnet_ids" {
  type = list(string)
}

variable "certificate_arn" {
  type = string
}

variable "listeners" {
  type = map(object({ port = number, protocol = string }))
  default = {
    https = { port = 443, protocol = "HTTPS" }
    alt   = { port = 8443, protocol = "HTTPS" }
  }
}

# The group of an application load balancer: whatever it allows, the load
# balancer accepts connections only on its listeners' ports.
resource "aws_security_group" "alb" {
  name = "alb"
}

resource "aws_vpc_security_group_ingress_rule" "alb_any" {
  security_group_id = aws_security_group.alb.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}

resource "aws_lb" "public" { # want AWS-180
  name               = "public"
  internal           = true
  load_balancer_type = "application"
  subnets            = var.subnet_ids
  security_groups    = [aws_security_group.alb.id]
}

resource "aws_lb_listener" "this" {
  for_each          = var.listeners
  load_balancer_arn = aws_lb.public.arn
  port              = each.value.port
  protocol          = each.value.protocol
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }
}
