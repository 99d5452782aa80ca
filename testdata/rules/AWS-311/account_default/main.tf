# The account's instance metadata defaults require IMDSv2 for every instance
# launched in the region without metadata options of its own.
resource "aws_ec2_instance_metadata_defaults" "this" {
  http_tokens                 = "required"
  http_put_response_hop_limit = 2
}

resource "aws_instance" "web" {  # want AWS-105
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
}

resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  metadata_options {
    http_put_response_hop_limit = 2
  }
}

# A setting written on the instance wins over the account default.
resource "aws_instance" "legacy" {  # want AWS-105
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  metadata_options {
    http_tokens = "optional" # want AWS-311
  }
}
