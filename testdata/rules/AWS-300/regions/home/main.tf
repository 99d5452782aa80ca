# Two roots, one per Region: the home Region's recorder records the IAM
# types, which clears the other root's recorder.
resource "aws_config_configuration_recorder" "home" {
  name     = "home"
  role_arn = "arn:aws:iam::111122223333:role/config"

  recording_group {
    include_global_resource_types = true
  }
}

resource "aws_config_configuration_recorder_status" "home" {
  name       = aws_config_configuration_recorder.home.name
  is_enabled = true
}
