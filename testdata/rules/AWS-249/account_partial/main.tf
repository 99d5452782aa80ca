# The account-level block leaves policies open and the bucket has no block
# of its own.
resource "aws_s3_account_public_access_block" "this" { # want AWS-249 AWS-290
  block_public_acls  = true
  ignore_public_acls = true
}

resource "aws_s3_bucket" "data" { # want AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-005-account-partial"
}
