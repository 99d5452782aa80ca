resource "aws_kms_key" "params" {
  description         = "Parameter Store secrets"
  enable_key_rotation = true
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_ssm_parameter" "db_password" {
  name   = "/orders/prod/db-password"
  type   = "SecureString"
  value  = var.db_password
  key_id = aws_kms_key.params.arn
}

resource "aws_ssm_parameter" "api_token" {
  name   = "/orders/prod/api-token"
  type   = "SecureString"
  value  = var.db_password
  key_id = "alias/orders-params"
}

# Plain String values are not encrypted at all: no key to require.
resource "aws_ssm_parameter" "endpoint" {
  name  = "/orders/prod/endpoint"
  type  = "String"
  value = "https://orders.internal.example.com"
}
