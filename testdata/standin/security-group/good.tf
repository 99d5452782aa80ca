# Calls of the registry security-group module that open nothing sensitive
# to the internet: no finding from soc2lint's stand-in.

module "web_sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 5.0"

  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  # HTTPS from anywhere is what a web tier is for.
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["https-443-tcp", "http-80-tcp"]

  # Egress only to the VPC: both lists, since the IPv6 one defaults to ::/0.
  egress_cidr_blocks      = ["10.0.0.0/16"]
  egress_ipv6_cidr_blocks = []
  egress_rules            = ["all-all"]
}

module "db_sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 4.0"

  name = "db"
  ingress_with_cidr_blocks = [
    {
      from_port   = 5432
      to_port     = 5432
      protocol    = "tcp"
      cidr_blocks = "10.0.0.0/8"
    },
  ]
  # The default egress CIDRs, but no egress rule: nothing is opened.
}

# ingress_rules without ingress_cidr_blocks open nothing to the internet.
module "ssh_sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 5.0"

  name          = "ssh"
  ingress_rules = ["ssh-tcp"]
}

# A group that is not created creates no rules.
module "disabled_sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 5.0"

  create              = false
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["ssh-tcp"]
}
