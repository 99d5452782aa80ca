resource "aws_iam_account_password_policy" "cis" {
  minimum_password_length        = 14
  password_reuse_prevention      = 24
  require_lowercase_characters   = true
  require_uppercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  allow_users_to_change_password = true
}

# Expiry and character classes are not judged (CIS AWS Foundations 1.4+,
# NIST SP 800-63B).
resource "aws_iam_account_password_policy" "long_passphrases" {
  minimum_password_length   = 20
  password_reuse_prevention = 24
}

# A value that cannot be known statically is never reported.
variable "min_length" {
  type = number
}

resource "aws_iam_account_password_policy" "from_var" {
  minimum_password_length   = var.min_length
  password_reuse_prevention = 24
}
