variable "table_arn" {
  type = string
}

resource "aws_s3_bucket" "artifacts" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "acme-build-artifacts"
}

data "aws_iam_policy_document" "deployer" {
  statement {
    sid       = "Artifacts"
    actions   = ["*"] # want AWS-271 "every action of every service"
    resources = [aws_s3_bucket.artifacts.arn, "${aws_s3_bucket.artifacts.arn}/*"]
  }
}

resource "aws_iam_role_policy" "deployer" {
  name   = "deployer"
  role   = "deployer"
  policy = data.aws_iam_policy_document.deployer.json
}

resource "aws_iam_policy" "queue_admin" {
  name = "queue-admin"
  policy = jsonencode({ # want AWS-271 "on arn:aws:sqs:eu-west-1:111122223333:orders"
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*:*"
      Resource = ["arn:aws:sqs:eu-west-1:111122223333:orders"]
    }]
  })
}

resource "aws_iam_policy" "table_input" {
  name = "table-input"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["*"]
      Resource = [var.table_arn] # want-note AWS-271
    }]
  })
}
