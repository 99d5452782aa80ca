# Without --account-baseline missing alerts are only "no evidence"; a
# disabled alert is reported.
resource "azurerm_monitor_activity_log_alert" "nsg" {
  name                = "nsg-write"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
  enabled             = false # want AZURE-113

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/write"
  }
}
