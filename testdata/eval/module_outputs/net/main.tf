variable "allowed" {
  type = string
}

variable "second" {
  type = string
}

variable "third" {
  type = string
}

locals {
  world = "0.0.0.0/0"
}

resource "terraform_data" "rule" {
  input = [var.allowed, var.second, var.third]
}

output "default_cidr" {
  value = local.world
}

output "allowed_cidr" {
  value = var.allowed
}

output "second_cidr" {
  value = var.second
}

output "third_value" {
  value = var.third
}
