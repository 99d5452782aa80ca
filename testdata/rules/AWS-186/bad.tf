resource "aws_opensearch_domain" "no_logs" { # want AWS-251 AWS-186 "log_publishing_options enables no log" AWS-103 # want AWS-342
  domain_name    = "no-logs"
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
}

resource "aws_elasticsearch_domain" "disabled" { # want AWS-251 AWS-103 # want AWS-342
  domain_name           = "disabled"
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
    enabled                  = false # want AWS-186
  }
}
