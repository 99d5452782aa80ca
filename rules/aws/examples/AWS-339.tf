resource "aws_s3_access_point" "analytics" {
  bucket = aws_s3_bucket.datasets.id
  name   = "analytics"
  public_access_block_configuration {
    block_public_acls       = true
    block_public_policy     = true
    ignore_public_acls      = true
    restrict_public_buckets = true
  }
  vpc_configuration {
    vpc_id = aws_vpc.main.id
  }
}
