resource "azurerm_storage_account" "data" {
  # ...
  min_tls_version = "TLS1_2"
}

resource "azurerm_mssql_server" "main" {
  # ...
  minimum_tls_version = "1.2"
}

resource "azurerm_linux_web_app" "app" {
  # ...
  site_config {
    minimum_tls_version = "1.2"
  }
}
