variable "subnet_ids" {
  type = list(string)
}

# An internet-facing classic load balancer (the default scheme) that
# forwards RDP: every port open in front of it exposes 3389.
resource "aws_security_group" "rdp_lb" {
  name = "rdp-lb"

  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # want AWS-001 "port 3389 .RDP., where its load balancer listens"
  }
}

resource "aws_elb" "rdp" { # want AWS-180
  name            = "rdp"
  subnets         = var.subnet_ids
  security_groups = [aws_security_group.rdp_lb.id]

  listener {
    lb_port           = 3389
    lb_protocol       = "tcp"
    instance_port     = 3389
    instance_protocol = "tcp"
  }
}
