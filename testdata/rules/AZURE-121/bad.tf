resource "azurerm_container_registry" "images" { # want AZURE-121
  name                = "acmeimages"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  sku                 = "Standard"
}

resource "azurerm_container_registry" "premium" {
  name                          = "acmepremium"
  resource_group_name           = "rg-apps"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = true # want AZURE-121

  network_rule_set {
    default_action = "Allow"
  }
}

resource "azurerm_eventhub_namespace" "events" { # want AZURE-176
  name                          = "acme-events"
  local_authentication_enabled  = false
  resource_group_name           = "rg-apps"
  location                      = "westeurope"
  sku                           = "Standard"
  public_network_access_enabled = true # want AZURE-121
}

resource "azurerm_servicebus_namespace" "bus" { # want AZURE-121 # want AZURE-176
  name                = "acme-bus"
  local_auth_enabled  = false
  resource_group_name = "rg-apps"
  location            = "westeurope"
  sku                 = "Standard"
}

resource "azurerm_cognitive_account" "language" { # want AZURE-121
  local_auth_enabled  = false
  name                = "acme-language"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  kind                = "TextAnalytics"
  sku_name            = "S"

  network_acls {
    default_action = "Allow"
  }
}

resource "azurerm_search_service" "search" { # want AZURE-121 # want AZURE-176
  name                = "acme-search"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  sku                 = "standard"
}

# An allow list that admits every address.
resource "azurerm_search_service" "catalog" { # want AZURE-121 "0.0.0.0/0" # want AZURE-176
  name                = "acme-catalog"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  sku                 = "standard"
  allowed_ips         = ["203.0.113.0/24", "0.0.0.0/0"]
}

resource "azurerm_eventgrid_topic" "orders" { # want AZURE-121
  local_auth_enabled  = false
  name                = "acme-orders"
  resource_group_name = "rg-apps"
  location            = "westeurope"
}

resource "azurerm_eventgrid_domain" "domain" {
  local_auth_enabled            = false
  name                          = "acme-domain"
  resource_group_name           = "rg-apps"
  location                      = "westeurope"
  public_network_access_enabled = true # want AZURE-121
}

resource "azurerm_batch_account" "jobs" { # want AZURE-121 # want AZURE-176
  name                = "acmejobs"
  resource_group_name = "rg-apps"
  location            = "westeurope"
}

resource "azurerm_batch_account" "allow" { # want AZURE-121 # want AZURE-176
  name                = "acmejobsallow"
  resource_group_name = "rg-apps"
  location            = "westeurope"

  network_profile {
    account_access {
      default_action = "Allow"
    }
  }
}

resource "azurerm_data_factory" "etl" { # want AZURE-138
  name                   = "acme-etl"
  resource_group_name    = "rg-apps"
  location               = "westeurope"
  public_network_enabled = true # want AZURE-121
}

resource "azurerm_machine_learning_workspace" "ml" { # want AZURE-121
  name                    = "acme-ml"
  resource_group_name     = "rg-apps"
  location                = "westeurope"
  application_insights_id = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Insights/components/ml"
  key_vault_id            = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.KeyVault/vaults/ml"
  storage_account_id      = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Storage/storageAccounts/ml"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_databricks_workspace" "analytics" { # want AZURE-121
  name                = "acme-analytics"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  sku                 = "premium"
}

# Webhooks and hybrid workers reach the account from any network.
resource "azurerm_automation_account" "ops" { # want AZURE-121 # want AZURE-174
  name                = "acme-ops"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  sku_name            = "Basic"
}

resource "azurerm_automation_account" "ops_explicit" { # want AZURE-174
  name                          = "acme-ops-explicit"
  resource_group_name           = "rg-apps"
  location                      = "westeurope"
  sku_name                      = "Basic"
  public_network_access_enabled = true # want AZURE-121
}

resource "azurerm_app_configuration" "flags" { # want AZURE-174
  name                  = "acme-flags"
  resource_group_name   = "rg-apps"
  location              = "westeurope"
  sku                   = "standard"
  local_auth_enabled    = false
  public_network_access = "Enabled" # want AZURE-121
}

resource "azurerm_api_management" "apis" { # want AZURE-121
  name                = "acme-apis"
  location            = "westeurope"
  resource_group_name = "rg-apps"
  publisher_name      = "Acme"
  publisher_email     = "api@example.com"
  sku_name            = "Developer_1"
}

resource "azurerm_api_management" "external" { # want AZURE-121 "virtual_network_type"
  name                 = "acme-apis-ext"
  location             = "westeurope"
  resource_group_name  = "rg-apps"
  publisher_name       = "Acme"
  publisher_email      = "api@example.com"
  sku_name             = "Premium_1"
  virtual_network_type = "External"

  virtual_network_configuration {
    subnet_id = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apim"
  }
}

resource "azurerm_storage_sync" "files" { # want AZURE-121
  name                = "acme-files-sync"
  resource_group_name = "rg-apps"
  location            = "westeurope"
}

resource "azurerm_iothub" "devices" { # want AZURE-121 # want AZURE-176
  name                = "acme-devices"
  resource_group_name = "rg-iot"
  location            = "westeurope"

  sku {
    name     = "S1"
    capacity = 1
  }
}

resource "azurerm_iothub" "allow_all" { # want AZURE-121 # want AZURE-176
  name                = "acme-allow-all"
  resource_group_name = "rg-iot"
  location            = "westeurope"

  sku {
    name     = "S1"
    capacity = 1
  }

  network_rule_set {
    default_action = "DefaultActionAllow"
  }
}

# Data Explorer: public by default, with no allowed address ranges.
resource "azurerm_kusto_cluster" "telemetry" { # want AZURE-121
  name                    = "acmetelemetry"
  location                = "westeurope"
  resource_group_name     = "rg-data"
  disk_encryption_enabled = true

  sku {
    name     = "Standard_D11_v2"
    capacity = 2
  }
}

resource "azurerm_kusto_cluster" "logs" {
  name                          = "acmelogs"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  disk_encryption_enabled       = true
  public_network_access_enabled = true # want AZURE-121
  allowed_ip_ranges             = []

  sku {
    name     = "Standard_D11_v2"
    capacity = 2
  }
}

# AI services account: public by default, no network ACLs.
resource "azurerm_ai_services" "assistant" { # want AZURE-121
  name                         = "acme-assistant"
  location                     = "westeurope"
  resource_group_name          = "rg-ai"
  sku_name                     = "S0"
  local_authentication_enabled = false
}

resource "azurerm_ai_services" "vision" {
  name                         = "acme-vision"
  location                     = "westeurope"
  resource_group_name          = "rg-ai"
  sku_name                     = "S0"
  local_authentication_enabled = false
  custom_subdomain_name        = "acme-vision"
  public_network_access        = "Enabled" # want AZURE-121

  network_acls {
    default_action = "Allow"
  }
}

# Azure API for FHIR: the public endpoint is on unless turned off.
resource "azurerm_healthcare_service" "fhir" { # want AZURE-121
  name                = "acme-fhir"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  kind                = "fhir-R4"
  cosmosdb_throughput = 1000

  authentication_configuration {
    authority = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000"
    audience  = "https://acme-fhir.azurehealthcareapis.com"
  }
}

resource "azurerm_healthcare_service" "fhir_explicit" {
  name                          = "acme-fhir-explicit"
  resource_group_name           = "rg-apps"
  location                      = "westeurope"
  kind                          = "fhir-R4"
  public_network_access_enabled = true # want AZURE-121
}
