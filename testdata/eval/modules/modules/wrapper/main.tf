# Passes its input through a second level of module.
variable "cidrs" {
  type = list(string)
}

module "inner" {
  source    = "../sg"
  name      = "wrapped"
  ssh_cidrs = var.cidrs
}

output "inner_name" {
  value = module.inner.name
}
