data "aws_iam_policy_document" "reader" {
  statement {
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = ["arn:aws:s3:::acme-build-artifacts", "arn:aws:s3:::acme-build-artifacts/*"]
  }

  # Deny statements narrow a grant.
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["arn:aws:s3:::acme-audit-logs/*"]
  }
}

resource "aws_iam_role_policy" "reader" {
  name   = "reader"
  role   = "reader"
  policy = data.aws_iam_policy_document.reader.json
}

# A service wildcard on one queue is scoped to one service.
resource "aws_iam_policy" "queue_worker" {
  name = "queue-worker"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "sqs:*"
      Resource = "arn:aws:sqs:eu-west-1:111122223333:orders"
    }]
  })
}
