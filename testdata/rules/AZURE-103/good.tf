variable "public_blobs" {
  type = bool
}

resource "azurerm_storage_account" "data" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                            = "acmedata"
  resource_group_name             = "rg-data"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  allow_nested_items_to_be_public = false
}

# The default differs across provider versions: absent is not reported.
resource "azurerm_storage_account" "default" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                     = "acmedefault"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "unknown" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                            = "acmeunknown"
  resource_group_name             = "rg-data"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = var.public_blobs # want-note AZURE-103
}
