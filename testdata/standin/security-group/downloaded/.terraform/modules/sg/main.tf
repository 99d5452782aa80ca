variable "name" {
  type = string
}

variable "ingress_cidr_blocks" {
  type    = list(string)
  default = []
}

variable "ingress_rules" {
  type    = list(string)
  default = []
}

resource "aws_security_group" "this" {
  name        = var.name
  description = "Made-up stand-in for a downloaded module: it opens nothing"
}
