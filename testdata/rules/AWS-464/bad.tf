data "aws_caller_identity" "current" {}

resource "aws_iam_role" "deployer" {
  name = "deployer"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "codebuild.amazonaws.com" }
    }]
  })
}

# The default key policy statement for the account is fine; the second
# statement gives a role full control of the key, deletion included.
data "aws_iam_policy_document" "key" {
  statement {
    sid       = "EnableIAMUserPermissions"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }

  statement {
    sid       = "Deployer"
    actions   = ["kms:*"] # want AWS-464 "every kms action \\(kms:\\*\\) to a principal \\(attribute computed"
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = [aws_iam_role.deployer.arn]
    }
  }
}

resource "aws_kms_key" "app" {
  description         = "application data"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.key.json
}

variable "secret_arn" {
  type = string
}

# Another account may do anything with the secret, delete it included.
resource "aws_secretsmanager_secret_policy" "db" {
  secret_arn = var.secret_arn
  policy = jsonencode({ # want AWS-464 "arn:aws:iam::444455556666:root"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::444455556666:root" }
      Action    = "secretsmanager:*"
      Resource  = "*"
    }]
  })
}

resource "aws_ecr_repository" "app" {
  name                 = "app"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.app.arn
  }
}

resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({ # want AWS-464 "role/ci"
    Version = "2012-10-17"
    Statement = [{
      Sid       = "CI"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::444455556666:role/ci" }
      Action    = "ecr:*"
    }]
  })
}

resource "aws_sns_topic" "events" {
  name              = "events"
  kms_master_key_id = aws_kms_key.app.id
}

# Every principal of the organization gets every SNS action.
resource "aws_sns_topic_policy" "events" {
  arn = aws_sns_topic.events.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["sns:*"] # want AWS-464 "every sns action \\(sns:\\*\\) to \\*"
      Resource  = aws_sns_topic.events.arn
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}
