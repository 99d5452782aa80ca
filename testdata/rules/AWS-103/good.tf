variable "subnet_ids" {
  type = list(string)
}

resource "aws_opensearch_domain" "private" { # want AWS-342
  domain_name    = "private"
  engine_version = "OpenSearch_2.13"
  vpc_options {
    subnet_ids         = var.subnet_ids
    security_group_ids = ["sg-0a1b2c3d"]
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

# A module input decides the VPC: a dynamic block over it.
variable "vpc" {
  type = object({ subnet_ids = list(string) })
}

resource "aws_opensearch_domain" "dynamic" { # want AWS-342
  domain_name = "dynamic"
  dynamic "vpc_options" {
    for_each = var.vpc == null ? [] : [var.vpc]
    content {
      subnet_ids = vpc_options.value.subnet_ids
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
