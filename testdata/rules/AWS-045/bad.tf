variable "search_encrypt" {
  type    = bool
  default = false
}

resource "aws_opensearch_domain" "no_block" { # want AWS-251 AWS-045 AWS-144 AWS-145 AWS-186 AWS-103 # want AWS-342
  domain_name    = "no-block"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "explicit_off" { # want AWS-251 AWS-144 AWS-145 AWS-186 AWS-103 # want AWS-342
  domain_name    = "explicit-off"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = false # want AWS-045
  }
}

resource "aws_elasticsearch_domain" "legacy" { # want AWS-251 AWS-144 AWS-145 AWS-186 AWS-103 # want AWS-342
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  encrypt_at_rest {
    enabled = var.search_encrypt # want AWS-045
  }
}

# Fine-grained access control is off, so nothing forces encryption.
resource "aws_opensearch_domain" "fgac_off" { # want AWS-251 AWS-045 AWS-144 AWS-145 AWS-186 AWS-103
  domain_name    = "fgac-off"
  engine_version = "OpenSearch_2.13"

  advanced_security_options {
    enabled = false # want AWS-342
  }
}
