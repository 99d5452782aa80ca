# Calls for which terraform init installs a major version the stand-in
# does not model (v6 changed the inputs; v3 is older): "~> 6.0", a
# constraint with no upper bound or no version at all (the newest release,
# v6), "< 4" (the newest 3.x). They keep the note that asks for terraform
# init, and no finding is guessed.

module "v6" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 6.0"

  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["ssh-tcp"]
}

module "unbounded" {
  source  = "terraform-aws-modules/security-group/aws"
  version = ">= 3.0"

  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["ssh-tcp"]
}

module "v3" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "< 4"

  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["ssh-tcp"]
}

module "latest" {
  source = "terraform-aws-modules/security-group/aws"

  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["ssh-tcp"]
}

# A submodule is not the module the stand-in models.
module "ssh_preset" {
  source  = "terraform-aws-modules/security-group/aws//modules/ssh"
  version = "~> 5.0"

  ingress_cidr_blocks = ["0.0.0.0/0"]
}
