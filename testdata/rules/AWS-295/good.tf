# The uploader writes under one prefix of its own bucket.
data "aws_iam_policy_document" "uploader" {
  statement {
    actions   = ["s3:PutObject", "s3:DeleteObject"]
    resources = ["arn:aws:s3:::example-uploads/incoming/*"]
  }
  statement {
    actions   = ["s3:ListAllMyBuckets"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "uploader" {
  role   = "uploader"
  policy = data.aws_iam_policy_document.uploader.json
}

# Writes to any bucket, but only to buckets tagged for the team.
resource "aws_iam_policy" "team" {
  name = "team-writes"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "s3:PutObject"
      Resource  = "*"
      Condition = { StringEquals = { "s3:ResourceAccount" = "111122223333", "aws:ResourceTag/team" = "data" } }
    }]
  })
}

# Buckets whose names begin with a prefix are not every bucket, whatever
# the partition.
data "aws_partition" "current" {}

resource "aws_iam_role_policy" "team_buckets" {
  role = "team"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:PutObject", "s3:DeleteObject"]
        Resource = ["arn:${data.aws_partition.current.partition}:s3:::team-*", "arn:${data.aws_partition.current.partition}:s3:::team-*/*"]
      },
      {
        Effect   = "Allow"
        Action   = "s3:PutObject"
        Resource = "arn:aws:s3:::${var.bucket_prefix}*/*"
      },
    ]
  })
}

variable "bucket_prefix" {
  type = string
}
