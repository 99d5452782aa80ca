# The home Region's recorder records the IAM types; the others may leave
# them out (AWS recommends recording them in one Region only).
variable "regions" {
  type    = set(string)
  default = ["eu-west-1", "us-east-1"]
}

resource "aws_config_configuration_recorder" "home" {
  name     = "home"
  role_arn = aws_iam_role.config.arn

  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

resource "aws_config_configuration_recorder" "regional" {
  provider = aws.eu
  name     = "regional"
  role_arn = aws_iam_role.config.arn
}

resource "aws_config_configuration_recorder" "iam_listed" {
  provider = aws.us
  name     = "iam-listed"
  role_arn = aws_iam_role.config.arn

  recording_group {
    all_supported  = false # want AWS-192
    resource_types = ["AWS::IAM::Role", "AWS::IAM::Policy", "AWS::IAM::User", "AWS::IAM::Group"]
  }
}

resource "aws_config_configuration_recorder" "excluding" {
  provider = aws.ap
  name     = "excluding"
  role_arn = aws_iam_role.config.arn

  recording_group {
    all_supported = false # want AWS-192
    exclusion_by_resource_types {
      resource_types = ["AWS::EC2::NetworkInterface"]
    }
    recording_strategy {
      use_only = "EXCLUSION_BY_RESOURCE_TYPES"
    }
  }
}

resource "aws_iam_role" "config" {
  name = "config"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "config.amazonaws.com" } }]
  })
}

resource "aws_config_configuration_recorder_status" "home" {
  name       = aws_config_configuration_recorder.home.name
  is_enabled = true
}

resource "aws_config_configuration_recorder_status" "regional" {
  name       = aws_config_configuration_recorder.regional.name
  is_enabled = true
}

resource "aws_config_configuration_recorder_status" "iam_listed" {
  name       = aws_config_configuration_recorder.iam_listed.name
  is_enabled = true
}

resource "aws_config_configuration_recorder_status" "excluding" {
  name       = aws_config_configuration_recorder.excluding.name
  is_enabled = true
}
