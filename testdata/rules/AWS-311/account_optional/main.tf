# A region whose account default was set back to IMDSv1 for an old agent:
# every instance launched without metadata options of its own answers
# IMDSv1 requests.
resource "aws_ec2_instance_metadata_defaults" "this" {
  http_tokens                 = "optional" # want AWS-311 "account default"
  http_put_response_hop_limit = 2
}

resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }
}
