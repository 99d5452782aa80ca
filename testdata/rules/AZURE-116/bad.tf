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

# The audit log is on, but its event classes leave sign-ins out.
resource "azurerm_mysql_flexible_server_configuration" "audit_on" {
  name                = "audit_log_enabled"
  resource_group_name = "rg-data"
  server_name         = "acme-mysql"
  value               = "ON"
}

resource "azurerm_mysql_flexible_server_configuration" "audit_classes" {
  name                = "audit_log_events"
  resource_group_name = "rg-data"
  server_name         = "acme-mysql"
  value               = "DDL,DCL,ADMIN" # want AZURE-116 "without CONNECTION"
}

variable "mysql_audit_events" {
  type = string
}

resource "azurerm_mysql_flexible_server_configuration" "audit_classes_input" {
  name                = "audit_log_events"
  resource_group_name = "rg-data"
  server_name         = "acme-mysql-2"
  value               = var.mysql_audit_events # want-note AZURE-116
}
