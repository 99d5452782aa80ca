variable "cidr" { type = string }
variable "port" { type = number }

output "rule" { value = "${var.cidr}:${var.port}" }
