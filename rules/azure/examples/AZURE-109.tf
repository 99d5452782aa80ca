resource "azurerm_kubernetes_cluster" "main" {
  # ...
  role_based_access_control_enabled = true
  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
  }
}
