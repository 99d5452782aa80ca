variable "imds_tokens" {
  type        = string
  description = "Account default for IMDS session tokens."
}

resource "aws_ec2_instance_metadata_defaults" "this" {
  http_tokens = var.imds_tokens # want-note AWS-311 # want-note AWS-311
}

resource "aws_instance" "web" {  # want AWS-105
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
}
