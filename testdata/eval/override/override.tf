locals {
  cidr = "10.20.0.0/16"
}

variable "port" {
  default = 2222
}

resource "terraform_data" "rule" {
  input = { cidr = local.cidr, port = var.port, note = "narrowed" }
}

module "child" {
  cidr = "10.30.0.0/16"
}

output "replaced" {
  value = "overridden"
}
