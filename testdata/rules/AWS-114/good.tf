resource "aws_sns_topic" "events" {
  name              = "events"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sqs_queue" "events" {
  name = "events"
}

resource "aws_sqs_queue_policy" "events" {
  queue_url = aws_sqs_queue.events.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.events.arn
      Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.events.arn } }
    }]
  })
}

data "aws_iam_policy_document" "topic" {
  statement {
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.events.arn]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "AWS:SourceOwner"
      values   = ["111122223333"]
    }
  }
}

resource "aws_sns_topic_policy" "events" {
  arn    = aws_sns_topic.events.arn
  policy = data.aws_iam_policy_document.topic.json
}

# The EBS pattern: any principal of the account, through EC2 only.
resource "aws_kms_key" "ebs" {
  description         = "ebs"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Admin"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "ViaEC2"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"]
        Resource  = "*"
        Condition = {
          StringEquals = {
            "kms:CallerAccount" = "111122223333"
            "kms:ViaService"    = "ec2.eu-west-1.amazonaws.com"
          }
        }
      }
    ]
  })
}

resource "aws_lambda_layer_version_permission" "org" {
  layer_name      = "arn:aws:lambda:eu-west-1:111122223333:layer:utils"
  version_number  = 3
  statement_id    = "org"
  action          = "lambda:GetLayerVersion"
  principal       = "*"
  organization_id = "o-a1b2c3d4e5"
}

# A domain in a VPC: its security groups decide who reaches it.
resource "aws_opensearch_domain" "private" { # want AWS-342
  domain_name    = "private"
  engine_version = "OpenSearch_2.11"

  vpc_options {
    subnet_ids         = [var.subnet_id]
    security_group_ids = [var.security_group_id]
  }
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
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/search/audit"
  }
}

resource "aws_opensearch_domain_policy" "private" {
  domain_name = aws_opensearch_domain.private.domain_name
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:ESHttp*"
      Resource  = "${aws_opensearch_domain.private.arn}/*"
    }]
  })
}

variable "subnet_id" {
  type    = string
  default = "subnet-0abc1234"
}

variable "security_group_id" {
  type    = string
  default = "sg-0abc1234"
}

data "aws_iam_policy_document" "vault" {
  statement {
    sid       = "DenyDelete"
    effect    = "Deny"
    actions   = ["backup:DeleteRecoveryPoint"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
  statement {
    sid       = "CopyFromOrg"
    actions   = ["backup:CopyIntoBackupVault"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
}

resource "aws_backup_vault_policy" "shared" {
  backup_vault_name = "shared"
  policy            = data.aws_iam_policy_document.vault.json
}

# A heredoc policy naming the allowed account through an interpolation: the
# principal is not "*" whatever the account, and the queue's ARN is unknown.
variable "producer_account" {
  type    = string
  default = "111122223333"
}

resource "aws_sqs_queue" "heredoc" {
  name = "heredoc"
}

resource "aws_sqs_queue_policy" "heredoc" {
  queue_url = aws_sqs_queue.heredoc.id
  policy    = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::${var.producer_account}:root"},
      "Action": "sqs:SendMessage",
      "Resource": "${aws_sqs_queue.heredoc.arn}"
    }
  ]
}
POLICY
}

# A Glacier vault shared with one account, and denied to everyone else
# outside the organization.
resource "aws_glacier_vault" "archive" {
  name = "archive"
  access_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = ["glacier:InitiateJob", "glacier:GetJobOutput"]
        Resource  = "arn:aws:glacier:eu-west-1:111122223333:vaults/archive"
      },
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "glacier:*"
        Resource  = "arn:aws:glacier:eu-west-1:111122223333:vaults/archive"
        Condition = { StringNotEquals = { "aws:PrincipalOrgID" = "o-abc123def4" } }
      },
    ]
  })
}

# The Data Catalog shared with one account, and an SES identity a partner
# account may send as.
data "aws_iam_policy_document" "catalog" {
  statement {
    actions   = ["glue:GetTable", "glue:GetTables", "glue:GetDatabase"]
    resources = ["arn:aws:glue:eu-west-1:111122223333:*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::444455556666:root"]
    }
  }
}

resource "aws_glue_resource_policy" "catalog" {
  policy = data.aws_iam_policy_document.catalog.json
}

resource "aws_ses_domain_identity" "mail" {
  domain = "example.com"
}

resource "aws_ses_identity_policy" "mail" {
  identity = aws_ses_domain_identity.mail.arn
  name     = "partner"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::444455556666:root" }
      Action    = ["ses:SendEmail", "ses:SendRawEmail"]
      Resource  = aws_ses_domain_identity.mail.arn
    }]
  })
}

# EFS: any principal, but only through a mount target in the file system's
# VPC (the console's "prevent anonymous access" shape): not public.
resource "aws_efs_file_system" "shared" {
  encrypted = true
}

data "aws_iam_policy_document" "shared" {
  statement {
    actions   = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]
    resources = [aws_efs_file_system.shared.arn]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "elasticfilesystem:AccessedViaMountTarget"
      values   = ["true"]
    }
  }
}

resource "aws_efs_file_system_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  policy         = data.aws_iam_policy_document.shared.json
}

resource "aws_efs_file_system" "home" {
  encrypted = true
}

resource "aws_efs_file_system_policy" "home" {
  file_system_id = aws_efs_file_system.home.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite", "elasticfilesystem:ClientRootAccess"]
      Condition = { Bool = { "elasticfilesystem:AccessedViaMountTarget" = "true" } }
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

data "aws_iam_policy_document" "orders_readers" {
  statement {
    actions   = ["dynamodb:GetItem", "dynamodb:Query"]
    resources = [aws_dynamodb_table.orders.arn]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::444455556666:role/reporting"]
    }
  }
}

resource "aws_dynamodb_resource_policy" "orders" {
  resource_arn = aws_dynamodb_table.orders.arn
  policy       = data.aws_iam_policy_document.orders_readers.json
}
