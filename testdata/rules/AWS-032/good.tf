resource "aws_iam_account_password_policy" "cis" {
  minimum_password_length        = 14
  password_reuse_prevention      = 24
  require_lowercase_characters   = true
  require_uppercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  max_password_age               = 90
  allow_users_to_change_password = true
}

# The same from a module's variables, as terraform-aws-modules/iam writes it.
variable "policy" {
  type = object({
    minimum_password_length = number
    max_password_age        = number
    require_symbols         = bool
  })
  default = {
    minimum_password_length = 16
    max_password_age        = 30
    require_symbols         = true
  }
}

resource "aws_iam_account_password_policy" "from_object" {
  minimum_password_length      = var.policy.minimum_password_length
  password_reuse_prevention    = 24
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = var.policy.require_symbols
  max_password_age             = var.policy.max_password_age
}
