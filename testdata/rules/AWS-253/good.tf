variable "default_sg_ingress" {
  type    = list(map(string))
  default = []
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::flow-logs-archive"
}

# Adopted with no rules: Terraform strips the default group.
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  # The terraform-aws-modules/vpc idiom, called with no default rules.
  dynamic "ingress" {
    for_each = var.default_sg_ingress
    content {
      protocol    = ingress.value.protocol
      from_port   = ingress.value.from_port
      to_port     = ingress.value.to_port
      cidr_blocks = [ingress.value.cidr]
    }
  }
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
  vpc_id      = aws_vpc.main.id
}

# Rules on groups of the code's own, found by the VPC they belong to.
resource "aws_security_group_rule" "app_https" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_blocks       = [aws_vpc.main.cidr_block]
}

resource "aws_vpc_security_group_egress_rule" "app_db" {
  security_group_id = aws_security_group.app.id
  cidr_ipv4         = aws_vpc.main.cidr_block
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
}
