resource "azurerm_storage_account" "records" { # want AZURE-124
  name                            = "acmerecords"
  resource_group_name             = "rg-data"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
}

resource "azurerm_container_registry" "images" {
  name                          = "acmeimages"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = false

  encryption { # want AZURE-124
  }
}

resource "azurerm_servicebus_namespace" "bus" { # want AZURE-124
  name                          = "acme-bus"
  local_auth_enabled            = false
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  sku                           = "Premium"
  capacity                      = 1
  premium_messaging_partitions  = 1
  public_network_access_enabled = false
}

resource "azurerm_recovery_services_vault" "backups" { # want AZURE-124
  name                = "acme-backups"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  soft_delete_enabled = true
}

resource "azurerm_cognitive_account" "language" { # want AZURE-124
  local_auth_enabled            = false
  name                          = "acme-language"
  location                      = "westeurope"
  resource_group_name           = "rg"
  kind                          = "TextAnalytics"
  sku_name                      = "S"
  public_network_access_enabled = false
}
