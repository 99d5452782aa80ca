# The endpoint is public and open to every address by default.
resource "aws_eks_cluster" "defaults" {
  name     = "defaults"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config { # want AWS-104 "not set, and the default is 0.0.0.0/0"
    subnet_ids = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
  }
  enabled_cluster_log_types = ["api", "audit", "authenticator"]
}

variable "api_allowed" {
  type    = list(string)
  default = ["10.0.0.0/8", "0.0.0.0/0"]
}

resource "aws_eks_cluster" "explicit" {
  name     = "explicit"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
    endpoint_private_access = true
    endpoint_public_access  = true
    public_access_cidrs     = var.api_allowed # want AWS-104 "includes 0.0.0.0/0"
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
  }
  enabled_cluster_log_types = ["api", "audit", "authenticator"]
}
