variable "subnet_ids" {
  type    = list(string)
  default = ["subnet-0a1b2c3d4e5f67890"]
}

variable "certificate_arn" {
  type    = string
  default = "arn:aws:acm:us-east-1:111122223333:certificate/0a1b2c3d-1111-2222-3333-444455556666"
}

variable "logs_bucket" {
  type    = string
  default = "elb-access-logs"
}

# HTTPS to clients, HTTP to the instances.
resource "aws_elb" "legacy" {
  name     = "legacy-web"
  internal = true
  subnets  = var.subnet_ids

  access_logs {
    bucket  = var.logs_bucket
    enabled = true
  }

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http" # want AWS-405 "instance_protocol = \"http\""
    ssl_certificate_id = var.certificate_arn
  }
}

resource "aws_load_balancer_policy" "tls12" {
  load_balancer_name = aws_elb.legacy.name
  policy_name        = "tls12"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

resource "aws_load_balancer_listener_policy" "https" {
  load_balancer_name = aws_elb.legacy.name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.tls12.policy_name]
}
