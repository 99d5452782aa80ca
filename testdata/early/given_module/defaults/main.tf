resource "aws_ec2_instance_metadata_defaults" "this" {
  http_tokens = "required"
}

resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}
