resource "azurerm_mssql_server" "app" { # want AZURE-137 AZURE-111
  name                          = "acme-sql"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = var.sql_password
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false
}

variable "sql_password" {
  type      = string
  sensitive = true
}

resource "azurerm_postgresql_flexible_server" "app" { # want AZURE-137
  name                          = "acme-pg"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  administrator_login           = "pgadmin"
  administrator_password        = var.sql_password
  public_network_access_enabled = false
}

resource "azurerm_postgresql_flexible_server" "legacy_auth" {
  name                          = "acme-pg-legacy"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  public_network_access_enabled = false

  authentication {
    active_directory_auth_enabled = false # want AZURE-137
    password_auth_enabled         = true
  }
}

resource "azurerm_service_fabric_cluster" "apps" { # want AZURE-137
  name                = "acme-apps"
  resource_group_name = "rg-fabric"
  location            = "westeurope"
  reliability_level   = "Silver"
  upgrade_mode        = "Automatic"
  vm_image            = "Windows"
  management_endpoint = "https://acme-apps.westeurope.cloudapp.azure.com:19080"

  certificate {
    thumbprint      = "33:41:DB:6C:F2:AF:72:C6:11:DF:3B:E3:72:1A:65:3A:F1:D4:3E:CD"
    x509_store_name = "My"
  }

  node_type {
    name                 = "primary"
    instance_count       = 5
    is_primary           = true
    client_endpoint_port = 19000
    http_endpoint_port   = 19080
  }
}

# azurerm 2.x server with no azurerm_sql_active_directory_administrator
# (the one below names another server).
resource "azurerm_sql_server" "legacy" { # want AZURE-137 "no Microsoft Entra administrator"
  name                          = "acme-sql-legacy"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = var.sql_password
  public_network_access_enabled = false
}

resource "azurerm_mssql_server_extended_auditing_policy" "legacy" {
  server_id              = azurerm_sql_server.legacy.id
  log_monitoring_enabled = true
}

resource "azurerm_sql_active_directory_administrator" "other" {
  server_name         = "acme-sql-other"
  resource_group_name = "rg-data"
  login               = "sql-admins"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  object_id           = "00000000-0000-0000-0000-000000000001"
}
