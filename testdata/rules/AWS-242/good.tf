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
