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

# MySQL flexible server: Entra sign-in needs an
# azurerm_mysql_flexible_server_active_directory_administrator; the one
# below belongs to another server.
resource "azurerm_mysql_flexible_server" "orders" { # want AZURE-137 "only MySQL logins" # want AZURE-020
  name                   = "acme-orders"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  administrator_login    = "mysqladmin"
  administrator_password = var.sql_password
  sku_name               = "GP_Standard_D2ds_v4"
  version                = "8.0.21"
}

resource "azurerm_mysql_flexible_server_active_directory_administrator" "other" {
  server_id   = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-data/providers/Microsoft.DBforMySQL/flexibleServers/acme-billing"
  identity_id = var.mysql_identity_id
  login       = "dba-group"
  object_id   = var.dba_group_object_id
  tenant_id   = var.tenant_id
}

# PostgreSQL single server (retired service, still in many modules) with no
# azurerm_postgresql_active_directory_administrator.
resource "azurerm_postgresql_server" "legacy" { # want AZURE-137 "only PostgreSQL logins"
  name                             = "acme-pg-single"
  resource_group_name              = "rg-data"
  location                         = "westeurope"
  sku_name                         = "GP_Gen5_4"
  version                          = "11"
  administrator_login              = "pgadmin"
  administrator_login_password     = var.sql_password
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
  public_network_access_enabled    = false
}

variable "mysql_identity_id" {
  type = string
}

variable "dba_group_object_id" {
  type = string
}

variable "tenant_id" {
  type = string
}

# SQL managed instance with neither an azure_active_directory_administrator
# block nor an azurerm_mssql_managed_instance_active_directory_administrator.
resource "azurerm_mssql_managed_instance" "apps" { # want AZURE-137 "only SQL logins"
  name                         = "acme-sqlmi"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  license_type                 = "BasePrice"
  sku_name                     = "GP_Gen5"
  storage_size_in_gb           = 32
  subnet_id                    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/sqlmi"
  vcores                       = 4
  administrator_login          = "sqladmin"
  administrator_login_password = var.sql_password
}

# AKS without the Microsoft Entra integration: kubectl users sign in with
# the client certificates of the cluster's kubeconfig.
resource "azurerm_kubernetes_cluster" "apps" { # want AZURE-137 "client certificates" # want AZURE-108 # want AZURE-115 # want AZURE-175
  name                    = "acme-apps"
  location                = "westeurope"
  resource_group_name     = "rg-aks"
  dns_prefix              = "acme-apps"
  private_cluster_enabled = true

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"

    host_encryption_enabled = true
  }

  identity {
    type = "SystemAssigned"
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "calico"
  }
}
