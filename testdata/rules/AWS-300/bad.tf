# A recorder per Region from one module call each; none records the IAM
# types, so IAM changes are recorded nowhere.
resource "aws_config_configuration_recorder" "default_group" { # want AWS-300 "recording_group is not set"
  name     = "default"
  role_arn = aws_iam_role.config.arn
}

resource "aws_config_configuration_recorder" "regional_only" {
  provider = aws.eu
  name     = "regional-only"
  role_arn = aws_iam_role.config.arn

  recording_group {
    all_supported                 = true
    include_global_resource_types = false # want AWS-300 "include_global_resource_types is not true"
  }
}

resource "aws_config_configuration_recorder" "listed" {
  provider = aws.us
  name     = "listed"
  role_arn = aws_iam_role.config.arn

  recording_group {
    all_supported  = false # want AWS-192
    resource_types = ["AWS::EC2::Instance", "AWS::S3::Bucket", "AWS::EC2::SecurityGroup"] # want AWS-300 "resource_types names no IAM type"
  }
}

resource "aws_config_configuration_recorder" "inclusion" {
  provider = aws.ap
  name     = "inclusion"
  role_arn = aws_iam_role.config.arn

  recording_group {
    all_supported = false # want AWS-192
    recording_strategy {
      use_only = "INCLUSION_BY_RESOURCE_TYPES"
    }
    resource_types = ["AWS::RDS::DBInstance"] # want AWS-300
  }
}

resource "aws_iam_role" "config" {
  name = "config"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "config.amazonaws.com" } }]
  })
}

resource "aws_config_configuration_recorder_status" "default_group" {
  name       = aws_config_configuration_recorder.default_group.name
  is_enabled = true
}

resource "aws_config_configuration_recorder_status" "regional_only" {
  name       = aws_config_configuration_recorder.regional_only.name
  is_enabled = true
}

resource "aws_config_configuration_recorder_status" "listed" {
  name       = aws_config_configuration_recorder.listed.name
  is_enabled = true
}

resource "aws_config_configuration_recorder_status" "inclusion" {
  name       = aws_config_configuration_recorder.inclusion.name
  is_enabled = true
}
