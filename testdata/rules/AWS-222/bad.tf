resource "aws_opensearch_domain" "legacy_clients" { # want AWS-251 AWS-186 AWS-103 # want AWS-342
  domain_name    = "orders"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07" # want AWS-222
  }
}

resource "aws_cloudsearch_domain" "docs" {
  name = "docs"

  endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07" # want AWS-222
  }
}

# No policy written: CloudSearch's documented default is
# Policy-Min-TLS-1-0-2019-07.
resource "aws_cloudsearch_domain" "catalog" {
  name = "catalog"

  endpoint_options { # want AWS-222
    enforce_https = true
  }
}
