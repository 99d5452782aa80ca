resource "time_rotating" "app_secret" {
  rotation_days = 90
}

resource "azuread_application_password" "app" {
  application_id = azuread_application.app.id
  end_date       = timeadd(time_rotating.app_secret.id, "2400h") # 100 days
  rotate_when_changed = {
    rotation = time_rotating.app_secret.id
  }
}

resource "azurerm_container_registry" "main" {
  # ...
  admin_enabled = false
}
