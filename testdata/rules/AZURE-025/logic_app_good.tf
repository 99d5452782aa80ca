# Standard logic apps on the TLS 1.2 default, or set to 1.2 explicitly.
resource "azurerm_logic_app_standard" "invoices" {
  name                       = "acme-invoices"
  location                   = "westeurope"
  resource_group_name        = "rg-apps"
  app_service_plan_id        = azurerm_service_plan.apps.id
  storage_account_name       = "acmeinvoices"
  storage_account_access_key = var.storage_key
  https_only                 = true

  site_config {
    min_tls_version     = "1.2"
    scm_min_tls_version = "1.2"
    ftps_state          = "Disabled"
  }
}

resource "azurerm_logic_app_standard" "reports" {
  name                       = "acme-reports"
  location                   = "westeurope"
  resource_group_name        = "rg-apps"
  app_service_plan_id        = azurerm_service_plan.apps.id
  storage_account_name       = "acmereports"
  storage_account_access_key = var.storage_key
  https_only                 = true

  site_config {
    ftps_state = "Disabled"
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
