variable "encrypted" {
  type     = bool
  default  = true
  nullable = false
}

variable "retention" {
  type    = number
  default = 7
}

variable "name" {
  type     = string
  default  = "db"
  nullable = false
}

output "encrypted" { value = var.encrypted }
output "retention_is_null" { value = var.retention == null }
output "name" { value = var.name }
