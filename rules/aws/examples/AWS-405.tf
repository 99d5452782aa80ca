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
