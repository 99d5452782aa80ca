# A team that follows NIST SP 800-63B (and CIS AWS Foundations v1.4+) turns
# the character classes and expiry off: long passphrases, no forced changes.
resource "aws_iam_account_password_policy" "long_passphrases" {
  minimum_password_length   = 20
  password_reuse_prevention = 24
}
