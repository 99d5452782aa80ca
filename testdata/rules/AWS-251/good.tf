variable "master_user_arn" {
  type = string
}

variable "log_types" {
  type    = set(string)
  default = ["AUDIT_LOGS", "ES_APPLICATION_LOGS"]
}

resource "aws_cloudwatch_log_group" "search" {
  for_each          = var.log_types
  name              = "/aws/opensearch/search/${each.key}"
  retention_in_days = 365
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  vpc_options {
    subnet_ids = ["subnet-0123456789abcdef0"]
  }

  advanced_security_options {
    enabled = true
    master_user_options {
      master_user_arn = var.master_user_arn
    }
  }

  dynamic "log_publishing_options" {
    for_each = var.log_types
    content {
      log_type                 = log_publishing_options.value
      cloudwatch_log_group_arn = aws_cloudwatch_log_group.search[log_publishing_options.value].arn
    }
  }
}
