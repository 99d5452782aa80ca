variable "bucket_arn" {
  type = string
}

resource "aws_iam_policy" "reader" {
  name = "reader"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetObject"], Resource = "*" }, # want AWS-215
      { Effect = "Allow", Action = "s3:*", Resource = ["${var.bucket_arn}/*"] },
      { Effect = "Deny", Action = "*", Resource = "*" },
    ]
  })
}

resource "aws_iam_role_policy_attachment" "readonly" {
  role       = "app"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

data "aws_iam_policy_document" "narrow" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = ["*"]
  }
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
  }
}
