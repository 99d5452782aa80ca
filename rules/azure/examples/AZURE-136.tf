resource "azurerm_automation_variable_string" "db_password" {
  name                    = "db-password"
  resource_group_name     = azurerm_resource_group.ops.name
  automation_account_name = azurerm_automation_account.ops.name
  value                   = var.db_password
  encrypted               = true
}
