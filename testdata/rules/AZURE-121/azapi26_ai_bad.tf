# An AI services (Foundry) account, the type most often written with azapi.
resource "azapi_resource" "ai" {
  type      = "Microsoft.CognitiveServices/accounts@2025-04-01-preview"
  name      = "acme-ai"
  parent_id = "/subscriptions/0000/resourceGroups/rg-ai"
  location  = "swedencentral"
  identity {
    type = "SystemAssigned"
  }
  body = {
    kind = "AIServices"
    sku  = { name = "S0" }
    properties = { # want AZURE-121 "networkAcls.defaultAction = \"Allow\""
      customSubDomainName    = "acme-ai"
      disableLocalAuth       = true
      allowProjectManagement = true
      networkAcls = {
        defaultAction = "Allow"
      }
    }
  }
}

resource "azapi_resource" "openai" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "acme-openai"
  parent_id = "/subscriptions/0000/resourceGroups/rg-ai"
  location  = "swedencentral"
  body = {
    kind = "OpenAI"
    sku  = { name = "S0" }
    properties = { # want AZURE-108 "disableLocalAuth is not set"
      customSubDomainName = "acme-openai"
      publicNetworkAccess = "Disabled"
    }
  }
}
