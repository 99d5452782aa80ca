variable "log_connections" {
  type = string
}

locals {
  pg_params = {
    log_checkpoints       = "on"
    log_disconnections    = "on"
    connection_throttling = "on"
    work_mem              = "8192"
  }
}

resource "azurerm_postgresql_configuration" "params" {
  for_each            = local.pg_params
  name                = each.key
  resource_group_name = "rg-data"
  server_name         = "acme-pg"
  value               = each.value
}

resource "azurerm_postgresql_flexible_server_configuration" "connections" {
  name      = "log_connections"
  server_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  value     = var.log_connections # want-note AZURE-116
}

resource "azurerm_postgresql_flexible_server_configuration" "duration" {
  name      = "log_duration"
  server_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  value     = "on"
}

resource "azurerm_mysql_flexible_server_configuration" "audit" {
  name                = "audit_log_enabled"
  resource_group_name = "rg-data"
  server_name         = "acme-mysql"
  value               = "ON"
}

resource "azurerm_mysql_flexible_server_configuration" "audit_events" {
  name                = "audit_log_events"
  resource_group_name = "rg-data"
  server_name         = "acme-mysql"
  value               = "CONNECTION,DDL,DCL"
}

resource "azurerm_mysql_flexible_server_configuration" "audit_events_v2" {
  name                = "audit_log_events"
  resource_group_name = "rg-data"
  server_name         = "acme-mysql-2"
  value               = "connection_v2, dml_nonselect"
}
