resource "azurerm_kubernetes_cluster" "main" {
  # ...
  microsoft_defender {
    log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id
  }
}
