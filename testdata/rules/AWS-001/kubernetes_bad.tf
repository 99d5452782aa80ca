# A self-managed Kubernetes control plane (kubeadm) whose security group
# opens the API server, the kubelets and etcd to the internet.
variable "admin_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

resource "aws_security_group" "control_plane" {
  name   = "k8s-control-plane"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    description = "kubectl"
    protocol    = "tcp"
    from_port   = 6443
    to_port     = 6443
    cidr_blocks = var.admin_cidrs # want AWS-001 "6443 .Kubernetes API"
  }
}

resource "aws_vpc_security_group_ingress_rule" "kubelet" {
  security_group_id = aws_security_group.control_plane.id
  ip_protocol       = "tcp"
  from_port         = 10250
  to_port           = 10255
  cidr_ipv6         = "::/0" # want AWS-001 "kubelet read-only API"
}

resource "aws_security_group_rule" "etcd" {
  type              = "ingress"
  security_group_id = aws_security_group.control_plane.id
  protocol          = "tcp"
  from_port         = 2379
  to_port           = 2380
  cidr_blocks       = ["0.0.0.0/0"] # want AWS-001 "etcd peer"
}
