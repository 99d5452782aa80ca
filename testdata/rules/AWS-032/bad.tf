# Too short.
resource "aws_iam_account_password_policy" "short" {
  minimum_password_length        = 8 # want AWS-032 "allows passwords of 8 characters"
  password_reuse_prevention      = 24
  require_lowercase_characters   = true
  require_uppercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  max_password_age               = 90
  allow_users_to_change_password = true
}

# Reuse prevention from a variable default.
variable "password_history" {
  type    = number
  default = 5
}

resource "aws_iam_account_password_policy" "short_history" {
  minimum_password_length      = 16
  password_reuse_prevention    = var.password_history # want AWS-224
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
  max_password_age             = 60
}

# Neither minimum set: IAM applies 6 characters and allows reuse, and
# requires no character class but the one set here.
resource "aws_iam_account_password_policy" "defaults" { # want AWS-032 "minimum_password_length [(]default 6[)], require_uppercase_characters [(]default false[)], require_lowercase_characters [(]default false[)] and require_numbers [(]default false[)] unset" AWS-224
  require_symbols  = true
  max_password_age = 90
}

# Long enough, but no character class and no expiry: IAM's defaults
# (AWS Security Hub IAM.7, AWS Config iam-password-policy).
resource "aws_iam_account_password_policy" "length_only" { # want AWS-032 "require_symbols [(]default false[)] and max_password_age [(]passwords never expire[)] unset"
  minimum_password_length   = 14
  password_reuse_prevention = 24
}

# Classes turned off explicitly, from a module-style variable.
variable "require_symbols" {
  type    = bool
  default = false
}

resource "aws_iam_account_password_policy" "no_symbols" {
  minimum_password_length      = 14
  password_reuse_prevention    = 24
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = false                # want AWS-032 "require_numbers, require_symbols = false"
  require_symbols              = var.require_symbols
  max_password_age             = 90
}

# Passwords that live a year, and passwords that never expire.
resource "aws_iam_account_password_policy" "yearly" {
  minimum_password_length      = 14
  password_reuse_prevention    = 24
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
  max_password_age             = 365 # want AWS-032 "live 365 days [(]at most 90 expected[)]"
}

resource "aws_iam_account_password_policy" "never" {
  minimum_password_length      = 14
  password_reuse_prevention    = 24
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
  max_password_age             = 0 # want AWS-032 "never expire"
}
