resource "azurerm_postgresql_server" "pg" { # want AZURE-020 AZURE-137
  name                             = "acme-pg"
  location                         = "westeurope"
  resource_group_name              = "rg-data"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = false                    # want AZURE-102
  ssl_minimal_tls_version_enforced = "TLSEnforcementDisabled" # want AZURE-025
}

resource "azurerm_mysql_server" "legacy" { # want AZURE-020 AZURE-137
  name                = "acme-mysql"
  location            = "westeurope"
  resource_group_name = "rg-data"
  sku_name            = "B_Gen5_2"
  version             = "5.7"
  ssl_enforcement     = "Disabled" # want AZURE-102
}

resource "azurerm_postgresql_flexible_server_configuration" "no_tls" {
  name      = "require_secure_transport"
  server_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  value     = "off" # want AZURE-102
}

resource "azurerm_mysql_flexible_server_configuration" "no_tls" {
  name                = "require_secure_transport"
  resource_group_name = "rg-data"
  server_name         = "acme-mysql-flex"
  value               = "OFF" # want AZURE-102
}

resource "azurerm_redis_cache" "cache" {
  name                          = "acme-cache"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = false
  enable_non_ssl_port           = true # want AZURE-102
}

resource "azurerm_redis_cache" "cache4" {
  name                          = "acme-cache-4"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = false
  non_ssl_port_enabled          = true # want AZURE-102
}

# Redis Enterprise: a database that takes plaintext Redis connections.
resource "azurerm_redis_enterprise_database" "cache" {
  cluster_id        = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Cache/redisEnterprise/acme"
  client_protocol   = "Plaintext" # want AZURE-102
  clustering_policy = "EnterpriseCluster"
  eviction_policy   = "VolatileLRU"
  port              = 10000
}

resource "azurerm_managed_redis" "sessions" {
  name                = "acme-sessions"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  sku_name            = "Balanced_B3"

  default_database {
    client_protocol = "Plaintext" # want AZURE-102
  }
}
