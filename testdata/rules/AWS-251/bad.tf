variable "master_user_arn" {
  type = string
}

resource "aws_cloudwatch_log_group" "search" {
  name              = "/aws/opensearch/search"
  retention_in_days = 365
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
}

# Fine-grained access control on, only the error log published.
resource "aws_opensearch_domain" "search" { # want AWS-251 "AUDIT_LOGS"
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  vpc_options {
    subnet_ids = ["subnet-0123456789abcdef0"]
  }

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = false
    master_user_options {
      master_user_arn = var.master_user_arn
    }
  }

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }
}

# The audit entry is written but turned off.
resource "aws_opensearch_domain" "orders" {
  domain_name    = "orders"
  engine_version = "OpenSearch_2.13"

  vpc_options {
    subnet_ids = ["subnet-0123456789abcdef0"]
  }

  advanced_security_options {
    enabled = true
    master_user_options {
      master_user_arn = var.master_user_arn
    }
  }

  log_publishing_options {
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
    enabled                  = false # want AWS-251
  }
}

# No fine-grained access control and only the error log: nothing records who
# read or changed which index (audit logs need fine-grained access control).
resource "aws_opensearch_domain" "basic" { # want AWS-251 AWS-342
  domain_name    = "basic"
  engine_version = "OpenSearch_2.13"

  vpc_options {
    subnet_ids = ["subnet-0123456789abcdef0"]
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
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }
}
