# A module that places its domain in a VPC by default: the subnet list is
# the caller's to fill, empty until then. A VPC domain without a subnet is
# rejected by the service; it never becomes a public domain.
variable "vpc_enabled" {
  type    = bool
  default = true
}

variable "subnet_ids" {
  type    = list(string)
  default = []
}

resource "aws_security_group" "search" {
  name   = "search"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_opensearch_domain" "placeholder" { # want AWS-342
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"

  dynamic "vpc_options" {
    for_each = var.vpc_enabled ? [true] : []
    content {
      subnet_ids         = var.subnet_ids
      security_group_ids = [aws_security_group.search.id]
    }
  }

  encrypt_at_rest {
    enabled = true
  }
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/aws/opensearch/audit"
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
