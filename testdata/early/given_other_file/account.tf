resource "aws_ec2_instance_metadata_defaults" "this" {
  http_tokens = "required"
}
