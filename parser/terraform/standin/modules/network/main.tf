# soc2lint's stand-in for terraform-google-modules/network/google, major
# versions 9 to 18, written from the module's documented inputs and
# defaults. It creates the subnets: whether each records VPC Flow Logs
# (subnet_flow_logs, "false" unless given) and has Private Google Access
# (subnet_private_access, "false" unless given), and the firewall rules
# (firewall.tf). The network itself is not modeled (its traffic also
# depends on rules of the project's other modules and policies), nor
# secondary ranges, routes, shared VPC attachments and the submodules.

locals {
  # The module keys each subnet by its region and name.
  subnets = { for s in var.subnets : "${s.subnet_region}/${s.subnet_name}" => s }
}

resource "google_compute_subnetwork" "subnetwork" {
  for_each = local.subnets

  name                     = each.value.subnet_name
  ip_cidr_range            = each.value.subnet_ip
  region                   = each.value.subnet_region
  private_ip_google_access = tostring(lookup(each.value, "subnet_private_access", "false")) == "true"
  purpose                  = lookup(each.value, "purpose", null)
  role                     = lookup(each.value, "role", null)
  network                  = var.network_name
  project                  = var.project_id

  dynamic "log_config" {
    for_each = tostring(lookup(each.value, "subnet_flow_logs", "false")) == "true" ? [1] : []

    content {
      aggregation_interval = lookup(each.value, "subnet_flow_logs_interval", "INTERVAL_5_SEC")
      flow_sampling        = lookup(each.value, "subnet_flow_logs_sampling", "0.5")
      metadata             = lookup(each.value, "subnet_flow_logs_metadata", "INCLUDE_ALL_METADATA")
      filter_expr          = lookup(each.value, "subnet_flow_logs_filter", "true")
    }
  }
}
