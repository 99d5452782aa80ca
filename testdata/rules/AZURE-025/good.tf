variable "tls" {
  type = string
}

resource "azurerm_storage_account" "ok_data" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeokdata"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_2"
}

# The provider default is TLS 1.2.
resource "azurerm_storage_account" "ok_default" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeokdefault"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_mssql_server" "ok_main" { # want AZURE-111 # want AZURE-137
  name                          = "acme-ok-sql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = "example-Passw0rd"
  public_network_access_enabled = false
  minimum_tls_version           = "1.2"
}

resource "azurerm_linux_web_app" "ok_app" { # want AZURE-114 # want AZURE-139 # want AZURE-108 AZURE-147
  name                = "acme-ok-app"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    minimum_tls_version = "1.3"
  }
}

# Not known statically: an undecided note, not a finding.
resource "azurerm_windows_web_app" "ok_var" { # want AZURE-114 # want AZURE-139 # want AZURE-108 AZURE-147
  name                = "acme-ok-win-app"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    minimum_tls_version = var.tls # want-note AZURE-025
  }
}

resource "azurerm_mysql_server" "single" { # want AZURE-137
  public_network_access_enabled    = false
  name                             = "acme-mysql"
  location                         = "westeurope"
  resource_group_name              = "rg"
  sku_name                         = "B_Gen5_2"
  version                          = "8.0"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}

locals {
  mysql_settings = {
    tls_version              = "TLSv1.2,TLSv1.3"
    require_secure_transport = "ON"
  }
}

resource "azurerm_mysql_flexible_server_configuration" "settings" {
  for_each            = local.mysql_settings
  name                = each.key
  resource_group_name = "rg"
  server_name         = "acme-mysql-flex"
  value               = each.value
}

resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "ssl_min_protocol_version"
  server_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  value     = "TLSv1.2"
}

resource "azurerm_eventhub_namespace" "events" { # want AZURE-121 # want AZURE-176
  name                = "acme-events"
  local_authentication_enabled = false
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  minimum_tls_version = "1.2"
}

resource "azurerm_application_gateway" "modern_policy" { # want AZURE-133
  name                = "modern-policy"
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
    policy_name = "AppGwSslPolicy20220101S"
  }

  ssl_profile {
    name = "partners"
    ssl_policy {
      policy_type          = "CustomV2"
      min_protocol_version = "TLSv1_2"
      cipher_suites        = ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"]
    }
  }
}

locals {
  domains = {
    www = "www.example.com"
    api = "api.example.com"
  }
}

# The minimum TLS version defaults to TLS12.
resource "azurerm_cdn_frontdoor_custom_domain" "domains" {
  for_each                 = local.domains
  name                     = each.key
  cdn_frontdoor_profile_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/edge"
  host_name                = each.value

  tls {
    certificate_type = "ManagedCertificate"
  }
}

resource "azurerm_cdn_frontdoor_custom_domain" "explicit" {
  name                     = "explicit"
  cdn_frontdoor_profile_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/edge"
  host_name                = "shop.example.com"

  tls {
    certificate_type    = "ManagedCertificate"
    minimum_tls_version = "TLS12"
  }
}

resource "azurerm_cdn_endpoint_custom_domain" "static" {
  name            = "static"
  cdn_endpoint_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/cdn/endpoints/static"
  host_name       = "static.example.com"

  cdn_managed_https {
    certificate_type = "Dedicated"
    protocol_type    = "ServerNameIndication"
    tls_version      = "TLS12"
  }
}

# azurerm 4.x spelling, everything old turned off.
resource "azurerm_api_management" "api" { # want AZURE-121
  name                = "acme-api"
  location            = "westeurope"
  resource_group_name = "rg"
  publisher_name      = "Acme"
  publisher_email     = "api@example.com"
  sku_name            = "Developer_1"

  security {
    frontend_ssl30_enabled = false
    frontend_tls10_enabled = false
    frontend_tls11_enabled = false
    backend_ssl30_enabled  = false
    backend_tls10_enabled  = false
    backend_tls11_enabled  = false
  }
}

resource "azurerm_windows_function_app_slot" "staging" { # want AZURE-139 # want AZURE-108 AZURE-147
  name            = "staging"
  function_app_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Web/sites/acme-func"
  https_only      = true

  site_config {
    minimum_tls_version = "1.2"
  }
}
