# The same control plane reachable only from the VPC and the admins' VPN.
variable "trusted_admin_cidrs" {
  type    = list(string)
  default = ["203.0.113.0/24"]
}

resource "aws_security_group" "k8s_private" {
  name   = "k8s-control-plane"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    description = "kubectl"
    protocol    = "tcp"
    from_port   = 6443
    to_port     = 6443
    cidr_blocks = var.trusted_admin_cidrs
  }

  # Nodes and load balancers in front of the ingress controller.
  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "kubelet_vpc" {
  security_group_id = aws_security_group.k8s_private.id
  ip_protocol       = "tcp"
  from_port         = 10250
  to_port           = 10255
  cidr_ipv4         = "10.0.0.0/16"
}

resource "aws_security_group_rule" "etcd_peers" {
  type                     = "ingress"
  security_group_id        = aws_security_group.k8s_private.id
  protocol                 = "tcp"
  from_port                = 2379
  to_port                  = 2380
  source_security_group_id = aws_security_group.k8s_private.id
}
