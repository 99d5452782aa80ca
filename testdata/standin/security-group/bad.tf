# Registry security-group module calls that terraform init has not
# downloaded: soc2lint's stand-in evaluates them, and every finding points
# at the caller's argument (or, for a default of the module, the call).

variable "admin_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

locals {
  world = "0.0.0.0/0"
}

module "bastion_sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 5.0"

  name        = "bastion"
  description = "Bastion hosts"
  vpc_id      = "vpc-0123456789abcdef0"

  ingress_cidr_blocks = [local.world] # want AWS-001
  ingress_rules       = ["ssh-tcp", "https-443-tcp"]
}

# The egress lists default to the whole internet: all-all opens everything.
module "app_sg" { # want AWS-012 "0.0.0.0/0 and ::/0"
  source  = "registry.terraform.io/terraform-aws-modules/security-group/aws"
  version = ">= 4.2, < 6.0"

  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"

  egress_rules = ["all-all"]
}

module "db_sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "4.17.2"

  name   = "db"
  vpc_id = "vpc-0123456789abcdef0"

  ingress_with_cidr_blocks = [
    {
      rule        = "https-443-tcp"
      cidr_blocks = "0.0.0.0/0"
    },
    {
      rule        = "postgresql-tcp"
      cidr_blocks = "10.0.0.0/8,0.0.0.0/0" # want AWS-001
    },
    {
      from_port   = 3389
      to_port     = 3389
      protocol    = "tcp"
      description = "RDP from the office"
      cidr_blocks = "203.0.113.0/24"
    },
  ]
}

# Rules without their own cidr_blocks take ingress_ipv6_cidr_blocks.
module "admin_sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 5.1"

  for_each = toset(["eu", "us"])
  name     = "admin-${each.key}"

  ingress_with_ipv6_cidr_blocks = [{ rule = "rdp-tcp" }]
  ingress_ipv6_cidr_blocks      = ["::/0"] # want AWS-001
}

# Restricting the IPv4 egress list leaves the IPv6 one at its default, ::/0.
module "worker_sg" { # want AWS-012
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 5.0"

  name               = "worker"
  egress_cidr_blocks = ["10.0.0.0/16"]
  egress_rules       = ["all-all"]
}
