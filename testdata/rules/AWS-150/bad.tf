resource "aws_cloudwatch_log_group" "api" { # want AWS-150
  name              = "/app/api"
  retention_in_days = 365
}
