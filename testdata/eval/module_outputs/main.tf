# Arguments of a module call that refer to outputs of the same call:
# Terraform resolves the outputs one by one, so none of this is a cycle.

# Reached first from a resource, through a local: the call is evaluated
# while the local is.
locals {
  default_cidr = module.net.default_cidr
}

resource "terraform_data" "first" {
  input = local.default_cidr
}

module "net" {
  source = "./net"

  # One step: an output that depends on no argument.
  allowed = local.default_cidr
  # Two steps: an output that depends on the argument above.
  second = module.net.allowed_cidr
  # Three steps.
  third = "${module.net.second_cidr}-3"
}

output "first" {
  value = terraform_data.first.input
}

output "allowed" {
  value = module.net.allowed_cidr
}

output "second" {
  value = module.net.second_cidr
}

output "third" {
  value = module.net.third_value
}
