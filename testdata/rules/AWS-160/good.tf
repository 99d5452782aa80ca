variable "policy_json" {
  type = string
}

resource "aws_s3_bucket" "data" { # want AWS-005 AWS-006 AWS-007 AWS-008
  bucket = "acme-data"
}

data "aws_iam_policy_document" "tls_only" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.tls_only.json
}

resource "aws_s3_bucket" "logs" { # want AWS-005 AWS-006 AWS-007 AWS-008
  bucket = "acme-logs"
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AllowSSLRequestsOnly"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.logs.arn, "${aws_s3_bucket.logs.arn}/*"]
      Condition = {
        Bool = { "aws:SecureTransport" = "false" }
      }
    }]
  })
}

resource "aws_s3_bucket" "heredoc" { # want AWS-005 AWS-006 AWS-007 AWS-008
  bucket = "acme-heredoc"
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Deny",
          "Principal": {"AWS": "*"},
          "Action": "s3:*",
          "Resource": ["arn:aws:s3:::acme-heredoc", "arn:aws:s3:::acme-heredoc/*"],
          "Condition": {"Bool": {"aws:SecureTransport": false}}
        }
      ]
    }
  EOT
}

resource "aws_s3_bucket" "unknown" { # want AWS-005 AWS-006 AWS-007 AWS-008
  bucket = "acme-unknown"
}

resource "aws_s3_bucket_policy" "unknown" {
  bucket = aws_s3_bucket.unknown.id
  policy = var.policy_json # want-note AWS-160
}
