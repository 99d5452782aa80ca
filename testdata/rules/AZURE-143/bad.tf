variable "db_password" {
  type      = string
  sensitive = true
}

resource "azurerm_container_group" "worker" {
  name                = "acme-worker"
  location            = "westeurope"
  resource_group_name = "rg-apps"
  os_type             = "Linux"
  ip_address_type     = "Private"
  subnet_ids          = ["/subscriptions/0000/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aci"]

  container {
    name   = "worker"
    image  = "acme.azurecr.io/worker:1.4"
    cpu    = 1
    memory = 1.5

    environment_variables = {
      LOG_LEVEL       = "info"
      DB_PASSWORD     = var.db_password # want AZURE-143 "DB_PASSWORD"
      STRIPE_API_KEY  = "sk_live_0123456789abcdef" # want AZURE-143
      KEY_VAULT_URL   = "https://acme-kv.vault.azure.net/"
    }
  }
}

resource "azurerm_container_app" "api" {
  name                         = "acme-api"
  container_app_environment_id = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.App/managedEnvironments/env"
  resource_group_name          = "rg-apps"
  revision_mode                = "Single"

  template {
    container {
      name   = "api"
      image  = "acme.azurecr.io/api:2.0"
      cpu    = 0.5
      memory = "1Gi"

      env {
        name  = "JWT_SECRET"
        value = "not-so-secret-value" # want AZURE-143
      }
    }
  }
}
