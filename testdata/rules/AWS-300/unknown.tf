variable "record_global" {
  type = bool
}

# Whether this recorder records the IAM types is an input, so neither
# recorder can be judged.
resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/config"

  recording_group {
    all_supported                 = true
    include_global_resource_types = var.record_global # want-note AWS-300
  }
}

resource "aws_config_configuration_recorder" "other" { # want-note AWS-300
  provider = aws.eu
  name     = "other"
  role_arn = "arn:aws:iam::111122223333:role/config"
}

resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = true
}

resource "aws_config_configuration_recorder_status" "other" {
  name       = aws_config_configuration_recorder.other.name
  is_enabled = true
}
