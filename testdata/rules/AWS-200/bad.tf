resource "aws_eks_node_group" "workers" {
  cluster_name    = "main"
  node_group_name = "workers"
  node_role_arn   = "arn:aws:iam::111122223333:role/eks-nodes"
  subnet_ids      = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  scaling_config {
    desired_size = 2
    max_size     = 4
    min_size     = 2
  }

  # A key and no source security groups: port 22 is opened to 0.0.0.0/0.
  remote_access { # want AWS-200 "source_security_group_ids is not set"
    ec2_ssh_key = "ops"
  }
}

resource "aws_eks_node_group" "empty_list" {
  cluster_name    = "main"
  node_group_name = "batch"
  node_role_arn   = "arn:aws:iam::111122223333:role/eks-nodes"
  subnet_ids      = ["subnet-0a1b2c3d"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }

  remote_access { # want AWS-200
    ec2_ssh_key               = "ops"
    source_security_group_ids = []
  }
}
