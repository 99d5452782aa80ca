resource "azurerm_container_registry" "public_images" {
  name                          = "acmepublic"
  resource_group_name           = "rg-images"
  location                      = "westeurope"
  sku                           = "Standard"
  public_network_access_enabled = false
  anonymous_pull_enabled        = true # want AZURE-140
}

variable "anonymous" {
  type    = bool
  default = true
}

resource "azurerm_container_registry" "by_variable" {
  name                          = "acmebyvar"
  resource_group_name           = "rg-images"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = false
  anonymous_pull_enabled        = var.anonymous # want AZURE-140
}
