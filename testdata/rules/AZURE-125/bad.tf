provider "azurerm" {
  features {}
  subscription_id = "00000000-0000-0000-0000-000000000000"
  tenant_id       = "11111111-1111-1111-1111-111111111111"
  client_id       = "22222222-2222-2222-2222-222222222222"
  client_secret   = "Xy48Q~b7Tn2vKq9LmZr3pW6sDf1GhJkLpQ0aBcDe" # want AZURE-125
}

provider "azuread" {
  tenant_id                   = "11111111-1111-1111-1111-111111111111"
  client_id                   = "22222222-2222-2222-2222-222222222222"
  client_certificate_path     = "sp.pfx"
  client_certificate_password = "r7Kq2!vLm9Zp4Tx8Wd3N" # want AZURE-125
}

resource "azurerm_resource_group" "app" {
  name     = "rg-app"
  location = "westeurope"
}

resource "azuread_group" "admins" {
  display_name     = "app-admins"
  security_enabled = true
}
