variable "tls_policy" {
  type    = string
  default = "REQUIRE"
}

variable "caller_policy" {
  type = string
}

resource "aws_ses_configuration_set" "receipts" {
  name = "receipts"
  delivery_options {
    tls_policy = "Require"
  }
}

resource "aws_sesv2_configuration_set" "sets" {
  for_each               = toset(["alerts", "invoices"])
  configuration_set_name = each.key
  delivery_options {
    tls_policy = var.tls_policy
  }
}

resource "aws_sesv2_configuration_set" "caller" {
  configuration_set_name = "caller"
  delivery_options {
    tls_policy = var.caller_policy # want-note AWS-242
  }
}

# Inbound mail: only mail sent over TLS is accepted; a rule that is not
# enabled (the default) receives nothing.
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

resource "aws_ses_receipt_rule" "archive" {
  name          = "archive"
  rule_set_name = "inbound"
  recipients    = ["archive@example.com"]

  s3_action {
    bucket_name = "example-inbound-mail"
    position    = 1
  }
}
