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

resource "azurerm_mssql_server" "ok_main" { # want AZURE-111
  name                          = "acme-ok-sql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = "example-Passw0rd"
  public_network_access_enabled = false
  minimum_tls_version           = "1.2"
}

resource "azurerm_linux_web_app" "ok_app" { # want AZURE-114
  name                = "acme-ok-app"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    minimum_tls_version = "1.3"
  }
}

# Not known statically: an undecided note, not a finding.
resource "azurerm_windows_web_app" "ok_var" { # want AZURE-114
  name                = "acme-ok-win-app"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    minimum_tls_version = var.tls # want-note AZURE-025
  }
}

resource "azurerm_mysql_server" "single" {
  public_network_access_enabled    = false
  name                             = "acme-mysql"
  location                         = "westeurope"
  resource_group_name              = "rg"
  sku_name                         = "B_Gen5_2"
  version                          = "8.0"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}

locals {
  mysql_settings = {
    tls_version              = "TLSv1.2,TLSv1.3"
    require_secure_transport = "ON"
  }
}

resource "azurerm_mysql_flexible_server_configuration" "settings" {
  for_each            = local.mysql_settings
  name                = each.key
  resource_group_name = "rg"
  server_name         = "acme-mysql-flex"
  value               = each.value
}

resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "ssl_min_protocol_version"
  server_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  value     = "TLSv1.2"
}

resource "azurerm_eventhub_namespace" "events" { # want AZURE-121
  name                = "acme-events"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  minimum_tls_version = "1.2"
}
