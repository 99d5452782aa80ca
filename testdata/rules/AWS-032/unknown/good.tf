# A value that cannot be known statically is never reported: it is a note.
variable "min_length" {
  type = number
}

variable "symbols" {
  type = bool
}

resource "aws_iam_account_password_policy" "from_var" {
  minimum_password_length      = var.min_length # want-note AWS-032 "not known statically"
  password_reuse_prevention    = 24
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = var.symbols
  max_password_age             = 90
}
