resource "aws_kms_key" "params" {
  description         = "firewall"
  enable_key_rotation = true
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
