variable "name" {
  type = string
}

variable "ingress_cidrs" {
  type = list(string)
}

locals {
  anywhere = ["10.20.0.0/16"]
}

resource "aws_security_group" "this" {
  name = var.name

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.ingress_cidrs
  }
}

output "default_cidrs" {
  value = local.anywhere
}

output "id" {
  value = aws_security_group.this.id
}
