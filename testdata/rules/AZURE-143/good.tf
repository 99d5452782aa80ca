variable "db_password" {
  type      = string
  sensitive = true
}

variable "extra_env" {
  type = map(string)
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
      LOG_LEVEL            = "info"
      DB_PASSWORD_FILE     = "/mnt/secrets/db-password"
      AZURE_CLIENT_ID      = "00000000-0000-0000-0000-000000000003"
      TOKEN_SECRET_NAME    = "jwt-signing"
    }
    secure_environment_variables = {
      DB_PASSWORD = var.db_password
    }
  }

  container {
    name   = "sidecar"
    image  = "acme.azurecr.io/sidecar:1.0"
    cpu    = 0.5
    memory = 0.5

    environment_variables = var.extra_env # want-note AZURE-143
  }
}

resource "azurerm_container_app" "api" {
  name                         = "acme-api"
  container_app_environment_id = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.App/managedEnvironments/env"
  resource_group_name          = "rg-apps"
  revision_mode                = "Single"

  secret {
    name                = "jwt-secret"
    key_vault_secret_id = "https://acme-kv.vault.azure.net/secrets/jwt"
    identity            = "System"
  }

  identity {
    type = "SystemAssigned"
  }

  template {
    container {
      name   = "api"
      image  = "acme.azurecr.io/api:2.0"
      cpu    = 0.5
      memory = "1Gi"

      env {
        name        = "JWT_SECRET"
        secret_name = "jwt-secret"
      }
      env {
        name  = "PORT"
        value = "8080"
      }
    }
  }
}
