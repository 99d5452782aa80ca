variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d4e5f67890"
}

variable "services" {
  description = "Services behind the shared load balancer, by name"
  type        = map(number)
  default     = { api = 8080, web = 3000 }
}

# TLS ends at the load balancer; each service is reached over HTTP.
resource "aws_lb_target_group" "service" {
  for_each    = var.services
  name        = "${each.key}-tg"
  port        = each.value
  protocol    = "HTTP" # want AWS-405 "protocol = \"HTTP\""
  target_type = "ip"
  vpc_id      = var.vpc_id

  health_check {
    path     = "/health"
    protocol = "HTTP"
  }
}

variable "backend_protocol" {
  type    = string
  default = "HTTP"
}

resource "aws_alb_target_group" "legacy" {
  name     = "legacy-tg"
  port     = 80
  protocol = var.backend_protocol # want AWS-405
  vpc_id   = var.vpc_id
}
