resource "aws_opensearch_domain" "no_block" { # want AWS-251 AWS-145 "node_to_node_encryption.enabled is not set" AWS-186 AWS-103 # want AWS-342
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_elasticsearch_domain" "off" { # want AWS-251 AWS-186 AWS-103 # want AWS-342
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = false # want AWS-145
  }
  domain_endpoint_options {
    enforce_https = true
  }
}
