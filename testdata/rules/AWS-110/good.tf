# NotAction in a Deny statement is the idiom: deny everything outside a list.
data "aws_iam_policy_document" "region_guard" {
  statement {
    sid         = "DenyOutsideEU"
    effect      = "Deny"
    not_actions = ["iam:*", "sts:*", "support:*"]
    resources   = ["*"]
    condition {
      test     = "StringNotEquals"
      variable = "aws:RequestedRegion"
      values   = ["eu-west-1"]
    }
  }
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::reports/*"]
  }
}

resource "aws_iam_policy" "guard" {
  name   = "guard"
  policy = data.aws_iam_policy_document.region_guard.json
}

resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
    }]
  })
  inline_policy {
    name = "read"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect   = "Allow"
        Action   = ["dynamodb:GetItem", "dynamodb:Query"]
        Resource = "arn:aws:dynamodb:eu-west-1:111122223333:table/orders"
      }]
    })
  }
}

# A resource policy that denies with NotAction and allows named actions.
data "aws_iam_policy_document" "jobs" {
  statement {
    sid         = "OnlyConsume"
    effect      = "Deny"
    not_actions = ["sqs:ReceiveMessage", "sqs:DeleteMessage"]
    resources   = ["arn:aws:sqs:eu-west-1:111122223333:jobs"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/worker"]
    }
  }
  statement {
    sid       = "Consume"
    actions   = ["sqs:ReceiveMessage", "sqs:DeleteMessage"]
    resources = ["arn:aws:sqs:eu-west-1:111122223333:jobs"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/worker"]
    }
  }
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = "https://sqs.eu-west-1.amazonaws.com/111122223333/jobs"
  policy    = data.aws_iam_policy_document.jobs.json
}

data "aws_iam_policy_document" "archive" {
  statement {
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/archiver"]
    }
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["arn:aws:s3:::soc2lint-110-archive/*"]
  }
  statement {
    sid    = "OnlyArchiverWrites"
    effect = "Deny"
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    not_actions = ["s3:GetObject", "s3:ListBucket"]
    resources   = ["arn:aws:s3:::soc2lint-110-archive/*"]
    condition {
      test     = "ArnNotEquals"
      variable = "aws:PrincipalArn"
      values   = ["arn:aws:iam::111122223333:role/archiver"]
    }
  }
  statement {
    effect = "Deny"
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::soc2lint-110-archive/*"]
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "archive" {
  bucket = "soc2lint-110-archive"
  policy = data.aws_iam_policy_document.archive.json
}
