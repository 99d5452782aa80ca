variable "subnet_ids" {
  type = list(string)
}

# No advanced_security_options block: fine-grained access control is off.
resource "aws_opensearch_domain" "orders" { # want AWS-251 AWS-342
  domain_name    = "orders"
  engine_version = "OpenSearch_2.13"

  vpc_options {
    subnet_ids = var.subnet_ids
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
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/aws/opensearch/orders/app"
  }
}

# The block is written but turned off.
resource "aws_elasticsearch_domain" "legacy" { # want AWS-251
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  vpc_options {
    subnet_ids = var.subnet_ids
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

  advanced_security_options {
    enabled = false # want AWS-342
  }

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/aws/es/legacy/app"
  }
}
