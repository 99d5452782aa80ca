variable "notify" {
  type = bool
}

resource "azurerm_security_center_contact" "security" {
  name                = "security"
  email               = "security@example.com"
  alert_notifications = true
  alerts_to_admins    = true
}

resource "azurerm_mssql_server_security_alert_policy" "app" {
  resource_group_name  = "rg-data"
  server_name          = "acme-sql"
  state                = "Enabled"
  email_addresses      = ["security@example.com"]
  email_account_admins = true
}

resource "azurerm_security_center_contact" "unknown" {
  name                = "ops"
  email               = "ops@example.com"
  alert_notifications = var.notify # want-note AZURE-120
  alerts_to_admins    = true
}

variable "muted_alerts" {
  type    = list(string)
  default = []
}

# Every detection type on: an empty list, or a variable that defaults to one.
resource "azurerm_mssql_server_security_alert_policy" "all_types" {
  for_each             = toset(["acme-sql-eu", "acme-sql-us"])
  resource_group_name  = "rg-data"
  server_name          = each.value
  state                = "Enabled"
  disabled_alerts      = var.muted_alerts
  email_account_admins = true
}

resource "azurerm_mssql_server_security_alert_policy" "none_muted" {
  resource_group_name = "rg-data"
  server_name         = "acme-sql-3"
  state               = "Enabled"
  disabled_alerts     = []
  email_addresses     = ["security@example.com"]
}

# A database with its own policy on, and one that takes its server's.
resource "azurerm_sql_database" "orders" {
  name                = "orders"
  resource_group_name = "rg-data"
  location            = "westeurope"
  server_name         = "acme-sql-legacy"

  threat_detection_policy {
    state           = "Enabled"
    email_addresses = ["security@example.com"]
  }
}

resource "azurerm_mssql_database" "reports" {
  name      = "reports"
  server_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql"
}

# Synapse: threat detection on for the workspace and for a dedicated SQL
# pool, no detection type switched off.
resource "azurerm_synapse_workspace_security_alert_policy" "analytics" {
  synapse_workspace_id = azurerm_synapse_workspace.analytics.id
  policy_state         = "Enabled"
  email_account_admins = true
}

resource "azurerm_synapse_sql_pool_security_alert_policy" "warehouse" {
  sql_pool_id          = azurerm_synapse_sql_pool.warehouse.id
  policy_state         = "Enabled"
  disabled_alerts      = []
  email_addresses      = ["security@example.com"]
}

variable "orders_cosmos_account_id" {
  type    = string
  default = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DocumentDB/databaseAccounts/acme-orders"
}

resource "azurerm_advanced_threat_protection" "orders" {
  target_resource_id = var.orders_cosmos_account_id
  enabled            = true
}

resource "azurerm_security_center_setting" "endpoint" {
  setting_name = "WDATP"
  enabled      = true
}

# Opting out of the Linux preview is not turning detection off.
resource "azurerm_security_center_setting" "linux_preview" {
  setting_name = "WDATP_EXCLUDE_LINUX_PUBLIC_PREVIEW"
  enabled      = false
}
