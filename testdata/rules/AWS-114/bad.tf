resource "aws_sqs_queue" "events" {
  name = "events"
  policy = jsonencode({ # want AWS-114
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = "*"
    }]
  })
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}

data "aws_iam_policy_document" "alerts" {
  statement {
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.alerts.arn]
    principals {
      type        = "*"
      identifiers = ["*"] # want AWS-114
    }
  }
}

resource "aws_sns_topic_policy" "alerts" {
  arn    = aws_sns_topic.alerts.arn
  policy = data.aws_iam_policy_document.alerts.json
}

resource "aws_kms_key" "shared" {
  description         = "shared"
  enable_key_rotation = true
  policy = jsonencode({ # want AWS-114
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["kms:Decrypt", "kms:DescribeKey"]
      Resource  = "*"
    }]
  })
}

resource "aws_ecr_repository_policy" "app" {
  repository = "app"
  policy = jsonencode({ # want AWS-114
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    }]
  })
}

resource "aws_secretsmanager_secret_policy" "db" {
  secret_arn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"
  policy = jsonencode({ # want AWS-114
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ["*"] }
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
    }]
  })
}

resource "aws_lambda_layer_version_permission" "public" {
  layer_name     = "arn:aws:lambda:eu-west-1:111122223333:layer:utils"
  version_number = 3
  statement_id   = "public"
  action         = "lambda:GetLayerVersion"
  principal      = "*" # want AWS-114
}
