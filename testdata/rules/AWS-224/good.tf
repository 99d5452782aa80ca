variable "password_history" {
  type    = number
  default = 24
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length      = 16
  password_reuse_prevention    = var.password_history
  require_lowercase_characters = true
}
