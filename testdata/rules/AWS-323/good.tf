variable "source_location_arn" {
  type    = string
  default = "arn:aws:datasync:eu-west-1:111122223333:location/loc-0123456789abcdef0"
}

variable "destination_location_arn" {
  type    = string
  default = "arn:aws:datasync:eu-west-1:111122223333:location/loc-0fedcba9876543210"
}

resource "aws_cloudwatch_log_group" "datasync" {
  name              = "/datasync/tasks"
  retention_in_days = 365
}

variable "log_level" {
  type    = string
  default = "TRANSFER"
}

resource "aws_datasync_task" "reports" {
  name                     = "reports"
  source_location_arn      = var.source_location_arn
  destination_location_arn = var.destination_location_arn
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.datasync.arn

  options {
    log_level   = var.log_level
    verify_mode = "ONLY_FILES_TRANSFERRED"
  }
}

# Enhanced mode logs to /aws/datasync by itself.
resource "aws_datasync_task" "bulk" {
  name                     = "bulk"
  source_location_arn      = var.source_location_arn
  destination_location_arn = var.destination_location_arn
  task_mode                = "ENHANCED"
}
