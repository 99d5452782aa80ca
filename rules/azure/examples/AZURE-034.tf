resource "azurerm_key_vault" "main" {
  # ...
  public_network_access_enabled = false
  network_acls {
    bypass         = "AzureServices"
    default_action = "Deny"
  }
}

resource "azurerm_cosmosdb_account" "main" {
  # ...
  public_network_access_enabled = false
}

resource "azurerm_storage_account_network_rules" "data" {
  storage_account_id         = azurerm_storage_account.data.id
  default_action             = "Deny"
  virtual_network_subnet_ids = [azurerm_subnet.app.id]
}
