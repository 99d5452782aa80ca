resource "aws_connect_instance" "support" {
  identity_management_type  = "CONNECT_MANAGED"
  inbound_calls_enabled     = true
  outbound_calls_enabled    = true
  instance_alias            = "acme-support"
  contact_flow_logs_enabled = true
}
