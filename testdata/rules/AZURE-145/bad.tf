resource "azurerm_firewall" "edge" {
  name                = "fw-edge"
  location            = "westeurope"
  resource_group_name = "rg-net"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
  threat_intel_mode   = "Off" # want AZURE-145 "threat intelligence filtering is off"

  ip_configuration {
    name      = "config"
    subnet_id = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/hub/subnets/AzureFirewallSubnet"
  }
}

resource "azurerm_monitor_diagnostic_setting" "edge" {
  name                       = "fw-edge-logs"
  target_resource_id         = azurerm_firewall.edge.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/ops"

  enabled_log {
    category_group = "allLogs"
  }
}

resource "azurerm_firewall_policy" "quiet" {
  name                     = "fwp-quiet"
  resource_group_name      = "rg-net"
  location                 = "westeurope"
  threat_intelligence_mode = "Off" # want AZURE-145
}

resource "azurerm_firewall_policy" "no_idps" {
  name                = "fwp-premium"
  resource_group_name = "rg-net"
  location            = "westeurope"
  sku                 = "Premium"

  intrusion_detection {
    mode = "Off" # want AZURE-145 "intrusion detection"
  }
}
