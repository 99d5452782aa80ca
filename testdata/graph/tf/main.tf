resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

locals {
  vpc = aws_vpc.main.id
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_flow_log" "via_local" {
  vpc_id = local.vpc
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_s3_bucket_versioning" "by_literal" {
  bucket = "acme-logs"
}

resource "aws_s3_bucket_policy" "in_template" {
  bucket = "${aws_s3_bucket.logs.id}"
  policy = jsonencode({ Resource = "${aws_s3_bucket.logs.arn}/*" })
}

resource "aws_security_group" "sg" {
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [for s in [aws_subnet.a] : s.cidr_block]
  }
  depends_on = [aws_s3_bucket.logs]
}

module "net" {
  source = "./modules/net"
  vpc_id = aws_vpc.main.id
}

resource "aws_flow_log" "via_module" {
  vpc_id = module.net.vpc
}

resource "aws_vpc" "each" {
  for_each   = toset(["a", "b"])
  cidr_block = "10.9.0.0/16"
}

resource "aws_flow_log" "per_vpc" {
  for_each = aws_vpc.each
  vpc_id   = each.value.id
}
