resource "azurerm_storage_account" "data" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmedata"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_0" # want AZURE-025
}

resource "azurerm_mssql_server" "main" { # want AZURE-111 # want AZURE-137
  name                          = "acme-sql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = "example-Passw0rd"
  public_network_access_enabled = false
  minimum_tls_version           = "1.1" # want AZURE-025
}

resource "azurerm_redis_cache" "cache" {
  name                          = "acme-cache"
  resource_group_name           = "rg"
  location                      = "westeurope"
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = false
  minimum_tls_version           = "1.0" # want AZURE-025
}

resource "azurerm_linux_web_app" "app" { # want AZURE-114 # want AZURE-139 # want AZURE-108 AZURE-147
  name                = "acme-app"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    minimum_tls_version     = "1.0" # want AZURE-025
    scm_minimum_tls_version = "1.1" # want AZURE-025
  }
}

resource "azurerm_windows_web_app" "app" { # want AZURE-114 # want AZURE-139 # want AZURE-108 AZURE-147
  name                = "acme-win-app"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    minimum_tls_version = "1.1" # want AZURE-025
  }
}

resource "azurerm_mysql_server" "single" { # want AZURE-020 AZURE-137
  name                             = "acme-mysql"
  location                         = "westeurope"
  resource_group_name              = "rg"
  sku_name                         = "B_Gen5_2"
  version                          = "8.0"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_1" # want AZURE-025
}

resource "azurerm_mariadb_server" "single" { # want AZURE-020
  name                             = "acme-mariadb"
  location                         = "westeurope"
  resource_group_name              = "rg"
  sku_name                         = "GP_Gen5_2"
  version                          = "10.3"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_0" # want AZURE-025
}

resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "ssl_min_protocol_version"
  server_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  value     = "TLSv1.1" # want AZURE-025
}

resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name                = "tls_version"
  resource_group_name = "rg"
  server_name         = "acme-mysql-flex"
  value               = "TLSv1.1,TLSv1.2" # want AZURE-025
}

resource "azurerm_cosmosdb_account" "db" {
  name                          = "acme-cosmos"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  public_network_access_enabled = false
  local_authentication_disabled = true
  minimal_tls_version           = "Tls11" # want AZURE-025

  consistency_policy {
    consistency_level = "Session"
  }
  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_servicebus_namespace" "bus" { # want AZURE-121 # want AZURE-176
  name                = "acme-bus"
  local_auth_enabled  = false
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  minimum_tls_version = "1.0" # want AZURE-025
}

resource "azurerm_app_service" "legacy" { # want AZURE-114 # want AZURE-139
  name                = "acme-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config { # want AZURE-146
    min_tls_version = "1.0" # want AZURE-025
  }
}

# Internal gateways (private frontend): only the TLS policy is judged here.
resource "azurerm_application_gateway" "legacy_policy" { # want AZURE-133
  name                = "legacy-policy"
  location            = "westeurope"
  resource_group_name = "rg"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2"
    capacity = 2
  }

  frontend_ip_configuration {
    name                          = "private"
    subnet_id                     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/app/subnets/gw"
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.1.10"
  }

  ssl_policy {
    policy_type = "Predefined"
    policy_name = "AppGwSslPolicy20150501" # want AZURE-025
  }
}

resource "azurerm_application_gateway" "custom_policy" { # want AZURE-133
  name                = "custom-policy"
  location            = "westeurope"
  resource_group_name = "rg"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2"
    capacity = 2
  }

  frontend_ip_configuration {
    name                          = "private"
    subnet_id                     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/app/subnets/gw"
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.1.11"
  }

  ssl_policy {
    policy_type          = "CustomV2"
    min_protocol_version = "TLSv1_2"
    cipher_suites        = ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"]
  }

  ssl_profile {
    name = "partners"
    ssl_policy {
      policy_type          = "Custom"
      min_protocol_version = "TLSv1_1" # want AZURE-025
      cipher_suites        = ["TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"]
    }
  }
}

resource "azurerm_cdn_frontdoor_custom_domain" "www" {
  name                     = "www"
  cdn_frontdoor_profile_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/edge"
  host_name                = "www.example.com"

  tls {
    certificate_type    = "ManagedCertificate"
    minimum_tls_version = "TLS10" # want AZURE-025
  }
}

resource "azurerm_cdn_endpoint_custom_domain" "static" {
  name            = "static"
  cdn_endpoint_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/cdn/endpoints/static"
  host_name       = "static.example.com"

  cdn_managed_https {
    certificate_type = "Dedicated"
    protocol_type    = "ServerNameIndication"
    tls_version      = "None" # want AZURE-025
  }
}

resource "azurerm_api_management" "api" { # want AZURE-121
  name                = "acme-api"
  location            = "westeurope"
  resource_group_name = "rg"
  publisher_name      = "Acme"
  publisher_email     = "api@example.com"
  sku_name            = "Developer_1"

  security {
    enable_frontend_tls10 = true # want AZURE-025
  }
}

resource "azurerm_linux_web_app_slot" "staging" { # want AZURE-139 # want AZURE-108 AZURE-147 AZURE-114
  name           = "staging"
  app_service_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Web/sites/acme-app"
  https_only     = true

  site_config {
    minimum_tls_version = "1.1" # want AZURE-025
  }
}
