variable "enforce_https" {
  type = bool
}

resource "aws_opensearch_domain" "search" { # want AWS-251 AWS-186 AWS-103 # want AWS-342
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
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}

# Inside the block, enforce_https defaults to true in the provider.
resource "aws_opensearch_domain" "custom_endpoint" { # want AWS-251 AWS-186 AWS-103 # want AWS-342
  domain_name    = "catalog"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    custom_endpoint_enabled         = true
    custom_endpoint                 = "search.example.com"
    custom_endpoint_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"
    tls_security_policy             = "Policy-Min-TLS-1-2-2019-07"
  }
}

# Fine-grained access control requires HTTPS.
resource "aws_opensearch_domain" "fgac" { # want AWS-186 AWS-103 AWS-251
  domain_name    = "secure"
  engine_version = "OpenSearch_2.13"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = false
    master_user_options {
      master_user_arn = "arn:aws:iam::111122223333:role/search-admin"
    }
  }
  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = true
  }
}

resource "aws_opensearch_domain" "chosen" { # want AWS-251 AWS-186 AWS-103 # want AWS-342
  domain_name    = "chosen"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https = var.enforce_https # want-note AWS-144
  }
}
