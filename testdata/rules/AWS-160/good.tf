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
  policy = var.policy_json # want-note AWS-160 # want-note AWS-110 # want-note AWS-320
}

# The terraform-aws-modules idiom: documents merged by source_policy_documents.
variable "attach_deny_insecure_transport_policy" {
  type    = bool
  default = true
}

resource "aws_s3_bucket" "merged" { # want AWS-005 AWS-006 AWS-007 AWS-008
  bucket = "acme-merged"
}

data "aws_iam_policy_document" "deny_insecure_transport" {
  count = var.attach_deny_insecure_transport_policy ? 1 : 0

  statement {
    sid       = "denyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.merged.arn, "${aws_s3_bucket.merged.arn}/*"]
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

data "aws_iam_policy_document" "combined" {
  source_policy_documents = compact([
    var.attach_deny_insecure_transport_policy ? data.aws_iam_policy_document.deny_insecure_transport[0].json : "",
  ])
}

resource "aws_s3_bucket_policy" "merged" {
  bucket = aws_s3_bucket.merged.id
  policy = data.aws_iam_policy_document.combined.json
}
