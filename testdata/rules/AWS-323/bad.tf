variable "source_location_arn" {
  type    = string
  default = "arn:aws:datasync:eu-west-1:111122223333:location/loc-0123456789abcdef0"
}

variable "destination_location_arn" {
  type    = string
  default = "arn:aws:datasync:eu-west-1:111122223333:location/loc-0fedcba9876543210"
}

# No log group: nothing of the transfer is recorded.
resource "aws_datasync_task" "archive" { # want AWS-323 "cloudwatch_log_group_arn is not set"
  name                     = "archive"
  source_location_arn      = var.source_location_arn
  destination_location_arn = var.destination_location_arn

  options {
    verify_mode = "ONLY_FILES_TRANSFERRED"
  }
}

resource "aws_cloudwatch_log_group" "datasync" {
  name              = "/datasync/tasks"
  retention_in_days = 365
}

# A group named, but the level left out: the provider sends OFF.
resource "aws_datasync_task" "reports" { # want AWS-323 "log_level is not set"
  name                     = "reports"
  source_location_arn      = var.source_location_arn
  destination_location_arn = var.destination_location_arn
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.datasync.arn
}

resource "aws_datasync_task" "media" {
  name                     = "media"
  source_location_arn      = var.source_location_arn
  destination_location_arn = var.destination_location_arn
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.datasync.arn

  options {
    log_level = "OFF" # want AWS-323
  }
}
