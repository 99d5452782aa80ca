variable "vpc_id" {
  type = string
}

resource "aws_subnet" "public" {
  vpc_id                  = var.vpc_id
  cidr_block              = "10.0.0.0/24"
  map_public_ip_on_launch = true # want AWS-106
}

locals {
  subnets = {
    "10.0.1.0/24" = true
    "10.0.2.0/24" = false
  }
}

resource "aws_subnet" "each" {
  for_each                = local.subnets
  vpc_id                  = var.vpc_id
  cidr_block              = each.key
  map_public_ip_on_launch = each.value # want AWS-106
}

resource "aws_default_subnet" "adopted" { # want AWS-106 "default subnet"
  availability_zone = "eu-west-1a"
}

resource "aws_default_subnet" "explicit" {
  availability_zone       = "eu-west-1b"
  map_public_ip_on_launch = true # want AWS-106
}
