resource "azurerm_security_center_contact" "security" {
  name                = "security"
  email               = "security@example.com"
  alert_notifications = true
  alerts_to_admins    = true
}

resource "azurerm_mssql_server_security_alert_policy" "app" {
  resource_group_name = azurerm_resource_group.app.name
  server_name         = azurerm_mssql_server.app.name
  state               = "Enabled"
  email_addresses     = ["security@example.com"]
}
