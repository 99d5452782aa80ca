resource "azurerm_postgresql_flexible_server" "main" {
  name                = "acme-main"
  resource_group_name = azurerm_resource_group.db.name
  location            = azurerm_resource_group.db.location
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.db.id]
  }

  customer_managed_key {
    key_vault_key_id                  = azurerm_key_vault_key.db.id
    primary_user_assigned_identity_id = azurerm_user_assigned_identity.db.id
  }
}
