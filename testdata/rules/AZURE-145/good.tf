variable "ti_mode" {
  type    = string
  default = "Deny"
}

variable "idps_mode" {
  type = string
}

# The default: threat intelligence in Alert mode.
resource "azurerm_firewall" "spoke" {
  for_each            = toset(["eu", "us"])
  name                = "fw-${each.key}"
  location            = "westeurope"
  resource_group_name = "rg-net"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"

  ip_configuration {
    name      = "config"
    subnet_id = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/${each.key}/subnets/AzureFirewallSubnet"
  }
}

resource "azurerm_monitor_diagnostic_setting" "spoke" {
  for_each                   = azurerm_firewall.spoke
  name                       = "${each.key}-logs"
  target_resource_id         = each.value.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/ops"

  enabled_log {
    category_group = "allLogs"
  }
}

resource "azurerm_firewall_policy" "hub" {
  name                     = "fwp-hub"
  resource_group_name      = "rg-net"
  location                 = "westeurope"
  sku                      = "Premium"
  threat_intelligence_mode = var.ti_mode

  intrusion_detection {
    mode = "Deny"
  }
}

# A policy without IDPS settings, and one whose mode comes from the caller.
resource "azurerm_firewall_policy" "basic" {
  name                = "fwp-basic"
  resource_group_name = "rg-net"
  location            = "westeurope"
}

resource "azurerm_firewall_policy" "caller" {
  name                = "fwp-caller"
  resource_group_name = "rg-net"
  location            = "westeurope"
  sku                 = "Premium"

  intrusion_detection {
    mode = var.idps_mode # want-note AZURE-145
  }
}
