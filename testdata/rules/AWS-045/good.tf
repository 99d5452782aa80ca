variable "search_encrypt_unknown" {
  type = bool
}

resource "aws_kms_key" "search" {
  description         = "search"
  enable_key_rotation = true
}

resource "aws_opensearch_domain" "ok_encrypted" { # want AWS-251 AWS-144 AWS-145 AWS-186 AWS-103 # want AWS-342
  domain_name    = "ok-encrypted"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.search.arn
  }
}

resource "aws_elasticsearch_domain" "ok_legacy" { # want AWS-251 AWS-144 AWS-145 AWS-186 AWS-103 # want AWS-342
  domain_name           = "ok-legacy"
  elasticsearch_version = "7.10"

  encrypt_at_rest {
    enabled = true
  }
}

# Fine-grained access control requires encryption at rest.
resource "aws_opensearch_domain" "ok_fgac" { # want AWS-186 AWS-103 AWS-251
  domain_name    = "ok-fgac"
  engine_version = "OpenSearch_2.13"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = false
    master_user_options {
      master_user_arn = "arn:aws:iam::111122223333:role/search-admin"
    }
  }
}

resource "aws_opensearch_domain" "ok_unknown" { # want AWS-251 AWS-144 AWS-145 AWS-186 AWS-103 # want AWS-342
  domain_name    = "ok-unknown"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = var.search_encrypt_unknown # want-note AWS-045
  }
}
