variable "public_access" {
  type = bool
}

variable "allowed_ranges" {
  type    = list(string)
  default = ["203.0.113.0/24", "198.51.100.0/24"]
}

locals {
  namespaces = {
    orders  = "acme-orders-bus"
    billing = "acme-billing-bus"
  }
}

# Private endpoint only.
resource "azurerm_container_registry" "images" {
  name                          = "acmeimages"
  resource_group_name           = "rg-apps"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = false
}

# Public, but the firewall denies by default and admits the office ranges.
resource "azurerm_container_registry" "edge" {
  name                = "acmeedge"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  sku                 = "Premium"

  network_rule_set {
    default_action = "Deny"

    dynamic "ip_rule" {
      for_each = var.allowed_ranges
      content {
        action   = "Allow"
        ip_range = ip_rule.value
      }
    }
  }
}

resource "azurerm_eventhub_namespace" "events" { # want AZURE-176
  name                         = "acme-events"
  local_authentication_enabled = false
  resource_group_name          = "rg-apps"
  location                     = "westeurope"
  sku                          = "Standard"

  network_rulesets {
    default_action                 = "Deny"
    trusted_service_access_enabled = true
    ip_rule {
      ip_mask = "203.0.113.0/24"
    }
  }
}

resource "azurerm_servicebus_namespace" "bus" { # want AZURE-176
  for_each                      = local.namespaces
  name                          = each.value
  local_auth_enabled            = false
  resource_group_name           = "rg-apps"
  location                      = "westeurope"
  sku                           = "Premium"
  capacity                      = 1
  premium_messaging_partitions  = 1
  public_network_access_enabled = false
}

resource "azurerm_cognitive_account" "language" {
  local_auth_enabled            = false
  name                          = "acme-language"
  resource_group_name           = "rg-apps"
  location                      = "westeurope"
  kind                          = "TextAnalytics"
  sku_name                      = "S"
  custom_subdomain_name         = "acme-language"
  public_network_access_enabled = false
}

resource "azurerm_search_service" "search" { # want AZURE-176
  name                = "acme-search"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  sku                 = "standard"
  allowed_ips         = var.allowed_ranges
}

resource "azurerm_eventgrid_topic" "orders" {
  local_auth_enabled  = false
  name                = "acme-orders"
  resource_group_name = "rg-apps"
  location            = "westeurope"

  inbound_ip_rule {
    ip_mask = "203.0.113.0/24"
    action  = "Allow"
  }
}

resource "azurerm_eventgrid_domain" "domain" {
  local_auth_enabled            = false
  name                          = "acme-domain"
  resource_group_name           = "rg-apps"
  location                      = "westeurope"
  public_network_access_enabled = false
}

# The account_access block denies by default once written.
resource "azurerm_batch_account" "jobs" { # want AZURE-176
  name                = "acmejobs"
  resource_group_name = "rg-apps"
  location            = "westeurope"

  network_profile {
    account_access {
      ip_rule {
        ip_range = "203.0.113.0/24"
      }
    }
  }
}

resource "azurerm_data_factory" "etl" { # want AZURE-138
  name                   = "acme-etl"
  resource_group_name    = "rg-apps"
  location               = "westeurope"
  public_network_enabled = false
}

resource "azurerm_machine_learning_workspace" "ml" {
  name                          = "acme-ml"
  resource_group_name           = "rg-apps"
  location                      = "westeurope"
  application_insights_id       = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Insights/components/ml"
  key_vault_id                  = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.KeyVault/vaults/ml"
  storage_account_id            = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Storage/storageAccounts/ml"
  public_network_access_enabled = false

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_data_factory" "unknown" { # want AZURE-138
  name                   = "acme-etl-unknown"
  resource_group_name    = "rg-apps"
  location               = "westeurope"
  public_network_enabled = var.public_access # want-note AZURE-121
}

# VNet-injected workspace reached through Private Link only.
resource "azurerm_databricks_workspace" "analytics" {
  name                                  = "acme-analytics"
  resource_group_name                   = "rg-apps"
  location                              = "westeurope"
  sku                                   = "premium"
  public_network_access_enabled         = false
  network_security_group_rules_required = "NoAzureDatabricksRules"

  custom_parameters {
    no_public_ip        = true
    virtual_network_id  = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet"
    public_subnet_name  = "dbw-host"
    private_subnet_name = "dbw-container"
  }
}

# Runbooks, webhooks and hybrid workers through Private Link only.
resource "azurerm_automation_account" "ops" { # want AZURE-174
  name                          = "acme-ops"
  resource_group_name           = "rg-apps"
  location                      = "westeurope"
  sku_name                      = "Basic"
  public_network_access_enabled = false
  local_authentication_enabled  = false
}

# Unset, the store is closed once its private endpoint exists.
resource "azurerm_app_configuration" "flags" { # want AZURE-174
  name                = "acme-flags"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  sku                 = "standard"
  local_auth_enabled  = false
}

resource "azurerm_private_endpoint" "flags" {
  name                = "pe-acme-flags"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  subnet_id           = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe"

  private_service_connection {
    name                           = "acme-flags"
    private_connection_resource_id = azurerm_app_configuration.flags.id
    subresource_names              = ["configurationStores"]
    is_manual_connection           = false
  }
}

resource "azurerm_app_configuration" "private" { # want AZURE-174
  name                  = "acme-private-flags"
  resource_group_name   = "rg-apps"
  location              = "westeurope"
  sku                   = "standard"
  local_auth_enabled    = false
  public_network_access = "Disabled"
}

variable "apim_subnet_id" {
  type    = string
  default = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apim"
}

# Internal mode: the gateway has a private address only and is published
# through an Application Gateway with a WAF.
resource "azurerm_api_management" "internal" {
  name                 = "acme-apis"
  location             = "westeurope"
  resource_group_name  = "rg-apps"
  publisher_name       = "Acme"
  publisher_email      = "api@example.com"
  sku_name             = "Premium_1"
  virtual_network_type = "Internal"

  virtual_network_configuration {
    subnet_id = var.apim_subnet_id
  }
}

resource "azurerm_api_management" "private_endpoint_only" {
  name                          = "acme-apis-pe"
  location                      = "westeurope"
  resource_group_name           = "rg-apps"
  publisher_name                = "Acme"
  publisher_email               = "api@example.com"
  sku_name                      = "Developer_1"
  public_network_access_enabled = false
}

resource "azurerm_storage_sync" "files" {
  name                    = "acme-files-sync"
  resource_group_name     = "rg-apps"
  location                = "westeurope"
  incoming_traffic_policy = "AllowVirtualNetworksOnly"
}

resource "azurerm_iothub" "private" { # want AZURE-176
  name                          = "acme-private"
  resource_group_name           = "rg-iot"
  location                      = "westeurope"
  public_network_access_enabled = false

  sku {
    name     = "S1"
    capacity = 1
  }
}

resource "azurerm_iothub" "firewalled" { # want AZURE-176
  name                = "acme-firewalled"
  resource_group_name = "rg-iot"
  location            = "westeurope"

  sku {
    name     = "S1"
    capacity = 1
  }

  network_rule_set {
    apply_to_builtin_eventhub_endpoint = true

    ip_rule {
      name    = "office"
      ip_mask = "203.0.113.0/24"
      action  = "Allow"
    }
  }
}

resource "azurerm_kusto_cluster" "telemetry" {
  name                          = "acmetelemetry"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  disk_encryption_enabled       = true
  public_network_access_enabled = false

  sku {
    name     = "Standard_D11_v2"
    capacity = 2
  }
}

# Public, but only to the office range.
resource "azurerm_kusto_cluster" "reports" {
  name                    = "acmereports"
  location                = "westeurope"
  resource_group_name     = "rg-data"
  disk_encryption_enabled = true
  allowed_ip_ranges       = ["203.0.113.0/24"]

  sku {
    name     = "Standard_D11_v2"
    capacity = 2
  }
}

resource "azurerm_ai_services" "assistant" {
  name                         = "acme-assistant"
  location                     = "westeurope"
  resource_group_name          = "rg-ai"
  sku_name                     = "S0"
  local_authentication_enabled = false
  public_network_access        = "Disabled"
}

resource "azurerm_ai_services" "vision" {
  name                         = "acme-vision"
  location                     = "westeurope"
  resource_group_name          = "rg-ai"
  sku_name                     = "S0"
  local_authentication_enabled = false
  custom_subdomain_name        = "acme-vision"

  network_acls {
    default_action = "Deny"
    ip_rules       = ["203.0.113.0/24"]
  }
}

# Azure API for FHIR reached only through its private endpoint.
resource "azurerm_healthcare_service" "fhir" {
  name                          = "acme-fhir"
  resource_group_name           = "rg-apps"
  location                      = "westeurope"
  kind                          = "fhir-R4"
  public_network_access_enabled = false
}

resource "azurerm_private_endpoint" "fhir" {
  name                = "acme-fhir-pe"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  subnet_id           = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Network/virtualNetworks/apps/subnets/endpoints"

  private_service_connection {
    name                           = "fhir"
    private_connection_resource_id = azurerm_healthcare_service.fhir.id
    subresource_names              = ["fhir"]
    is_manual_connection           = false
  }
}
