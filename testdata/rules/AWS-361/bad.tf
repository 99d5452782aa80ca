# A worker role that may decrypt with any key, a policy document that
# re-encrypts from every key by ARN pattern, and a pattern covering both.

data "aws_iam_policy_document" "assume_ecs" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "worker" {
  name               = "worker"
  assume_role_policy = data.aws_iam_policy_document.assume_ecs.json
}

resource "aws_iam_role_policy" "worker" {
  name = "worker"
  role = aws_iam_role.worker.id
  policy = jsonencode({ # want AWS-361 "kms:Decrypt on every resource"
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["kms:Decrypt", "kms:GenerateDataKey"]
      Resource = "*"
    }]
  })
}

data "aws_iam_policy_document" "rotate" {
  statement {
    sid       = "ReEncrypt"
    actions   = ["kms:ReEncrypt*", "kms:DescribeKey"]
    resources = ["arn:aws:kms:*:123456789012:key/*"]
  }
}

resource "aws_iam_policy" "rotate" {
  name   = "rotate-data-keys"
  policy = data.aws_iam_policy_document.rotate.json # want AWS-361 "every resource it acts on"
}

resource "aws_iam_policy" "crypto" {
  name = "crypto"
  policy = jsonencode({ # want AWS-361 "(kms:Decrypt)"
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "kms:*crypt*"
      Resource = ["*"]
    }]
  })
}
