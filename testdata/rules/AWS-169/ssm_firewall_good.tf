variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_kms_key" "params" {
  description         = "parameters and firewall"
  enable_key_rotation = true
}

resource "aws_ssm_parameter" "cmk" {
  name   = "/orders/db/password"
  type   = "SecureString"
  value  = var.db_password
  key_id = aws_kms_key.params.arn
}

# A plain String parameter is not encrypted at all: AWS-153's concern
# when its name says secret, not this rule's.
resource "aws_ssm_parameter" "plain" {
  name  = "/orders/feature-flags"
  type  = "String"
  value = "beta=false"
}

resource "aws_networkfirewall_rule_group" "cmk" {
  name     = "block-domains"
  capacity = 100
  type     = "STATEFUL"
  encryption_configuration {
    type   = "CUSTOMER_KMS"
    key_id = aws_kms_key.params.arn
  }
  rule_group {
    rules_source {
      rules_source_list {
        generated_rules_type = "DENYLIST"
        target_types         = ["HTTP_HOST", "TLS_SNI"]
        targets              = [".example.net"]
      }
    }
  }
}
