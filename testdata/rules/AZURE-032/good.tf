variable "secret_end" {
  type = string
}

resource "time_rotating" "secret" {
  rotation_days = 90
}

# Recreated on a schedule.
resource "azuread_application_password" "ok_rotated" {
  application_id = azuread_application.app.id
  rotate_when_changed = {
    rotation = time_rotating.secret.id
  }
}

# 90 days.
resource "azuread_application_password" "ok_short" {
  application_id = azuread_application.app.id
  start_date     = "2025-01-01T00:00:00Z"
  end_date       = "2025-04-01T00:00:00Z"
}

resource "azuread_service_principal_password" "ok_relative" {
  service_principal_id = azuread_service_principal.app.object_id
  end_date_relative    = "2160h"
}

# Not known statically: not reported.
resource "azuread_application_password" "ok_computed" {
  application_id = azuread_application.app.id
  end_date       = timeadd(time_rotating.secret.id, "8760h") # want-note AZURE-032
}

resource "azuread_application_password" "ok_variable" {
  application_id = azuread_application.app.id
  end_date       = var.secret_end # want-note AZURE-032
}

resource "azurerm_container_registry" "ok_default" { # want AZURE-121
  name                = "acmeokimages"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard"
}

resource "azurerm_container_registry" "ok_disabled" { # want AZURE-121
  name                = "acmeokimages2"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Premium"
  admin_enabled       = false
}

# An application password block valid for six months.
resource "azuread_application" "exporter" {
  display_name = "exporter"

  password {
    display_name = "exporter-ci"
    start_date   = "2025-01-01T00:00:00Z"
    end_date     = "2025-07-01T00:00:00Z"
  }
}
