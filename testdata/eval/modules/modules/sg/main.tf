variable "name" {
  type = string
}

variable "ssh_cidrs" {
  type    = list(string)
  default = []
}

variable "rules" {
  type = map(object({
    port  = number
    cidrs = optional(list(string), ["10.0.0.0/8"])
  }))
  default = {}
}

resource "aws_security_group" "this" {
  name = var.name

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.ssh_cidrs # want AWS-001 AWS-001
  }

  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidrs # want AWS-001
    }
  }
}

output "id" {
  value = aws_security_group.this.id
}

output "name" {
  value = aws_security_group.this.name
}
