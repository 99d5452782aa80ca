# "arn:aws:*" matches every ARN of the partition: all resources, as "*".
data "aws_iam_policy_document" "ops" {
  statement {
    actions   = ["*"] # want AWS-003
    resources = ["arn:aws:*"]
  }
  statement {
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::uploads-bucket/*"]
  }
}

resource "aws_iam_policy" "ops" {
  name   = "ops"
  policy = data.aws_iam_policy_document.ops.json # want AWS-003
}

resource "aws_iam_policy" "inline_arn" {
  name = "inline-arn"
  policy = jsonencode({ # want AWS-003
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "arn:*"
    }]
  })
}
