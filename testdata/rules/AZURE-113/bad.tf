# Without --account-baseline missing alerts are only "no evidence"; a
# disabled alert is reported.
resource "azurerm_monitor_activity_log_alert" "nsg" {
  name                = "nsg-write"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
  enabled             = false # want AZURE-113

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/write"
  }
}

variable "notify_security_team" {
  type    = bool
  default = false
}

# Fires, but with no action group nobody hears of it.
resource "azurerm_monitor_activity_log_alert" "sql_firewall" { # want AZURE-113 "notifies nobody"
  name                = "sql-firewall-rule-write"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Sql/servers/firewallRules/write"
  }

  dynamic "action" {
    for_each = var.notify_security_team ? ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-monitoring/providers/Microsoft.Insights/actionGroups/security"] : []
    content {
      action_group_id = action.value
    }
  }
}

# Public IP changes are Administrative events: a Security criterion never matches.
resource "azurerm_monitor_activity_log_alert" "public_ip" {
  name                = "public-ip-write"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]

  criteria {
    category       = "Security" # want AZURE-113 "never fires"
    operation_name = "Microsoft.Network/publicIPAddresses/write"
  }

  action {
    action_group_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-monitoring/providers/Microsoft.Insights/actionGroups/security"
  }
}
