variable "log_types" {
  type    = set(string)
  default = ["AUDIT_LOGS", "ES_APPLICATION_LOGS"]
}

resource "aws_cloudwatch_log_group" "search" {
  for_each          = var.log_types
  name              = "/aws/opensearch/search/${each.key}"
  retention_in_days = 365
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
}

resource "aws_opensearch_domain" "search" { # want AWS-103 # want AWS-342
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

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

  dynamic "log_publishing_options" {
    for_each = var.log_types
    content {
      log_type                 = log_publishing_options.value
      cloudwatch_log_group_arn = aws_cloudwatch_log_group.search[log_publishing_options.value].arn
    }
  }
}

# One type disabled, another enabled: logs are published.
resource "aws_elasticsearch_domain" "legacy" { # want AWS-251 AWS-103 # want AWS-342
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

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
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/es/slow"
    enabled                  = false
  }

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/es/app"
  }
}
