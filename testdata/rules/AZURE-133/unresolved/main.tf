variable "log_target" {
  type = string
}

# The diagnostic setting's target is the caller's: it may be this firewall.
resource "azurerm_firewall" "hub" { # want-note AZURE-133
  name                = "fw-hub"
  location            = "westeurope"
  resource_group_name = "rg-net"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"

  ip_configuration {
    name      = "config"
    subnet_id = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/hub/subnets/AzureFirewallSubnet"
  }
}

resource "azurerm_monitor_diagnostic_setting" "any" {
  name                       = "logs"
  target_resource_id         = var.log_target
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category_group = "allLogs"
  }
}
