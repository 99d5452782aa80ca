variable "tls_policy" {
  type    = string
  default = "Policy-Min-TLS-1-2-PFS-2023-10"
}

locals {
  domains = { orders = "OpenSearch_2.13", audit = "OpenSearch_2.11" }
}

resource "aws_opensearch_domain" "each" { # want AWS-251 AWS-186 AWS-103 # want AWS-342
  for_each       = local.domains
  domain_name    = each.key
  engine_version = each.value

  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = var.tls_policy
  }
}

resource "aws_cloudsearch_domain" "docs" {
  name = "docs"

  endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
