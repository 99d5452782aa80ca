resource "azurerm_resource_group" "data" {
  name     = "rg-data"
  location = "westeurope"
}

# No network rules and public network access left on: Azure's default
# network rule admits every network.
resource "azurerm_storage_account" "reports" { # want AZURE-153 "no network rules" # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmereports01"
  resource_group_name      = azurerm_resource_group.data.name
  location                 = azurerm_resource_group.data.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version          = "TLS1_2"
}

# Written on, as the default.
resource "azurerm_storage_account" "uploads" { # want AZURE-153 # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                          = "acmeuploads01"
  resource_group_name           = azurerm_resource_group.data.name
  location                      = azurerm_resource_group.data.location
  account_tier                  = "Standard"
  account_replication_type      = "LRS"
  public_network_access_enabled = true
}

# One account per team: each instance is open.
resource "azurerm_storage_account" "team" { # want AZURE-153 # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  for_each                 = toset(["red", "blue"])
  name                     = "acme${each.key}data"
  resource_group_name      = azurerm_resource_group.data.name
  location                 = azurerm_resource_group.data.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# azurerm 4.x spelling, written on.
resource "azurerm_storage_account" "exports" { # want AZURE-153 # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeexports01"
  resource_group_name      = azurerm_resource_group.data.name
  location                 = azurerm_resource_group.data.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
  public_network_access    = "Enabled"
}
