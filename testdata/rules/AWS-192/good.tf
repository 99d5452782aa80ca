variable "record_all" {
  type = bool
}

# No recording group: every supported type is recorded.
resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/config"
}

resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = true
}

resource "aws_config_configuration_recorder" "explicit" {
  name     = "explicit"
  role_arn = "arn:aws:iam::111122223333:role/config"

  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

resource "aws_config_configuration_recorder_status" "explicit" {
  name       = aws_config_configuration_recorder.explicit.name
  is_enabled = true
}

resource "aws_config_configuration_recorder" "unknown" {
  name     = "unknown"
  role_arn = "arn:aws:iam::111122223333:role/config"

  recording_group {
    all_supported = var.record_all # want-note AWS-192
  }
}

resource "aws_config_configuration_recorder_status" "unknown" {
  name       = aws_config_configuration_recorder.unknown.name
  is_enabled = true
}

resource "aws_config_configuration_aggregator" "accounts" {
  name = "accounts"
  account_aggregation_source {
    account_ids = ["111122223333", "444455556666"]
    all_regions = true
  }
}
