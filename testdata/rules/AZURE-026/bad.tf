resource "azurerm_storage_account" "v4" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                       = "acmev4"
  resource_group_name        = "rg"
  location                   = "westeurope"
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = false # want AZURE-026
}

resource "azurerm_storage_account" "v3" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                      = "acmev3"
  resource_group_name       = "rg"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  enable_https_traffic_only = "false" # want AZURE-026
}
