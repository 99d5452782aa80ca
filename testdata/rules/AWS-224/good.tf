variable "password_history" {
  type    = number
  default = 24
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length      = 16
  password_reuse_prevention    = var.password_history
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
  max_password_age             = 90
}
