resource "azurerm_synapse_workspace" "analytics" { # want AZURE-138 # want AZURE-111
  azuread_authentication_only = true
  name                                 = "acme-analytics"
  resource_group_name                  = "rg-data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://acmelake.dfs.core.windows.net/synapse"
  public_network_access_enabled        = false

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_data_factory" "etl" {
  name                            = "acme-etl"
  resource_group_name             = "rg-data"
  location                        = "westeurope"
  public_network_enabled          = false
  managed_virtual_network_enabled = false # want AZURE-138
}
