resource "azurerm_policy_definition" "deploy_diag_kv" {
  name         = "Deploy-Diagnostics-KeyVault"
  policy_type  = "Custom"
  mode         = "Indexed"
  display_name = "Deploy diagnostic settings for Key Vault"

  policy_rule = <<RULE
{
  "if": { "field": "type", "equals": "Microsoft.KeyVault/vaults" },
  "then": {
    "effect": "DeployIfNotExists",
    "details": { "type": "Microsoft.Insights/diagnosticSettings" }
  }
}
RULE
}

resource "azurerm_subscription_policy_assignment" "kv_diagnostics" {
  name                 = "deploy-kv-diagnostics"
  subscription_id      = "/subscriptions/00000000-0000-0000-0000-000000000000"
  policy_definition_id = azurerm_policy_definition.deploy_diag_kv.id
  location             = "westeurope"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_key_vault" "app" { # want AZURE-169
  name                       = "acme-app-kv"
  location                   = "westeurope"
  resource_group_name        = "rg-app"
  tenant_id                  = "00000000-0000-0000-0000-000000000000"
  sku_name                   = "standard"
  purge_protection_enabled   = true
  soft_delete_retention_days = 90

  network_acls {
    bypass         = "AzureServices"
    default_action = "Deny"
  }
}
