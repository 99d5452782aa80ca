resource "azurerm_monitor_activity_log_alert" "nsg_write" {
  name                = "nsg-write"
  resource_group_name = azurerm_resource_group.monitoring.name
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/write"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}
