variable "client_secret" {
  type      = string
  sensitive = true
}

# Signed in through the environment (ARM_CLIENT_SECRET) or OIDC.
provider "azurerm" {
  features {}
  use_oidc        = true
  subscription_id = "00000000-0000-0000-0000-000000000000"
  tenant_id       = "11111111-1111-1111-1111-111111111111"
  client_id       = "22222222-2222-2222-2222-222222222222"
}

provider "azurerm" {
  alias = "shared"
  features {}
  subscription_id = "33333333-3333-3333-3333-333333333333"
  client_id       = "22222222-2222-2222-2222-222222222222"
  client_secret   = var.client_secret
}

# Local test setups pass placeholders.
provider "azuread" {
  tenant_id     = "11111111-1111-1111-1111-111111111111"
  client_id     = "22222222-2222-2222-2222-222222222222"
  client_secret = "mock-client-secret-for-tests"
}

resource "azurerm_resource_group" "app" {
  name     = "rg-app"
  location = "westeurope"
}

resource "azurerm_resource_group" "shared" {
  provider = azurerm.shared
  name     = "rg-shared"
  location = "westeurope"
}

resource "azuread_group" "admins" {
  display_name     = "app-admins"
  security_enabled = true
}
