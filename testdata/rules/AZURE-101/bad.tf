# https_only defaults to false.
resource "azurerm_linux_web_app" "default_http" { # want AZURE-101 "https_only is not set" AZURE-114 # want AZURE-139 # want AZURE-108 AZURE-147
  name                = "acme-app"
  resource_group_name = "rg-app"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}

resource "azurerm_windows_function_app" "explicit_http" { # want AZURE-139 # want AZURE-108 AZURE-147
  name                       = "acme-func"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "acmefuncstore"
  storage_account_access_key = "not-a-real-key"
  https_only                 = false # want AZURE-101

  site_config {}
}

resource "azurerm_linux_web_app" "ftp" { # want AZURE-114 # want AZURE-139 # want AZURE-108 AZURE-147
  name                = "acme-ftp"
  resource_group_name = "rg-app"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    ftps_state = "AllAllowed" # want AZURE-146 "ftps_state"
  }
}

resource "azurerm_app_service" "legacy" { # want AZURE-101 AZURE-114 # want AZURE-139 # want AZURE-146
  name                = "acme-legacy"
  location            = "westeurope"
  resource_group_name = "rg-app"
  app_service_plan_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
}

resource "azurerm_linux_web_app_slot" "staging" { # want AZURE-101 # want AZURE-139 # want AZURE-108 AZURE-147 AZURE-114
  name           = "staging"
  app_service_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/sites/acme-app"

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
    external_enabled           = true
    target_port                = 8080
    allow_insecure_connections = true # want AZURE-101 "plain HTTP"
    traffic_weight {
      latest_revision = true
      percentage      = 100
    }
  }
}

# Azure Spring Apps: https_only defaults to false.
resource "azurerm_spring_cloud_app" "orders" { # want AZURE-101
  name                = "orders"
  resource_group_name = "rg-apps"
  service_name        = "acme-spring"
  is_public           = true
}

resource "azurerm_spring_cloud_app" "billing" {
  name                = "billing"
  resource_group_name = "rg-apps"
  service_name        = "acme-spring"
  https_only          = false # want AZURE-101
}

# The Enterprise tier's Spring Cloud Gateway and API portal answer plain
# HTTP unless HTTPS-only is turned on (both default false).
resource "azurerm_spring_cloud_gateway" "edge" { # want AZURE-101 "gateway accepts plain HTTP"
  name                          = "default"
  spring_cloud_service_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-apps/providers/Microsoft.AppPlatform/spring/acme-spring"
  public_network_access_enabled = true
  instance_count                = 2
}

resource "azurerm_spring_cloud_api_portal" "portal" {
  name                          = "default"
  spring_cloud_service_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-apps/providers/Microsoft.AppPlatform/spring/acme-spring"
  gateway_ids                   = [azurerm_spring_cloud_gateway.edge.id]
  https_only_enabled            = false # want AZURE-101 "API portal accepts plain HTTP"
  public_network_access_enabled = true
}
