# An association whose target is not known statically (a variable without
# a value) may protect this load balancer: it is given the benefit of the
# doubt.
variable "alb_arn" {
  type = string
}

resource "aws_lb" "app" { # want AWS-180
  name    = "app"
  subnets = ["subnet-0a", "subnet-0b"]
}

resource "aws_wafv2_web_acl_association" "app" {
  resource_arn = var.alb_arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/app/0123"
}
