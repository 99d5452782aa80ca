variable "purge" {
  type = bool
}

resource "azurerm_key_vault" "ok_protected" { # want AZURE-112 # want AZURE-169
  name                          = "acme-ok-protected"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = "00000000-0000-0000-0000-000000000000"
  sku_name                      = "standard"
  public_network_access_enabled = false
  purge_protection_enabled      = true
  soft_delete_retention_days    = 90
}

# Not known statically: not reported.
resource "azurerm_key_vault" "ok_unknown" { # want AZURE-112 # want AZURE-169
  name                          = "acme-ok-unknown"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = "00000000-0000-0000-0000-000000000000"
  sku_name                      = "standard"
  public_network_access_enabled = false
  purge_protection_enabled      = var.purge
}
