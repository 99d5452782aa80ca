resource "azurerm_kubernetes_cluster" "main" {
  # ...
  api_server_access_profile {
    authorized_ip_ranges = ["203.0.113.0/24"] # office and CI egress ranges
  }
}
