# Assignments built from a policy library the scan does not hold: the
# definition they assign may deploy the diagnostic setting.
variable "policy_assignments" {
  type = map(object({
    policy_definition_id = string
  }))
}

resource "azurerm_management_group_policy_assignment" "library" {
  for_each             = var.policy_assignments
  name                 = each.key
  management_group_id  = "/providers/Microsoft.Management/managementGroups/acme"
  policy_definition_id = each.value.policy_definition_id
}

resource "azurerm_firewall" "hub" { # want-note AZURE-133
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
