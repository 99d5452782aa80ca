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
