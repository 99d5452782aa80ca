# The module's argument comes from another output of the same call, which
# Terraform resolves output by output: the rule allows the VPN range only.
module "ssh" {
  source = "./sg"

  name          = "bastion"
  ingress_cidrs = module.ssh.default_cidrs
}
