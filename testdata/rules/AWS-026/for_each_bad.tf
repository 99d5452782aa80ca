# One internet-facing load balancer per site; each listener names its own
# instance by each.key.
variable "sites" {
  type    = set(string)
  default = ["www", "shop"]
}

resource "aws_lb" "site" { # want AWS-180
  for_each = var.sites

  name    = each.key
  subnets = ["subnet-0a", "subnet-0b"]
}

resource "aws_wafv2_web_acl_association" "site" {
  for_each = var.sites

  resource_arn = aws_lb.site[each.key].arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/app/0123"
}

resource "aws_lb_listener" "site_http" {
  for_each = var.sites

  load_balancer_arn = aws_lb.site[each.key].arn
  port              = 80
  protocol          = "HTTP" # want AWS-026

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123"
  }
}
