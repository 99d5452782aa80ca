variable "ssl" {
  type = bool
}

resource "azurerm_postgresql_server" "pg" { # want AZURE-137
  public_network_access_enabled    = false
  name                             = "acme-pg"
  location                         = "westeurope"
  resource_group_name              = "rg-data"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}

resource "azurerm_mysql_server" "unknown" { # want AZURE-137
  public_network_access_enabled = false
  name                          = "acme-mysql"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  sku_name                      = "B_Gen5_2"
  version                       = "8.0"
  ssl_enforcement_enabled       = var.ssl # want-note AZURE-102
}

locals {
  pg_settings = {
    require_secure_transport = "on"
    log_connections          = "on"
  }
}

resource "azurerm_postgresql_flexible_server_configuration" "settings" {
  for_each  = local.pg_settings
  name      = each.key
  server_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  value     = each.value
}

resource "azurerm_redis_cache" "cache" {
  name                          = "acme-cache"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = false
  non_ssl_port_enabled          = false
  minimum_tls_version           = "1.2"
}

# Off by default.
resource "azurerm_redis_cache" "cache_default" {
  name                          = "acme-cache-2"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = false
}

# Redis Enterprise and Managed Redis databases speak TLS by default.
resource "azurerm_redis_enterprise_database" "cache" {
  cluster_id        = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Cache/redisEnterprise/acme"
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
    client_protocol = "Encrypted"
  }
}
