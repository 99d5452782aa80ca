resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

# ACLs disabled: the bucket owner owns every object and only policies grant access.
resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}
