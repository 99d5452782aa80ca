resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"

  recording_group {
    include_global_resource_types = true
  }
}

resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = false # want AWS-019
}

resource "aws_config_configuration_recorder" "never_started" { # want AWS-019 "never started"
  name     = "never-started"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"
}
