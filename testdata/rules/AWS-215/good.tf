resource "aws_secretsmanager_secret" "db" {  # want AWS-302
  name       = "app/db"
  kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
}

resource "aws_iam_role_policy" "app" {
  name = "app"
  role = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "secretsmanager:GetSecretValue", Resource = aws_secretsmanager_secret.db.arn },
      { Effect = "Allow", Action = "ssm:GetParametersByPath", Resource = "arn:aws:ssm:eu-west-1:123456789012:parameter/app/*" },
      { Effect = "Allow", Action = ["s3:ListAllMyBuckets", "logs:PutLogEvents"], Resource = "*" },
      {
        Effect    = "Allow"
        Action    = "s3:GetObject"
        Resource  = "*"
        Condition = { StringEquals = { "aws:ResourceTag/team" = "app" } }
      },
    ]
  })
}

# ViewOnlyAccess and SecurityAudit list and describe resources without
# reading their contents; a customer managed policy that happens to be
# called ReadOnlyAccess is judged by its own document.
resource "aws_iam_role_policy_attachment" "viewer" {
  for_each   = toset(["arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", "arn:aws:iam::aws:policy/SecurityAudit"])
  role       = "viewer"
  policy_arn = each.key
}

resource "aws_iam_role_policy_attachment" "own_policy" {
  role       = "ci"
  policy_arn = "arn:aws:iam::123456789012:policy/ReadOnlyAccess"
}

data "aws_iam_policy" "lambda_basic" {
  arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_iam_role_policy_attachment" "lambda_basic" {
  role       = "worker"
  policy_arn = data.aws_iam_policy.lambda_basic.arn
}
