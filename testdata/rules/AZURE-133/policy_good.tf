# The landing zone deploys the firewall's diagnostic setting through a
# DeployIfNotExists policy assigned to the management group.
resource "azurerm_policy_definition" "deploy_diag_firewall" {
  name                = "Deploy-Diagnostics-Firewall"
  policy_type         = "Custom"
  mode                = "Indexed"
  display_name        = "Deploy diagnostic settings for Azure Firewall to Log Analytics"
  management_group_id = "/providers/Microsoft.Management/managementGroups/acme"

  policy_rule = jsonencode({
    if = {
      field  = "type"
      equals = "Microsoft.Network/azureFirewalls"
    }
    then = {
      effect = "deployIfNotExists"
      details = {
        type = "Microsoft.Insights/diagnosticSettings"
        name = "setByPolicy"
      }
    }
  })
}

resource "azurerm_policy_set_definition" "diagnostics" {
  name                = "Deploy-Diagnostics"
  policy_type         = "Custom"
  display_name        = "Deploy diagnostic settings"
  management_group_id = "/providers/Microsoft.Management/managementGroups/acme"

  policy_definition_reference {
    policy_definition_id = azurerm_policy_definition.deploy_diag_firewall.id
  }
}

resource "azurerm_management_group_policy_assignment" "diagnostics" {
  name                 = "deploy-diagnostics"
  management_group_id  = "/providers/Microsoft.Management/managementGroups/acme"
  policy_definition_id = azurerm_policy_set_definition.diagnostics.id
  location             = "westeurope"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_firewall" "hub" {
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
