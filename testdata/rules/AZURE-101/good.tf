variable "https_only" {
  type = bool
}

variable "apps" {
  type = map(object({ ftps = optional(string, "Disabled") }))
  default = {
    api = {}
    web = { ftps = "FtpsOnly" }
  }
}

resource "azurerm_linux_web_app" "app" { # want AZURE-114 # want AZURE-139 # want AZURE-108 AZURE-147
  for_each            = var.apps
  name                = "acme-${each.key}"
  resource_group_name = "rg-app"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    ftps_state          = each.value.ftps
    minimum_tls_version = "1.2"
  }
}

# The 3.x/4.x resources default ftps_state to Disabled.
resource "azurerm_windows_function_app" "func" { # want AZURE-139 # want AZURE-108 AZURE-147
  name                          = "acme-func"
  resource_group_name           = "rg-app"
  location                      = "westeurope"
  service_plan_id               = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name          = "acmefuncstore"
  storage_uses_managed_identity = true
  https_only                    = true

  site_config {}
}

resource "azurerm_app_service" "legacy" { # want AZURE-114 # want AZURE-139
  name                = "acme-legacy"
  location            = "westeurope"
  resource_group_name = "rg-app"
  app_service_plan_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    ftps_state = "FtpsOnly"
  }
}

resource "azurerm_linux_web_app" "unknown" { # want AZURE-114 # want AZURE-139 # want AZURE-108 AZURE-147
  name                = "acme-unknown"
  resource_group_name = "rg-app"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  https_only          = var.https_only # want-note AZURE-101

  site_config {}
}

resource "azurerm_container_app" "api" {
  name                         = "api"
  container_app_environment_id = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.App/managedEnvironments/apps"
  resource_group_name          = "rg-apps"
  revision_mode                = "Single"

  template {
    container {
      name   = "api"
      image  = "acme.azurecr.io/api:1.4.2"
      cpu    = 0.5
      memory = "1Gi"
    }
  }
  ingress {
    external_enabled = true
    target_port      = 8080
    traffic_weight {
      latest_revision = true
      percentage      = 100
    }
  }
}

resource "azurerm_spring_cloud_app" "orders" {
  name                = "orders"
  resource_group_name = "rg-apps"
  service_name        = "acme-spring"
  is_public           = true
  https_only          = true
}

resource "azurerm_spring_cloud_gateway" "edge" {
  name                          = "default"
  spring_cloud_service_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-apps/providers/Microsoft.AppPlatform/spring/acme-spring"
  public_network_access_enabled = true
  https_only                    = true
  instance_count                = 2
}

resource "azurerm_spring_cloud_api_portal" "portal" {
  name                          = "default"
  spring_cloud_service_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-apps/providers/Microsoft.AppPlatform/spring/acme-spring"
  gateway_ids                   = [azurerm_spring_cloud_gateway.edge.id]
  https_only_enabled            = true
  public_network_access_enabled = true
}
