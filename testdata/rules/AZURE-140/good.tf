variable "registries" {
  type = map(string)
  default = {
    apps  = "Premium"
    tools = "Standard"
  }
}

resource "azurerm_container_registry" "this" {
  for_each                      = var.registries
  name                          = "acme${each.key}"
  resource_group_name           = "rg-images"
  location                      = "westeurope"
  sku                           = each.value
  admin_enabled                 = false
  public_network_access_enabled = false
}

variable "anonymous_pull" {
  type = bool
}

resource "azurerm_container_registry" "explicit" {
  name                          = "acmeexplicit"
  resource_group_name           = "rg-images"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = false
  anonymous_pull_enabled        = false
}

resource "azurerm_container_registry" "unknown" {
  name                          = "acmeunknown"
  resource_group_name           = "rg-images"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = false
  anonymous_pull_enabled        = var.anonymous_pull # want-note AZURE-140
}

# The Basic tier has no anonymous pull: the argument is ignored.
resource "azurerm_container_registry" "basic" {
  name                          = "acmebasic"
  resource_group_name           = "rg-images"
  location                      = "westeurope"
  sku                           = "Basic"
  public_network_access_enabled = false
  anonymous_pull_enabled        = true
}
