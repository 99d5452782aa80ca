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

resource "azurerm_postgresql_server" "pg" { # want AZURE-137
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

# Synapse: the workspace's threat detection is off, and a dedicated SQL
# pool's policy switches one detection type off.
resource "azurerm_synapse_workspace_security_alert_policy" "analytics" {
  synapse_workspace_id = azurerm_synapse_workspace.analytics.id
  policy_state         = "Disabled" # want AZURE-120
}

resource "azurerm_synapse_sql_pool_security_alert_policy" "warehouse" {
  sql_pool_id          = azurerm_synapse_sql_pool.warehouse.id
  policy_state         = "Enabled"
  email_account_admins = true
  disabled_alerts      = ["Data_Exfiltration"] # want AZURE-120 "disabled_alerts lists Data_Exfiltration"
}

# Defender threat protection of one Cosmos DB account, explicitly off.
variable "orders_cosmos_account_id" {
  type    = string
  default = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DocumentDB/databaseAccounts/acme-orders"
}

resource "azurerm_advanced_threat_protection" "orders" {
  target_resource_id = var.orders_cosmos_account_id
  enabled            = false # want AZURE-120 "threat protection alerts for the target resource are off"
}

# Defender for Endpoint and Defender for Cloud Apps integrations turned off.
resource "azurerm_security_center_setting" "integrations" {
  for_each     = toset(["WDATP", "MCAS"])
  setting_name = each.key
  enabled      = false # want AZURE-120 "integration is turned off"
}
