variable "vpc_id" {
  type = string
}

variable "map_public" {
  type = bool
}

resource "aws_subnet" "private" {
  vpc_id     = var.vpc_id
  cidr_block = "10.0.10.0/24"
}

resource "aws_subnet" "explicit" {
  vpc_id                  = var.vpc_id
  cidr_block              = "10.0.11.0/24"
  map_public_ip_on_launch = false
}

resource "aws_subnet" "unknown" {
  vpc_id                  = var.vpc_id
  cidr_block              = "10.0.12.0/24"
  map_public_ip_on_launch = var.map_public # want-note AWS-106
}

resource "aws_default_subnet" "locked_down" {
  availability_zone       = "eu-west-1a"
  map_public_ip_on_launch = false
}
