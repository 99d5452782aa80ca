# A Standard logic app is hosted by App Service: its site and its
# deployment (SCM) site each have a minimum TLS version, 1.2 by default.
resource "azurerm_logic_app_standard" "orders" {
  name                       = "acme-orders"
  location                   = "westeurope"
  resource_group_name        = "rg-apps"
  app_service_plan_id        = azurerm_service_plan.apps.id
  storage_account_name       = "acmeorders"
  storage_account_access_key = var.storage_key
  https_only                 = true

  site_config {
    min_tls_version     = "1.0" # want AZURE-025 "TLS below 1.2"
    scm_min_tls_version = "1.1" # want AZURE-025 "deployment \\(SCM\\) site"
    ftps_state          = "Disabled"
  }
}

resource "azurerm_service_plan" "apps" {
  name                = "acme-apps"
  location            = "westeurope"
  resource_group_name = "rg-apps"
  os_type             = "Windows"
  sku_name            = "WS1"
}

variable "storage_key" {
  type      = string
  sensitive = true
}
