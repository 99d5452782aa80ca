resource "azurerm_security_center_contact" "security" {
  name                = "security"
  email               = "security@example.com"
  alert_notifications = false # want AZURE-120
  alerts_to_admins    = true
}

resource "azurerm_mssql_server_security_alert_policy" "app" {
  resource_group_name = "rg-data"
  server_name         = "acme-sql"
  state               = "Disabled" # want AZURE-120
}

resource "azurerm_postgresql_server" "pg" {
  name                             = "acme-pg"
  location                         = "westeurope"
  resource_group_name              = "rg-data"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
  public_network_access_enabled    = false

  threat_detection_policy {
    enabled = false # want AZURE-120
  }
}

# Enabled, but two detection types switched off.
resource "azurerm_mssql_server_security_alert_policy" "partial" {
  resource_group_name  = "rg-data"
  server_name          = "acme-sql-2"
  state                = "Enabled"
  email_account_admins = true
  disabled_alerts = [
    "Sql_Injection", # want AZURE-120 "disabled_alerts lists Sql_Injection"
    "Data_Exfiltration",
  ]
}

# azurerm 2.x: a database's inline threat detection policy, turned off.
resource "azurerm_sql_database" "orders" {
  name                = "orders"
  resource_group_name = "rg-data"
  location            = "westeurope"
  server_name         = "acme-sql-legacy"

  threat_detection_policy {
    state                = "Disabled" # want AZURE-120
    email_account_admins = "Enabled"
  }
}
