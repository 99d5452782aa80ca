# Registry EKS module calls that terraform init has not downloaded.

# A public endpoint keeps the module's default public_access_cidrs, the
# whole internet: the finding points at the call, naming that default.
module "eks" { # want AWS-104
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.11"

  cluster_name                   = "main"
  cluster_version                = "1.31"
  cluster_endpoint_public_access = true

  vpc_id     = "vpc-0123456789abcdef0"
  subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

# v21 names: only the api log, so no audit log.
module "eks_v21" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 21.0"

  name               = "v21"
  kubernetes_version = "1.33"
  enabled_log_types  = ["api"] # want AWS-188
}

# An empty encryption configuration turns secrets encryption off (v19, v20).
module "plain" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 19.21"

  cluster_name              = "plain"
  cluster_encryption_config = {} # want AWS-148 "cluster_encryption_config = {}"
}

# So does null in v21; the public endpoint is open to the CIDRs given.
module "plain_v21" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 21.0.7"

  name                         = "plain-v21"
  encryption_config            = null # want AWS-148 "encryption_config = null"
  endpoint_public_access       = true
  endpoint_public_access_cidrs = ["0.0.0.0/0"] # want AWS-104
}
