# EKS module calls with the module's defaults (a private endpoint, audit
# logs, secrets encrypted with a key of the module's), or a public endpoint
# open only to known ranges.

module "eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.0"

  cluster_name    = "main"
  cluster_version = "1.31"
  subnet_ids      = ["subnet-0123456789abcdef0"]
}

module "eks_v21" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 21.0"

  name                         = "v21"
  endpoint_public_access       = true
  endpoint_public_access_cidrs = ["203.0.113.0/24"]
  enabled_log_types            = ["api", "audit"]
}

module "own_key" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.8"

  cluster_name   = "own-key"
  create_kms_key = false
  cluster_encryption_config = {
    provider_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    resources        = ["secrets"]
  }
}
