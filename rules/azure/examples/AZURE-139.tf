resource "azurerm_linux_web_app" "api" {
  # name, location, service_plan_id and site_config as for any app
  client_certificate_enabled         = true
  client_certificate_mode            = "Required"
  client_certificate_exclusion_paths = "/healthz"
}
