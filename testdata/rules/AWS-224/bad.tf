resource "aws_iam_account_password_policy" "short_history" {
  minimum_password_length      = 14
  password_reuse_prevention    = 5 # want AWS-224 "below 24"
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
  max_password_age             = 90
}
