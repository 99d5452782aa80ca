resource "aws_ses_configuration_set" "default_tls" { # want AWS-242 "tls_policy is not set"
  name = "newsletters"
}

resource "aws_ses_configuration_set" "optional" {
  name = "receipts"
  delivery_options {
    tls_policy = "Optional" # want AWS-242
  }
}

resource "aws_sesv2_configuration_set" "v2" { # want AWS-242
  configuration_set_name = "alerts"
  reputation_options {
    reputation_metrics_enabled = true
  }
}

# An enabled receipt rule that accepts mail sent without TLS (Optional is
# the default).
resource "aws_ses_receipt_rule" "support" { # want AWS-242 "tls_policy is not set"
  name          = "support"
  rule_set_name = "inbound"
  recipients    = ["support@example.com"]
  enabled       = true
  scan_enabled  = true

  s3_action {
    bucket_name = "example-inbound-mail"
    position    = 1
  }
}

resource "aws_ses_receipt_rule" "billing" {
  name          = "billing"
  rule_set_name = "inbound"
  recipients    = ["billing@example.com"]
  enabled       = true
  scan_enabled  = true
  tls_policy    = "Optional" # want AWS-242 "Optional"

  s3_action {
    bucket_name = "example-inbound-mail"
    position    = 1
  }
}
