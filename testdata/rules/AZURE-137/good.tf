data "azurerm_client_config" "current" {}

variable "dba_group_object_id" {
  type    = string
  default = "00000000-0000-0000-0000-000000000000"
}

resource "azurerm_mssql_server" "app" {
  name                          = "acme-sql"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = var.dba_group_object_id
    tenant_id                   = data.azurerm_client_config.current.tenant_id
    azuread_authentication_only = true
  }
}

resource "azurerm_mssql_server_extended_auditing_policy" "app" {
  server_id              = azurerm_mssql_server.app.id
  log_monitoring_enabled = true
}

resource "azurerm_postgresql_flexible_server" "app" {
  name                          = "acme-pg"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  public_network_access_enabled = false

  authentication {
    active_directory_auth_enabled = true
    password_auth_enabled         = false
    tenant_id                     = data.azurerm_client_config.current.tenant_id
  }
}

resource "azurerm_postgresql_flexible_server_active_directory_administrator" "app" {
  server_name         = azurerm_postgresql_flexible_server.app.name
  resource_group_name = "rg-data"
  tenant_id           = data.azurerm_client_config.current.tenant_id
  object_id           = var.dba_group_object_id
  principal_name      = "pg-admins"
  principal_type      = "Group"
}

resource "azurerm_service_fabric_cluster" "apps" {
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

  azure_active_directory {
    tenant_id              = "00000000-0000-0000-0000-000000000000"
    cluster_application_id = "00000000-0000-0000-0000-000000000010"
    client_application_id  = "00000000-0000-0000-0000-000000000011"
  }

  node_type {
    name                 = "primary"
    instance_count       = 5
    is_primary           = true
    client_endpoint_port = 19000
    http_endpoint_port   = 19080
  }
}

# azurerm 2.x: the Entra administrator is a resource of its own, naming the
# server by reference...
resource "azurerm_sql_server" "legacy" {
  name                          = "acme-sql-legacy"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = var.legacy_sql_password
  public_network_access_enabled = false
}

variable "legacy_sql_password" {
  type      = string
  sensitive = true
}

resource "azurerm_mssql_server_extended_auditing_policy" "legacy" {
  server_id              = azurerm_sql_server.legacy.id
  log_monitoring_enabled = true
}

resource "azurerm_sql_active_directory_administrator" "legacy" {
  server_name         = azurerm_sql_server.legacy.name
  resource_group_name = "rg-data"
  login               = "sql-admins"
  tenant_id           = data.azurerm_client_config.current.tenant_id
  object_id           = var.dba_group_object_id
}

# ...or by its literal name, for an azurerm_mssql_server too.
resource "azurerm_mssql_server" "reports" {
  name                          = "acme-sql-reports"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false
}

resource "azurerm_mssql_server_extended_auditing_policy" "reports" {
  server_id              = azurerm_mssql_server.reports.id
  log_monitoring_enabled = true
}

resource "azurerm_sql_active_directory_administrator" "reports" {
  server_name         = "acme-sql-reports"
  resource_group_name = "rg-data"
  login               = "sql-admins"
  tenant_id           = data.azurerm_client_config.current.tenant_id
  object_id           = var.dba_group_object_id
}
