variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d4e5f67890"
}

resource "aws_lb_target_group" "api" {
  name        = "api-tg"
  port        = 8443
  protocol    = "HTTPS"
  target_type = "ip"
  vpc_id      = var.vpc_id

  health_check {
    path     = "/health"
    protocol = "HTTPS"
  }
}

# A network load balancer passes the targets' own TLS through.
resource "aws_lb_target_group" "tls_passthrough" {
  name     = "passthrough-tg"
  port     = 443
  protocol = "TCP"
  vpc_id   = var.vpc_id
}

# Lambda targets take no protocol.
resource "aws_lb_target_group" "function" {
  name        = "function-tg"
  target_type = "lambda"
}
