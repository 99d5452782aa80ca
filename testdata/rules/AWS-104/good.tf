variable "office_cidrs" {
  type = list(string)
}

resource "aws_eks_cluster" "private" {
  name     = "private"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
  }
  enabled_cluster_log_types = ["api", "audit", "authenticator"]
}

resource "aws_eks_cluster" "limited" {
  name     = "limited"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids          = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
    public_access_cidrs = ["203.0.113.0/24", "198.51.100.10/32"]
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
  }
  enabled_cluster_log_types = ["api", "audit", "authenticator"]
}

resource "aws_eks_cluster" "from_input" {
  name     = "from-input"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids          = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
    public_access_cidrs = var.office_cidrs # want-note AWS-104
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
  }
  enabled_cluster_log_types = ["api", "audit", "authenticator"]
}
