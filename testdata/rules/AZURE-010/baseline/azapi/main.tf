# Account-baseline mode: the subscription diagnostic setting written with the azapi provider. # want AZURE-113
resource "azurerm_log_analytics_workspace" "main" {
  name                = "law-security"
  location            = "westeurope"
  resource_group_name = "rg-logs"
  sku                 = "PerGB2018"
  retention_in_days   = 365
}

resource "azurerm_security_center_subscription_pricing" "vms" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
}

resource "azapi_resource" "activity" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "activity-log"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000"
  body = jsonencode({
    properties = {
      workspaceId = azurerm_log_analytics_workspace.main.id
      logs = [
        for category in ["Administrative", "Security", "Policy", "Alert"] : {
          category = category
          enabled  = true
        }
      ]
    }
  })
}
