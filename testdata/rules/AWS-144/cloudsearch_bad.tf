resource "aws_cloudsearch_domain" "catalog" {
  name = "catalog"

  scaling_parameters {
    desired_instance_type = "search.small"
  }

  endpoint_options { # want AWS-144 "enforce_https is not set"
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_cloudsearch_domain" "legacy" {
  name = "legacy"

  endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07" # want AWS-222
  }
}
