# Too short.
resource "aws_iam_account_password_policy" "short" {
  minimum_password_length        = 8 # want AWS-032
  password_reuse_prevention      = 24
  require_lowercase_characters   = true
  require_uppercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  allow_users_to_change_password = true
}

# Reuse prevention from a variable default.
variable "password_history" {
  type    = number
  default = 5
}

resource "aws_iam_account_password_policy" "short_history" {
  minimum_password_length   = 16
  password_reuse_prevention = var.password_history # want AWS-224
}

# Neither minimum set: IAM applies 6 characters and allows reuse.
resource "aws_iam_account_password_policy" "defaults" { # want AWS-032 AWS-224
  require_symbols  = true
  max_password_age = 90
}
