# A SecureString parameter without key_id is encrypted with the AWS managed
# aws/ssm key.
resource "aws_ssm_parameter" "db_password" { # want AWS-169 "SecureString parameter"
  name  = "/orders/prod/db-password"
  type  = "SecureString"
  value = var.db_password
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_ssm_parameter" "api_token" {
  name   = "/orders/prod/api-token"
  type   = "SecureString"
  value  = var.db_password
  key_id = "alias/aws/ssm" # want AWS-169
}
