variable "https_only" {
  type = bool
}

resource "azurerm_storage_account" "ok_v4" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                       = "acmeokv4"
  resource_group_name        = "rg"
  location                   = "westeurope"
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = true
}

# The default is HTTPS only.
resource "azurerm_storage_account" "ok_default" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeokdefault"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# Not known statically: an undecided note, not a finding.
resource "azurerm_storage_account" "ok_var" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                      = "acmeokvar"
  resource_group_name       = "rg"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  enable_https_traffic_only = var.https_only # want-note AZURE-026
}
