resource "azurerm_monitor_diagnostic_setting" "blobs" {
  name                       = "blob-requests"
  target_resource_id         = "${azurerm_storage_account.app.id}/blobServices/default"
  log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id

  enabled_log {
    category = "StorageRead"
  }
  enabled_log {
    category = "StorageWrite"
  }
  enabled_log {
    category = "StorageDelete"
  }
}
