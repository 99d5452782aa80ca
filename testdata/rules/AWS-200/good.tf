variable "ssh_sources" {
  type    = list(string)
  default = ["sg-0a1b2c3d"]
}

locals {
  groups = {
    general = "m6i.large"
    memory  = "r6i.large"
  }
}

# SSH only from the bastion's security group.
resource "aws_eks_node_group" "workers" {
  for_each        = local.groups
  cluster_name    = "main"
  node_group_name = each.key
  node_role_arn   = "arn:aws:iam::111122223333:role/eks-nodes"
  subnet_ids      = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  instance_types  = [each.value]

  scaling_config {
    desired_size = 2
    max_size     = 4
    min_size     = 2
  }

  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = var.ssh_sources
  }
}

# No remote access at all: nodes are reached through Session Manager.
resource "aws_eks_node_group" "system" {
  cluster_name    = "main"
  node_group_name = "system"
  node_role_arn   = "arn:aws:iam::111122223333:role/eks-nodes"
  subnet_ids      = ["subnet-0a1b2c3d"]

  scaling_config {
    desired_size = 2
    max_size     = 2
    min_size     = 2
  }
}

variable "enable_ssh" {
  type    = bool
  default = false
}

# remote_access only when asked for, and then from the bastion only.
resource "aws_eks_node_group" "optional" {
  cluster_name    = "main"
  node_group_name = "optional"
  node_role_arn   = "arn:aws:iam::111122223333:role/eks-nodes"
  subnet_ids      = ["subnet-0a1b2c3d"]

  scaling_config {
    desired_size = 1
    max_size     = 1
    min_size     = 1
  }

  dynamic "remote_access" {
    for_each = var.enable_ssh ? [1] : []
    content {
      ec2_ssh_key               = "ops"
      source_security_group_ids = ["sg-0a1b2c3d"]
    }
  }
}
