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

# MySQL flexible servers with a Microsoft Entra administrator, by
# reference to the server (a module's usual form)...
resource "azurerm_user_assigned_identity" "mysql" {
  name                = "acme-mysql-entra"
  resource_group_name = "rg-data"
  location            = "westeurope"
}

resource "azurerm_mysql_flexible_server" "orders" { # want AZURE-020
  name                   = "acme-orders"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  administrator_login    = "mysqladmin"
  administrator_password = var.legacy_sql_password
  sku_name               = "GP_Standard_D2ds_v4"
  version                = "8.0.21"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.mysql.id]
  }
}

# Entra-only sign-in (AZURE-108): passwords stop working.
resource "azurerm_mysql_flexible_server_configuration" "orders_aad_only" {
  name                = "aad_auth_only"
  resource_group_name = "rg-data"
  server_name         = azurerm_mysql_flexible_server.orders.name
  value               = "ON"
}

resource "azurerm_mysql_flexible_server_active_directory_administrator" "orders" {
  server_id   = azurerm_mysql_flexible_server.orders.id
  identity_id = azurerm_user_assigned_identity.mysql.id
  login       = "dba-group"
  object_id   = var.dba_group_object_id
  tenant_id   = data.azurerm_client_config.current.tenant_id
}

# ...or by the server's resource ID written out.
resource "azurerm_mysql_flexible_server" "billing" { # want AZURE-020
  name                   = "acme-billing"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  administrator_login    = "mysqladmin"
  administrator_password = var.legacy_sql_password
  sku_name               = "GP_Standard_D2ds_v4"
  version                = "8.0.21"
}

resource "azurerm_mysql_flexible_server_configuration" "billing_aad_only" {
  name                = "aad_auth_only"
  resource_group_name = "rg-data"
  server_name         = "acme-billing"
  value               = "ON"
}

resource "azurerm_mysql_flexible_server_active_directory_administrator" "billing" {
  server_id   = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-data/providers/Microsoft.DBforMySQL/flexibleServers/acme-billing"
  identity_id = azurerm_user_assigned_identity.mysql.id
  login       = "dba-group"
  object_id   = var.dba_group_object_id
  tenant_id   = data.azurerm_client_config.current.tenant_id
}

# Single servers (MySQL, PostgreSQL) with their administrator resources.
resource "azurerm_mysql_server" "legacy" {
  name                             = "acme-mysql-single"
  resource_group_name              = "rg-data"
  location                         = "westeurope"
  sku_name                         = "GP_Gen5_4"
  version                          = "8.0"
  administrator_login              = "mysqladmin"
  administrator_login_password     = var.legacy_sql_password
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
  public_network_access_enabled    = false
}

resource "azurerm_mysql_active_directory_administrator" "legacy" {
  server_name         = azurerm_mysql_server.legacy.name
  resource_group_name = "rg-data"
  login               = "dba-group"
  tenant_id           = data.azurerm_client_config.current.tenant_id
  object_id           = var.dba_group_object_id
}

resource "azurerm_postgresql_server" "legacy" {
  name                             = "acme-pg-single"
  resource_group_name              = "rg-data"
  location                         = "westeurope"
  sku_name                         = "GP_Gen5_4"
  version                          = "11"
  administrator_login              = "pgadmin"
  administrator_login_password     = var.legacy_sql_password
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
  public_network_access_enabled    = false
}

resource "azurerm_postgresql_active_directory_administrator" "legacy" {
  server_name         = "acme-pg-single"
  resource_group_name = "rg-data"
  login               = "dba-group"
  tenant_id           = data.azurerm_client_config.current.tenant_id
  object_id           = var.dba_group_object_id
}

# SQL managed instance whose Entra administrator is a resource of its own.
resource "azurerm_mssql_managed_instance" "apps" {
  name                = "acme-sqlmi"
  resource_group_name = "rg-data"
  location            = "westeurope"
  license_type        = "BasePrice"
  sku_name            = "GP_Gen5"
  storage_size_in_gb  = 32
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/sqlmi"
  vcores              = 4

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_mssql_managed_instance_active_directory_administrator" "apps" {
  managed_instance_id         = azurerm_mssql_managed_instance.apps.id
  login_username              = "sql-admins"
  object_id                   = var.dba_group_object_id
  tenant_id                   = data.azurerm_client_config.current.tenant_id
  azuread_authentication_only = true
}

variable "aks_admin_group_ids" {
  type    = list(string)
  default = ["00000000-0000-0000-0000-000000000001"]
}

resource "azurerm_kubernetes_cluster" "apps" { # want AZURE-115 # want AZURE-175
  name                    = "acme-apps"
  location                = "westeurope"
  resource_group_name     = "rg-aks"
  dns_prefix              = "acme-apps"
  private_cluster_enabled = true
  local_account_disabled  = true

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"

    host_encryption_enabled = true
  }

  identity {
    type = "SystemAssigned"
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled     = true
    admin_group_object_ids = var.aks_admin_group_ids
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "calico"
  }
}

# azurerm 2.x spelled the integration inside role_based_access_control.
resource "azurerm_kubernetes_cluster" "legacy" { # want AZURE-115 # want AZURE-175
  name                    = "acme-legacy"
  location                = "westeurope"
  resource_group_name     = "rg-aks"
  dns_prefix              = "acme-legacy"
  private_cluster_enabled = true
  local_account_disabled  = true

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"

    host_encryption_enabled = true
  }

  identity {
    type = "SystemAssigned"
  }

  role_based_access_control {
    enabled = true
    azure_active_directory {
      managed                = true
      admin_group_object_ids = var.aks_admin_group_ids
    }
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "calico"
  }
}
