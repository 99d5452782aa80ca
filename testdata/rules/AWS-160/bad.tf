resource "aws_s3_bucket" "no_policy" { # want AWS-160 "no bucket policy" AWS-005 AWS-006 AWS-007 AWS-008
  bucket = "acme-no-policy"
}

resource "aws_s3_bucket" "other_policy" { # want AWS-160 "no statement" AWS-005 AWS-006 AWS-007 AWS-008
  bucket = "acme-other-policy"
}

resource "aws_s3_bucket_policy" "other_policy" {
  bucket = aws_s3_bucket.other_policy.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyUnencryptedUploads"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = "${aws_s3_bucket.other_policy.arn}/*"
      Condition = {
        Null = { "s3:x-amz-server-side-encryption" = "true" }
      }
    }]
  })
}

# A statement that allows only TLS does not deny HTTP: S3 still accepts
# HTTP requests that IAM policies allow.
resource "aws_s3_bucket" "allow_tls" { # want AWS-160 AWS-005 AWS-006 AWS-007 AWS-008
  bucket = "acme-allow-tls"
}

data "aws_iam_policy_document" "allow_tls" {
  statement {
    effect    = "Allow"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.allow_tls.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}

resource "aws_s3_bucket_policy" "allow_tls" {
  bucket = aws_s3_bucket.allow_tls.id
  policy = data.aws_iam_policy_document.allow_tls.json
}
