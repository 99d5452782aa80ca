# Registry VPC module calls that terraform init has not downloaded. The
# module creates no flow log unless enable_flow_log is true: the finding
# points at the call, naming that default.

module "vpc" { # want AWS-010 "enable_flow_log defaults to false"
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"

  name            = "main"
  cidr            = "10.0.0.0/16"
  azs             = ["eu-west-1a", "eu-west-1b"]
  private_subnets = ["10.0.1.0/24", "10.0.2.0/24"]
  public_subnets  = ["10.0.101.0/24", "10.0.102.0/24"]
}

# A whole-VPC finding decided by an argument the call passes points at
# it (the flow log the module would create is a resource of its own).
module "edge" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 6.0"

  name            = "edge"
  cidr            = "10.1.0.0/16"
  public_subnets  = ["10.1.101.0/24"]
  enable_flow_log = false # want AWS-010 "enable_flow_log = false: the module creates no flow log"

  map_public_ip_on_launch = true # want AWS-106
}

# Terraform's count over a module: each instance without a flow log.
module "spoke" { # want AWS-010 "enable_flow_log defaults to false"
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 6.0.1"
  count   = 2

  name = "spoke-${count.index}"
  cidr = "10.${count.index + 10}.0.0/16"
}

# A flow log of its own that records only rejected traffic is a flow log:
# AWS-010 asks for one; the log group the module creates keeps its events
# for 30 days.
module "logged" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.19"

  name                                            = "logged"
  enable_flow_log                                 = true
  create_flow_log_cloudwatch_log_group            = true
  create_flow_log_cloudwatch_iam_role             = true
  flow_log_cloudwatch_log_group_retention_in_days = 30 # want AWS-020
  flow_log_cloudwatch_log_group_kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# A constraint with no upper bound: terraform init installs the newest
# release it admits, v6, which the stand-in models.
module "unbounded" { # want AWS-010 "enable_flow_log defaults to false"
  source  = "terraform-aws-modules/vpc/aws"
  version = ">= 4.0"

  name = "unbounded"
  cidr = "10.20.0.0/16"
}
