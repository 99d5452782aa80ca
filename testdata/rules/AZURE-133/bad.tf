resource "azurerm_firewall" "hub" { # want AZURE-133 "rule hits"
  name                = "fw-hub"
  location            = "westeurope"
  resource_group_name = "rg-net"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"

  ip_configuration {
    name                 = "config"
    subnet_id            = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/hub/subnets/AzureFirewallSubnet"
    public_ip_address_id = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/publicIPAddresses/fw-hub"
  }
}

# A diagnostic setting on another resource does not count.
resource "azurerm_monitor_diagnostic_setting" "other" {
  name                       = "other-logs"
  target_resource_id         = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/azureFirewalls/fw-spoke"
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category_group = "allLogs"
  }
}

resource "azurerm_application_gateway" "internal" { # want AZURE-133 "access and WAF logs"
  name                = "agw-internal"
  location            = "westeurope"
  resource_group_name = "rg-net"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2"
    capacity = 2
  }

  frontend_ip_configuration {
    name                          = "private"
    subnet_id                     = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/hub/subnets/agw"
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.2.10"
  }
}

resource "azurerm_cdn_frontdoor_profile" "edge" { # want AZURE-133
  name                = "afd-edge"
  resource_group_name = "rg-net"
  sku_name            = "Premium_AzureFrontDoor"
}
