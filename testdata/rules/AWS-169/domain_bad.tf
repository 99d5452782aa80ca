# Encrypted at rest, but with the AWS managed aws/es key: no key named, or
# the alias named outright.
resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.11"

  cluster_config {
    instance_type = "r6g.large.search"
  }

  encrypt_at_rest { # want AWS-169 "kms_key_id is not set"
    enabled = true
  }

  node_to_node_encryption {
    enabled = true
  }

  vpc_options {
    subnet_ids         = ["subnet-0a1b2c3d"]
    security_group_ids = ["sg-0a1b2c3d4e5f00001"]
  }

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = false
    master_user_options {
      master_user_arn = "arn:aws:iam::123456789012:role/search-admin"
    }
  }

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/opensearch/logs:*"
  }
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  encrypt_at_rest {
    enabled    = true
    kms_key_id = "alias/aws/es" # want AWS-169
  }

  node_to_node_encryption {
    enabled = true
  }

  vpc_options {
    subnet_ids         = ["subnet-0a1b2c3d"]
    security_group_ids = ["sg-0a1b2c3d4e5f00001"]
  }

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = false
    master_user_options {
      master_user_arn = "arn:aws:iam::123456789012:role/search-admin"
    }
  }

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/opensearch/legacy:*"
  }
}

resource "aws_kendra_index" "docs" { # want AWS-169 "server_side_encryption_configuration.kms_key_id is not set"
  name     = "docs"
  edition  = "DEVELOPER_EDITION"
  role_arn = "arn:aws:iam::123456789012:role/kendra-docs"
}

resource "aws_elastictranscoder_pipeline" "media" { # want AWS-169
  name          = "media"
  input_bucket  = "media-in-123456789012"
  output_bucket = "media-out-123456789012"
  role          = "arn:aws:iam::123456789012:role/transcoder"
}
