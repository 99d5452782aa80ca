variable "ownership" {
  type = string
}

# No ownership controls: a new bucket is BucketOwnerEnforced.
resource "aws_s3_bucket" "plain" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-434-plain"
}

resource "aws_s3_bucket" "enforced" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-434-enforced"
}

resource "aws_s3_bucket_ownership_controls" "enforced" {
  bucket = aws_s3_bucket.enforced.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket" "chosen" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-434-chosen"
}

# The value is an input without a default: cannot tell.
resource "aws_s3_bucket_ownership_controls" "chosen" {
  bucket = aws_s3_bucket.chosen.id
  rule {
    object_ownership = var.ownership # want-note AWS-434
  }
}
