resource "azurerm_postgresql_server" "app" {
  name                             = "acme-pg"
  location                         = azurerm_resource_group.app.location
  resource_group_name              = azurerm_resource_group.app.name
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}

resource "azurerm_redis_cache" "sessions" {
  name                 = "acme-sessions"
  location             = azurerm_resource_group.app.location
  resource_group_name  = azurerm_resource_group.app.name
  capacity             = 1
  family               = "C"
  sku_name             = "Standard"
  non_ssl_port_enabled = false
  minimum_tls_version  = "1.2"
}
