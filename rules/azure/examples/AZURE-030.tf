resource "azurerm_role_assignment" "deployer" {
  scope                = azurerm_resource_group.app.id # not the subscription
  role_definition_name = "Website Contributor"         # not Owner or Contributor
  principal_id         = azurerm_user_assigned_identity.deployer.principal_id
}
