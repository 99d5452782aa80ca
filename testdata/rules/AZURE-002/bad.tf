# No flow log at all.
resource "azurerm_network_security_group" "bare" { # want AZURE-002
  name                = "bare"
  location            = "westeurope"
  resource_group_name = "rg"
}

# Associated with a subnet of a virtual network that has no flow log.
resource "azurerm_network_security_group" "app" { # want AZURE-002
  name                = "app"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_virtual_network" "unlogged" {
  name                = "unlogged"
  location            = "westeurope"
  resource_group_name = "rg"
  address_space       = ["10.1.0.0/16"]
}

resource "azurerm_subnet" "app" {
  name                 = "app"
  resource_group_name  = "rg"
  virtual_network_name = azurerm_virtual_network.unlogged.name
  address_prefixes     = ["10.1.1.0/24"]
}

resource "azurerm_subnet_network_security_group_association" "app" {
  subnet_id                 = azurerm_subnet.app.id
  network_security_group_id = azurerm_network_security_group.app.id
}

# A flow log on a group that is not declared here does not cover this one.
resource "azurerm_network_security_group" "other" { # want AZURE-002
  name                = "other"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_network_watcher_flow_log" "elsewhere" {
  name                      = "elsewhere"
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  network_security_group_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/legacy"
  storage_account_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled                   = true
  retention_policy {
    enabled = true
    days    = 90
  }
}
