# The firewall rules the module creates from firewall_rules (each with a
# direction, "INGRESS" by default, and ranges: the sources of an ingress
# rule, the destinations of an egress one) and from ingress_rules and
# egress_rules (with source_ranges and destination_ranges), keyed by name,
# with their allow and deny entries and logging. An ingress rule that
# names no source applies to every source.

locals {
  firewall_rules = concat(
    [for r in var.firewall_rules : {
      rule               = r
      direction          = "INGRESS"
      source_ranges      = lookup(r, "ranges", null)
      destination_ranges = null
    } if upper(coalesce(lookup(r, "direction", null), "INGRESS")) == "INGRESS"],
    [for r in var.firewall_rules : {
      rule               = r
      direction          = "EGRESS"
      source_ranges      = null
      destination_ranges = lookup(r, "ranges", null)
    } if upper(coalesce(lookup(r, "direction", null), "INGRESS")) == "EGRESS"],
    [for r in var.ingress_rules : {
      rule               = r
      direction          = "INGRESS"
      source_ranges      = lookup(r, "source_ranges", null)
      destination_ranges = lookup(r, "destination_ranges", null)
    }],
    [for r in var.egress_rules : {
      rule               = r
      direction          = "EGRESS"
      source_ranges      = lookup(r, "source_ranges", null)
      destination_ranges = lookup(r, "destination_ranges", null)
    }],
  )
}

resource "google_compute_firewall" "rules" {
  for_each = { for r in local.firewall_rules : r.rule.name => r }

  name                    = each.value.rule.name
  network                 = var.network_name
  project                 = var.project_id
  direction               = each.value.direction
  priority                = lookup(each.value.rule, "priority", null)
  disabled                = lookup(each.value.rule, "disabled", null)
  source_ranges           = each.value.source_ranges
  destination_ranges      = each.value.destination_ranges
  source_tags             = lookup(each.value.rule, "source_tags", null)
  source_service_accounts = lookup(each.value.rule, "source_service_accounts", null)
  target_tags             = lookup(each.value.rule, "target_tags", null)
  target_service_accounts = lookup(each.value.rule, "target_service_accounts", null)

  dynamic "allow" {
    for_each = lookup(each.value.rule, "allow", [])

    content {
      protocol = allow.value.protocol
      ports    = lookup(allow.value, "ports", null)
    }
  }

  dynamic "deny" {
    for_each = lookup(each.value.rule, "deny", [])

    content {
      protocol = deny.value.protocol
      ports    = lookup(deny.value, "ports", null)
    }
  }

  dynamic "log_config" {
    for_each = lookup(each.value.rule, "log_config", null) == null ? [] : [each.value.rule.log_config]

    content {
      metadata = log_config.value.metadata
    }
  }
}
