variable "ownership" {
  type    = string
  default = "BucketOwnerPreferred"
}

resource "aws_s3_bucket" "uploads" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-434-uploads"
}

# Objects uploaded by other accounts stay theirs, with their ACLs.
resource "aws_s3_bucket_ownership_controls" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  rule {
    object_ownership = "ObjectWriter" # want AWS-434
  }
}

resource "aws_s3_bucket" "shared" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  for_each = toset(["a", "b"])
  bucket   = "soc2lint-434-shared-${each.key}"
}

# BucketOwnerPreferred still honours ACLs, from a variable's default.
resource "aws_s3_bucket_ownership_controls" "shared" {
  for_each = aws_s3_bucket.shared
  bucket   = each.value.id
  rule {
    object_ownership = var.ownership # want AWS-434
  }
}
