resource "aws_iam_role_policy" "app" {
  name = "app"
  role = "app"
  policy = jsonencode({ # want AWS-215 "secretsmanager:GetSecretValue on every resource"
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["secretsmanager:GetSecretValue", "logs:PutLogEvents"]
      Resource = "*"
    }]
  })
}

data "aws_iam_policy_document" "reader" {
  statement {
    actions   = ["s3:Get*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "reader" {
  name   = "reader"
  policy = data.aws_iam_policy_document.reader.json # want AWS-215 "allows s3:Get"
}

# AWS's read-only managed policies allow s3:Get* (and ssm:Get*) on every
# resource: whoever holds them reads every object and parameter.
resource "aws_iam_role" "auditor" {
  name = "auditor"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "auditor" {
  role       = aws_iam_role.auditor.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess" # want AWS-215 "ReadOnlyAccess"
}

data "aws_partition" "current" {}

resource "aws_iam_group_policy_attachment" "analysts" {
  for_each   = toset(["AmazonS3ReadOnlyAccess", "AmazonSSMReadOnlyAccess"])
  group      = "analysts"
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/${each.key}" # want AWS-215 "AmazonS3ReadOnlyAccess" # want AWS-215 "AmazonSSMReadOnlyAccess"
}

data "aws_iam_policy" "read_only" {
  arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_role_policy_attachment" "support" {
  role       = "support"
  policy_arn = data.aws_iam_policy.read_only.arn # want AWS-215 "ReadOnlyAccess"
}
