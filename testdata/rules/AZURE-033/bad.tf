variable "assets_access" {
  type    = string
  default = "blob"
}

# allow_nested_items_to_be_public defaults to true (azurerm 3.x and 4.x).
resource "azurerm_storage_account" "web" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeweb"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "explicit" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                            = "acmeexplicit"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = true # want AZURE-103
}

# azurerm 3.x: the account by name reference.
resource "azurerm_storage_container" "images" {
  name                  = "images"
  storage_account_name  = azurerm_storage_account.web.name
  container_access_type = "blob" # want AZURE-033
}

# azurerm 4.x: the account by id.
resource "azurerm_storage_container" "listing" {
  name                  = "listing"
  storage_account_id    = azurerm_storage_account.explicit.id
  container_access_type = "container" # want AZURE-033
}

# The account by literal name; the access type from a variable.
resource "azurerm_storage_container" "assets" {
  name                  = "assets"
  storage_account_name  = "acmeweb"
  container_access_type = var.assets_access # want AZURE-033
}
