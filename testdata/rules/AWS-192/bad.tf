resource "aws_config_configuration_recorder" "some_types" {
  name     = "some-types"
  role_arn = "arn:aws:iam::111122223333:role/config"

  recording_group {
    all_supported  = false # want AWS-192 "all_supported = false"
    resource_types = ["AWS::EC2::Instance", "AWS::S3::Bucket"] # want AWS-300
  }
}

resource "aws_config_configuration_recorder_status" "some_types" {
  name       = aws_config_configuration_recorder.some_types.name
  is_enabled = true
}

resource "aws_config_configuration_aggregator" "org" {
  name = "org"
  organization_aggregation_source { # want AWS-192 "all_regions is not set"
    regions  = ["eu-west-1", "us-east-1"]
    role_arn = "arn:aws:iam::111122223333:role/config-aggregator"
  }
}
