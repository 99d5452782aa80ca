resource "aws_securityhub_account" "main" {}
