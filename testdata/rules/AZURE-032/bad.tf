variable "secret_lifetime" {
  type    = string
  default = "17520h" # two years
}

resource "azuread_application" "app" {
  display_name = "app"
}

resource "azuread_service_principal" "app" {
  client_id = azuread_application.app.client_id
}

# No end date: Microsoft Graph makes it valid for two years.
resource "azuread_application_password" "default" { # want AZURE-032
  application_id = azuread_application.app.id
}

resource "azuread_application_password" "far" {
  application_id = azuread_application.app.id
  end_date       = "2099-01-01T00:00:00Z" # want AZURE-032
}

resource "azuread_application_password" "dated" {
  application_id = azuread_application.app.id
  start_date     = "2025-01-01T00:00:00Z"
  end_date       = "2026-07-01T00:00:00Z" # want AZURE-032
}

resource "azuread_service_principal_password" "relative" {
  service_principal_id = azuread_service_principal.app.object_id
  end_date_relative    = var.secret_lifetime # want AZURE-032
}

resource "azurerm_container_registry" "images" { # want AZURE-121
  name                = "acmeimages"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard"
  admin_enabled       = true # want AZURE-032
}

# The application's own password block: no end date means two years.
resource "azuread_application" "batch" {
  display_name = "batch"

  password { # want AZURE-032 "password block sets no end date"
    display_name = "batch-ci"
  }
}

resource "azuread_application" "reports" {
  display_name = "reports"

  password {
    display_name = "reports-ci"
    start_date   = "2025-01-01T00:00:00Z"
    end_date     = "2027-01-01T00:00:00Z" # want AZURE-032 "730 days"
  }
}
