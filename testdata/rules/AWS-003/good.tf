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
  policy_arn = "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"
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

resource "aws_ssoadmin_permission_set" "readers" {
  name         = "readers"
  instance_arn = "arn:aws:sso:::instance/ssoins-0123456789abcdef"
}

resource "aws_ssoadmin_permission_set_inline_policy" "readers" {
  instance_arn       = aws_ssoadmin_permission_set.readers.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.readers.arn
  inline_policy      = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"},
        {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::reports"}
      ]
    }
  EOT
}

# A wildcard that a Deny of the same document cancels whole grants nothing:
# the same service's wildcard denied, or every action denied but another
# service's (a "deny all but" guardrail).
resource "aws_iam_policy" "cancelled" {
  name = "cancelled"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["sts:*", "lambda:*"], Resource = "*" },
      { Effect = "Deny", Action = "sts:*", Resource = "*" },
      { Effect = "Deny", NotAction = ["dynamodb:PutItem", "dynamodb:GetItem"], Resource = "*" },
    ]
  })
}

data "aws_iam_policy_document" "guardrail" {
  statement {
    sid       = "Everything"
    actions   = ["ec2:*"]
    resources = ["*"]
  }
  statement {
    sid         = "OnlyReadIAM"
    effect      = "Deny"
    not_actions = ["iam:Get*", "iam:List*"]
    resources   = ["*"]
  }
}

# Narrow AWS managed policies are not a service's every
# action: AmazonAPIGatewayInvokeFullAccess allows two execute-api actions.
resource "aws_iam_role" "reader" {
  name               = "reader"
  assume_role_policy = "{}"
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/AmazonAPIGatewayInvokeFullAccess",
    "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
  ]
}
