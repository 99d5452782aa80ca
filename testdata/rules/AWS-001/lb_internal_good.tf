variable "private_subnet_ids" {
  type = list(string)
}

variable "vpc_id" {
  type = string
}

variable "internal" {
  type        = bool
  description = "whether the load balancer is internal; no default"
}

# A network load balancer in front of a bastion fleet, reached over the VPN:
# an internal load balancer has only private addresses, so no client on the
# internet reaches its SSH listener whatever the group admits.
resource "aws_security_group" "bastion_nlb" {
  name   = "bastion-nlb"
  vpc_id = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "bastion_nlb_ssh" {
  security_group_id = aws_security_group.bastion_nlb.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
}

resource "aws_lb" "bastion" {
  name               = "bastion"
  internal           = true
  load_balancer_type = "network"
  subnets            = var.private_subnet_ids
  security_groups    = [aws_security_group.bastion_nlb.id]
}

resource "aws_lb_target_group" "bastion" {
  name     = "bastion"
  port     = 22
  protocol = "TCP"
  vpc_id   = var.vpc_id
}

resource "aws_lb_listener" "ssh" {
  load_balancer_arn = aws_lb.bastion.arn
  port              = 22
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.bastion.arn
  }
}

# The same, where the scheme is an input without a default: whether the
# internet reaches port 22 cannot be told.
resource "aws_security_group" "shared_nlb" {
  name   = "shared-nlb"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lb" "shared" {
  name               = "shared"
  internal           = var.internal # want-note AWS-001 "may be internet-facing"
  load_balancer_type = "network"
  subnets            = var.private_subnet_ids
  security_groups    = [aws_security_group.shared_nlb.id]
}

resource "aws_lb_listener" "shared_ssh" {
  load_balancer_arn = aws_lb.shared.arn
  port              = 22
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.bastion.arn
  }
}
