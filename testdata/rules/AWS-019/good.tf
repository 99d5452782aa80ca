resource "aws_config_configuration_recorder" "selected" {
  name     = "selected"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"
  # Recording only some resource types is not AWS-019's concern; AWS-192 reports it.
  recording_group {
    all_supported  = false # want AWS-192
    resource_types = ["AWS::EC2::Instance", "AWS::IAM::Role"]
  }
}

resource "aws_config_configuration_recorder_status" "selected" {
  name       = aws_config_configuration_recorder.selected.name
  is_enabled = true
}

# A recorder started by a status resource that names it literally.
resource "aws_config_configuration_recorder" "literal" {
  name     = "literal"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"
}

resource "aws_config_configuration_recorder_status" "literal" {
  name       = "literal"
  is_enabled = true
  depends_on = [aws_config_delivery_channel.literal]
}

resource "aws_config_delivery_channel" "literal" {
  name           = "literal"
  s3_bucket_name = "config-history"
}
