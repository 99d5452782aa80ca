# Load balancers of one for_each that differ in scheme: whether the listener's
# own instance is internet-facing is not told apart, so AWS-026 notes it.
variable "tiers" {
  type = map(bool)
  default = {
    web = false
    api = true
  }
}

resource "aws_lb" "tier" { # want AWS-180 AWS-011
  for_each = var.tiers

  name     = each.key
  internal = each.value
  subnets  = ["subnet-0a", "subnet-0b"]
}

resource "aws_lb_listener" "tier_http" {
  for_each = var.tiers

  load_balancer_arn = aws_lb.tier[each.key].arn
  port              = 80
  protocol          = "HTTP" # want-note AWS-026 "instances of its load balancer differ" AWS-026 # want AWS-416 "differ in scheme"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123"
  }
}
