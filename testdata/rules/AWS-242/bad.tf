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
