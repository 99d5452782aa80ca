resource "aws_kms_key" "eks" {
  description         = "eks secrets"
  enable_key_rotation = true
}

resource "aws_eks_cluster" "main" { # want AWS-188
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-1", "subnet-2"]
    endpoint_public_access  = false
    endpoint_private_access = true
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}

variable "cluster_encryption_config" {
  type = list(object({ resources = list(string), provider_key_arn = string }))
  default = [{
    resources        = ["secrets"]
    provider_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }]
}

# The module idiom: a dynamic block over a variable.
resource "aws_eks_cluster" "dynamic" { # want AWS-188
  name     = "platform"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-1", "subnet-2"]
    endpoint_public_access  = false
    endpoint_private_access = true
  }

  dynamic "encryption_config" {
    for_each = var.cluster_encryption_config
    content {
      resources = encryption_config.value.resources
      provider {
        key_arn = encryption_config.value.provider_key_arn
      }
    }
  }
}
