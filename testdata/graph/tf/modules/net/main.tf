variable "vpc_id" {
  type = string
}

resource "aws_vpc" "inner" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_route_table" "rt" {
  vpc_id = var.vpc_id
}

output "vpc" {
  value = aws_vpc.inner.id
}
