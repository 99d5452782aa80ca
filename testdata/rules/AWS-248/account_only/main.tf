# The account-level block of a root without buckets takes a setting from
# an input without a default: whether public ACLs are ignored cannot be told.
variable "ignore_public_acls" {
  type = bool
}

resource "aws_s3_account_public_access_block" "baseline" {
  block_public_acls       = true
  ignore_public_acls      = var.ignore_public_acls # want-note AWS-248
  block_public_policy     = true
  restrict_public_buckets = true
}
