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

resource "aws_opensearch_domain" "search" { # want AWS-251 AWS-103 AWS-186 # want AWS-342
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"

  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_opensearch_domain_policy" "search" {
  domain_name = aws_opensearch_domain.search.domain_name
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" } # want AWS-114
      Action    = "es:ESHttp*"
      Resource  = "${aws_opensearch_domain.search.arn}/*"
    }]
  })
}

resource "aws_backup_vault_policy" "shared" {
  backup_vault_name = "shared"
  policy = jsonencode({ # want AWS-114
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["backup:CopyIntoBackupVault"]
      Resource  = "*"
    }]
  })
}

# An S3 Glacier vault whose access policy lets anyone start retrieval jobs.
resource "aws_glacier_vault" "archive" {
  name = "archive"
  access_policy = jsonencode({ # want AWS-114
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ["arn:aws:iam::111122223333:role/reader", "*"] }
      Action    = ["glacier:InitiateJob", "glacier:GetJobOutput"]
      Resource  = "arn:aws:glacier:eu-west-1:111122223333:vaults/archive"
    }]
  })
}

# The Data Catalog open to every account, and an SES identity anyone may
# send mail as.
data "aws_iam_policy_document" "catalog" {
  statement {
    actions   = ["glue:*"]
    resources = ["arn:aws:glue:eu-west-1:111122223333:*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_glue_resource_policy" "catalog" {
  policy = data.aws_iam_policy_document.catalog.json # want AWS-114
}

resource "aws_ses_domain_identity" "mail" {
  domain = "example.com"
}

resource "aws_ses_identity_policy" "mail" {
  identity = aws_ses_domain_identity.mail.arn
  name     = "senders"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" } # want AWS-114
      Action    = ["ses:SendEmail", "ses:SendRawEmail"]
      Resource  = aws_ses_domain_identity.mail.arn
    }]
  })
}

resource "aws_efs_file_system" "open" {
  encrypted = true
}

resource "aws_efs_file_system_policy" "open" {
  file_system_id = aws_efs_file_system.open.id
  policy = jsonencode({ # want AWS-114
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["elasticfilesystem:ClientMount"]
      Condition = { Bool = { "aws:SecureTransport" = "true" } }
    }]
  })
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "order_id"

  attribute {
    name = "order_id"
    type = "S"
  }

  server_side_encryption {
    enabled = true
  }
}

resource "aws_dynamodb_resource_policy" "orders" {
  resource_arn = aws_dynamodb_table.orders.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*" # want AWS-114
      Action    = ["dynamodb:GetItem", "dynamodb:Query"]
      Resource  = aws_dynamodb_table.orders.arn
      Condition = { DateGreaterThan = { "aws:CurrentTime" = "2025-01-01T00:00:00Z" } }
    }]
  })
}
