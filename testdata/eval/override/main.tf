# Override files (override.tf, *_override.tf, *_override.tf.json) are merged
# into the blocks below, argument by argument, in file name order.
variable "port" {
  type    = number
  default = 22
}

variable "tags" {
  type    = map(string)
  default = { team = "core" }
}

locals {
  cidr = "0.0.0.0/0"
  name = "base"
  kept = "kept"
}

resource "terraform_data" "rule" {
  input            = { cidr = local.cidr, port = var.port }
  triggers_replace = ["original"]
}

resource "terraform_data" "untouched" {
  input = local.kept
}

module "child" {
  source = "./child"
  cidr   = "0.0.0.0/0"
  port   = 22
}

output "rule" { value = terraform_data.rule.input }
output "triggers" { value = terraform_data.rule.triggers_replace }
output "untouched" { value = terraform_data.untouched.input }
output "name" { value = local.name }
output "child" { value = module.child.rule }
output "tags" { value = var.tags }
output "replaced" { value = "original" }
