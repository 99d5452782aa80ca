resource "azurerm_kubernetes_cluster" "main" {
  # ...
  network_profile {
    network_plugin = "azure"
    network_policy = "azure"
  }
}
