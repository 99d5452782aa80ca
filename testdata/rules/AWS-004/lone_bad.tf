# A module that publishes the objects of a bucket created elsewhere: no
# public access block of this module or root stops its policy.
variable "bucket" {
  type = string
}

resource "aws_s3_bucket_policy" "public_read" {
  bucket = var.bucket
  policy = jsonencode({ # want AWS-160
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*" # want AWS-004
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::${var.bucket}/*"
    }]
  })
}
