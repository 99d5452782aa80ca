# The account-level block of a root without buckets leaves
# block_public_acls out: it is off for the whole account.
resource "aws_s3_account_public_access_block" "baseline" { # want AWS-247
  account_id              = "111122223333"
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
