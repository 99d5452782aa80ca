variable "master_password" {
  type      = string
  sensitive = true
}

variable "node_encryption" {
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

resource "aws_opensearch_domain" "fgac" { # want AWS-186 AWS-103 AWS-251
  domain_name    = "secure"
  engine_version = "OpenSearch_2.13"

  advanced_security_options {
    enabled                        = true
    anonymous_auth_enabled         = false
    internal_user_database_enabled = true
    master_user_options {
      master_user_name     = "admin"
      master_user_password = var.master_password
    }
  }
  encrypt_at_rest {
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
    enabled = var.node_encryption # want-note AWS-145
  }
  domain_endpoint_options {
    enforce_https = true
  }
}
