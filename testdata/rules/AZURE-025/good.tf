variable "tls" {
  type = string
}

resource "azurerm_storage_account" "ok_data" {
  name                     = "acmeokdata"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_2"
}

# The provider default is TLS 1.2.
resource "azurerm_storage_account" "ok_default" {
  name                     = "acmeokdefault"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_mssql_server" "ok_main" {
  name                          = "acme-ok-sql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = "example-Passw0rd"
  public_network_access_enabled = false
  minimum_tls_version           = "1.2"
}

resource "azurerm_linux_web_app" "ok_app" {
  name                = "acme-ok-app"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    minimum_tls_version = "1.3"
  }
}

# Not known statically: not reported.
resource "azurerm_windows_web_app" "ok_var" {
  name                = "acme-ok-win-app"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    minimum_tls_version = var.tls
  }
}
