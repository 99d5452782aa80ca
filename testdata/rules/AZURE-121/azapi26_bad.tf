# A Basic registry without public network settings: every network.
resource "azapi_resource" "registry" {
  type      = "Microsoft.ContainerRegistry/registries@2023-07-01"
  name      = "acmeregistry"
  parent_id = "/subscriptions/0000/resourceGroups/rg-aks"
  location  = "westeurope"
  body = {
    sku = { name = "Basic" }
    properties = { # want AZURE-121 "publicNetworkAccess is not set"
      adminUserEnabled = false
    }
  }
}

resource "azapi_resource" "bus_network" {
  type      = "Microsoft.ServiceBus/namespaces/networkRuleSets@2022-10-01-preview"
  name      = "default"
  parent_id = "/subscriptions/0000/resourceGroups/rg-msg/providers/Microsoft.ServiceBus/namespaces/acme-bus"
  body = {
    properties = {
      publicNetworkAccess = "Enabled" # want AZURE-121 "publicNetworkAccess = \"Enabled\""
      defaultAction       = "Allow"
      ipRules             = []
    }
  }
}
