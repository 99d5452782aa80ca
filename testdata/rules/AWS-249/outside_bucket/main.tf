# A settings module for buckets created elsewhere (by another stack or the
# console): the public access blocks are the only evidence of the buckets'
# settings in this code.
variable "data_bucket" {
  type    = string
  default = "acme-data-exports"
}

variable "block_policies" {
  type = bool
}

resource "aws_s3_bucket_public_access_block" "exports" {
  bucket                  = var.data_bucket
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = false # want AWS-249
  restrict_public_buckets = true
}

# restrict_public_buckets is false when not written.
resource "aws_s3_bucket_public_access_block" "reports" { # want AWS-290
  bucket              = "acme-reports"
  block_public_acls   = true
  ignore_public_acls  = true
  block_public_policy = true
}

resource "aws_s3_bucket_public_access_block" "input" {
  bucket                  = "acme-input"
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = var.block_policies # want-note AWS-249
  restrict_public_buckets = true
}

resource "aws_s3_bucket_public_access_block" "locked" {
  bucket                  = "acme-locked"
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
