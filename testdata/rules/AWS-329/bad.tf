resource "aws_connect_instance" "support" { # want AWS-329 "contact_flow_logs_enabled is not set"
  identity_management_type = "CONNECT_MANAGED"
  inbound_calls_enabled    = true
  outbound_calls_enabled   = true
  instance_alias           = "acme-support"
}

resource "aws_connect_instance" "sales" {
  identity_management_type  = "SAML"
  inbound_calls_enabled     = true
  outbound_calls_enabled    = false
  instance_alias            = "acme-sales"
  contact_flow_logs_enabled = false # want AWS-329
}
