variable "instances" {
  type = map(object({ outbound = bool }))
  default = {
    "acme-support" = { outbound = true }
    "acme-sales"   = { outbound = false }
  }
}

resource "aws_connect_instance" "this" {
  for_each                  = var.instances
  identity_management_type  = "CONNECT_MANAGED"
  inbound_calls_enabled     = true
  outbound_calls_enabled    = each.value.outbound
  instance_alias            = each.key
  contact_flow_logs_enabled = true
}
