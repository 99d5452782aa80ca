variable "firewalls" {
  type = map(string)
  default = {
    hub    = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/hub/subnets/AzureFirewallSubnet"
    egress = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/egress/subnets/AzureFirewallSubnet"
  }
}

variable "workspace_id" {
  type    = string
  default = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"
}

resource "azurerm_firewall" "this" {
  for_each            = var.firewalls
  name                = "fw-${each.key}"
  location            = "westeurope"
  resource_group_name = "rg-net"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Premium"

  ip_configuration {
    name      = "config"
    subnet_id = each.value
  }
}

resource "azurerm_monitor_diagnostic_setting" "firewall" {
  for_each                       = azurerm_firewall.this
  name                           = "${each.key}-logs"
  target_resource_id             = each.value.id
  log_analytics_workspace_id     = var.workspace_id
  log_analytics_destination_type = "Dedicated"

  enabled_log {
    category_group = "allLogs"
  }
}

# Named by its literal id.
resource "azurerm_application_gateway" "internal" {
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

resource "azurerm_monitor_diagnostic_setting" "gateway" {
  name               = "agw-logs"
  target_resource_id = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/applicationGateways/agw-internal"
  storage_account_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/stlogs"

  enabled_log {
    category = "ApplicationGatewayAccessLog"
  }
  enabled_log {
    category = "ApplicationGatewayFirewallLog"
  }
}

resource "azurerm_cdn_frontdoor_profile" "edge" {
  name                = "afd-edge"
  resource_group_name = "rg-net"
  sku_name            = "Premium_AzureFrontDoor"
}

resource "azurerm_monitor_diagnostic_setting" "edge" {
  name                       = "afd-logs"
  target_resource_id         = azurerm_cdn_frontdoor_profile.edge.id
  log_analytics_workspace_id = var.workspace_id

  enabled_log {
    category = "FrontDoorAccessLog"
  }
  enabled_log {
    category = "FrontDoorWebApplicationFirewallLog"
  }
}
