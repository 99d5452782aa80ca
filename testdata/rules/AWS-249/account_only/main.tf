# An account baseline root that declares no bucket: its account-level
# block is the only evidence of the account's settings, and it lets bucket
# policies open any bucket that has no block of its own.
resource "aws_s3_account_public_access_block" "this" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = false # want AWS-249
  restrict_public_buckets = true
}
