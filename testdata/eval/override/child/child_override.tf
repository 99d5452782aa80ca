variable "port" {
  default = 443
}

output "rule" {
  value = "${var.cidr}:${var.port}/tcp"
}
