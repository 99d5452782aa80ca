# An audit-only policy does not create the diagnostic setting.
resource "azurerm_policy_definition" "audit_diag" {
  name         = "Audit-Diagnostics-Firewall"
  policy_type  = "Custom"
  mode         = "Indexed"
  display_name = "Audit firewalls without diagnostic settings"

  policy_rule = jsonencode({
    if = {
      field  = "type"
      equals = "Microsoft.Network/azureFirewalls"
    }
    then = {
      effect = "auditIfNotExists"
      details = {
        type = "Microsoft.Insights/diagnosticSettings"
      }
    }
  })
}

resource "azurerm_subscription_policy_assignment" "audit" {
  name                 = "audit-diagnostics"
  subscription_id      = "/subscriptions/00000000-0000-0000-0000-000000000000"
  policy_definition_id = azurerm_policy_definition.audit_diag.id
}

resource "azurerm_firewall" "hub" { # want AZURE-133
  name                = "fw-hub"
  location            = "westeurope"
  resource_group_name = "rg-hub"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"

  ip_configuration {
    name                 = "configuration"
    subnet_id            = "/subscriptions/0000/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/hub/subnets/AzureFirewallSubnet"
    public_ip_address_id = "/subscriptions/0000/resourceGroups/rg-hub/providers/Microsoft.Network/publicIPAddresses/fw-hub"
  }
}
