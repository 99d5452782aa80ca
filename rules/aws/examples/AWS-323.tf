resource "aws_datasync_task" "archive" {
  name                     = "archive"
  source_location_arn      = aws_datasync_location_s3.source.arn
  destination_location_arn = aws_datasync_location_s3.archive.arn
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.datasync.arn

  options {
    log_level = "BASIC"
  }
}
