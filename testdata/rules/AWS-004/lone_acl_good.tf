# ACLs of buckets created elsewhere that grant nothing to everyone, and a
# public ACL that the bucket's own public access block ignores.
resource "aws_s3_bucket_acl" "logs" {
  bucket = "soc2lint-004-logs-elsewhere"
  acl    = "log-delivery-write"
}

resource "aws_s3_bucket_acl" "private" {
  bucket = "soc2lint-004-private-elsewhere"
  acl    = "private"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = "soc2lint-004-site-elsewhere"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_acl" "site" {
  bucket = "soc2lint-004-site-elsewhere"
  acl    = "public-read"
}
