variable "purge_protection" {
  type    = bool
  default = false
}

resource "azurerm_key_vault" "default" { # want AZURE-038 AZURE-112 # want AZURE-169
  name                          = "acme-default"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = "00000000-0000-0000-0000-000000000000"
  sku_name                      = "standard"
  public_network_access_enabled = false
}

resource "azurerm_key_vault" "from_variable" { # want AZURE-112 # want AZURE-169
  name                          = "acme-variable"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = "00000000-0000-0000-0000-000000000000"
  sku_name                      = "standard"
  public_network_access_enabled = false
  purge_protection_enabled      = var.purge_protection # want AZURE-038
}
