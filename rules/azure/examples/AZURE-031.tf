resource "azurerm_role_definition" "deployer" {
  name  = "app-deployer"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = [
      "Microsoft.Web/sites/read",
      "Microsoft.Web/sites/write",
      "Microsoft.Web/sites/restart/action",
    ]
  }

  assignable_scopes = [azurerm_resource_group.app.id]
}
