resource "azurerm_firewall_policy" "hub" {
  name                     = "fwp-hub"
  resource_group_name      = "rg-net"
  location                 = "westeurope"
  sku                      = "Premium"
  threat_intelligence_mode = "Deny"

  intrusion_detection {
    mode = "Alert"
  }
}
