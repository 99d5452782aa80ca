resource "aws_eks_cluster" "main" { # want AWS-148 "encryption_config.provider.key_arn is not set" AWS-188
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-1", "subnet-2"]
    endpoint_public_access  = false
    endpoint_private_access = true
  }
}
