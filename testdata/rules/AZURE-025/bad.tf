resource "azurerm_storage_account" "data" {
  name                     = "acmedata"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_0" # want AZURE-025
}

resource "azurerm_mssql_server" "main" {
  name                          = "acme-sql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = "example-Passw0rd"
  public_network_access_enabled = false
  minimum_tls_version           = "1.1" # want AZURE-025
}

resource "azurerm_redis_cache" "cache" {
  name                          = "acme-cache"
  resource_group_name           = "rg"
  location                      = "westeurope"
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = false
  minimum_tls_version           = "1.0" # want AZURE-025
}

resource "azurerm_linux_web_app" "app" {
  name                = "acme-app"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    minimum_tls_version     = "1.0" # want AZURE-025
    scm_minimum_tls_version = "1.1" # want AZURE-025
  }
}

resource "azurerm_windows_web_app" "app" {
  name                = "acme-win-app"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    minimum_tls_version = "1.1" # want AZURE-025
  }
}
