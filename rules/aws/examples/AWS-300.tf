# The account's home Region records the IAM users, groups, roles and
# policies; the recorders of the other Regions may leave them out.
resource "aws_config_configuration_recorder" "home" {
  name     = "home"
  role_arn = aws_iam_role.config.arn

  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

resource "aws_config_configuration_recorder_status" "home" {
  name       = aws_config_configuration_recorder.home.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.home]
}
