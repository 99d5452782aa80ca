resource "azurerm_linux_web_app" "api" {
  # name, location, service_plan_id as for any app
  site_config {
    cors {
      allowed_origins = ["https://app.example.com"]
    }
  }
}
