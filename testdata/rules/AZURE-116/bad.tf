resource "azurerm_postgresql_configuration" "checkpoints" {
  name                = "log_checkpoints"
  resource_group_name = "rg-data"
  server_name         = "acme-pg"
  value               = "off" # want AZURE-116
}

resource "azurerm_postgresql_flexible_server_configuration" "throttle" {
  name      = "connection_throttle.enable"
  server_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  value     = "OFF" # want AZURE-116
}

resource "azurerm_postgresql_configuration" "duration" {
  name                = "log_duration"
  resource_group_name = "rg-data"
  server_name         = "acme-pg"
  value               = "off" # want AZURE-116
}

resource "azurerm_mysql_flexible_server_configuration" "audit" {
  name                = "audit_log_enabled"
  resource_group_name = "rg-data"
  server_name         = "acme-mysql"
  value               = "OFF" # want AZURE-116 "MySQL audit log"
}
