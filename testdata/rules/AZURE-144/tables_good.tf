resource "azurerm_storage_account" "catalog" {
  name                            = "acmecatalog"
  resource_group_name             = "rg-data"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  public_network_access_enabled   = false
  allow_nested_items_to_be_public = false
  shared_access_key_enabled       = false
}

resource "azurerm_storage_table" "products" {
  name               = "products"
  storage_account_id = azurerm_storage_account.catalog.id
}

variable "workspace_id" {
  type = string
}

# One diagnostic setting per service that holds data.
resource "azurerm_monitor_diagnostic_setting" "catalog" {
  for_each                   = toset(["blobServices", "tableServices"])
  name                       = "${each.key}-requests"
  target_resource_id         = "${azurerm_storage_account.catalog.id}/${each.key}/default"
  log_analytics_workspace_id = var.workspace_id

  enabled_log {
    category_group = "allLogs"
  }
}
