resource "aws_sesv2_configuration_set" "mail" {
  configuration_set_name = "transactional"
  delivery_options {
    tls_policy = "REQUIRE"
  }
}

resource "aws_ses_receipt_rule" "support" {
  name          = "support"
  rule_set_name = "inbound"
  recipients    = ["support@example.com"]
  enabled       = true
  scan_enabled  = true
  tls_policy    = "Require"

  s3_action {
    bucket_name = "example-inbound-mail"
    position    = 1
  }
}
