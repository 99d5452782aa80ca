# Blob service diagnostic settings written with the azapi provider: the
# parent_id is the blob service (".../blobServices/default").
resource "azurerm_log_analytics_workspace" "law" {
  name                = "law-docs"
  location            = "westeurope"
  resource_group_name = "rg-logs"
  retention_in_days   = 365
}

resource "azurerm_storage_account" "logged" { # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                            = "acmelogged"
  resource_group_name             = "rg-docs"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
}

resource "azapi_resource" "logged_blob_diagnostics" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "blob-logs"
  parent_id = "${azurerm_storage_account.logged.id}/blobServices/default"
  body = {
    properties = {
      workspaceId = azurerm_log_analytics_workspace.law.id
      logs = [
        {
          categoryGroup = "audit"
          enabled       = true
        }
      ]
    }
  }
}

resource "azurerm_storage_account" "partly" { # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                            = "acmepartly"
  resource_group_name             = "rg-docs"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
}

# Writes only: reads and deletes are not logged.
resource "azapi_resource" "partly_blob_diagnostics" { # want AZURE-144 "StorageRead, StorageDelete"
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "blob-logs"
  parent_id = "${azurerm_storage_account.partly.id}/blobServices/default"
  body = {
    properties = {
      workspaceId = azurerm_log_analytics_workspace.law.id
      logs = [
        {
          category = "StorageWrite"
          enabled  = true
        }
      ]
    }
  }
}
