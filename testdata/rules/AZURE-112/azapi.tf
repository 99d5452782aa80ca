# Diagnostic settings written with the azapi provider (an azapi_resource of
# type Microsoft.Insights/diagnosticSettings whose parent_id is the vault),
# as Azure Verified Modules' interfaces and hand-written azapi code do.
data "azurerm_client_config" "current" {}

resource "azurerm_log_analytics_workspace" "law" {
  name                = "law-sec"
  location            = "westeurope"
  resource_group_name = "rg-logs"
  retention_in_days   = 365
}

# The allLogs group, as an HCL object body: exported.
resource "azurerm_key_vault" "grouped" {
  name                          = "acme-kv-azapi-1"
  location                      = "westeurope"
  resource_group_name           = "rg-sec"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  enable_rbac_authorization     = true
  public_network_access_enabled = false
}

resource "azapi_resource" "grouped_diagnostics" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "vault-audit"
  parent_id = azurerm_key_vault.grouped.id
  body = {
    properties = {
      workspaceId = azurerm_log_analytics_workspace.law.id
      logs = [
        {
          categoryGroup = "allLogs"
          enabled       = true
        }
      ]
    }
  }
}

# AuditEvent by name, in a jsonencode()d body, on the vault's literal id:
# exported.
resource "azurerm_key_vault" "literal" {
  name                          = "acme-kv-azapi-2"
  location                      = "westeurope"
  resource_group_name           = "rg-sec"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  enable_rbac_authorization     = true
  public_network_access_enabled = false
}

resource "azapi_resource" "literal_diagnostics" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "vault-audit"
  parent_id = "/subscriptions/0000/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/acme-kv-azapi-2"
  body = jsonencode({
    properties = {
      workspaceId = azurerm_log_analytics_workspace.law.id
      logs = [
        for category in ["AuditEvent", "AzurePolicyEvaluationDetails"] : {
          category = category
          enabled  = true
        }
      ]
    }
  })
}

# Metrics only: no log is exported.
resource "azurerm_key_vault" "metrics_only" { # want AZURE-112 "enable neither"
  name                          = "acme-kv-azapi-3"
  location                      = "westeurope"
  resource_group_name           = "rg-sec"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  enable_rbac_authorization     = true
  public_network_access_enabled = false
}

resource "azapi_resource" "metrics_only_diagnostics" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "vault-metrics"
  parent_id = azurerm_key_vault.metrics_only.id
  body = {
    properties = {
      workspaceId = azurerm_log_analytics_workspace.law.id
      logs        = []
      metrics = [
        {
          category = "AllMetrics"
          enabled  = true
        }
      ]
    }
  }
}

# The audit log turned off (enabled = false): not exported.
resource "azurerm_key_vault" "audit_off" { # want AZURE-112 "enable neither"
  name                          = "acme-kv-azapi-4"
  location                      = "westeurope"
  resource_group_name           = "rg-sec"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  enable_rbac_authorization     = true
  public_network_access_enabled = false
}

resource "azapi_resource" "audit_off_diagnostics" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "vault-audit"
  parent_id = azurerm_key_vault.audit_off.id
  body = {
    properties = {
      workspaceId = azurerm_log_analytics_workspace.law.id
      logs = [
        {
          category = "AuditEvent"
          enabled  = false
        }
      ]
    }
  }
}

# An azapi resource of another type on the vault (a secret) is no
# diagnostic setting.
resource "azurerm_key_vault" "secret_only" { # want AZURE-112 "no diagnostic setting"
  name                          = "acme-kv-azapi-5"
  location                      = "westeurope"
  resource_group_name           = "rg-sec"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  enable_rbac_authorization     = true
  public_network_access_enabled = false
}

resource "azapi_resource" "secret" {
  type      = "Microsoft.KeyVault/vaults/secrets@2023-07-01"
  name      = "api-token"
  parent_id = azurerm_key_vault.secret_only.id
  body = {
    properties = {
      contentType = "text/plain"
    }
  }
}
