resource "azurerm_resource_group" "data" {
  name     = "rg-data"
  location = "westeurope"
}

# Reached through private endpoints only.
resource "azurerm_storage_account" "private" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                          = "acmeprivate01"
  resource_group_name           = azurerm_resource_group.data.name
  location                      = azurerm_resource_group.data.location
  account_tier                  = "Standard"
  account_replication_type      = "GRS"
  public_network_access_enabled = false
}

# Network rules decide (AZURE-034 judges their default action).
resource "azurerm_storage_account" "inline_rules" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeinline01"
  resource_group_name      = azurerm_resource_group.data.name
  location                 = azurerm_resource_group.data.location
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    default_action             = "Deny"
    bypass                     = ["AzureServices"]
    virtual_network_subnet_ids = [var.app_subnet_id]
  }
}

variable "app_subnet_id" {
  type = string
}

resource "azurerm_storage_account" "split_rules" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmesplit01"
  resource_group_name      = azurerm_resource_group.data.name
  location                 = azurerm_resource_group.data.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account_network_rules" "split_rules" {
  storage_account_id = azurerm_storage_account.split_rules.id
  default_action     = "Deny"
  ip_rules           = ["203.0.113.0/24"]
}

# A static website is meant for the public.
resource "azurerm_storage_account" "site" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmesite01"
  resource_group_name      = azurerm_resource_group.data.name
  location                 = azurerm_resource_group.data.location
  account_tier             = "Standard"
  account_kind             = "StorageV2"
  account_replication_type = "LRS"

  static_website {
    index_document = "index.html"
  }
}

# Whether public network access is on comes from a variable: a note.
variable "public_access" {
  type = bool
}

resource "azurerm_storage_account" "toggled" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                          = "acmetoggled01"
  resource_group_name           = azurerm_resource_group.data.name
  location                      = azurerm_resource_group.data.location
  account_tier                  = "Standard"
  account_replication_type      = "LRS"
  public_network_access_enabled = var.public_access # want-note AZURE-153
}

# azurerm 4.x: the static website in its own resource.
resource "azurerm_storage_account" "site_v4" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmesite02"
  resource_group_name      = azurerm_resource_group.data.name
  location                 = azurerm_resource_group.data.location
  account_tier             = "Standard"
  account_kind             = "StorageV2"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account_static_website" "site_v4" {
  storage_account_id = azurerm_storage_account.site_v4.id
  index_document     = "index.html"
}

# azurerm 4.x spelling: public access off, or left to a network security
# perimeter's access rules.
resource "azurerm_storage_account" "private_v4" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeprivate02"
  resource_group_name      = azurerm_resource_group.data.name
  location                 = azurerm_resource_group.data.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
  public_network_access    = "Disabled"
}

resource "azurerm_storage_account" "perimeter" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeperimeter01"
  resource_group_name      = azurerm_resource_group.data.name
  location                 = azurerm_resource_group.data.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
  public_network_access    = "SecuredByPerimeter"
}
