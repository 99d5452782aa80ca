resource "aws_cloudwatch_log_group" "transfer" {
  name              = "/aws/transfer/sftp"
  retention_in_days = 400
}

resource "aws_transfer_server" "sftp" {
  identity_provider_type      = "SERVICE_MANAGED"
  protocols                   = ["SFTP"]
  security_policy_name        = "TransferSecurityPolicy-2024-01"
  structured_log_destinations = ["${aws_cloudwatch_log_group.transfer.arn}:*"]
}

resource "aws_transfer_connector" "partner" {
  access_role  = aws_iam_role.connector.arn
  logging_role = aws_iam_role.transfer_logging.arn
  url          = "sftp://sftp.partner.example.com"
  sftp_config {
    trusted_host_keys = [var.partner_host_key]
    user_secret_id    = aws_secretsmanager_secret.partner.id
  }
}
